package io.github.ajiss4j.model;

import org.immutables.value.Value;

/**
 * A run of characters in a source text: where it starts (1-based line and column, 0-based character
 * offset) and how many characters it covers.
 *
 * <p>Offsets and lengths count UTF-16 {@code char}s of the decoded text after a byte-order mark is
 * removed; columns count {@code char}s from the start of the line, starting at 1.
 *
 * <pre>{@code
 * SourceSpan span = SourceSpan.of(8, 2, 812, 331);
 * }</pre>
 */
@Value.Immutable
public abstract class SourceSpan {

  SourceSpan() {}

  /**
   * Returns a span.
   *
   * @param line the 1-based line of the first character
   * @param column the 1-based column of the first character
   * @param offset the 0-based offset of the first character
   * @param length the number of characters covered, 0 or more
   * @return the span
   * @throws IllegalArgumentException if a value is out of range
   */
  public static SourceSpan of(int line, int column, int offset, int length) {
    return ImmutableSourceSpan.of(line, column, offset, length);
  }

  /**
   * The line of the first character.
   *
   * @return the 1-based line
   */
  @Value.Parameter
  public abstract int line();

  /**
   * The column of the first character.
   *
   * @return the 1-based column
   */
  @Value.Parameter
  public abstract int column();

  /**
   * The offset of the first character in the whole text.
   *
   * @return the 0-based offset
   */
  @Value.Parameter
  public abstract int offset();

  /**
   * The number of characters covered.
   *
   * @return the length, 0 or more
   */
  @Value.Parameter
  public abstract int length();

  /**
   * The offset just past the last character covered.
   *
   * @return {@code offset() + length()}
   */
  public final int endOffset() {
    return offset() + length();
  }

  @Value.Check
  void check() {
    Checks.require(line() >= 1, "SourceSpan.line must be 1 or more, was %s", line());
    Checks.require(column() >= 1, "SourceSpan.column must be 1 or more, was %s", column());
    Checks.require(offset() >= 0, "SourceSpan.offset must be 0 or more, was %s", offset());
    Checks.require(length() >= 0, "SourceSpan.length must be 0 or more, was %s", length());
  }

  @Override
  public String toString() {
    return line() + ":" + column() + "+" + length();
  }
}
