package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class LexiconTest {

  /** The words of {@code words.gz}, its front coding undone here on its own. */
  private static List<String> words() throws Exception {
    try (InputStream in = Lexicon.class.getResourceAsStream("words.gz")) {
      String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.US_ASCII);
      List<String> words = new ArrayList<>();
      String last = "";
      for (String line : text.split("\n")) {
        int shared = line.charAt(0) - '0';
        last = last.substring(0, shared) + line.substring(1);
        words.add(last);
      }
      return words;
    }
  }

  @Test
  void everyWordOfTheListIsFoundWholeAndInTwoPieces() throws Exception {
    List<String> words = words();
    assertThat(words).hasSizeGreaterThan(100_000).isSorted().doesNotHaveDuplicates();
    assertThat(words).allMatch(w -> w.matches("[a-z]+"));
    for (String w : words) {
      assertThat(Lexicon.contains(w)).as(w).isTrue();
      int half = w.length() / 2;
      assertThat(Lexicon.contains(w.substring(0, half), w.substring(half))).as(w).isTrue();
    }
  }

  @Test
  void wordsOfTheSeriesAreWordsAndCompoundsWithoutTheirHyphenAreNot() {
    for (String w :
        new String[] {
          "warfare", "threshold", "lawmakers", "shipbuilding", "southeast", "alliance", "centre"
        }) {
      assertThat(Lexicon.contains(w)).as(w).isTrue();
    }
    for (String w : new String[] {"dualuse", "rareearth", "decisionmaking", "socalled", ""}) {
      assertThat(Lexicon.contains(w)).as(w).isFalse();
    }
    assertThat(Lexicon.contains("War")).isFalse(); // in lower case only
  }
}
