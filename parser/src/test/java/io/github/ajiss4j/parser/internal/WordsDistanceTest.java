package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded edit distance that corrects misread masthead words, against the full table. */
class WordsDistanceTest {

  /** Levenshtein distance from the whole table, every cell filled. */
  private static int full(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String random(Random r, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(14);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void isTheDistanceUpToTheBoundAndOneMoreBeyondIt() {
    Random r = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      String a = random(r, "abc");
      // half the pairs one or two edits apart, where the bound matters
      String b = r.nextBoolean() ? random(r, "abc") : edit(r, a);
      int max = r.nextInt(4);
      int expected = Math.min(full(a, b), max + 1);
      assertThat(Words.distance(a, b, max)).as("%s %s %d", a, b, max).isEqualTo(expected);
    }
  }

  @Test
  void findsTheMisreadWordsOfTheSeed() {
    assertThat(Words.distance("Internationa", "International", 2)).isEqualTo(1);
    assertThat(Words.distance("JIIN", "JIIA", 1)).isEqualTo(1);
    assertThat(Words.distance("RIPS", "IIPS", 1)).isEqualTo(1);
    assertThat(Words.distance("Institute", "International", 2)).isEqualTo(3);
  }

  private static String edit(Random r, String a) {
    StringBuilder sb = new StringBuilder(a);
    for (int k = r.nextInt(3); k >= 0; k--) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
      switch (r.nextInt(3)) {
        case 0 -> sb.insert(at, (char) ('a' + r.nextInt(3)));
        case 1 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        default -> {
          if (at < sb.length()) {
            sb.setCharAt(at, (char) ('a' + r.nextInt(3)));
          }
        }
      }
    }
    return sb.toString();
  }
}
