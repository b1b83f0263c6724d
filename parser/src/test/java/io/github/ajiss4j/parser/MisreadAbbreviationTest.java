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

  private static final String[] FIXTURES = {
    "bom-no-final-newline.txt",
    "generated-pdfbox-two-page-widths.txt",
    "generated-pdfbox-wider-biography-line.txt",
    "generated-short-key-points.txt",
    "generated-short-paragraph-and-heading.txt",
    "hard-wrapped-later-masthead.txt",
    "markdown-later-masthead.txt",
    "pdfbox-sorted-sidebar-merged.txt",
    "pdftotext-clipped-lines.txt",
    "pdftotext-dehyphenated-glued-lines.txt",
    "pdftotext-one-a-line-later-masthead.txt",
    "pdftotext-raw-narrower-first-page.txt",
    "pdftotext-sidebar-between-lines.txt",
    "seed-093.txt"
  };

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

  /**
   * The secretariat's role with a letter or two misread, in the masthead of every shape of the
   * fixtures (the seed's line of names, a masthead one field a line, the role under the names, a
   * sidebar read row by row): corrected and reported.
   */
  @ParameterizedTest
  @CsvSource({"Secretarlat", "Secretariet", "5ecretariat"})
  void aMisreadRoleIsCorrectedAndReported(String misread) throws Exception {
    for (String fixture : FIXTURES) {
      String original = Fixtures.read(fixture);
      ParseResult expected = CommentaryParser.create().parse(original);
      assertThat(original).contains("(Secretariat)");
      String text = original.replace("(Secretariat)", "(" + misread + ")");
      ParseResult r = CommentaryParser.create().parse(text);
      String read = text.startsWith("\uFEFF") ? text.substring(1) : text; // spans skip a BOM
      assertThat(r.commentary().masthead().institutes())
          .as(fixture)
          .isEqualTo(expected.commentary().masthead().institutes());
      assertThat(r.diagnostics())
          .filteredOn(d -> d.code() == DiagnosticCode.INSTITUTE_CORRECTED)
          .filteredOn(d -> d.message().contains("role"))
          .singleElement()
          .satisfies(
              d ->
                  assertThat(read.substring(d.span().offset(), d.span().endOffset()))
                      .isEqualTo(misread));
    }
  }
}
