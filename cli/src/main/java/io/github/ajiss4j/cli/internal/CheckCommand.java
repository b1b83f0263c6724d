package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Severity;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** {@code ajiss check}: what the parser repaired, dropped or could not read. */
final class CheckCommand extends BaseCommand {

  /** The least severity that fails the check. */
  enum Threshold {
    warning,
    error;

    Severity severity() {
      return this == warning ? Severity.WARNING : Severity.ERROR;
    }

    static String[] names() {
      Threshold[] all = values();
      String[] names = new String[all.length];
      for (int i = 0; i < all.length; i++) {
        names[i] = all[i].name();
      }
      return names;
    }
  }

  static final Option JSON = Option.flag("Print one JSON object instead of lines.", "--json");

  static final Option FAIL_ON =
      Option.value(
              "LEVEL",
              "Exit 1 when a diagnostic of this severity or worse is found:"
                  + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
              "--fail-on")
          .choices(Threshold.names())
          .defaultValue(Threshold.error.name());

  static final Option STRICT =
      Option.flag("Parse strictly: a repair by judgement fails the file.", "--strict");

  /** {@code ajiss check [--json] [--fail-on=LEVEL] [--strict] [FILE|DIR|-...]}. */
  static final CommandSpec SPEC =
      CommandSpec.command("check")
          .header("Report the diagnostics of commentaries.")
          .description(
              "Parses each input and prints every diagnostic as FILE:LINE:COLUMN: SEVERITY CODE"
                  + " MESSAGE, or all of them as one JSON object with --json. A file that is not a"
                  + " commentary gets one line with severity error.")
          .options(JSON, FAIL_ON, STRICT)
          .positional(Inputs.OPTION)
          .footer(
              "",
              "Exit codes:",
              "  0  no file failed and no diagnostic reached the --fail-on threshold",
              "  1  a file failed to parse, or a diagnostic reached the threshold",
              "  2  usage error")
          .build();

  /** Made on first use, so that a check without --json never loads Jackson. */
  private static final class Json {
    static final JsonFactory FACTORY =
        JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  CheckCommand(Context context) {
    super(context);
  }

  /** The check of one input: its result or its failure. */
  private record Checked(
      int index,
      Input input,
      ParseResult result,
      CommentaryParseException parseError,
      IOException ioError) {}

  @Override
  int call(ParsedArgs args) throws IOException {
    Threshold failOn = Threshold.valueOf(args.value(FAIL_ON));
    List<Input> expanded = Inputs.expand(context, args.positionals());
    CommentaryParser parser = CommentaryParser.builder().strict(args.has(STRICT)).build();
    Checked[] checked = new Checked[expanded.size()];
    List<Integer> indexes = IntStream.range(0, expanded.size()).boxed().toList();
    try (Progress progress = Progress.start(context, "Checking", expanded.size())) {
      Parallel.forEach(
          indexes,
          Parallel.defaultThreads(),
          new Parallel.Task<Integer, Checked>() {
            @Override
            public Checked work(Integer i) {
              return check(parser, i, expanded.get(i));
            }

            @Override
            public void done(Checked c) {
              checked[c.index()] = c;
              progress.step();
            }
          });
    }
    boolean fail = false;
    for (Checked c : checked) {
      if (c.result() == null) {
        fail = true;
      } else {
        for (Diagnostic d : c.result().diagnostics()) {
          if (d.severity().compareTo(failOn.severity()) >= 0) {
            fail = true;
          }
        }
      }
    }
    if (args.has(JSON)) {
      writeJson(checked, fail, failOn);
    } else {
      writeLines(checked);
    }
    return fail ? ExitCodes.FAILED : ExitCodes.OK;
  }

  private static Checked check(CommentaryParser parser, int index, Input input) {
    try {
      return new Checked(index, input, input.parse(parser), null, null);
    } catch (CommentaryParseException e) {
      return new Checked(index, input, null, e, null);
    } catch (IOException e) {
      return new Checked(index, input, null, null, e);
    }
  }

  private void writeLines(Checked[] checked) {
    PrintStream out = context.out();
    for (Checked c : checked) {
      String file = c.input().display();
      if (c.parseError() != null) {
        out.println(Failures.parse(file, c.parseError()));
      } else if (c.ioError() != null) {
        out.println(Failures.io(file, c.ioError()));
      } else {
        for (Diagnostic d : c.result().diagnostics()) {
          out.println(file + ":" + d);
        }
      }
    }
    out.flush();
  }

  private void writeJson(Checked[] checked, boolean fail, Threshold failOn) throws IOException {
    Writer writer = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
    int[] bySeverity = new int[Severity.values().length];
    int failed = 0;
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), writer)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("files");
      for (Checked c : checked) {
        g.writeStartObject();
        g.writeStringProperty("file", c.input().display());
        if (c.result() != null) {
          g.writeStringProperty("status", "ok");
          g.writeStringProperty("id", c.result().commentary().id());
          g.writeArrayPropertyStart("diagnostics");
          for (Diagnostic d : c.result().diagnostics()) {
            bySeverity[d.severity().ordinal()]++;
            g.writeStartObject();
            g.writeNumberProperty("line", d.span().line());
            g.writeNumberProperty("column", d.span().column());
            g.writeNumberProperty("offset", d.span().offset());
            g.writeNumberProperty("length", d.span().length());
            g.writeStringProperty("severity", d.severity().label());
            g.writeStringProperty("code", d.code().id());
            g.writeStringProperty("message", d.message());
            g.writeEndObject();
          }
          g.writeEndArray();
        } else {
          failed++;
          bySeverity[Severity.ERROR.ordinal()]++; // the one error that stopped the parse
          g.writeStringProperty("status", "failed");
          g.writeObjectPropertyStart("error");
          if (c.parseError() != null) {
            CommentaryParseException e = c.parseError();
            g.writeNumberProperty("line", e.line());
            g.writeNumberProperty("column", e.column());
            g.writeNumberProperty("offset", e.offset());
            g.writeStringProperty("severity", Severity.ERROR.label());
            g.writeStringProperty("code", e.code().id());
            g.writeStringProperty("message", e.reason());
          } else {
            g.writeStringProperty("severity", Severity.ERROR.label());
            g.writeStringProperty("code", Failures.code(c.ioError()));
            g.writeStringProperty("message", Failures.describe(c.ioError(), false));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectPropertyStart("summary");
      g.writeNumberProperty("files", checked.length);
      g.writeNumberProperty("failed", failed);
      for (Severity s : Severity.values()) {
        g.writeNumberProperty(s.label().toLowerCase(Locale.ROOT) + "s", bySeverity[s.ordinal()]);
      }
      g.writeStringProperty("failOn", failOn.name());
      g.writeBooleanProperty("passed", !fail);
      g.writeEndObject();
      g.writeEndObject();
    }
    writer.write('\n');
    writer.flush();
  }
}
