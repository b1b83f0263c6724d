package io.github.ajiss4j.render.html;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.internal.Page;
import io.github.ajiss4j.render.internal.Utf8Output;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a commentary as an EPUB 3 XHTML content document ({@code xhtml}): the markup of the
 * {@link HtmlRenderer} in XML syntax, with an XML declaration, {@code xml:lang}, {@code epub:type}
 * semantics, only the references {@code &amp; &lt; &gt; &quot;}, and no remote resources.
 * Characters that XML forbids are dropped and reported as diagnostics.
 *
 * <pre>{@code
 * // for an EPUB writer: one chapter that links the packaged stylesheet
 * XhtmlRenderer chapter = XhtmlRenderer.builder().stylesheetHref("ajiss.css").build();
 * List<Diagnostic> dropped = chapter.render(commentary, writer);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @see XhtmlOptions
 */
public final class XhtmlRenderer implements Renderer {

  private final XhtmlOptions options;
  private final Page page;

  /**
   * A renderer with the {@link XhtmlOptions#defaults() default options}, for {@code ServiceLoader}.
   */
  public XhtmlRenderer() {
    this(XhtmlOptions.defaults());
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   */
  public XhtmlRenderer(XhtmlOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.page =
        new Page(
            options.includeMasthead(),
            options.smartTypography(),
            Optional.empty(),
            options.stylesheet(),
            options.stylesheetHref());
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
  public XhtmlOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "xhtml";
  }

  @Override
  public String mediaType() {
    return "application/xhtml+xml";
  }

  @Override
  public String fileExtension() {
    return "xhtml";
  }

  @Override
  public List<Diagnostic> render(Commentary commentary, Appendable out) throws IOException {
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(out, "out");
    return page.writeXhtml(commentary, out);
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

  /** Builds an {@link XhtmlRenderer}; each method sets the {@link XhtmlOptions} of that name. */
  public static final class Builder {
    private final XhtmlOptions.Builder options = XhtmlOptions.builder();

    private Builder() {}

    /**
     * See {@link XhtmlOptions.Builder#includeMasthead(boolean)}; default {@code false}.
     *
     * @param includeMasthead the value
     * @return this builder
     */
    public Builder includeMasthead(boolean includeMasthead) {
      options.includeMasthead(includeMasthead);
      return this;
    }

    /**
     * See {@link XhtmlOptions.Builder#smartTypography(boolean)}; default {@code false}.
     *
     * @param smartTypography the value
     * @return this builder
     */
    public Builder smartTypography(boolean smartTypography) {
      options.smartTypography(smartTypography);
      return this;
    }

    /**
     * See {@link XhtmlOptions.Builder#stylesheet(String)}; default {@link
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
     * See {@link XhtmlOptions.Builder#stylesheetHref(String)}; default none.
     *
     * @param href a relative URL
     * @return this builder
     */
    public Builder stylesheetHref(String href) {
      options.stylesheetHref(href);
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer
     * @throws IllegalArgumentException if an option is invalid
     */
    public XhtmlRenderer build() {
      return new XhtmlRenderer(options.build());
    }
  }
}
