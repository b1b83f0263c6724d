package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One input of a batch: a file, standard input or a bundled resource.
 *
 * @param display the name used in messages, as the user typed it
 * @param file the file, or null for standard input and resources
 * @param stem the output name without extension, possibly with directories ({@code sub/a})
 * @param bytes the content of standard input or a resource, or null for a file
 * @param problem an error found while listing the input, reported instead of parsing it
 */
record Input(String display, Path file, String stem, byte[] bytes, IOException problem) {

  static Input file(String display, Path file, String stem) {
    return new Input(display, file, stem, null, null);
  }

  static Input bytes(String display, byte[] bytes, String stem) {
    return new Input(display, null, stem, bytes, null);
  }

  static Input failed(String display, IOException problem) {
    return new Input(display, null, display, null, problem);
  }

  /**
   * Reads standard input, but not beyond the parser's limit: one byte more than the limit is enough
   * to know the input is too large, and an endless stream does not fill the memory.
   */
  static Input stdin(InputStream in) throws IOException {
    return bytes("<stdin>", in.readNBytes(CommentaryParser.DEFAULT_MAX_INPUT_CHARS + 1), "stdin");
  }

  ParseResult parse(CommentaryParser parser) throws CommentaryParseException, IOException {
    if (problem != null) {
      throw problem;
    }
    if (file != null) {
      return parser.parse(file);
    }
    if (bytes.length > CommentaryParser.DEFAULT_MAX_INPUT_CHARS) {
      throw new CommentaryParseException(
          DiagnosticCode.INPUT_TOO_LARGE,
          1,
          1,
          0,
          "expected at most "
              + CommentaryParser.DEFAULT_MAX_INPUT_CHARS
              + " bytes of input, but "
              + display
              + " has more");
    }
    return parser.parse(bytes);
  }
}
