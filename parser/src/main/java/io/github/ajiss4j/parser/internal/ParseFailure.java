package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.DiagnosticCode;

/** Input that is not a commentary; turned into the public exception at the API boundary. */
public final class ParseFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient DiagnosticCode code;
  private final int line;
  private final int column;
  private final long offset;
  private final String reason;

  ParseFailure(DiagnosticCode code, int line, int column, long offset, String reason) {
    super(reason, null, false, false);
    this.code = code;
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.reason = reason;
  }

  /** The code. @return the code */
  public DiagnosticCode code() {
    return code;
  }

  /** The line. @return the 1-based line */
  public int line() {
    return line;
  }

  /** The column. @return the 1-based column */
  public int column() {
    return column;
  }

  /** The offset. @return the 0-based offset */
  public long offset() {
    return offset;
  }

  /** The reason. @return what was expected */
  public String reason() {
    return reason;
  }
}
