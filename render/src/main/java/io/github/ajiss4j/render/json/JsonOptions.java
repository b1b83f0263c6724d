package io.github.ajiss4j.render.json;

/**
 * The options of the {@link JsonRenderer}: a small immutable value.
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.defaults().withPretty(true);
 * Renderer json = JsonRenderer.builder().options(options).build();
 * }</pre>
 *
 * @param pretty whether to indent the output by two spaces, one value a line, ending with a
 *     newline; {@code false} (compact, no white space at all) by default
 * @param includeSourceSpans whether each block carries a {@code source} object ({@code line},
 *     {@code column}, {@code offset}, {@code length}) when the model knows its source span; {@code
 *     false} by default, as source spans are not part of the interchange
 */
public record JsonOptions(boolean pretty, boolean includeSourceSpans) {

  private static final JsonOptions DEFAULTS = new JsonOptions(false, false);

  /**
   * The default options: compact, without source spans.
   *
   * @return the defaults
   */
  public static JsonOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another {@link #pretty()} setting.
   *
   * @param pretty whether to indent the output
   * @return the changed options
   */
  public JsonOptions withPretty(boolean pretty) {
    return new JsonOptions(pretty, includeSourceSpans);
  }

  /**
   * Returns a copy with another {@link #includeSourceSpans()} setting.
   *
   * @param includeSourceSpans whether blocks carry their source span
   * @return the changed options
   */
  public JsonOptions withIncludeSourceSpans(boolean includeSourceSpans) {
    return new JsonOptions(pretty, includeSourceSpans);
  }
}
