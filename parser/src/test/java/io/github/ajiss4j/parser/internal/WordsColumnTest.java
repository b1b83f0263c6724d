package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The column that the header's reader stops in once it holds more words than a header's line,
 * against the whole column and its words counted after.
 */
class WordsColumnTest {

  private static final String ALPHABET = "ab  \t\u00A0\u2003-,";

  @Test
  void tellsTheColumnsOfMoreWordsAsTheirWordsCountedAfterDo() {
    Random r = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      int maxWords = r.nextInt(5);
      int[] whole = new int[2];
      int[] cut = new int[2];
      int at = Words.nextColumn(s, 0, s.length(), whole);
      int stop = Words.nextColumn(s, 0, s.length(), cut, maxWords);
      while (at >= 0) {
        assertThat(cut[0]).as("%s", s).isEqualTo(whole[0]);
        boolean more = Words.moreThan(s, whole[0], whole[1], maxWords);
        assertThat(cut[1] < 0).as("%s, %d words at most", s, maxWords).isEqualTo(more);
        if (more) {
          break;
        }
        assertThat(cut[1]).isEqualTo(whole[1]);
        assertThat(stop).isEqualTo(at);
        at = Words.nextColumn(s, at, s.length(), whole);
        stop = Words.nextColumn(s, stop, s.length(), cut, maxWords);
      }
      if (at < 0) {
        assertThat(stop).as("%s", s).isEqualTo(-1);
      }
    }
  }
}
