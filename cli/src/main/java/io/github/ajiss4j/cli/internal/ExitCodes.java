package io.github.ajiss4j.cli.internal;

/** The exit codes of {@code ajiss}. */
final class ExitCodes {

  /** Everything was converted (or checked below the threshold). */
  static final int OK = 0;

  /** Some input failed: it could not be read, parsed, rendered or written. */
  static final int FAILED = 1;

  /**
   * The command cannot run as given: a usage error, an unknown format, an output directory that
   * cannot be written, a format that is not available. Nothing was converted.
   */
  static final int USAGE = 2;

  private ExitCodes() {}
}
