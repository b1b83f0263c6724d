package io.github.ajiss4j.model;

import org.immutables.value.Value;

/**
 * A report of something a parser or renderer did to the text, or could not do: a stable code, a
 * severity, a message and the span of source text it concerns.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of(DiagnosticCode.PAGE_BREAK_JOINED, SourceSpan.of(16, 190, 6420, 2),
 *     "joined a paragraph split by a page break");
 * System.out.println(d); // 16:190: info page-break-joined joined a paragraph split by a page break
 * }</pre>
 */
@Value.Immutable
public abstract class Diagnostic {

  Diagnostic() {}

  /**
   * Returns a diagnostic with the code's default severity.
   *
   * @param code the code
   * @param span the source span concerned
   * @param message what happened, in one sentence without a final period
   * @return the diagnostic
   */
  public static Diagnostic of(DiagnosticCode code, SourceSpan span, String message) {
    return ImmutableDiagnostic.builder()
        .code(code)
        .severity(code.severity())
        .span(span)
        .message(message)
        .build();
  }

  /**
   * Returns a copy with another severity, as a strict parser does for repairs.
   *
   * @param severity the severity
   * @return the changed diagnostic
   */
  public abstract Diagnostic withSeverity(Severity severity);

  /**
   * The stable code.
   *
   * @return the code
   */
  public abstract DiagnosticCode code();

  /**
   * The severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * What happened, in one sentence.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The source text concerned.
   *
   * @return the span
   */
  public abstract SourceSpan span();

  /**
   * The diagnostic in the form {@code line:column: severity code message}.
   *
   * @return the one-line report
   */
  @Override
  public String toString() {
    return span().line()
        + ":"
        + span().column()
        + ": "
        + severity().label()
        + " "
        + code().id()
        + " "
        + message();
  }
}
