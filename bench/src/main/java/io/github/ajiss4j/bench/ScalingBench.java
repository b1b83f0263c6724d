package io.github.ajiss4j.bench;

import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parse time of synthetic commentaries of 10 KB, 100 KB and 1 MB of body, to show it is linear. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBench {

  /** Characters of body; see {@link Inputs#synthetic(int)}. */
  @Param({"10000", "100000", "1000000"})
  public int bodyChars;

  private String text;
  private final CommentaryParser parser = CommentaryParser.create();

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public ScalingBench() {}

  /** The sizes of {@link #bodyChars}, each parsed in every fork before the measurement. */
  private static final int[] SIZES = {10_000, 100_000, 1_000_000};

  /** How many characters of each size the fork parses before the measurement. */
  private static final int PROFILED_CHARS = 4_000_000;

  /**
   * Builds the input, and first parses inputs of every size, as many characters of each: each size
   * is measured in a JVM of its own, whose compiler would otherwise shape the code for that size's
   * profile alone, which made one size's time move by a sixth from one JVM to the next. With the
   * same profile in each, the sizes are timed in the same compiled code.
   *
   * @throws CommentaryParseException never for these inputs
   */
  @Setup
  public void setUp() throws CommentaryParseException {
    for (int size : SIZES) {
      String input = Inputs.synthetic(size);
      for (int i = 0; i < PROFILED_CHARS / size; i++) {
        parser.parse(input);
      }
    }
    text = Inputs.synthetic(bodyChars);
  }

  /**
   * Parses the text.
   *
   * @return the result
   * @throws CommentaryParseException never for these inputs
   */
  @Benchmark
  public ParseResult parse() throws CommentaryParseException {
    return parser.parse(text);
  }
}
