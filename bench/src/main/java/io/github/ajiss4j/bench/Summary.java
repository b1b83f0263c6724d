package io.github.ajiss4j.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one JMH result file ({@code -rf json}) of {@link CommentaryBench} and {@link ScalingBench}
 * and prints throughput in MB/s (10<sup>6</sup> bytes of UTF-8 input per second), allocation per
 * input byte, and the ratios the benchmarks exist for, each with its goal.
 */
public final class Summary {

  private static final String PEER = "commonmarkHtml";
  private static final String LIMIT = "escapeLimit";

  /** The tighter limit: the same copy, a run of characters at a time. */
  private static final String RUNS_LIMIT = "escapeRunsLimit";

  private static final String END_TO_END = "parseAndHtml";

  /** Parse and the article alone: the same shape of output as the peer's and the limit's. */
  private static final String ARTICLE = "parseAndArticle";

  /** One benchmark on one input. */
  private record Row(
      String benchmark, String input, int inputBytes, double microsPerOp, double allocPerOp) {

    double megabytesPerSecond() {
      return inputBytes / microsPerOp; // bytes per microsecond = 10^6 bytes per second
    }

    double allocPerInputByte() {
      return allocPerOp / inputBytes;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Row> byKey = new LinkedHashMap<>();
  private final PrintStream out;

  private Summary(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the summary of a result file.
   *
   * @param args the path of the JMH JSON result file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: Summary jmh-result.json");
      System.exit(2);
    }
    Summary summary = new Summary(System.out);
    summary.read(Path.of(args[0]));
    summary.print();
  }

  private void read(Path file) {
    Map<String, Integer> sizes = new HashMap<>();
    JsonNode results = JsonMapper.builder().build().readTree(file.toFile());
    for (JsonNode result : results) {
      String fullName = result.path("benchmark").asString();
      String className = fullName.substring(0, fullName.lastIndexOf('.'));
      String method = fullName.substring(fullName.lastIndexOf('.') + 1);
      String input;
      if (className.endsWith("ScalingBench")) {
        input = "synthetic-" + result.path("params").path("bodyChars").asString();
        method = "scaling." + method;
      } else {
        input = result.path("params").path("input").asString();
      }
      int bytes =
          sizes.computeIfAbsent(
              input,
              k ->
                  Inputs.utf8Bytes(
                      k.startsWith("synthetic-")
                          ? Inputs.synthetic(Integer.parseInt(k.substring("synthetic-".length())))
                          : Inputs.named(k)));
      double micros = toMicros(result.path("primaryMetric"));
      double alloc = Double.NaN;
      for (var entry : result.path("secondaryMetrics").properties()) {
        if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = entry.getValue().path("score").asDouble();
        }
      }
      Row row = new Row(method, input, bytes, micros, alloc);
      rows.add(row);
      byKey.put(method + "@" + input, row);
    }
  }

  private static double toMicros(JsonNode metric) {
    double score = metric.path("score").asDouble();
    String unit = metric.path("scoreUnit").asString();
    switch (unit) {
      case "ns/op":
        return score / 1e3;
      case "us/op":
        return score;
      case "ms/op":
        return score * 1e3;
      case "s/op":
        return score * 1e6;
      default:
        throw new IllegalArgumentException("expected average time per operation, not " + unit);
    }
  }

  private void print() {
    out.printf(
        Locale.ROOT,
        "%-22s %-16s %9s %12s %9s %14s %9s%n",
        "benchmark",
        "input",
        "bytes",
        "us/op",
        "MB/s",
        "alloc B/op",
        "B/in-B");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%-22s %-16s %9d %12.2f %9.2f %14.0f %9.2f%n",
          r.benchmark(),
          r.input(),
          r.inputBytes(),
          r.microsPerOp(),
          r.megabytesPerSecond(),
          r.allocPerOp(),
          r.allocPerInputByte());
    }
    out.println();
    out.println("Ratios (throughput of ours / throughput of the other, same input, same run):");
    for (String input : List.of(Inputs.SEED, Inputs.HARD_WRAPPED, Inputs.LARGE)) {
      Row ours = byKey.get(END_TO_END + "@" + input);
      Row article = byKey.get(ARTICLE + "@" + input);
      Row json = byKey.get("parseAndJson@" + input);
      Row peer = byKey.get(PEER + "@" + input);
      Row limit = byKey.get(LIMIT + "@" + input);
      if (ours == null) {
        continue;
      }
      boolean seed = input.equals(Inputs.SEED);
      if (peer != null) {
        double ratio = peer.microsPerOp() / ours.microsPerOp();
        out.printf(
            Locale.ROOT,
            "  %-13s parse+HTML / commonmark parse+HTML      %6.2fx %s%n",
            input,
            ratio,
            seed ? goal(ratio >= 2.0, "goal >= 2x") : "");
        if (article != null) {
          out.printf(
              Locale.ROOT,
              "  %-13s parse+article / commonmark parse+HTML   %6.2fx%n",
              input,
              peer.microsPerOp() / article.microsPerOp());
        }
        double allocOurs = ours.allocPerInputByte();
        double allocPeer = peer.allocPerInputByte();
        out.printf(
            Locale.ROOT,
            "  %-13s alloc per input byte, ours / peer       %6.2f vs %.2f B %s%n",
            input,
            allocOurs,
            allocPeer,
            seed ? goal(allocOurs <= allocPeer, "goal ours <= peer") : "");
      }
      if (limit != null) {
        double fraction = limit.microsPerOp() / ours.microsPerOp();
        out.printf(
            Locale.ROOT,
            "  %-13s parse+HTML / escape-copy limit          %6.1f%% %s%n",
            input,
            100 * fraction,
            seed ? goal(fraction >= 0.40, "goal >= 40%") : "");
        fraction(out, input, "parse+article / escape-copy limit", limit, article);
        fraction(out, input, "parse+JSON / escape-copy limit", limit, json);
      }
      Row runsLimit = byKey.get(RUNS_LIMIT + "@" + input);
      if (runsLimit != null) {
        fraction(out, input, "parse+HTML / run-copy limit", runsLimit, ours);
        fraction(out, input, "parse+article / run-copy limit", runsLimit, article);
      }
    }
    List<Row> scaling = new ArrayList<>();
    for (Row r : rows) {
      if (r.benchmark().equals("scaling.parse")) {
        scaling.add(r);
      }
    }
    scaling.sort(Comparator.comparingInt(Row::inputBytes));
    Row previous = null;
    for (Row r : scaling) {
      if (previous != null) {
        double timeRatio = r.microsPerOp() / previous.microsPerOp();
        double sizeRatio = (double) r.inputBytes() / previous.inputBytes();
        out.printf(
            Locale.ROOT,
            "  scaling %s -> %s: time x%.2f for size x%.2f (per byte x%.2f) %s%n",
            previous.input(),
            r.input(),
            timeRatio,
            sizeRatio,
            timeRatio / sizeRatio,
            goal(timeRatio <= 1.1 * sizeRatio, "goal per byte <= ~1"));
      }
      previous = r;
    }
  }

  /** Prints the throughput of a benchmark as a fraction of a limit's, where both were run. */
  private static void fraction(PrintStream out, String input, String what, Row limit, Row ours) {
    if (ours != null) {
      out.printf(
          Locale.ROOT,
          "  %-13s %-40s%6.1f%%%n",
          input,
          what,
          100 * limit.microsPerOp() / ours.microsPerOp());
    }
  }

  private static String goal(boolean met, String goal) {
    return (met ? "MET" : "MISSED") + " (" + goal + ")";
  }
}
