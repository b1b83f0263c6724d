package io.github.ajiss4j.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A cross-check of the JMH figures for a machine whose other processes take CPU time from the
 * benchmark: the CPU time of the measuring thread per operation, the best of eight rounds, and the
 * bytes it allocates per operation. Wall-clock time counts the time a thread waits for a core;
 * thread CPU time does not.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar io.github.ajiss4j.bench.CpuTime 2 parseAndHtml@seed commonmarkHtml@seed
 * }</pre>
 */
public final class CpuTime {

  private static final int ROUNDS = 8;

  private CpuTime() {}

  /**
   * Measures benchmarks of {@link CommentaryBench}, one after another in this JVM.
   *
   * @param args the seconds to warm up (also the time of all rounds together), then {@code
   *     method@input} pairs such as {@code parse@seed}
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CpuTime seconds method@input...");
      System.exit(2);
    }
    double seconds = Double.parseDouble(args[0]);
    for (String spec : List.of(args).subList(1, args.length)) {
      String method = spec.substring(0, spec.indexOf('@'));
      String input = spec.substring(spec.indexOf('@') + 1);
      CommentaryBench bench = new CommentaryBench();
      bench.input = input;
      bench.setUp();
      Callable<Object> op = operation(bench, method);
      double micros = bestMicrosPerOp(op, seconds);
      long allocated = bytesPerOp(op);
      int bytes = Inputs.utf8Bytes(Inputs.named(input));
      System.out.printf(
          Locale.ROOT,
          "%-16s %-13s %10.1f us CPU/op %9.2f MB/s %11d B/op %7.2f B/in-B%n",
          method,
          input,
          micros,
          bytes / micros,
          allocated,
          (double) allocated / bytes);
    }
  }

  private static Callable<Object> operation(CommentaryBench b, String method) {
    return switch (method) {
      case "parse" -> b::parse;
      case "renderHtml" -> b::renderHtml;
      case "renderXhtml" -> b::renderXhtml;
      case "renderJson" -> b::renderJson;
      case "renderText" -> b::renderText;
      case "renderEpub" -> b::renderEpub;
      case "parseAndHtml" -> b::parseAndHtml;
      case "parseAndArticle" -> b::parseAndArticle;
      case "parseAndJson" -> b::parseAndJson;
      case "commonmarkHtml" -> b::commonmarkHtml;
      case "escapeLimit" -> b::escapeLimit;
      default -> throw new IllegalArgumentException("unknown benchmark " + method);
    };
  }

  private static double bestMicrosPerOp(Callable<Object> op, double seconds) throws Exception {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmUpEnd = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < warmUpEnd) {
      op.call();
    }
    double best = Double.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long end = System.nanoTime() + (long) (seconds * 1e9 / ROUNDS);
      long n = 0;
      while (System.nanoTime() < end) {
        op.call();
        n++;
      }
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n);
    }
    return best;
  }

  static long bytesPerOp(Callable<Object> op) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = 20;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < n; i++) {
      op.call();
    }
    return (threads.getCurrentThreadAllocatedBytes() - before) / n;
  }
}
