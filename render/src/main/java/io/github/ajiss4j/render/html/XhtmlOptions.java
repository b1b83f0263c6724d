package io.github.ajiss4j.render.html;

import io.github.ajiss4j.render.internal.MarkupWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of the {@link XhtmlRenderer}: an immutable value.
 *
 * <pre>{@code
 * // an EPUB content document that links the stylesheet packaged beside it
 * XhtmlOptions options = XhtmlOptions.builder().stylesheetHref("ajiss.css").build();
 * }</pre>
 *
 * @param includeMasthead whether to write the masthead after the biographies (default {@code
 *     false})
 * @param smartTypography whether to show curly quotes, dashes and ellipses (default {@code false})
 * @param stylesheet the CSS inlined in a {@code <style>} element when there is no {@link
 *     #stylesheetHref()}, {@link HtmlOptions#defaultStylesheet()} by default; empty for none
 * @param stylesheetHref a relative URL of a stylesheet to link instead of inlining CSS, such as
 *     {@code ../css/ajiss.css} inside an EPUB (default none)
 */
public record XhtmlOptions(
    boolean includeMasthead,
    boolean smartTypography,
    String stylesheet,
    Optional<String> stylesheetHref) {

  private static final XhtmlOptions DEFAULTS = builder().build();

  /**
   * Checks the options.
   *
   * @param includeMasthead whether to write the masthead
   * @param smartTypography whether to show typographic punctuation
   * @param stylesheet the inlined CSS
   * @param stylesheetHref the linked stylesheet
   * @throws IllegalArgumentException if the stylesheet contains {@code </style} or the href is
   *     blank
   */
  public XhtmlOptions {
    Objects.requireNonNull(stylesheet, "stylesheet");
    Objects.requireNonNull(stylesheetHref, "stylesheetHref");
    MarkupWriter.checkStylesheet(stylesheet);
    if (stylesheetHref.isPresent() && stylesheetHref.get().isBlank()) {
      throw new IllegalArgumentException("stylesheetHref must not be blank");
    }
  }

  /**
   * The default options.
   *
   * @return the defaults
   */
  public static XhtmlOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with the default options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link XhtmlOptions}; not thread-safe. */
  public static final class Builder {
    private boolean includeMasthead;
    private boolean smartTypography;
    private String stylesheet = HtmlOptions.defaultStylesheet();
    private Optional<String> stylesheetHref = Optional.empty();

    private Builder() {}

    /**
     * Whether to write the masthead; default {@code false}.
     *
     * @param includeMasthead the value
     * @return this builder
     */
    public Builder includeMasthead(boolean includeMasthead) {
      this.includeMasthead = includeMasthead;
      return this;
    }

    /**
     * Whether to show typographic quotes and dashes; default {@code false}.
     *
     * @param smartTypography the value
     * @return this builder
     */
    public Builder smartTypography(boolean smartTypography) {
      this.smartTypography = smartTypography;
      return this;
    }

    /**
     * The inlined CSS; default {@link HtmlOptions#defaultStylesheet()}, empty for none.
     *
     * @param css the CSS, without {@code </style}
     * @return this builder
     */
    public Builder stylesheet(String css) {
      this.stylesheet = Objects.requireNonNull(css, "css");
      return this;
    }

    /**
     * Links this stylesheet instead of inlining CSS; default none.
     *
     * @param href a relative URL, not blank
     * @return this builder
     */
    public Builder stylesheetHref(String href) {
      this.stylesheetHref = Optional.of(href);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if an option is invalid
     */
    public XhtmlOptions build() {
      return new XhtmlOptions(includeMasthead, smartTypography, stylesheet, stylesheetHref);
    }
  }
}
