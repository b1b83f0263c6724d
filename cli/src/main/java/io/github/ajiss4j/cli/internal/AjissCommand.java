package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code ajiss} without a command: converts the bundled sample to every format into ./out. */
final class AjissCommand extends BaseCommand {

  /** The tool's own command line: {@code ajiss [-hV] [--debug] [COMMAND]}. */
  static final CommandSpec SPEC =
      CommandSpec.command(null)
          .header("Convert AJISS-Commentary plain texts to HTML, XHTML, EPUB, JSON and plain text.")
          .description(
              "Without a command, converts the bundled sample commentary (No.93) to every format"
                  + " found into ./out/ and shows how to go on.")
          .commands(Cli.COMMANDS)
          .footer(
              "",
              "Exit codes:",
              "  0  everything was converted",
              "  1  some input failed (each failure is one line on standard error)",
              "  2  usage error: bad option, unknown format, output directory not writable")
          .build();

  static final String SAMPLE = "/io/github/ajiss4j/cli/sample/ajiss-commentary-93.txt";

  AjissCommand(Context context) {
    super(context);
  }

  @Override
  int call(ParsedArgs args) throws IOException {
    byte[] sample;
    try (InputStream in = AjissCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new CliException(ExitCodes.FAILED, "the bundled sample is missing from the jar");
      }
      sample = in.readAllBytes();
    }
    Path out = context.resolve("out");
    ConvertCommand.checkOutputDirectory(out, "out");
    List<Renderer> renderers = Renderers.load().all();
    if (renderers.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "no format is available on the class path");
    }
    PrintStream o = context.out();
    o.println("Converting the bundled sample, AJISS-Commentary No.93, to every format found:");
    Batch.Summary summary =
        new Batch(
                context,
                CommentaryParser.create(),
                renderers,
                new Batch.Target(out, false),
                Parallel.defaultThreads(),
                true,
                false)
            .run(List.of(Input.bytes("sample", sample, "ajiss-commentary-93")));
    o.println();
    o.println("Next:");
    o.println("  ajiss convert --to html my.txt           one file to standard output");
    o.println("  ajiss convert --to html,json -o out/ dir/  a whole directory");
    o.println("  ajiss check my.txt                       show what the parser repaired");
    o.println("  ajiss formats                            the formats available");
    o.println("  ajiss --help                             everything else");
    o.flush();
    return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
