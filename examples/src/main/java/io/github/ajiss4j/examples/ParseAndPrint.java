package io.github.ajiss4j.examples;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Parses a commentary and prints its fields and the parser's diagnostics.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ajiss4j.examples.ParseAndPrint \
 *     -Dexec.args=/path/to/commentary.txt
 * }</pre>
 *
 * <p>Without an argument it parses the bundled sample, No.93.
 */
public final class ParseAndPrint {

  private ParseAndPrint() {}

  /**
   * Runs the example.
   *
   * @param args an optional file to parse
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (run(System.out, args) != 0) {
      System.exit(1);
    }
  }

  /**
   * Parses and prints.
   *
   * @param out where to print
   * @param args an optional file to parse
   * @return 0, or 1 when the input is not a commentary
   * @throws IOException if the file cannot be read
   */
  public static int run(PrintStream out, String... args) throws IOException {
    CommentaryParser parser = CommentaryParser.create(); // immutable: share one per program
    ParseResult result;
    try {
      result = args.length > 0 ? parser.parse(Path.of(args[0])) : parser.parse(Sample.bytes());
    } catch (CommentaryParseException e) {
      out.println("not a commentary: " + e.getMessage()); // line:column: code reason
      return 1;
    }
    Commentary c = result.commentary();
    out.println("id:        " + c.id());
    out.println("series:    " + c.series().name() + " (" + c.series().publisher() + ")");
    out.println("number:    " + c.number());
    out.println("date:      " + c.date());
    out.println("title:     " + c.displayTitle());
    for (Author a : c.authors()) {
      out.println("author:    " + a.name());
      a.biography().ifPresent(b -> out.println("biography: " + b));
    }
    for (Institute i : c.masthead().institutes()) {
      out.println(
          "institute: "
              + i.abbreviation()
              + " "
              + i.name()
              + i.role().map(r -> " (" + r + ")").orElse(""));
    }
    out.println("blocks:    " + c.body().size());
    out.println("words:     " + c.bodyText().split("\\s+").length);
    out.println("diagnostics (" + result.diagnostics().size() + "):");
    for (Diagnostic d : result.diagnostics()) {
      out.println("  " + d); // line:column: severity code message
    }
    return 0;
  }
}
