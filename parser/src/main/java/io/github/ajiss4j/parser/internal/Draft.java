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
  final StringBuilder text = new StringBuilder();
  final List<StringBuilder> items = new ArrayList<>();
  int start;
  int end;
  int lines;

  /** Length of the longest source line of the block. */
  int widest;

  /** Length of the last source line of the block. */
  int lastWidth;

  Draft(Kind kind, int start) {
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
