package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing is lost: every character of the input that is not white space lies inside a block's
 * source span, a header field's span, or a diagnostic's span.
 */
class AccountingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-093.txt",
        "hard-wrapped-later-masthead.txt",
        "bom-no-final-newline.txt",
        "pdftotext-clipped-lines.txt",
        "pdftotext-one-a-line-later-masthead.txt"
      })
  void everyCharacterIsAccountedFor(String fixture) throws Exception {
    String input = Fixtures.read(fixture);
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(Accounting.lost(input, r)).as("characters in no span").isEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "AJISS-Commentary | AJISS Commentary",
        "No.93. 8 June 2010 | No.93 (8-June-2010)",
        "Yoshikazu Hirose\tOF | Yoshikazu Hirose (National Defense Academy)\tOF",
        "Yoshikazu Hirose is Professor | About the author: Yoshikazu Hirose is Professor",
        "AJISS-Commentary | AJISS-Commentary No.93",
        "AJISS-Commentary | AJISS-Commentary No.94",
        "THE PROSPECTS COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO"
            + " | THE PROSPECTS OF JAPAN-NATO COOPERATION:\\nA European View\\nBy Yoshikazu Hirose\t",
        "THE PROSPECTS COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO"
            + " | THE PROSPECTS OF JAPAN-NATO COOPERATION\\nBy Prof. Yoshikazu Hirose\t",
        "THE PROSPECTS COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO"
            + " | THE PROSPECTS OF JAPAN-NATO CO-\\nOPERATION\\nYoshikazu Hirose\t",
        "and security. | and security. The views expressed in this piece are the author's own and"
            + " should not be attributed to The Association of Japanese Institutes of Strategic"
            + " Studies."
      })
  void everyCharacterIsAccountedForInTheSeedAsOtherYearsAndToolsPrintIt(String from, String to)
      throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    // a row cannot hold a line end: a backslash and an n in a row stand for one
    String input = seed.replace(from, to.replace("\\n", "\n"));
    assertThat(input).isNotEqualTo(seed);
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(Accounting.lost(input, r)).as("characters in no span").isEmpty();
  }
}
