package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Severity;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code ajiss collect}: many commentaries in one EPUB. */
final class CollectCommand extends BaseCommand {

  static final Option OUTPUT =
      Option.value("BOOK.epub", "The book to write.", "-o", "--output").required();

  static final Option TITLE =
      Option.value("TITLE", "The book's title (default: ${DEFAULT-VALUE}).", "--title")
          .defaultValue("AJISS-Commentary");

  static final Option INPUTS =
      Option.positional("FILE|DIR", 1, Integer.MAX_VALUE, "The commentaries.");

  /** {@code ajiss collect -o=BOOK.epub [--title=TITLE] FILE|DIR...}. */
  static final CommandSpec SPEC =
      CommandSpec.command("collect")
          .header("Collect many commentaries into one EPUB book.")
          .description(
              "Parses every input and writes them as the chapters of one EPUB, ordered by"
                  + " commentary number. A file that fails is reported in one line and left out;"
                  + " so is a commentary given twice (the same number and date), with a warning.",
              "Needs the epub format on the class path (see: ajiss formats).")
          .options(OUTPUT, TITLE)
          .positional(INPUTS)
          .footer(
              "",
              "Exit codes:",
              "  0  every commentary is in the book",
              "  1  some input failed and was left out, or writing the book failed",
              "  2  usage error, the book's directory cannot be made or written, or the epub",
              "     format is not available")
          .build();

  /** A commentary in the book, and the input it came from. */
  private record Taken(Commentary commentary, String from) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** A commentary's number and date as its issue line prints them: No.93 of 8 June 2010. */
  private static String issue(Commentary c) {
    return "No." + c.number() + " of " + DATE.format(c.date());
  }

  /** Whether two paths name one file: the same path, or one file reached another way. */
  private static boolean isSameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false; // not to be looked at: writing or reading it will say so
    }
  }

  CollectCommand(Context context) {
    super(context);
  }

  @Override
  int call(ParsedArgs args) {
    String output = args.value(OUTPUT);
    String title = args.value(TITLE);
    if (title.isBlank()) {
      throw new UsageException("--title: the book's title must not be blank");
    }
    Renderer epub =
        Renderers.builtIn()
            .find("epub")
            .orElseThrow(
                () -> new CliException(ExitCodes.USAGE, "the epub format is not available"));
    List<Input> expanded = Inputs.expand(context, args.positionals());
    Optional<BookHook.BookWriter> writer = BookHook.writer(epub);
    if (writer.isEmpty() && expanded.size() > 1) {
      throw new CliException(
          ExitCodes.USAGE,
          "the epub renderer found ("
              + epub.getClass().getName()
              + ") cannot write a collection of commentaries");
    }
    Path book = context.resolve(output);
    Path parent = book.toAbsolutePath().getParent();
    ConvertCommand.checkOutputDirectory(parent, parent.toString());
    for (Input input : expanded) {
      if (input.file() != null && isSameFile(book, input.file())) {
        throw new CliException(
            ExitCodes.USAGE,
            "error output-is-input the book "
                + output
                + " would replace the input "
                + input.display()
                + "; nothing written");
      }
    }

    long start = System.nanoTime();
    CommentaryParser parser = CommentaryParser.create();
    List<Commentary> commentaries = new ArrayList<>();
    Map<Integer, Taken> taken = new HashMap<>();
    int failed = 0;
    int warnings = 0;
    for (Input input : expanded) {
      try {
        ParseResult parsed = input.parse(parser);
        Commentary c = parsed.commentary();
        Taken earlier = taken.putIfAbsent(c.number(), new Taken(c, input.display()));
        if (earlier != null) {
          warnings++;
          if (earlier.commentary().date().equals(c.date())) {
            context
                .err()
                .println(
                    input.display()
                        + ": warning duplicate-commentary "
                        + issue(c)
                        + " is in the book already, from "
                        + earlier.from()
                        + "; left out");
            continue;
          }
          context
              .err()
              .println(
                  input.display()
                      + ": warning duplicate-number "
                      + issue(c)
                      + " has the number of "
                      + issue(earlier.commentary())
                      + ", from "
                      + earlier.from());
        }
        for (Diagnostic d : parsed.diagnostics()) {
          warnings += d.severity().compareTo(Severity.WARNING) >= 0 ? 1 : 0;
        }
        commentaries.add(c);
      } catch (CommentaryParseException e) {
        context.err().println(Failures.parse(input.display(), e));
        failed++;
      } catch (IOException e) {
        context.err().println(Failures.io(input.display(), e));
        failed++;
      }
    }
    if (commentaries.isEmpty()) {
      context.err().println("ajiss: no commentary to collect; " + output + " not written");
      return ExitCodes.FAILED;
    }
    try {
      if (writer.isPresent()) {
        AtomicFiles.write(book, out -> writer.get().write(commentaries, title, out));
      } else {
        AtomicFiles.write(book, out -> epub.render(commentaries.get(0), out));
      }
    } catch (IOException e) {
      context
          .err()
          .println(output + ": error io-error cannot write: " + Failures.describe(e, false));
      return ExitCodes.FAILED;
    } catch (RuntimeException e) {
      // the book's writer may wrap the failure of the disk in an unchecked exception
      IOException io = Failures.ioCause(e);
      if (io == null) {
        throw e;
      }
      context
          .err()
          .println(output + ": error io-error cannot write: " + Failures.describe(io, false));
      return ExitCodes.FAILED;
    }
    context
        .err()
        .println(
            new Batch.Summary(
                    commentaries.size(), failed, warnings, (System.nanoTime() - start) / 1_000_000)
                .line()
                .replace("converted", "collected"));
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
