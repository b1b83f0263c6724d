package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A byline above a title in title case, as a web copy prints it, and a byline under the title too,
 * as the PDF prints it: the one under the title is read, and the one above it never vanishes. The
 * same names above are the byline's too; other names above are reported as dropped.
 */
class BylineAboveAndUnderTitleTest {

  private static final String HEADER =
      "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n"
          + "No.93. 8 June 2010\n";

  private static final String TITLE = "The Prospects of Japan-NATO Cooperation";

  private static String text(String above, String between, String under) {
    String seed = Fixtures.read("seed-093.txt");
    return HEADER
        + above
        + between
        + TITLE
        + between
        + under
        + "\n\n"
        + seed.substring(seed.indexOf("\"Japan and NATO are partners,\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\n\n"})
  void theSameBylineAboveAndUnderTheTitleIsOneByline(String between) {
    String t = text("Yoshikazu Hirose", between, "Yoshikazu Hirose");
    ParseResult r = Fixtures.parse(t);
    assertThat(r.commentary().title()).isEqualTo(TITLE);
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose");
    assertThat(r.fieldSpans().get("authors"))
        .extracting(SourceSpan::offset)
        .contains(t.indexOf("Yoshikazu Hirose"), t.indexOf("Yoshikazu Hirose", t.indexOf(TITLE)));
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED);
    assertThat(Accounting.lost(t, r)).isEmpty();
  }

  @Test
  void anotherBylineAboveTheTitleIsReportedAsDropped() {
    String t = text("Yoshikazu Hirose", "\n", "Taro Yamada");
    ParseResult r = Fixtures.parse(t);
    assertThat(r.commentary().authors()).extracting(Author::name).containsExactly("Taro Yamada");
    assertThat(r.diagnostics())
        .anyMatch(
            d ->
                d.code() == DiagnosticCode.STRAY_TEXT_DROPPED
                    && d.span().offset() == t.indexOf("Yoshikazu Hirose")
                    && d.span().length() == "Yoshikazu Hirose".length());
    assertThat(Accounting.lost(t, r)).isEmpty();
  }

  /** The byline printed three times, no title between: the shortest text that once lost one. */
  @Test
  void aBylineThreeTimesOverIsAccountedFor() {
    String t =
        "No.93. 8 June 2010\nYoshikazu Hirose\nYoshikazu Hirose\nYoshikazu Hirose\n"
            + "the North Atlantic Council\n"
            + "Yoshikazu Hirose is Professor of International Relations at the National Defense";
    assertThat(Accounting.lost(t, Fixtures.parse(t))).isEmpty();
  }
}
