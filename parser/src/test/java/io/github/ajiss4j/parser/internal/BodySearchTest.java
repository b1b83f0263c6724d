package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether the body writes two words of a title one after the other, in each spelling that the body
 * may give them: in lower case, capitalised, in capitals, and a compound capitalised part by part.
 */
class BodySearchTest {

  private static BodyReader body(String text) {
    return new BodyReader(text, new Sink(new Source(text, 10_000), 100, false), new int[0], false);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the prospects cooperation of both | PROSPECTS | COOPERATION",
        "Prospects cooperation was slow | PROSPECTS | COOPERATION",
        "the PROSPECTS COOPERATION report | PROSPECTS | COOPERATION",
        "in the Indo-Pacific region and beyond | INDO-PACIFIC | REGION",
        "the Japan-Nato Cooperation of 2007 | JAPAN-NATO | COOPERATION",
        "an Ally in the Asia Pacific | ALLY | IN",
        "talks of japan-nato ties | OF | JAPAN-NATO",
        "talks of Japan-nato ties | OF | JAPAN-NATO",
        "talks of Japan-Nato ties | OF | JAPAN-NATO",
        "talks of JAPAN-NATO ties | OF | JAPAN-NATO"
      })
  void findsTheWordsInEachSpelling(String text, String first, String second) {
    assertThat(body(text).writesTogether(first, second)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a spelling that is none of the four: the letters match, the cases do not
        "the pROSPECTS cooperation of both | PROSPECTS | COOPERATION",
        "the prospectS cooperation of both | PROSPECTS | COOPERATION",
        "talks of japan-NATO ties | OF | JAPAN-NATO",
        "the Indo-PACIFIC region | INDO-PACIFIC | REGION",
        // a letter that only a search ignoring case takes for one of the word's, the Kelvin sign
        "the Japan-\u212Aorea cooperation | JAPAN-KOREA | COOPERATION",
        "talks of Japan-\u212Aorea | OF | JAPAN-KOREA",
        // a word that goes on, or that does not start a word
        "the prospects cooperations of both | PROSPECTS | COOPERATION",
        "talks of Japan-Natos | OF | JAPAN-NATO",
        "the xprospects cooperation of both | PROSPECTS | COOPERATION",
        // not one after the other
        "the prospects of cooperation | PROSPECTS | COOPERATION",
        "cooperation prospects | PROSPECTS | COOPERATION",
        // only one of them written
        "the rospects cooperation | PROSPECTS | COOPERATION"
      })
  void findsNoOtherSpellingAndNoOtherOrder(String text, String first, String second) {
    assertThat(body(text).writesTogether(first, second)).isFalse();
  }

  @Test
  void findsAWordThatTheBodyWritesOnlyAtItsStart() {
    assertThat(body("Prospects cooperation").writesTogether("PROSPECTS", "COOPERATION")).isTrue();
  }
}
