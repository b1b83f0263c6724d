package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Severity;
import io.github.ajiss4j.model.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the diagnostics and field spans of one parse, enforcing the limits. */
final class Sink {

  final Source src;
  private final int maxDiagnostics;
  private final boolean strict;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final Map<String, List<SourceSpan>> fields = new LinkedHashMap<>();

  Sink(Source src, int maxDiagnostics, boolean strict) {
    this.src = src;
    this.maxDiagnostics = maxDiagnostics;
    this.strict = strict;
  }

  void report(DiagnosticCode code, int start, int end, String message) {
    report(code, src.span(start, end), message);
  }

  void report(DiagnosticCode code, SourceSpan span, String message) {
    if (strict && code.severity() == Severity.WARNING) {
      throw new ParseFailure(
          DiagnosticCode.STRICT_VIOLATION,
          span,
          "expected no repair by judgement in strict mode, but: " + code.id() + " " + message);
    }
    if (diagnostics.size() >= maxDiagnostics) {
      throw new ParseFailure(
          DiagnosticCode.TOO_MANY_DIAGNOSTICS,
          span,
          "expected at most " + maxDiagnostics + " diagnostics, but the input needs more");
    }
    diagnostics.add(Diagnostic.of(code, span, message));
  }

  void field(String name, int start, int end) {
    if (end > start) {
      // most fields have one span, a few two or three
      List<SourceSpan> spans = fields.get(name);
      if (spans == null) {
        spans = new ArrayList<>(2);
        fields.put(name, spans);
      }
      spans.add(src.span(start, end));
    }
  }

  /** The text, shortened for a message, with tabs made visible. */
  static String quote(String s) {
    String t = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    return "\"" + t.replace("\t", "\\t") + "\"";
  }
}
