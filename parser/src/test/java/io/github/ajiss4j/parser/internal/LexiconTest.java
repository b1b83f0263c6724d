package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

class LexiconTest {

  /** The words of {@code words.dat}, each bucket inflated and its front coding undone here. */
  private static List<String> words() throws Exception {
    try (InputStream in = Lexicon.class.getResourceAsStream("words.dat")) {
      DataInputStream file = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
      int buckets = file.readInt();
      int[] offsets = new int[buckets + 1];
      for (int b = 0; b <= buckets; b++) {
        offsets[b] = file.readInt();
      }
      byte[] data = file.readAllBytes();
      List<String> words = new ArrayList<>();
      for (int b = 0; b < buckets; b++) {
        String head = "" + (char) ('a' + b / 27) + (b % 27 == 0 ? "" : (char) ('a' + b % 27 - 1));
        InflaterInputStream bucket =
            new InflaterInputStream(
                new ByteArrayInputStream(data, offsets[b], offsets[b + 1] - offsets[b]),
                new Inflater(true));
        String last = "";
        for (String line :
            new String(bucket.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
          if (!line.isEmpty()) {
            last = last.substring(0, line.charAt(0) - '0') + line.substring(1);
            words.add(head + last);
          }
        }
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
  void everyBucketAnswersAnEmptyOneToo() {
    int words = 0;
    for (char first = 'a'; first <= 'z'; first++) {
      words += Lexicon.contains(String.valueOf(first)) ? 1 : 0;
      for (char second = 'a'; second <= 'z'; second++) {
        words += Lexicon.contains(first + String.valueOf(second) + "zzzzzz") ? 1 : 0;
      }
    }
    assertThat(words).isBetween(1, 26);
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
    assertThat(Lexicon.contains("war\u00E9")).isFalse();
    assertThat(Lexicon.contains("a")).isTrue();
  }
}
