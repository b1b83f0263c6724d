package io.github.ajiss4j.examples;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.json.CommentaryJsonReader;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.PrintStream;

/**
 * Turns a commentary into JSON and back, and shows that nothing was lost.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ajiss4j.examples.JsonRoundTrip
 * }</pre>
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /**
   * Runs the example on the bundled sample.
   *
   * @param args unused
   * @throws CommentaryParseException never for the bundled sample
   */
  public static void main(String[] args) throws CommentaryParseException {
    if (!run(System.out)) {
      System.exit(1);
    }
  }

  /**
   * Round-trips the bundled sample.
   *
   * @param out where to print
   * @return true when the commentary read back equals the original
   * @throws CommentaryParseException never for the bundled sample
   */
  public static boolean run(PrintStream out) throws CommentaryParseException {
    Commentary original = CommentaryParser.create().parse(Sample.bytes()).commentary();
    String json = JsonRenderer.builder().pretty(true).build().renderToString(original);
    Commentary back = new CommentaryJsonReader().read(json);
    out.println("json:  " + json.length() + " characters, " + json.lines().count() + " lines");
    out.println("title: " + back.title());
    out.println("equal: " + back.equals(original));
    return back.equals(original);
  }
}
