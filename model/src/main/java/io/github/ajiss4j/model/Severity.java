package io.github.ajiss4j.model;

/** How much a {@link Diagnostic} matters. */
public enum Severity {
  /** A routine repair of a known extraction fault, such as a paragraph rejoined across a page. */
  INFO,
  /** A repair by judgement, or text dropped as noise, that a person may want to check. */
  WARNING,
  /** Input that could not be read as a commentary. */
  ERROR;

  /**
   * The lower-case name used in reports, such as {@code warning}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
