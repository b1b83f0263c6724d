package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.epub.EpubRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code ajiss collect} meets the EPUB renderer's collection writer. The {@link Renderer} SPI
 * writes one commentary; a book of many needs the EPUB renderer's own API, which this is the one
 * place to know.
 */
final class BookHook {

  /** Writes many commentaries as one book. */
  interface BookWriter {
    void write(List<Commentary> commentaries, String title, OutputStream out) throws IOException;
  }

  private BookHook() {}

  /**
   * The collection writer of the renderer found by the name {@code epub}, or empty when this build
   * cannot use it for a collection.
   */
  static Optional<BookWriter> writer(Renderer epub) {
    if (!(epub instanceof EpubRenderer)) {
      return Optional.empty();
    }
    return Optional.of(
        (commentaries, title, out) -> {
          EpubRenderer.Builder b = EpubRenderer.builder();
          if (title != null) {
            b.collectionTitle(title);
          }
          b.build().renderCollection(commentaries, out);
        });
  }
}
