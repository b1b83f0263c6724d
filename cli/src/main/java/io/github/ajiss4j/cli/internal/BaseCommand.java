package io.github.ajiss4j.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the context, {@code --debug}, {@code --help} and {@code --version}.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    showDefaultValues = false)
abstract class BaseCommand {

  final Context context;

  @Spec CommandSpec spec;

  BaseCommand(Context context) {
    this.context = context;
  }

  @Option(
      names = "--debug",
      description = "Show the stack trace of an unexpected error.",
      order = 100)
  void debug(boolean debug) {
    context.debug(debug);
  }
}
