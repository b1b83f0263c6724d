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

  /** The key points of a list; empty, and never added to, for any other block. */
  final List<StringBuilder> items;

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
    this.items = kind == Kind.LIST ? new ArrayList<>() : List.of();
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
