package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code ajiss convert}: many inputs to many formats. */
final class ConvertCommand extends BaseCommand {

  static final Option TO =
      Option.value(
              "FORMAT",
              "The formats to write, separated by commas (see: ajiss formats).",
              "-t",
              "--to")
          .required()
          .split(",");

  static final Option OUTPUT =
      Option.value("DIR", "The output directory, made when missing.", "-o", "--output");

  static final Option JOBS =
      Option.value(
              "N",
              "Convert at most N files at once (default: the number of processors).",
              "-j",
              "--jobs")
          .integer();

  static final Option STRICT =
      Option.flag("Fail a file when the parser has to repair it by judgement.", "--strict");

  static final Option VERBOSE =
      Option.flag("Print every diagnostic and every file written.", "-v", "--verbose");

  static final Option QUIET = Option.flag("Print no summary.", "-q", "--quiet");

  /** {@code ajiss convert [OPTIONS] [FILE|DIR|-...]}. */
  static final CommandSpec SPEC =
      CommandSpec.command("convert")
          .header("Convert commentaries to one or more formats.")
          .description(
              "Each input NAME.txt becomes DIR/NAME.EXT for every format. A directory is walked for"
                  + " *.txt files, keeping its sub-directories in the output. '-', or no input,"
                  + " reads standard input.",
              "Without -o, one input to one text format is written to standard output; anything"
                  + " else goes to the current directory.",
              "A file that fails is reported in one line, FILE:LINE:COLUMN: error CODE REASON, and"
                  + " the others are converted. Every output file is written whole or not at all.")
          .options(TO, OUTPUT, JOBS, STRICT, VERBOSE, QUIET)
          .options(RendererOptions.OPTIONS)
          .positional(Inputs.OPTION)
          .footer(
              "",
              "Examples:",
              "  ajiss convert --to html my.txt > my.html",
              "  ajiss convert --to json --pretty < my.txt",
              "  ajiss convert --to html,epub,json -o out/ texts/",
              "",
              "Exit codes: 0 all converted, 1 some input failed, 2 usage error or output directory"
                  + " not writable.")
          .build();

  ConvertCommand(Context context) {
    super(context);
  }

  @Override
  int call(ParsedArgs args) {
    Integer jobs = args.integer(JOBS);
    int threads = jobs == null ? Parallel.defaultThreads() : jobs;
    if (threads < 1) {
      throw new UsageException("--jobs must be at least 1, was " + threads);
    }
    RendererOptions rendererOptions = new RendererOptions(args);
    List<String> formats = args.values(TO);
    List<Renderer> renderers =
        rendererOptions.select(context, RendererOptions.registryFor(formats), formats);
    String output = args.value(OUTPUT);
    List<Input> expanded =
        Inputs.expand(context, args.positionals(), output == null ? null : context.resolve(output));
    boolean verbose = args.has(VERBOSE);
    boolean toStdout =
        output == null
            && expanded.size() == 1
            && renderers.size() == 1
            && !renderers.get(0).isBinary();
    Path directory = null;
    if (!toStdout) {
      String name = output == null ? "." : output;
      directory = context.resolve(name);
      checkOutputDirectory(directory, name);
    }
    CommentaryParser parser = CommentaryParser.builder().strict(args.has(STRICT)).build();
    Batch.Summary summary =
        new Batch(
                context,
                parser,
                renderers,
                new Batch.Target(directory, toStdout),
                threads,
                verbose,
                verbose)
            .run(expanded);
    if (!args.has(QUIET)) {
      context.err().println(summary.line());
    }
    return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** Makes the directory, or fails the command with one line and exit code 2. */
  static void checkOutputDirectory(Path directory, String name) {
    try {
      AtomicFiles.checkWritable(directory);
    } catch (IOException | SecurityException e) {
      throw new CliException(
          ExitCodes.USAGE,
          "cannot write to the output directory " + name + ": " + Failures.describe(e, false),
          e);
    }
  }
}
