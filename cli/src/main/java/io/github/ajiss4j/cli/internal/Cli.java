package io.github.ajiss4j.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code ajiss}: parses the command line by the {@link CommandSpec} of the command named,
 * prints the help or the version when asked, runs the command, and turns every failure into one
 * line and an exit code.
 *
 * <p>Only the command that runs is made: each declares its options in its own class, so a run of
 * {@code ajiss convert} never loads the declarations of the others (nor Jackson, which only {@code
 * check --json} needs).
 */
public final class Cli {

  /** The names of the subcommands, in the order the help lists them. */
  static final String[] COMMANDS = {"convert", "check", "collect", "formats", "help"};

  private Cli() {}

  /**
   * Runs {@code ajiss} with the given arguments.
   *
   * @param context the streams and working directory
   * @param args the command line
   * @return the exit code
   */
  public static int execute(Context context, String... args) {
    int code = run(context, args);
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

  private static int run(Context context, String[] args) {
    ParsedArgs parsed = ArgParser.parse(AjissCommand.SPEC, args, 0);
    if (parsed.command() != null && !parsed.helpRequested() && !parsed.versionRequested()) {
      if (parsed.error() == null && parsed.has(CommandSpec.DEBUG)) {
        context.debug(true);
      }
      // the tool's own errors come first: "ajiss --bogus convert" is about --bogus
      if (parsed.error() == null) {
        parsed = ArgParser.parse(spec(parsed.command()), args, parsed.commandStart());
      }
    }
    CommandSpec spec = parsed.spec();
    PrintStream out = context.out();
    if (parsed.helpRequested()) {
      out.print(help(spec));
      out.flush();
      return ExitCodes.OK;
    }
    if (parsed.versionRequested()) {
      out.print(VersionProvider.text());
      out.flush();
      return ExitCodes.OK;
    }
    if (parsed.error() != null) {
      return usageError(context, spec, parsed.error());
    }
    if (parsed.has(CommandSpec.DEBUG)) {
      context.debug(true);
    }
    try {
      return command(spec.name(), context).call(parsed);
    } catch (UsageException e) {
      return usageError(context, spec, e);
    } catch (CliException e) {
      PrintStream err = context.err();
      err.println("ajiss: " + e.getMessage());
      if (context.debug() && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      err.flush();
      return e.exitCode();
    } catch (Exception e) {
      PrintStream err = context.err();
      err.println("ajiss: error: " + Failures.describe(e));
      if (context.debug()) {
        e.printStackTrace(err);
      } else {
        err.println("ajiss: run again with --debug to see the stack trace");
      }
      err.flush();
      return ExitCodes.FAILED;
    }
  }

  /** {@code ajiss: MESSAGE}, the hint, {@code Try 'ajiss convert --help'.}; exit code 2. */
  private static int usageError(Context context, CommandSpec spec, UsageException e) {
    PrintStream err = context.err();
    err.println("ajiss: " + e.getMessage());
    if (e.hint() != null) {
      err.println(e.hint());
    }
    err.println("Try '" + (e.helpOf() != null ? e.helpOf() : spec).qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The help of a command; the tool's lists every subcommand. */
  static String help(CommandSpec spec) {
    List<CommandSpec> commands = new ArrayList<>();
    for (String name : spec.commands()) {
      commands.add(spec(name));
    }
    return HelpFormatter.help(spec, commands);
  }

  /** The declaration of a subcommand, which loads only its own class. */
  static CommandSpec spec(String name) {
    return switch (name) {
      case "convert" -> ConvertCommand.SPEC;
      case "check" -> CheckCommand.SPEC;
      case "collect" -> CollectCommand.SPEC;
      case "formats" -> FormatsCommand.SPEC;
      case "help" -> HelpCommand.SPEC;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static BaseCommand command(String name, Context context) {
    if (name == null) {
      return new AjissCommand(context);
    }
    return switch (name) {
      case "convert" -> new ConvertCommand(context);
      case "check" -> new CheckCommand(context);
      case "collect" -> new CollectCommand(context);
      case "formats" -> new FormatsCommand(context);
      case "help" -> new HelpCommand(context);
      default -> throw new IllegalArgumentException(name);
    };
  }
}
