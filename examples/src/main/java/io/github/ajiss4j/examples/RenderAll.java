package io.github.ajiss4j.examples;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a commentary to every format that {@link Renderers#load()} finds, one file each, into a
 * directory. Third-party renderers on the class path, such as {@link MarkdownRenderer}, are
 * included.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ajiss4j.examples.RenderAll \
 *     -Dexec.args="render-all-out"
 * }</pre>
 *
 * <p>Arguments: the output directory (default {@code render-all-out}), then an optional input file
 * (default the bundled sample).
 */
public final class RenderAll {

  private RenderAll() {}

  /**
   * Runs the example.
   *
   * @param args the output directory, then an optional input file
   * @throws Exception if the input cannot be read or parsed, or an output cannot be written
   */
  public static void main(String[] args) throws Exception {
    run(System.out, args);
  }

  /**
   * Renders and prints one line per file written.
   *
   * @param out where to print
   * @param args the output directory, then an optional input file
   * @return the number of files written
   * @throws IOException if the input cannot be read or an output cannot be written
   * @throws CommentaryParseException if the input is not a commentary
   */
  public static int run(PrintStream out, String... args)
      throws IOException, CommentaryParseException {
    Path dir = Path.of(args.length > 0 ? args[0] : "render-all-out");
    CommentaryParser parser = CommentaryParser.create();
    Commentary c =
        (args.length > 1 ? parser.parse(Path.of(args[1])) : parser.parse(Sample.bytes()))
            .commentary();
    Files.createDirectories(dir);
    int written = 0;
    for (Renderer r : Renderers.load().all()) {
      Path file = dir.resolve(c.id() + "." + r.fileExtension());
      try (OutputStream os = Files.newOutputStream(file)) {
        r.render(c, os); // text formats are written as UTF-8; binary ones (epub) as they are
      }
      out.println(r.name() + " -> " + file);
      written++;
    }
    return written;
  }
}
