package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.html.XhtmlRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the command line's HTML options meet the HTML renderers. This is the one place that will
 * know {@code HtmlRenderer.builder()} and {@code HtmlOptions}; nothing else in the tool does.
 *
 * <p>The options arrive as a map whose keys are the constants below and whose values are strings:
 *
 * <table>
 *   <caption>HTML option keys</caption>
 *   <tr><th>key</th><th>option</th><th>value</th></tr>
 *   <tr><td>{@value #STANDALONE}</td><td>{@code --standalone} / {@code --fragment}</td>
 *       <td>{@code true} or {@code false}</td></tr>
 *   <tr><td>{@value #TEMPLATE}</td><td>{@code --template FILE}</td>
 *       <td>an absolute path of a readable file</td></tr>
 *   <tr><td>{@value #CSS}</td><td>{@code --css FILE}</td>
 *       <td>an absolute path of a readable file</td></tr>
 *   <tr><td>{@value #BASE_URL}</td><td>{@code --base-url URL}</td><td>the URL as given</td></tr>
 *   <tr><td>{@value #MASTHEAD}</td><td>{@code --masthead}</td><td>{@code true}</td></tr>
 * </table>
 *
 * <p>A key is present only when its option was given. A third-party renderer registered under one
 * of these names is not configured: {@link #configure} answers empty and the tool warns that the
 * options were not applied.
 */
final class HtmlOptionsHook {

  static final String STANDALONE = "standalone";
  static final String TEMPLATE = "template";
  static final String CSS = "css";
  static final String BASE_URL = "base-url";
  static final String MASTHEAD = "masthead";

  /** The formats these options are for. */
  static final Set<String> FORMATS = Set.of("html", "xhtml");

  private HtmlOptionsHook() {}

  /**
   * Returns the renderer configured with the options, or empty when this build cannot configure the
   * renderer found.
   *
   * @param found the renderer that {@code Renderers.load()} found for {@code html} or {@code xhtml}
   * @param options the options given, never empty
   */
  static Optional<Renderer> configure(Renderer found, Map<String, String> options) {
    // the option being applied, which a usage error names where the renderer refuses its value
    String option = null;
    try {
      if (found instanceof HtmlRenderer) {
        HtmlRenderer.Builder b = HtmlRenderer.builder();
        if (options.containsKey(STANDALONE)) {
          b.standalone(Boolean.parseBoolean(options.get(STANDALONE)));
        }
        if (options.containsKey(TEMPLATE)) {
          option = "--template";
          b.template(read(option, options.get(TEMPLATE)));
        }
        if (options.containsKey(CSS)) {
          option = "--css";
          b.stylesheet(read(option, options.get(CSS)));
        }
        if (options.containsKey(BASE_URL)) {
          option = "--base-url";
          b.baseUrl(options.get(BASE_URL));
        }
        b.includeMasthead(options.containsKey(MASTHEAD));
        option = String.join(", ", given(options));
        return Optional.of(b.build());
      }
      if (found instanceof XhtmlRenderer) {
        XhtmlRenderer.Builder b = XhtmlRenderer.builder();
        if (options.containsKey(CSS)) {
          option = "--css";
          b.stylesheet(read(option, options.get(CSS)));
        }
        b.includeMasthead(options.containsKey(MASTHEAD));
        option = String.join(", ", given(options));
        return Optional.of(b.build());
      }
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The options given, as the command line spells them. */
  private static java.util.List<String> given(Map<String, String> options) {
    java.util.List<String> given = new java.util.ArrayList<>(options.size());
    for (String key : options.keySet()) {
      given.add("--" + key);
    }
    return given;
  }

  /** A file that an option names, as UTF-8 text; a usage error where it cannot be read so. */
  private static String read(String option, String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new UsageException(option + ": the file \"" + file + "\" is not UTF-8 text");
    } catch (IOException e) {
      throw new UsageException(
          option + ": cannot read the file \"" + file + "\": " + e.getMessage());
    }
  }
}
