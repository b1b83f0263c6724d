package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scan that skips printable ASCII eight characters at a time, against one at a time. */
class CharsScanTest {

  private static final String ALPHABET =
      "ab Z~\u007F?\n\t\r\f\u0000\u0080\u00A0\u00E9\u00FF\u0100\u2019\u2022\u2026";

  /** The indices that the scan stops at, from the start to the end. */
  private static List<Integer> stops(String text) {
    Chars.Latin1Scan scan = Chars.Latin1Scan.of(text);
    List<Integer> stops = new ArrayList<>();
    for (int i = scan.next(0); i < text.length(); i = scan.next(i + 1)) {
      stops.add(i);
    }
    return stops;
  }

  /** Every character that is not printable ASCII, and every question mark. */
  private static List<Integer> expected(String text) {
    List<Integer> stops = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '?') {
        stops.add(i);
      }
    }
    return stops;
  }

  @Test
  void stopsAtEveryCharacterThatIsNotPrintableAsciiAndNowhereElse() {
    Random r = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        // mostly printable ASCII, as text is, so that whole blocks of eight are skipped
        sb.append(
            r.nextInt(4) == 0
                ? ALPHABET.charAt(r.nextInt(ALPHABET.length()))
                : (char) (0x20 + r.nextInt(0x5F)));
      }
      String text = sb.toString();
      assertThat(stops(text)).as("%s", text).isEqualTo(expected(text));
    }
  }

  @Test
  void stopsAtEveryCharacterOfATextThatAPairOfSurrogatesHolds() {
    String text = "Japan \uD83D\uDE00 and NATO\n";
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      all.add(i);
    }
    assertThat(stops(text)).isEqualTo(all);
  }
}
