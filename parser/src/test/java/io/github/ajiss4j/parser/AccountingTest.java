package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.SourceSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    ParseResult r = CommentaryParser.create().parse(input);
    List<SourceSpan> spans = new ArrayList<>();
    for (Block b : r.commentary().body()) {
      spans.add(b.source().orElseThrow());
    }
    r.fieldSpans().values().forEach(spans::addAll);
    for (Diagnostic d : r.diagnostics()) {
      spans.add(d.span());
    }
    BitSet covered = new BitSet(text.length());
    for (SourceSpan s : spans) {
      covered.set(s.offset(), s.endOffset());
    }
    StringBuilder lost = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!covered.get(i) && !Character.isWhitespace(text.charAt(i))) {
        lost.append(i).append(':').append(text.charAt(i)).append(' ');
      }
    }
    assertThat(lost.toString()).as("characters in no span").isEmpty();
  }
}
