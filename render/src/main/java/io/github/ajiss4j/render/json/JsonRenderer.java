package io.github.ajiss4j.render.json;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.json.internal.CommentaryJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * Renders a commentary as JSON, the interchange form that {@link CommentaryJsonReader} reads back
 * into an equal commentary.
 *
 * <pre>{@code
 * Renderer json = JsonRenderer.builder().pretty(true).build();
 * String text = json.renderToString(commentary);
 * Commentary same = new CommentaryJsonReader().read(text); // same.equals(commentary)
 * }</pre>
 *
 * <p>The output is one object whose keys always come in the same order: {@code schemaVersion}
 * ({@value #SCHEMA_VERSION}), {@code series}, {@code publisher}, {@code number}, {@code date}
 * ({@code yyyy-mm-dd}, ISO 8601; a year beyond 9999 takes a sign, {@code +10000-01-01}), {@code
 * language}, {@code title}, {@code authors}, {@code masthead} and {@code body}. Blocks and inlines
 * are objects tagged by {@code type}. The JSON Schema (draft 2020-12) that describes it ships in
 * this jar: see {@link #schema()}.
 *
 * <p>Strings keep the characters of the model exactly; no typographic substitution is made. The
 * generator escapes only what JSON requires ({@code "}, {@code \} and the control characters U+0000
 * to U+001F); everything else, including {@code /}, U+2028, U+2029 and characters outside the Basic
 * Multilingual Plane, is written as is. A string that is not valid Unicode because it holds a lone
 * surrogate still yields valid JSON: each lone surrogate is written as a {@code \}{@code uXXXX}
 * escape (upper-case hexadecimal, such as {@code \}{@code uD800}), which JSON allows, and the
 * reader turns it back into the same {@code char}. So every model round-trips exactly. Output meant
 * for an HTML {@code <script>} element needs its own escaping of {@code </}.
 *
 * <p>Instances are immutable and thread-safe. The public no-argument constructor, used by {@link
 * java.util.ServiceLoader}, gives the default, compact renderer.
 */
public final class JsonRenderer implements Renderer {

  /** The version of the JSON shape, written as {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  /** The {@code $id} of the JSON Schema. */
  public static final String SCHEMA_ID =
      "https://ajiss4j.github.io/schema/commentary-1.schema.json";

  /**
   * The class path resource of the JSON Schema. On the module path its package is exported but not
   * opened, so other modules should use {@link #schema()} instead of looking the resource up
   * themselves.
   */
  public static final String SCHEMA_RESOURCE =
      "/io/github/ajiss4j/render/json/commentary.schema.json";

  private final JsonOptions options;

  /** Makes a renderer with the {@link JsonOptions#defaults() default options}: compact JSON. */
  public JsonRenderer() {
    this(JsonOptions.defaults());
  }

  private JsonRenderer(JsonOptions options) {
    this.options = options;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder with the default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The location of the JSON Schema (draft 2020-12) inside this jar. Every output of this renderer
   * validates against it.
   *
   * @return the URL of {@value #SCHEMA_RESOURCE}
   */
  public static URL schema() {
    return Objects.requireNonNull(
        JsonRenderer.class.getResource(SCHEMA_RESOURCE), "the JSON Schema is missing from the jar");
  }

  /**
   * The options this renderer was built with.
   *
   * @return the options
   */
  public JsonOptions options() {
    return options;
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code json}
   */
  @Override
  public String name() {
    return "json";
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code application/json}
   */
  @Override
  public String mediaType() {
    return "application/json";
  }

  /**
   * {@inheritDoc}
   *
   * @return {@code json}
   */
  @Override
  public String fileExtension() {
    return "json";
  }

  /**
   * Writes a commentary as JSON.
   *
   * @param commentary the commentary
   * @param out where to write; it is neither flushed nor closed unless it is a {@link
   *     java.io.Writer}, which is flushed
   * @return always empty: JSON can carry every model
   * @throws IOException if writing fails
   */
  @Override
  public List<Diagnostic> render(Commentary commentary, Appendable out) throws IOException {
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(out, "out");
    CommentaryJsonWriter.write(commentary, out, options.pretty(), options.includeSourceSpans());
    return List.of();
  }

  /**
   * Writes a commentary as JSON in UTF-8, encoded as it is written.
   *
   * @param commentary the commentary
   * @param out where to write; it is flushed, never closed
   * @return always empty: JSON can carry every model
   * @throws IOException if writing fails
   */
  @Override
  public List<Diagnostic> render(Commentary commentary, OutputStream out) throws IOException {
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(out, "out");
    CommentaryJsonWriter.write(commentary, out, options.pretty(), options.includeSourceSpans());
    return List.of();
  }

  /**
   * Renders a commentary to a JSON string.
   *
   * @param commentary the commentary
   * @return the JSON
   */
  @Override
  public String renderToString(Commentary commentary) {
    Objects.requireNonNull(commentary, "commentary");
    return CommentaryJsonWriter.toString(
        commentary, options.pretty(), options.includeSourceSpans());
  }

  @Override
  public String toString() {
    return "JsonRenderer[pretty="
        + options.pretty()
        + ", includeSourceSpans="
        + options.includeSourceSpans()
        + "]";
  }

  /**
   * Builds a {@link JsonRenderer}. A builder is not thread-safe; the renderer it builds is.
   *
   * <pre>{@code
   * JsonRenderer json = JsonRenderer.builder().pretty(true).includeSourceSpans(false).build();
   * }</pre>
   */
  public static final class Builder {

    private JsonOptions options = JsonOptions.defaults();

    private Builder() {}

    /**
     * Sets whether the output is indented, two spaces a level, one value a line, ending with a
     * newline.
     *
     * @param pretty true for indented output; {@code false} (compact) by default
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      options = options.withPretty(pretty);
      return this;
    }

    /**
     * Sets whether each block carries its source span as a {@code source} object.
     *
     * @param includeSourceSpans true to write source spans; {@code false} by default
     * @return this builder
     */
    public Builder includeSourceSpans(boolean includeSourceSpans) {
      options = options.withIncludeSourceSpans(includeSourceSpans);
      return this;
    }

    /**
     * Sets every option at once.
     *
     * @param options the options, not null; {@link JsonOptions#defaults()} by default
     * @return this builder
     */
    public Builder options(JsonOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return an immutable, thread-safe renderer
     */
    public JsonRenderer build() {
      return new JsonRenderer(options);
    }
  }
}
