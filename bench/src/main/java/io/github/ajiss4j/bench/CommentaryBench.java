package io.github.ajiss4j.bench;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.epub.EpubRenderer;
import io.github.ajiss4j.render.html.HtmlOptions;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.html.XhtmlRenderer;
import io.github.ajiss4j.render.json.JsonRenderer;
import io.github.ajiss4j.render.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per operation of the parser, of each renderer on a parsed model, of parsing and rendering
 * end to end, and, on the same input in the same run, of the peer (commonmark-java reading the text
 * as Markdown and writing HTML) and of the limit (one HTML-escaping copy of the text).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CommentaryBench {

  /** Which text to read; see {@link Inputs}. */
  @Param({Inputs.SEED, Inputs.HARD_WRAPPED, Inputs.LARGE})
  public String input;

  private String text;
  private Commentary commentary;
  private final CommentaryParser parser = CommentaryParser.create();
  private final Renderer html = new HtmlRenderer();
  private final Renderer article =
      new HtmlRenderer(HtmlOptions.builder().standalone(false).build());
  private final Renderer xhtml = new XhtmlRenderer();
  private final Renderer json = new JsonRenderer();
  private final Renderer plainText = new TextRenderer();
  private final Renderer epub = new EpubRenderer();
  private final Parser markdownParser = Parser.builder().build();
  private final org.commonmark.renderer.html.HtmlRenderer markdownHtml =
      org.commonmark.renderer.html.HtmlRenderer.builder().build();

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public CommentaryBench() {}

  /**
   * Reads the input and parses it once for the renderer benchmarks.
   *
   * @throws CommentaryParseException if the input is not a commentary
   */
  @Setup
  public void setUp() throws CommentaryParseException {
    text = Inputs.named(input);
    commentary = parser.parse(text).commentary();
  }

  /**
   * Parses the text.
   *
   * @return the result
   * @throws CommentaryParseException never for these inputs
   */
  @Benchmark
  public ParseResult parse() throws CommentaryParseException {
    return parser.parse(text);
  }

  /**
   * Renders the parsed model as a standalone HTML page.
   *
   * @return the page
   */
  @Benchmark
  public String renderHtml() {
    return html.renderToString(commentary);
  }

  /**
   * Renders the parsed model as EPUB-ready XHTML.
   *
   * @return the document
   */
  @Benchmark
  public String renderXhtml() {
    return xhtml.renderToString(commentary);
  }

  /**
   * Renders the parsed model as JSON.
   *
   * @return the JSON text
   */
  @Benchmark
  public String renderJson() {
    return json.renderToString(commentary);
  }

  /**
   * Renders the parsed model as plain text.
   *
   * @return the text
   */
  @Benchmark
  public String renderText() {
    return plainText.renderToString(commentary);
  }

  /**
   * Renders the parsed model as an EPUB 3 file in memory.
   *
   * @return the file's bytes
   * @throws IOException never: the output is in memory
   */
  @Benchmark
  public byte[] renderEpub() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    epub.render(commentary, out);
    return out.toByteArray();
  }

  /**
   * Parses the text and renders it as HTML: the end-to-end figure compared with the peer.
   *
   * @return the page
   * @throws CommentaryParseException never for these inputs
   */
  @Benchmark
  public String parseAndHtml() throws CommentaryParseException {
    return html.renderToString(parser.parse(text).commentary());
  }

  /**
   * Parses the text and renders its {@code <article>} alone, without the page around it: the same
   * shape of output as the peer's and the limit's, which write the text's HTML and no page.
   *
   * @return the article
   * @throws CommentaryParseException never for these inputs
   */
  @Benchmark
  public String parseAndArticle() throws CommentaryParseException {
    return article.renderToString(parser.parse(text).commentary());
  }

  /**
   * Parses the text and renders it as JSON.
   *
   * @return the JSON text
   * @throws CommentaryParseException never for these inputs
   */
  @Benchmark
  public String parseAndJson() throws CommentaryParseException {
    return json.renderToString(parser.parse(text).commentary());
  }

  /**
   * The peer: commonmark-java parses the same text as Markdown and renders HTML.
   *
   * @return the HTML
   */
  @Benchmark
  public String commonmarkHtml() {
    return markdownHtml.render(markdownParser.parse(text));
  }

  /**
   * The limit: one pass over the text that writes it HTML-escaped into a builder of the input's
   * size, the least any HTML renderer of this text must do.
   *
   * @return the escaped text
   */
  @Benchmark
  public String escapeLimit() {
    return EscapeCopy.escape(text);
  }

  /**
   * The tighter limit: the same copy, each run of characters that need no escaping appended in one
   * call.
   *
   * @return the escaped text
   */
  @Benchmark
  public String escapeRunsLimit() {
    return EscapeCopy.escapeRuns(text);
  }
}
