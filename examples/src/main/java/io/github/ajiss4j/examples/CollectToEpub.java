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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Converts a directory of commentaries to an EPUB through the renderer found by the name {@code
 * epub}. When no such renderer is on the class path it says so and stops.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ajiss4j.examples.CollectToEpub \
 *     -Dexec.args="texts/ book.epub"
 * }</pre>
 *
 * <p>The {@link Renderer} interface renders one commentary at a time, so through it alone this
 * program writes the first commentary of the directory (in name order) as the book; a collection of
 * many chapters needs the EPUB renderer's own collection API.
 */
public final class CollectToEpub {

  /** What is printed when no {@code epub} renderer is on the class path. */
  public static final String UNAVAILABLE =
      "the epub format is not available: put ajiss4j's EPUB renderer on the class path";

  private CollectToEpub() {}

  /**
   * Runs the example.
   *
   * @param args the input directory and the book to write
   * @throws Exception if a file cannot be read or the book cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CollectToEpub DIR BOOK.epub");
      System.exit(2);
    }
    run(System.out, Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Collects the directory into the book.
   *
   * @param out where to print
   * @param dir the directory of {@code *.txt} commentaries
   * @param book the EPUB to write
   * @return true when the book was written, false when the epub format is missing
   * @throws IOException if a file cannot be read or the book cannot be written
   */
  public static boolean run(PrintStream out, Path dir, Path book) throws IOException {
    Optional<Renderer> epub = Renderers.load().find("epub");
    if (epub.isEmpty()) {
      out.println(UNAVAILABLE);
      return false;
    }
    CommentaryParser parser = CommentaryParser.create();
    List<Commentary> commentaries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        try {
          commentaries.add(parser.parse(file).commentary());
        } catch (CommentaryParseException e) {
          out.println(file + ":" + e.getMessage()); // skip what is not a commentary
        }
      }
    }
    if (commentaries.isEmpty()) {
      out.println("no commentary in " + dir);
      return false;
    }
    try (OutputStream os = Files.newOutputStream(book)) {
      epub.get().render(commentaries.get(0), os);
    }
    out.println("wrote " + book + " (" + commentaries.size() + " commentaries found)");
    return true;
  }
}
