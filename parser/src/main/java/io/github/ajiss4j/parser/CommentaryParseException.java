package io.github.ajiss4j.parser;

import io.github.ajiss4j.model.DiagnosticCode;

/**
 * Thrown when input is not a commentary at all, or breaks a limit of the parser. It carries a
 * stable {@link #code() code}, the line and column where parsing stopped, and a message that says
 * what was expected there.
 *
 * <pre>{@code
 * try {
 *   parser.parse("<html>...</html>");
 * } catch (CommentaryParseException e) {
 *   System.err.println(e.getMessage()); // 1:1: not-a-commentary expected the series name ...
 * }
 * }</pre>
 */
public final class CommentaryParseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final DiagnosticCode code;
  private final int line;
  private final int column;
  private final long offset;
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param code the stable code
   * @param line the 1-based line where parsing stopped
   * @param column the 1-based column where parsing stopped
   * @param offset the 0-based character offset (a byte offset for {@link
   *     DiagnosticCode#MALFORMED_UTF8})
   * @param reason what was expected there
   */
  public CommentaryParseException(
      DiagnosticCode code, int line, int column, long offset, String reason) {
    super(line + ":" + column + ": " + code.id() + " " + reason);
    this.code = code;
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.reason = reason;
  }

  /**
   * The stable code, such as {@link DiagnosticCode#NOT_A_COMMENTARY}.
   *
   * @return the code
   */
  public DiagnosticCode code() {
    return code;
  }

  /**
   * The line where parsing stopped.
   *
   * @return the 1-based line
   */
  public int line() {
    return line;
  }

  /**
   * The column where parsing stopped.
   *
   * @return the 1-based column
   */
  public int column() {
    return column;
  }

  /**
   * The offset where parsing stopped: a character offset, or for malformed UTF-8 the byte offset of
   * the first bad byte.
   *
   * @return the 0-based offset
   */
  public long offset() {
    return offset;
  }

  /**
   * What was expected, without the position.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
