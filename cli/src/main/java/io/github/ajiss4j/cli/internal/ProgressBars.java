package io.github.ajiss4j.cli.internal;

import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A {@link Progress} drawn by me.tongfei's progress bar. */
final class ProgressBars implements Progress {

  private final ProgressBar bar;

  private ProgressBars(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(PrintStream err, String task, int total) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .setUpdateIntervalMillis(200)
            .continuousUpdate()
            .build();
    return new ProgressBars(bar);
  }

  @Override
  public void step() {
    bar.step();
  }

  @Override
  public void println(PrintStream err, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    // the bar is drawn from another thread through the same stream, whose lock keeps it out
    synchronized (err) {
      err.print("\r\u001B[K"); // back to the line's start, and clear it
      for (String line : lines) {
        err.println(line);
      }
    }
  }

  @Override
  public void close() {
    bar.close();
  }
}
