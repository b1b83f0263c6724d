package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

  @Test
  void theLineShowsTheSecondsAsPercentTwoFDoes() {
    long[] samples = {0, 1, 4, 5, 6, 9, 10, 14, 15, 99, 994, 995, 999, 1000, 1005, 12_345, 59_999};
    for (long millis : samples) {
      assertLine(millis);
    }
    for (long millis = 0; millis < 3000; millis++) {
      assertLine(millis);
    }
    assertLine(86_400_000L * 365);
  }

  private static void assertLine(long millis) {
    String expected =
        String.format(
            Locale.ROOT,
            "ajiss: converted %d, failed %d, warnings %d, time %.2f s",
            3,
            1,
            12,
            millis / 1000.0);
    assertThat(new Batch.Summary(3, 1, 12, millis).line()).as("%d ms", millis).isEqualTo(expected);
  }
}
