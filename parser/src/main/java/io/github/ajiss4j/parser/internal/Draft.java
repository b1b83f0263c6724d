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

  /**
   * The text, made once it is more than one piece of the input or is changed; null while it is
   * empty or {@link #whole}.
   */
  private StringBuilder text;

  /**
   * The text while it is one line of the input taken whole, as a paragraph extracted as one line
   * is; or null.
   */
  private String whole;

  /** The room to make for the text. */
  private final int capacity;

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
    this.capacity = capacity;
    this.items = kind == Kind.LIST ? new ArrayList<>() : List.of();
    this.kind = kind;
    this.start = start;
    this.end = start;
  }

  /** The text, to be changed: made from the line taken whole, if it is one. */
  StringBuilder text() {
    return text(0);
  }

  /**
   * The text, to be changed, as {@link #text()}; made with room for {@code more} characters after
   * it, which a builder would otherwise make by copying the text into one twice as large.
   */
  private StringBuilder text(int more) {
    if (text == null) {
      text = new StringBuilder(Math.max(capacity, (whole == null ? 0 : whole.length()) + more));
      if (whole != null) {
        text.append(whole);
        whole = null;
      }
    }
    return text;
  }

  /** The text, to be read. */
  CharSequence chars() {
    return whole != null ? whole : text != null ? text : "";
  }

  /** The text as a string: the line taken whole, not copied, when it is one. */
  String string() {
    return whole != null ? whole : text != null ? text.toString() : "";
  }

  int length() {
    return chars().length();
  }

  /**
   * Makes a line of the input, taken whole, the text of this empty block.
   *
   * @param line the line
   */
  void setWhole(String line) {
    whole = line;
  }

  /** The text that a line goes on: the last key point's, or the block's, to be changed. */
  StringBuilder last() {
    return kind == Kind.LIST ? items.get(items.size() - 1) : text();
  }

  /**
   * The text that a line goes on, as {@link #last()}: the block's made with room for {@code more}
   * characters after it.
   */
  StringBuilder last(int more) {
    return kind == Kind.LIST ? items.get(items.size() - 1) : text(more);
  }

  /** The text of the last key point, or of the block, to be read. */
  CharSequence lastChars() {
    return kind == Kind.LIST ? items.get(items.size() - 1) : chars();
  }

  String plain() {
    return kind == Kind.LIST ? String.join("\n", items) : string();
  }
}
