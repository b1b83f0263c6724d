package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The words found 64 bytes at a time as masks, against the same words read a character at a time.
 */
class WordsSpansTest {

  /**
   * Blanks of every kind, the tab and line ends among them, controls, characters beyond ASCII and
   * beyond Latin-1, and a pair of surrogates.
   */
  private static final String ALPHABET =
      "ab Z~?\t\n\r\f\u000B\u001C\u001F\u0000\u0008\u007F\u0080\u0085\u00A0\u00AD\u00E9\u00FF"
          + "\u0100\u1680\u2003\u2009\u2019\u2028\u202F\u3000\uFEFF\uD83D\uDE00";

  /** The words as text: each one's offsets, then H after a hard break and W beyond ASCII. */
  private static String words(Words.Spans spans) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < spans.size; k++) {
      sb.append(spans.starts[k]).append('-').append(spans.ends[k]);
      sb.append(spans.hardBreaks[k] ? "H" : "").append(spans.ascii[k] ? "" : "W").append(' ');
    }
    return sb.toString();
  }

  /** A text of words and blanks, each run about as long as {@code spread} says. */
  private static String text(Random r, int length, int spread, boolean latin1) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int c = r.nextInt(spread + 4);
      if (c == 0) {
        char odd = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        sb.append(latin1 && odd > 0xFF ? ' ' : odd);
      } else if (c < 4) {
        sb.append(r.nextBoolean() ? ' ' : "\t\n\r\u00A0".charAt(r.nextInt(4)));
      } else {
        sb.append((char) ('!' + r.nextInt(94)));
      }
    }
    return sb.substring(0, length);
  }

  @Test
  void findsTheWordsThatAScanACharacterAtATimeFinds() {
    Random r = new Random(17);
    Scratch masked = Scratch.get();
    Scratch scanned = Scratch.line();
    for (int round = 0; round < 40_000; round++) {
      // short words and blanks, as prose, and long ones that run over blocks of 64
      int spread = r.nextBoolean() ? 1 + r.nextInt(8) : 1 + r.nextInt(200);
      String s = text(r, r.nextInt(420), spread, r.nextInt(4) > 0);
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(Math.min(s.length() - from, 200) + 1);
      String expected = words(Words.spansByChar(s, from, to, scanned));
      Words.Spans byMask = Words.spansByMask(s, from, to, masked);
      boolean latin1 = s.substring(from, to).chars().allMatch(c -> c <= 0xFF);
      assertThat(byMask != null).as("read as bytes: %s", s).isEqualTo(latin1);
      if (byMask != null) {
        assertThat(words(byMask)).as("[%d, %d) of %s", from, to, s).isEqualTo(expected);
      }
      assertThat(words(Words.spans(s, from, to, masked))).isEqualTo(expected);
    }
  }

  @Test
  void findsTheWordsAroundEachByteOfLatin1() {
    Scratch scratch = Scratch.get();
    for (char c = 0; c <= 0xFF; c++) {
      String s = ("ab" + c + "cd " + c + " e" + c).repeat(20);
      assertThat(words(Words.spansByMask(s, 1, s.length(), scratch)))
          .as("U+%04X", (int) c)
          .isEqualTo(words(Words.spansByChar(s, 1, s.length(), Scratch.line())));
    }
  }
}
