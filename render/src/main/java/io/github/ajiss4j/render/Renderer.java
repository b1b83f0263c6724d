package io.github.ajiss4j.render;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.internal.Builders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link Commentary} into one output format. This is the service provider interface:
 * renderers are found by name through {@link Renderers}, and a third-party renderer joins them by
 * implementing this interface and declaring it in {@code META-INF/services} (and in {@code
 * module-info} with {@code provides}).
 *
 * <pre>{@code
 * Renderer html = Renderers.load().get("html");
 * String page = html.renderToString(commentary);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and a service implementation needs a public
 * no-argument constructor that gives its default options.
 */
public interface Renderer {

  /**
   * The format's name, such as {@code html}: lower case, unique among renderers.
   *
   * @return the name
   */
  String name();

  /**
   * Other names the format is found by, such as {@code html5}.
   *
   * @return the aliases, possibly empty
   */
  default Set<String> aliases() {
    return Set.of();
  }

  /**
   * The media type of the output, such as {@code text/html}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * The file extension of the output, without the dot, such as {@code html}.
   *
   * @return the extension
   */
  String fileExtension();

  /**
   * Whether the output is bytes rather than text. A binary renderer supports only {@link
   * #render(Commentary, OutputStream)}.
   *
   * @return true for a binary format such as EPUB
   */
  default boolean isBinary() {
    return false;
  }

  /**
   * Writes a commentary as text.
   *
   * @param commentary the commentary
   * @param out where to write
   * @return what the renderer had to leave out or change, possibly empty
   * @throws IOException if writing fails
   * @throws UnsupportedOperationException if the renderer {@link #isBinary() is binary}
   */
  List<Diagnostic> render(Commentary commentary, Appendable out) throws IOException;

  /**
   * Writes a commentary as bytes; a text format is written in UTF-8. The stream is flushed, not
   * closed. The default renders the whole text first, then writes its bytes at once, so a renderer
   * that fails writes nothing.
   *
   * @param commentary the commentary
   * @param out where to write
   * @return what the renderer had to leave out or change, possibly empty
   * @throws IOException if writing fails
   */
  default List<Diagnostic> render(Commentary commentary, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Diagnostic> diagnostics = render(commentary, text);
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return diagnostics;
  }

  /**
   * Renders a commentary to a string. This default writes into a builder that it keeps per thread
   * for the next call on that thread, and lets go of one grown past 256K chars.
   *
   * @param commentary the commentary
   * @return the output
   * @throws UnsupportedOperationException if the renderer {@link #isBinary() is binary}
   */
  default String renderToString(Commentary commentary) {
    StringBuilder sb = Builders.take();
    try {
      render(commentary, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return Builders.release(sb);
  }
}
