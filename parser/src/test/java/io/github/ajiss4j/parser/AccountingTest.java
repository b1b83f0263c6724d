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
        "pdftotext-clipped-lines.txt"
      })
  void everyCharacterIsAccountedFor(String fixture) throws Exception {
    String input = Fixtures.read(fixture);
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(Accounting.lost(input, r)).as("characters in no span").isEmpty();
  }
}
