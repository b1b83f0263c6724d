package io.github.ajiss4j.cli.internal;

/**
 * Shows how far a batch has got. The progress bar library is touched only through {@link
 * ProgressBars}, so that a run without a bar never loads it.
 */
interface Progress extends AutoCloseable {

  /** Files at or below this count get no bar. */
  int THRESHOLD = 20;

  Progress NONE =
      new Progress() {
        @Override
        public void step() {}

        @Override
        public void close() {}
      };

  void step();

  /**
   * Prints lines on standard error, each whole on a line of its own: where a bar is drawn, its line
   * is cleared first, and the bar is drawn again under them.
   */
  default void println(java.io.PrintStream err, java.util.List<String> lines) {
    for (String line : lines) {
      err.println(line);
    }
  }

  @Override
  void close();

  /** A bar on standard error when a person is watching and the batch is large, else none. */
  static Progress start(Context context, String task, int total) {
    if (!context.terminal() || total <= THRESHOLD) {
      return NONE;
    }
    return ProgressBars.start(context.err(), task, total);
  }
}
