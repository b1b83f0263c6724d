package io.github.ajiss4j.render.html;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.internal.Page;
import io.github.ajiss4j.render.internal.PageTemplate;
import io.github.ajiss4j.render.internal.Utf8Output;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a commentary as an HTML5 page ({@code html}, alias {@code html5}): semantic markup
 * ({@code <article>}, {@code <header>}, {@code <time>}, {@code <footer>}) and metadata for search
 * engines, reference managers and social sites (schema.org JSON-LD, Highwire {@code citation_*},
 * Open Graph, Dublin Core). Every value is escaped; characters that HTML forbids are dropped and
 * reported as diagnostics.
 *
 * <pre>{@code
 * Renderer html = HtmlRenderer.builder().includeMasthead(true).build();
 * String page = html.renderToString(commentary);
 * }</pre>
 *
 * <p>Immutable and thread-safe: configure once, render many commentaries from many threads.
 *
 * @see HtmlOptions
 */
public final class HtmlRenderer implements Renderer {

  private final HtmlOptions options;
  private final Page page;
  private final PageTemplate template;

  /**
   * A renderer with the {@link HtmlOptions#defaults() default options}, for {@code ServiceLoader}.
   */
  public HtmlRenderer() {
    this(HtmlOptions.defaults());
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   */
  public HtmlRenderer(HtmlOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.page =
        new Page(
            options.includeMasthead(),
            options.smartTypography(),
            options.baseUrl(),
            options.stylesheet(),
            java.util.Optional.empty());
    this.template = options.standalone() ? PageTemplate.compile(options.template()) : null;
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
   * The options of this renderer.
   *
   * @return the options
   */
  public HtmlOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "html";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("html5");
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public List<Diagnostic> render(Commentary commentary, Appendable out) throws IOException {
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(out, "out");
    return page.writeHtml(commentary, out, template);
  }

  /**
   * Writes a commentary in UTF-8 as it is rendered, in pieces of about 8 KB, without the whole text
   * in memory first. The stream is flushed, not closed; when it fails, a part of the text may have
   * been written.
   *
   * @param commentary the commentary
   * @param out where to write
   * @return what the renderer had to leave out or change, possibly empty
   * @throws IOException if writing fails
   */
  @Override
  public List<Diagnostic> render(Commentary commentary, OutputStream out) throws IOException {
    return Utf8Output.render(this, commentary, out);
  }

  /** Builds an {@link HtmlRenderer}; each method sets the {@link HtmlOptions} of that name. */
  public static final class Builder {
    private HtmlOptions.Builder options = HtmlOptions.builder();

    private Builder() {}

    /**
     * Starts from the given options, replacing any set before.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(HtmlOptions options) {
      this.options = options.toBuilder();
      return this;
    }

    /**
     * See {@link HtmlOptions.Builder#standalone(boolean)}; default {@code true}.
     *
     * @param standalone the value
     * @return this builder
     */
    public Builder standalone(boolean standalone) {
      options.standalone(standalone);
      return this;
    }

    /**
     * See {@link HtmlOptions.Builder#template(String)}; default {@link
     * HtmlOptions#defaultTemplate()}.
     *
     * @param template the Mustache source
     * @return this builder
     */
    public Builder template(String template) {
      options.template(template);
      return this;
    }

    /**
     * See {@link HtmlOptions.Builder#stylesheet(String)}; default {@link
     * HtmlOptions#defaultStylesheet()}.
     *
     * @param css the CSS
     * @return this builder
     */
    public Builder stylesheet(String css) {
      options.stylesheet(css);
      return this;
    }

    /**
     * See {@link HtmlOptions.Builder#includeMasthead(boolean)}; default {@code false}.
     *
     * @param includeMasthead the value
     * @return this builder
     */
    public Builder includeMasthead(boolean includeMasthead) {
      options.includeMasthead(includeMasthead);
      return this;
    }

    /**
     * See {@link HtmlOptions.Builder#baseUrl(String)}; default none.
     *
     * @param baseUrl an absolute URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /**
     * See {@link HtmlOptions.Builder#smartTypography(boolean)}; default {@code false}.
     *
     * @param smartTypography the value
     * @return this builder
     */
    public Builder smartTypography(boolean smartTypography) {
      options.smartTypography(smartTypography);
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer
     * @throws IllegalArgumentException if an option is invalid
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(options.build());
    }
  }
}
