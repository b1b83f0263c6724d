package io.github.ajiss4j.parser.internal;

import java.util.ArrayList;
import java.util.List;

/** A block of the body while it is being assembled. */
final class Draft {

  enum Kind {
    PARAGRAPH,
    HEADING,
    LIST
  }

  Kind kind;
  final StringBuilder text;
  final List<StringBuilder> items = new ArrayList<>();
  int start;
  int end;
  int lines;

  /** Length of the longest source line of the block. */
  int widest;

  /** Length of the last source line of the block. */
  int lastWidth;

  Draft(Kind kind, int start) {
    this(kind, start, 16);
  }

  /**
   * A block whose text will hold about {@code capacity} characters.
   *
   * @param kind the kind of block
   * @param start the offset of its first line
   * @param capacity the room to make for its text
   */
  Draft(Kind kind, int start, int capacity) {
    this.text = new StringBuilder(capacity);
    this.kind = kind;
    this.start = start;
    this.end = start;
  }

  StringBuilder last() {
    return kind == Kind.LIST ? items.get(items.size() - 1) : text;
  }

  String plain() {
    return kind == Kind.LIST ? String.join("\n", items) : text.toString();
  }
}
