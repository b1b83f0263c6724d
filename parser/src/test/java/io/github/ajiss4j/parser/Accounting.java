package io.github.ajiss4j.parser;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.SourceSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Checks that nothing is lost: every character of the input that is not white space lies inside a
 * block's source span, a header field's span, or a diagnostic's span. White space is what the
 * parser treats as such: Java's white space, the no-break and narrow spaces, and the invisible
 * characters that extraction leaves and that carry nothing (byte-order mark, soft hyphen,
 * zero-width space), which the parser drops silently, so a block's span may start after them.
 * Shared by the accounting test, the hostile-character property test and the parser fuzz tests.
 */
final class Accounting {

  private Accounting() {}

  /**
   * Returns the characters of the input in no span, as {@code offset:char} pairs, or an empty
   * string when every one is accounted for. Spans must lie inside the text.
   *
   * @param input the text given to the parser, before a leading byte-order mark is dropped
   * @param r the result of parsing it
   */
  static String lost(String input, ParseResult r) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
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
      if (s.offset() < 0 || s.endOffset() > text.length()) {
        return "span " + s + " outside the text of length " + text.length();
      }
      covered.set(s.offset(), s.endOffset());
    }
    StringBuilder lost = new StringBuilder();
    for (int i = covered.nextClearBit(0); i < text.length(); i = covered.nextClearBit(i + 1)) {
      if (!isBlank(text.charAt(i))) {
        lost.append(i).append(':').append(text.charAt(i)).append(' ');
        if (lost.length() > 2000) {
          break;
        }
      }
    }
    return lost.toString();
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\uFEFF'
        || c == '\u00AD'
        || c == '\u200B'
        || c == '\u2060';
  }
}
