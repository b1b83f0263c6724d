package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ajiss convert}: many inputs to many formats. */
@Command(
    name = "convert",
    header = "Convert commentaries to one or more formats.",
    description = {
      "Each input NAME.txt becomes DIR/NAME.EXT for every format. A directory is walked for"
          + " *.txt files, keeping its sub-directories in the output. '-', or no input, reads"
          + " standard input.",
      "Without -o, one input to one text format is written to standard output; anything else"
          + " goes to the current directory.",
      "A file that fails is reported in one line, FILE:LINE:COLUMN: error CODE REASON, and the"
          + " others are converted. Every output file is written whole or not at all."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ajiss convert --to html my.txt > my.html",
      "  ajiss convert --to json --pretty < my.txt",
      "  ajiss convert --to html,epub,json -o out/ texts/",
      "%nExit codes: 0 all converted, 1 some input failed, 2 usage error or output directory not"
          + " writable."
    })
final class ConvertCommand extends BaseCommand implements Callable<Integer> {

  @Option(
      names = {"-t", "--to"},
      required = true,
      split = ",",
      paramLabel = "FORMAT",
      description = "The formats to write, separated by commas (see: ajiss formats).",
      order = 1)
  List<String> formats;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "The output directory, made when missing.",
      order = 2)
  String output;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Convert at most N files at once (default: the number of processors).",
      order = 3)
  Integer jobs;

  @Option(
      names = "--strict",
      description = "Fail a file when the parser has to repair it by judgement.",
      order = 4)
  boolean strict;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print every diagnostic and every file written.",
      order = 5)
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no summary.",
      order = 6)
  boolean quiet;

  @Mixin RendererOptions rendererOptions = new RendererOptions();

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "0..*",
      description = "The inputs (default: standard input).")
  List<String> inputs;

  ConvertCommand(Context context) {
    super(context);
  }

  @Override
  public Integer call() {
    int threads = jobs == null ? Parallel.defaultThreads() : jobs;
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--jobs must be at least 1, was " + threads);
    }
    List<Renderer> renderers = rendererOptions.select(context, spec, Renderers.load(), formats);
    List<Input> expanded = Inputs.expand(context, spec, inputs);
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
    CommentaryParser parser = CommentaryParser.builder().strict(strict).build();
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
    if (!quiet) {
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
