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

  /** Builds the input. */
  @Setup
  public void setUp() {
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
