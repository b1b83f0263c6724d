package io.github.ajiss4j.examples;

import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Parses a directory of thousands of commentaries with one shared parser in a parallel stream. A
 * parser is immutable and keeps each parse's state to itself, so no locking is needed.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ajiss4j.examples.ParallelParse \
 *     -Dexec.args=texts/
 * }</pre>
 */
public final class ParallelParse {

  private ParallelParse() {}

  /**
   * Runs the example.
   *
   * @param args the directory to parse
   * @throws IOException if the directory cannot be listed
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ParallelParse DIR");
      System.exit(2);
    }
    run(System.out, Path.of(args[0]));
  }

  /**
   * Parses every {@code *.txt} file under the directory and prints the counts.
   *
   * @param out where to print
   * @param dir the directory
   * @return the number of files parsed as commentaries
   * @throws IOException if the directory cannot be listed
   */
  public static long run(PrintStream out, Path dir) throws IOException {
    CommentaryParser parser = CommentaryParser.create();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).toList();
    }
    long start = System.nanoTime();
    List<Optional<ParseResult>> results =
        files.parallelStream().map(f -> parse(parser, f)).toList();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long ok = results.stream().filter(Optional::isPresent).count();
    long distinct =
        results.stream()
            .flatMap(Optional::stream)
            .mapToInt(r -> r.commentary().number())
            .distinct()
            .count();
    long diagnostics =
        results.stream().flatMap(Optional::stream).mapToLong(r -> r.diagnostics().size()).sum();
    out.println("files:       " + files.size());
    out.println("parsed:      " + ok);
    out.println("failed:      " + (files.size() - ok));
    out.println("numbers:     " + distinct + " distinct");
    out.println("diagnostics: " + diagnostics);
    out.println("time:        " + millis + " ms");
    return ok;
  }

  private static Optional<ParseResult> parse(CommentaryParser parser, Path file) {
    try {
      return Optional.of(parser.parse(file));
    } catch (CommentaryParseException e) {
      return Optional.empty(); // not a commentary: counted as failed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
