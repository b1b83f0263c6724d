package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.parser.CommentaryParseException;

/**
 * Input that is not a commentary, thrown unchecked through the parser's internals and unwrapped to
 * the public checked exception at the API boundary.
 */
public final class ParseFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CommentaryParseException exception;

  ParseFailure(DiagnosticCode code, SourceSpan at, String reason) {
    this(code, at.line(), at.column(), at.offset(), reason);
  }

  ParseFailure(DiagnosticCode code, int line, int column, long offset, String reason) {
    super(reason, null, false, false);
    this.exception = new CommentaryParseException(code, line, column, offset, reason);
  }

  /**
   * The exception the parser's API throws for this failure.
   *
   * @return the public exception
   */
  public CommentaryParseException exception() {
    return exception;
  }
}
