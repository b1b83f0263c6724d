package io.github.ajiss4j.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the command line of {@code ajiss} and runs it. */
public final class Cli {

  /** The names of the subcommands, in the order the help lists them. */
  private static final List<String> SUBCOMMANDS = List.of("convert", "check", "collect", "formats");

  private Cli() {}

  /**
   * Makes the command line, with its subcommands and the handlers that turn every failure into one
   * line and an exit code.
   *
   * @param context the streams and working directory
   * @return the command line, ready to {@link CommandLine#execute execute}
   */
  public static CommandLine commandLine(Context context) {
    return commandLine(context, null);
  }

  /**
   * Makes the command line with every subcommand, or with just {@code only}. Picocli reads the
   * annotations of every subcommand it is given, which a run of one subcommand does not need: a
   * pipeline that calls {@code ajiss convert} once per file pays for the others each time (and
   * {@code check} loads Jackson).
   */
  private static CommandLine commandLine(Context context, String only) {
    CommandLine cl = new CommandLine(new AjissCommand(context));
    for (String name : SUBCOMMANDS) {
      if (only == null || only.equals(name)) {
        cl.addSubcommand(subcommand(name, context));
      }
    }
    if (only == null) {
      cl.addSubcommand(new CommandLine.HelpCommand());
    }
    cl.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler(
        (ParameterException e, String[] args) -> {
          CommandLine failed = e.getCommandLine();
          PrintWriter err = failed.getErr();
          err.println("ajiss: " + e.getMessage());
          UnmatchedArgumentException.printSuggestions(e, err);
          err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (Exception e, CommandLine failed, CommandLine.ParseResult parsed) -> {
          PrintWriter err = failed.getErr();
          if (e instanceof CliException c) {
            err.println("ajiss: " + c.getMessage());
            if (context.debug() && c.getCause() != null) {
              c.getCause().printStackTrace(err);
            }
            err.flush();
            return c.exitCode();
          }
          err.println("ajiss: error: " + Failures.describe(e));
          if (context.debug()) {
            e.printStackTrace(err);
          } else {
            err.println("ajiss: run again with --debug to see the stack trace");
          }
          err.flush();
          return ExitCodes.FAILED;
        });
    return cl;
  }

  /**
   * Runs {@code ajiss} with the given arguments.
   *
   * @param context the streams and working directory
   * @param args the command line
   * @return the exit code
   */
  public static int execute(Context context, String... args) {
    // a command line that starts with a subcommand's name runs only that subcommand, so only it is
    // made; anything else (no argument, an option first, help, a typo) gets every subcommand
    String only = args.length > 0 && SUBCOMMANDS.contains(args[0]) ? args[0] : null;
    int code = commandLine(context, only).execute(args);
    // whatever a command printed must have arrived: "ajiss check a.txt > report.txt" on a full
    // disk fails like a file that cannot be written (a conversion has already said so)
    IOException lost = context.outFailure();
    if (lost != null && code == ExitCodes.OK) {
      context
          .err()
          .println(
              "ajiss: error io-error cannot write standard output: "
                  + Failures.describe(lost, false));
      return ExitCodes.FAILED;
    }
    return code;
  }

  private static Object subcommand(String name, Context context) {
    return switch (name) {
      case "convert" -> new ConvertCommand(context);
      case "check" -> new CheckCommand(context);
      case "collect" -> new CollectCommand(context);
      case "formats" -> new FormatsCommand(context);
      default -> throw new IllegalArgumentException(name);
    };
  }
}
