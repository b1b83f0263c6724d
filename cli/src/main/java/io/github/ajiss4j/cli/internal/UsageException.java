package io.github.ajiss4j.cli.internal;

/**
 * A command line that cannot run as given: printed as {@code ajiss: MESSAGE}, then the hint (if
 * any), then {@code Try 'ajiss COMMAND --help'.}, with exit code {@link ExitCodes#USAGE}.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;
  private final CommandSpec helpOf;

  UsageException(String message) {
    this(message, null, null);
  }

  UsageException(String message, String hint) {
    this(message, hint, null);
  }

  /**
   * Makes the error.
   *
   * @param message what is wrong
   * @param hint a line that suggests a fix, such as {@code Did you mean: ajiss convert?}, or null
   * @param helpOf the command whose help the {@code Try} line names, or null for the command that
   *     failed
   */
  UsageException(String message, String hint, CommandSpec helpOf) {
    super(message, null, false, false);
    this.hint = hint;
    this.helpOf = helpOf;
  }

  /** The command whose help to try, or null for the command that failed. */
  CommandSpec helpOf() {
    return helpOf;
  }

  /** The line after the message that suggests a fix, or null. */
  String hint() {
    return hint;
  }
}
