package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parse result is immutable all the way down: its lists, its map and the map's lists. */
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
}
