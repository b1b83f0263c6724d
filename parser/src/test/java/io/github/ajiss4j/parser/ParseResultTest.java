package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.SourceSpan;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A parse result is immutable all the way down: its lists, its map and the map's lists; each
 * field's spans stand in the order of the text.
 */
class ParseResultTest {

  private static final ParseResult SEED = Fixtures.parse(Fixtures.read("seed-093.txt"));

  @Test
  void itsCollectionsCannotBeChanged() {
    SourceSpan span = SourceSpan.of(1, 1, 0, 1);
    assertThat(SEED.diagnostics()).isNotEmpty();
    assertThatThrownBy(() -> SEED.diagnostics().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SEED.fieldSpans().put("title", List.of(span)))
        .isInstanceOf(UnsupportedOperationException.class);
    for (List<SourceSpan> spans : SEED.fieldSpans().values()) {
      assertThatThrownBy(() -> spans.add(span)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  /** The seed prints every field that {@link ParseResult#fieldSpans} names. */
  @Test
  void itsFieldsAreTheDocumentedOnes() {
    assertThat(SEED.fieldSpans().keySet())
        .containsExactlyInAnyOrder(
            "series",
            "publisher",
            "institutes",
            "staff",
            "issue",
            "title",
            "authors",
            "biographies");
  }

  /**
   * The parts of a field may be found in another order than the text's (a byline's lines after the
   * names of more authors set above them); their spans are given in the text's.
   */
  @ParameterizedTest
  @MethodSource("io.github.ajiss4j.parser.FixtureSnapshotTest#fixtures")
  void eachFieldsSpansStandInTheOrderOfTheText(String fixture) {
    ParseResult r = Fixtures.parse(Fixtures.read(fixture));
    r.fieldSpans()
        .forEach(
            (field, spans) ->
                assertThat(spans)
                    .as(field)
                    .isSortedAccordingTo(Comparator.comparingInt(SourceSpan::offset)));
  }
}
