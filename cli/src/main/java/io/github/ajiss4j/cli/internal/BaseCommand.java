package io.github.ajiss4j.cli.internal;

/**
 * What every command shares: the context it runs in. Its options ({@code --help}, {@code
 * --version}, {@code --debug}) are in every {@link CommandSpec}; {@link Cli} handles them.
 */
abstract class BaseCommand {

  final Context context;

  BaseCommand(Context context) {
    this.context = context;
  }

  /**
   * Runs the command.
   *
   * @param args the command line, parsed by the command's {@link CommandSpec}
   * @return the exit code
   * @throws UsageException when the arguments cannot work together (exit code 2)
   * @throws Exception any other failure, which {@link Cli} reports in one line
   */
  abstract int call(ParsedArgs args) throws Exception;
}
