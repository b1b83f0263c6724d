package io.github.ajiss4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The parse time of two builds of the parser, loaded side by side in one JVM and run in turns:
 * thread CPU time, batches of about 50 ms, the order of the two swapped every round, and the median
 * of the rounds' ratios. A machine whose speed drifts slows both sides of each round alike, so the
 * ratio holds where the times of separate runs would not. {@code bench/compare.sh} builds another
 * commit's parser and calls this.
 *
 * <pre>{@code
 * java -cp bench/target/classes io.github.ajiss4j.bench.Compare \
 *     OTHER/model/target/classes:OTHER/parser/target/classes \
 *     model/target/classes:parser/target/classes 40 FILE...
 * }</pre>
 */
public final class Compare {

  private static final long BATCH_NANOS = 50_000_000L;

  private static final long WARM_UP_NANOS = 15_000_000_000L;

  private Compare() {}

  /**
   * Compares the two builds on each file.
   *
   * @param args the class path of the first build (the base), that of the second, the number of
   *     rounds, then the files
   * @throws Exception if a build cannot be loaded or a file read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Compare BASE_CLASSPATH NEW_CLASSPATH ROUNDS FILE...");
      System.exit(2);
    }
    Parse base = new Parse(args[0]);
    Parse next = new Parse(args[1]);
    int rounds = Integer.parseInt(args[2]);
    for (String file : Arrays.asList(args).subList(3, args.length)) {
      String text = Files.readString(Path.of(file));
      compare(base, next, text, rounds, Path.of(file).getFileName().toString());
    }
  }

  private static void compare(Parse base, Parse next, String text, int rounds, String name)
      throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int batch = 1;
    while (base.time(text, batch, threads) < BATCH_NANOS) {
      batch *= 2;
    }
    long warm = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warm) {
      base.time(text, batch, threads);
      next.time(text, batch, threads);
    }
    double[] ratios = new double[rounds];
    double[] baseTimes = new double[rounds];
    double[] nextTimes = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long b;
      long n;
      if (r % 2 == 0) {
        b = base.time(text, batch, threads);
        n = next.time(text, batch, threads);
      } else {
        n = next.time(text, batch, threads);
        b = base.time(text, batch, threads);
      }
      ratios[r] = (double) n / b;
      baseTimes[r] = b / 1e3 / batch;
      nextTimes[r] = n / 1e3 / batch;
    }
    Arrays.sort(ratios);
    Arrays.sort(baseTimes);
    Arrays.sort(nextTimes);
    System.out.printf(
        Locale.ROOT,
        "%s: base %.2f us, new %.2f us a parse (medians); new/base %.3f (quartiles %.3f to %.3f)%n",
        name,
        baseTimes[rounds / 2],
        nextTimes[rounds / 2],
        ratios[rounds / 2],
        ratios[rounds / 4],
        ratios[3 * rounds / 4]);
  }

  /** One build's {@code CommentaryParser.parse(CharSequence)}, in a class loader of its own. */
  private static final class Parse {
    private final Object parser;
    private final Method parse;

    Parse(String classPath) throws Exception {
      String[] parts = classPath.split(":");
      URL[] urls = new URL[parts.length];
      for (int i = 0; i < parts.length; i++) {
        urls[i] = Path.of(parts[i]).toUri().toURL();
      }
      // the platform loader as parent: this build's classes, not those on the class path
      ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass("io.github.ajiss4j.parser.CommentaryParser");
      parser = type.getMethod("create").invoke(null);
      parse = type.getMethod("parse", CharSequence.class);
    }

    long time(String text, int times, ThreadMXBean threads) throws Exception {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < times; i++) {
        parse.invoke(parser, text);
      }
      return threads.getCurrentThreadCpuTime() - start;
    }
  }
}
