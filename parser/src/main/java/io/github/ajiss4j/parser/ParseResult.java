package io.github.ajiss4j.parser;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Severity;
import io.github.ajiss4j.model.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a parse gives: the commentary, the diagnostics for every repair or drop, and where in the
 * source each header field came from.
 *
 * <pre>{@code
 * ParseResult result = parser.parse(text);
 * if (result.hasWarnings()) {
 *   result.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ParseResult {

  private final Commentary commentary;
  private final List<Diagnostic> diagnostics;
  private final Map<String, List<SourceSpan>> fieldSpans;

  /**
   * Takes the parse's collections as they are: read-only, and held by no one else, so not copied.
   */
  ParseResult(
      Commentary commentary,
      List<Diagnostic> diagnostics,
      Map<String, List<SourceSpan>> fieldSpans) {
    this.commentary = Objects.requireNonNull(commentary);
    this.diagnostics = Objects.requireNonNull(diagnostics);
    this.fieldSpans = Objects.requireNonNull(fieldSpans);
  }

  /**
   * The commentary.
   *
   * @return the commentary
   */
  public Commentary commentary() {
    return commentary;
  }

  /**
   * Every repair the parser made and every piece of text it dropped, in source order.
   *
   * @return the diagnostics, possibly empty
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Whether any diagnostic is a warning.
   *
   * @return true when a person may want to check the result
   */
  public boolean hasWarnings() {
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.WARNING) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where each header field came from in the source. The keys are {@code series}, {@code
   * publisher}, {@code institutes}, {@code staff}, {@code issue}, {@code title}, {@code authors}
   * and {@code biographies}, each field's spans in the order of the text; body blocks carry their
   * own {@link io.github.ajiss4j.model.Block#source() source}. Together with the block spans and
   * the diagnostics' spans they cover every character of the input that is not white space.
   *
   * @return the spans of each field
   */
  public Map<String, List<SourceSpan>> fieldSpans() {
    return fieldSpans;
  }

  @Override
  public String toString() {
    return "ParseResult{" + commentary.id() + ", " + diagnostics.size() + " diagnostics}";
  }
}
