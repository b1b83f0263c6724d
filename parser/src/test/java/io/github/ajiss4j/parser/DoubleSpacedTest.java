package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text from a tool that puts a blank line after every line, as some do with widely spaced lines,
 * and more between paragraphs: the commentary is the one the same text with its lines together
 * gives, its clipped copy, key points and subheading found, and no join of lines is reported as a
 * page break.
 */
class DoubleSpacedTest {

  @ParameterizedTest
  @CsvSource({
    // fixture, blank lines after a line, blank lines between paragraphs
    "pdftotext-clipped-lines.txt, 1, 3",
    "pdftotext-clipped-lines.txt, 1, 2",
    "hard-wrapped-later-masthead.txt, 1, 3",
    "hard-wrapped-later-masthead.txt, 1, 2",
    "hard-wrapped-later-masthead.txt, 2, 4"
  })
  void readsAsTheTextWithItsLinesTogether(String fixture, int afterLine, int betweenParagraphs)
      throws Exception {
    String text = Fixtures.read(fixture);
    String spaced =
        text.replace("\n\n", "\u0000")
            .replace("\n", "\n".repeat(afterLine + 1))
            .replace("\u0000", "\n".repeat(betweenParagraphs + 1));
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(spaced);

    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactlyElementsOf(expected.diagnostics().stream().map(Diagnostic::code).toList());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
        .hasSameSizeAs(
            expected.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
                .toList());
  }

  /**
   * Where paragraphs are parted by one blank line, as lines are, every blank line parts paragraphs
   * as usual, and those cut in mid-sentence are joined again.
   */
  @ParameterizedTest
  @CsvSource({"pdftotext-clipped-lines.txt", "hard-wrapped-later-masthead.txt"})
  void withNoWiderGapBetweenParagraphsEveryBlankLinePartsThem(String fixture) throws Exception {
    String text = Fixtures.read(fixture);
    String spaced = text.replace("\n\n", "\n").replace("\n", "\n\n");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(spaced);

    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().masthead()).isEqualTo(expected.commentary().masthead());
    assertThat(r.commentary().body().size())
        .isBetween(expected.commentary().body().size(), expected.commentary().body().size() + 2);
  }
}
