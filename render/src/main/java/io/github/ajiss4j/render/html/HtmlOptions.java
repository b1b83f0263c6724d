package io.github.ajiss4j.render.html;

import io.github.ajiss4j.render.internal.BundledText;
import io.github.ajiss4j.render.internal.MarkupWriter;
import io.github.ajiss4j.render.internal.PageTemplate;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of the {@link HtmlRenderer}: an immutable value.
 *
 * <pre>{@code
 * HtmlOptions options = HtmlOptions.builder()
 *     .includeMasthead(true)
 *     .baseUrl("https://example.org/commentary/")
 *     .build();
 * Renderer html = new HtmlRenderer(options);
 * }</pre>
 *
 * @param standalone whether to write a whole page through the {@link #template() template} (default
 *     {@code true}); {@code false} writes only the {@code <article>}, for embedding in a page made
 *     elsewhere, such as a CMS
 * @param template the Mustache page template, {@link #defaultTemplate()} by default. It is
 *     logic-less and sees four strings, all ready to insert and never escaped again: {@code lang}
 *     and {@code title}, escaped for text or a quoted attribute; {@code head}, the markup of the
 *     {@code <head>} content (charset, viewport, title, metadata, stylesheet); {@code article}, the
 *     markup of the commentary
 * @param stylesheet the CSS inlined in a {@code <style>} element of the head, {@link
 *     #defaultStylesheet()} by default; empty for none. It must not contain {@code </style}
 * @param includeMasthead whether to write the masthead (institutes, editors, publisher) after the
 *     biographies (default {@code false})
 * @param baseUrl the absolute URL of the folder the page lives in (default none). When present the
 *     page's URL is this URL with {@code <commentary id>.html} appended, written as the canonical
 *     link and {@code og:url}
 * @param smartTypography whether to show curly quotes, dashes and ellipses in the displayed text
 *     (default {@code false}); the metadata and the model keep the characters as they are
 */
public record HtmlOptions(
    boolean standalone,
    String template,
    String stylesheet,
    boolean includeMasthead,
    Optional<URI> baseUrl,
    boolean smartTypography) {

  private static final String DEFAULT_TEMPLATE = BundledText.PAGE_TEMPLATE;
  private static final String DEFAULT_STYLESHEET = BundledText.STYLESHEET;
  private static final HtmlOptions DEFAULTS = builder().build();

  /**
   * Checks the options.
   *
   * @param standalone whether to write a whole page
   * @param template the page template
   * @param stylesheet the inlined CSS
   * @param includeMasthead whether to write the masthead
   * @param baseUrl the folder URL of the pages
   * @param smartTypography whether to show typographic punctuation
   * @throws IllegalArgumentException if the template does not compile, the stylesheet contains
   *     {@code </style}, or the base URL is not absolute
   */
  public HtmlOptions {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(stylesheet, "stylesheet");
    Objects.requireNonNull(baseUrl, "baseUrl");
    PageTemplate.compile(template);
    MarkupWriter.checkStylesheet(stylesheet);
    if (baseUrl.isPresent() && (!baseUrl.get().isAbsolute() || baseUrl.get().isOpaque())) {
      throw new IllegalArgumentException("baseUrl must be an absolute URL, was " + baseUrl.get());
    }
  }

  /**
   * The default options.
   *
   * @return the defaults
   */
  public static HtmlOptions defaults() {
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

  /**
   * Returns a builder with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.standalone = standalone;
    b.template = template;
    b.stylesheet = stylesheet;
    b.includeMasthead = includeMasthead;
    b.baseUrl = baseUrl;
    b.smartTypography = smartTypography;
    return b;
  }

  /**
   * The default page template, to copy and change.
   *
   * @return the Mustache source
   */
  public static String defaultTemplate() {
    return DEFAULT_TEMPLATE;
  }

  /**
   * The default stylesheet: one readable column on a phone, a desk and paper ({@code @media
   * print}). An EPUB writer packages it as a file for {@link XhtmlOptions#stylesheetHref()}.
   *
   * @return the CSS
   */
  public static String defaultStylesheet() {
    return DEFAULT_STYLESHEET;
  }

  /** Builds {@link HtmlOptions}; not thread-safe. */
  public static final class Builder {
    private boolean standalone = true;
    private String template = DEFAULT_TEMPLATE;
    private String stylesheet = DEFAULT_STYLESHEET;
    private boolean includeMasthead;
    private Optional<URI> baseUrl = Optional.empty();
    private boolean smartTypography;

    private Builder() {}

    /**
     * Whether to write a whole page; default {@code true}, {@code false} for the {@code <article>}
     * only.
     *
     * @param standalone the value
     * @return this builder
     */
    public Builder standalone(boolean standalone) {
      this.standalone = standalone;
      return this;
    }

    /**
     * The page template; default {@link HtmlOptions#defaultTemplate()}.
     *
     * @param template Mustache source using only {@code lang}, {@code title}, {@code head} and
     *     {@code article}
     * @return this builder
     */
    public Builder template(String template) {
      this.template = Objects.requireNonNull(template, "template");
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
     * The absolute URL of the folder the pages live in; default none. A missing final slash is
     * added.
     *
     * @param baseUrl such as {@code https://example.org/commentary/}
     * @return this builder
     * @throws IllegalArgumentException if it is not a URL
     */
    public Builder baseUrl(String baseUrl) {
      String s = Objects.requireNonNull(baseUrl, "baseUrl");
      this.baseUrl = Optional.of(URI.create(s.endsWith("/") ? s : s + "/"));
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
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if an option is invalid
     */
    public HtmlOptions build() {
      return new HtmlOptions(
          standalone, template, stylesheet, includeMasthead, baseUrl, smartTypography);
    }
  }
}
