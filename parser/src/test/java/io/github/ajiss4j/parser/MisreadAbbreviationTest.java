package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed's line of abbreviations with other misread letters: a lower-case l or a 1 for an I, a 5
 * for an S, two at once, as extraction gives them. Each is corrected against the known institutes,
 * and reported.
 */
class MisreadAbbreviationTest {

  @ParameterizedTest
  @CsvSource({
    "IIPS\tJIIN\tRIPS, JIIN",
    "IIPS\tJllA\tRIPS, JllA",
    "IIPS\tJIlN\tRIPS, JIlN",
    "IIPS\tJ11A\tRIPS, J11A",
    "lIPS\tJIIA\tRIPS, lIPS",
    "IIPS\tJIIA\tRIP5, RIP5"
  })
  void isCorrectedAndReported(String line, String misread) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult expected = CommentaryParser.create().parse(seed);
    String text = seed.replace("IIPS\tJIIN\tRIPS\n", line + "\n");
    assertThat(text).contains(line);
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().masthead().institutes())
        .isEqualTo(expected.commentary().masthead().institutes());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.INSTITUTE_CORRECTED)
        .anySatisfy(
            d ->
                assertThat(text.substring(d.span().offset(), d.span().endOffset()))
                    .isEqualTo(misread));
  }
}
