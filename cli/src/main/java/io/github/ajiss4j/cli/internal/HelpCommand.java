package io.github.ajiss4j.cli.internal;

/** {@code ajiss help [COMMAND]}: the help of the tool, or of one command. */
final class HelpCommand extends BaseCommand {

  static final Option COMMAND =
      Option.positional("COMMAND", 0, 1, "The COMMAND to display the usage help message for.");

  /** {@code ajiss help [-hV] [--debug] [COMMAND]}. */
  static final CommandSpec SPEC =
      CommandSpec.command("help")
          .header("Display help information about the specified command.")
          .description(
              "When no COMMAND is given, the usage help for the main command is displayed.",
              "If a COMMAND is specified, the help for that command is shown.")
          .positional(COMMAND)
          .build();

  HelpCommand(Context context) {
    super(context);
  }

  @Override
  int call(ParsedArgs args) {
    String name = args.positionals().isEmpty() ? null : args.positionals().get(0);
    if (name != null && !AjissCommand.SPEC.hasCommand(name)) {
      throw new UsageException(
          "Unknown subcommand '" + name + "'.",
          ArgParser.suggestCommands(name, AjissCommand.SPEC.commands()),
          AjissCommand.SPEC);
    }
    context.out().print(Cli.help(name == null ? AjissCommand.SPEC : Cli.spec(name)));
    context.out().flush();
    return ExitCodes.OK;
  }
}
