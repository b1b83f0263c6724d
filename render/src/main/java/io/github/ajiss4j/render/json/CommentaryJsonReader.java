package io.github.ajiss4j.render.json;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.render.json.internal.CommentaryJsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads the JSON that {@link JsonRenderer} writes back into a {@link Commentary} equal to the one
 * rendered.
 *
 * <pre>{@code
 * CommentaryJsonReader reader = new CommentaryJsonReader();
 * Commentary c = reader.read(Files.newBufferedReader(Path.of("93.json")));
 * }</pre>
 *
 * <p>The reader is strict about what it knows and lenient about what it does not:
 *
 * <ul>
 *   <li>Unknown fields, at any level, are skipped without complaint, so that a later minor version
 *       of the shape that only adds fields can still be read. A {@code schemaVersion} other than
 *       {@value JsonRenderer#SCHEMA_VERSION} is refused.
 *   <li>The {@code text} of a block and of a list item is derived from its {@code content}, so it
 *       is not read; the {@code content} is what counts. A block's optional {@code source} object
 *       is read into {@link io.github.ajiss4j.model.Block#source()}.
 *   <li>Known fields must have the documented types; {@code null} is never accepted, a field may
 *       not appear twice, and nothing may follow the top-level object.
 *   <li>A {@code \}{@code uXXXX} escape of a lone surrogate is read as that {@code char}, so
 *       strings that are not valid Unicode round-trip exactly.
 * </ul>
 *
 * <p>Input that is not JSON, or not a commentary of this shape, is refused with a {@link
 * JsonReadException} that names the JSON path and the line and column of the offending value.
 * Jackson's default {@code StreamReadConstraints} limit string length and nesting depth.
 *
 * <p>Instances are immutable and thread-safe; each {@code read} keeps its state to itself.
 */
public final class CommentaryJsonReader {

  /** Makes a reader. */
  public CommentaryJsonReader() {}

  /**
   * Reads a commentary from a JSON string.
   *
   * @param json the JSON text
   * @return the commentary
   * @throws JsonReadException if the text is not JSON or not a commentary
   */
  public Commentary read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return CommentaryJsonParser.parse(json);
    } catch (IOException e) {
      throw new AssertionError("a String does not throw", e);
    }
  }

  /**
   * Reads a commentary from a stream of characters. The reader is not closed.
   *
   * @param json the JSON text
   * @return the commentary
   * @throws IOException if reading fails
   * @throws JsonReadException if the text is not JSON or not a commentary
   */
  public Commentary read(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    return CommentaryJsonParser.parse(json);
  }

  /**
   * Reads a commentary from bytes in UTF-8 (or UTF-16 or UTF-32, detected as JSON allows). The
   * stream is not closed.
   *
   * @param json the JSON bytes
   * @return the commentary
   * @throws IOException if reading fails
   * @throws JsonReadException if the bytes are not JSON or not a commentary
   */
  public Commentary read(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return CommentaryJsonParser.parse(json);
  }

  @Override
  public String toString() {
    return "CommentaryJsonReader";
  }
}
