package io.github.ajiss4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every benchmark method once, so that a broken benchmark fails the build, not the run. */
class BenchmarksTest {

  @ParameterizedTest
  @ValueSource(strings = {Inputs.SEED, Inputs.HARD_WRAPPED, Inputs.LARGE})
  void everyBenchmarkProducesOutput(String input) throws Exception {
    CommentaryBench bench = new CommentaryBench();
    bench.input = input;
    bench.setUp();

    assertThat(bench.parse().commentary().body()).hasSizeGreaterThan(5);
    assertThat(bench.renderHtml()).contains("<p>");
    assertThat(bench.renderXhtml()).contains("<p>");
    assertThat(bench.renderJson()).startsWith("{");
    assertThat(bench.renderText()).contains("Yoshikazu Hirose");
    assertThat(bench.renderEpub()).startsWith((byte) 'P', (byte) 'K');
    assertThat(bench.parseAndHtml()).isEqualTo(bench.renderHtml());
    assertThat(bench.parseAndArticle())
        .startsWith("<article")
        .endsWith("</article>\n")
        .contains("<p>")
        .isSubstringOf(bench.renderHtml());
    assertThat(bench.parseAndJson()).isEqualTo(bench.renderJson());
    assertThat(bench.commonmarkHtml()).contains("<p>");
    assertThat(bench.escapeLimit()).contains("&quot;Japan and NATO are partners,&quot;");
    assertThat(bench.escapeRunsLimit()).isEqualTo(bench.escapeLimit());
  }

  @Test
  void syntheticInputsHaveTheirSizeAndAreTheSameEachTime() {
    for (int size : new int[] {10_000, 100_000, 1_000_000}) {
      String text = Inputs.synthetic(size);
      assertThat(text.length()).isBetween(size, size + 10_000);
      assertThat(text).isEqualTo(Inputs.synthetic(size));
    }
  }

  @Test
  void largeSyntheticCommentaryParsesIntoManyParagraphs() throws Exception {
    ScalingBench bench = new ScalingBench();
    bench.bodyChars = 1_000_000;
    bench.setUp();

    assertThat(bench.parse().commentary().body()).hasSizeGreaterThan(1000);
  }

  @Test
  void parseWorkGrowsInProportionToTheInput() throws Exception {
    // the bytes a parse allocates stand for its work, and do not depend on the machine's speed:
    // each tenfold step of the input may cost about tenfold, where a quadratic step would cost a
    // hundredfold
    double[] perByte = new double[3];
    int[] sizes = {10_000, 100_000, 1_000_000};
    for (int i = 0; i < sizes.length; i++) {
      ScalingBench bench = new ScalingBench();
      bench.bodyChars = sizes[i];
      bench.setUp();
      bench.parse(); // compiled before it is measured, as far as a few runs go
      perByte[i] =
          (double) CpuTime.bytesPerOp(bench::parse) / Inputs.utf8Bytes(Inputs.synthetic(sizes[i]));
    }
    assertThat(perByte[1] / perByte[0]).isLessThan(1.5);
    assertThat(perByte[2] / perByte[1]).isLessThan(1.5);
  }

  @Test
  void parseAndHtmlOfTheSeedAllocatesLessThanThePeer() throws Exception {
    // the goal on allocation, a ratio of the bytes two operations allocate, which no machine's
    // speed moves: parse + HTML allocates no more than commonmark-java's parse + HTML of the text
    CommentaryBench bench = new CommentaryBench();
    bench.input = Inputs.SEED;
    bench.setUp();
    for (int i = 0; i < 200; i++) {
      bench.parseAndHtml(); // compiled as far as a few hundred runs go, escape analysis included
      bench.commonmarkHtml();
    }
    long ours = CpuTime.bytesPerOp(bench::parseAndHtml);
    long peer = CpuTime.bytesPerOp(bench::commonmarkHtml);
    assertThat(ours).isPositive().isLessThan(peer);
  }

  @Test
  void cpuTimeMeasuresEveryNamedBenchmark() throws Exception {
    CpuTime.main(new String[] {"0.02", "parse@seed", "parseAndHtml@seed", "commonmarkHtml@seed"});
  }

  @Test
  void escapeCopyEscapesTheReservedCharacters() {
    for (String text : new String[] {"a<b>&\"c'", "", "<", "ab", "\"\"x&"}) {
      assertThat(EscapeCopy.escapeRuns(text)).isEqualTo(EscapeCopy.escape(text));
    }
    assertThat(EscapeCopy.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c'");
  }
}
