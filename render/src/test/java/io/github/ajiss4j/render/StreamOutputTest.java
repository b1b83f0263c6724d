package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.json.JsonRenderer;
import io.github.ajiss4j.render.text.TextRenderer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text renderer writes to a stream the UTF-8 bytes of the string it renders, and the same
 * diagnostics, on the parser's fixtures and on commentaries of hostile strings; and it writes them
 * as it renders them, not the whole text at once.
 */
class StreamOutputTest {

  private static final Path PARSER_FIXTURES = Path.of("../parser/src/test/resources/fixtures");

  /** The built-in text renderers with their defaults, and some with other options. */
  private static List<Renderer> renderers() {
    List<Renderer> renderers = new ArrayList<>();
    for (Renderer r : Renderers.builtIn().all()) {
      if (!r.isBinary()) {
        renderers.add(r);
      }
    }
    assertThat(renderers).extracting(Renderer::name).contains("html", "xhtml", "json", "text");
    renderers.add(HtmlRenderer.builder().standalone(false).build());
    renderers.add(HtmlRenderer.builder().baseUrl("https://example.org/c/").build());
    renderers.add(JsonRenderer.builder().pretty(true).includeSourceSpans(true).build());
    return renderers;
  }

  private static List<Arguments> commentaries() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(PARSER_FIXTURES)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(8);
    CommentaryParser parser = CommentaryParser.create();
    List<Arguments> commentaries = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      commentaries.add(
          Arguments.of(file.getFileName().toString(), parser.parse(text).commentary()));
    }
    for (int seed = 1; seed <= 5; seed++) {
      Random strings = new Random(100 + seed);
      commentaries.add(
          Arguments.of(
              "hostile-" + seed,
              ModelGenerator.commentary(ModelGenerator.hostile(new Random(seed), strings))));
    }
    return commentaries;
  }

  static Stream<Arguments> cases() throws Exception {
    List<Arguments> cases = new ArrayList<>();
    for (Renderer r : renderers()) {
      for (Arguments c : commentaries()) {
        cases.add(Arguments.of(r, c.get()[0], c.get()[1]));
      }
    }
    return cases.stream();
  }

  /** Remembers whether it was closed. */
  private static final class Recording extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void aStreamGetsTheUtf8BytesOfTheString(Renderer renderer, String name, Commentary c)
      throws IOException {
    String text = renderer.renderToString(c);
    List<Diagnostic> expected = renderer.render(c, new StringBuilder());
    Recording recording = new Recording();
    // a buffer larger than any output: only the renderer's flush gets the bytes through
    BufferedOutputStream out = new BufferedOutputStream(recording, 1 << 24);

    List<Diagnostic> diagnostics = renderer.render(c, out);

    assertThat(recording.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(recording.closed).isFalse();
    assertThat(diagnostics).isEqualTo(expected);
  }

  /** Counts the bytes and writes it gets, and the largest write. */
  private static final class Counting extends OutputStream {
    long bytes;
    int writes;
    int largest;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      writes++;
      largest = Math.max(largest, len);
    }
  }

  static Stream<Renderer> textRenderers() {
    return renderers().stream();
  }

  @ParameterizedTest
  @MethodSource("textRenderers")
  void aLargeTextReachesTheStreamInPiecesAsItIsRendered(Renderer renderer) throws IOException {
    Commentary seed = SeedCommentary.seed();
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      body.addAll(seed.body());
    }
    Commentary large = seed.withBody(body);
    Counting out = new Counting();

    renderer.render(large, out);

    assertThat(out.bytes)
        .isEqualTo(renderer.renderToString(large).getBytes(StandardCharsets.UTF_8).length)
        .isGreaterThan(100_000);
    assertThat(out.writes).isGreaterThan(10);
    assertThat(out.largest).isLessThanOrEqualTo(1 << 14);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uDE00 after", "no low surrogate"})
  void aHighSurrogateAtTheEndOfAPieceIsEncodedWithWhatFollows(String next) throws IOException {
    // the text renderer appends each inline in one piece, and the first passes 8K chars
    Commentary c =
        SeedCommentary.seed()
            .withBody(
                List.of(
                    Paragraph.of(Text.of("x".repeat(1 << 13) + "\uD83D"), Text.of(next)),
                    Paragraph.of(Text.of("\uD83D"))));
    Renderer text = new TextRenderer();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    text.render(c, out);

    assertThat(out.toByteArray())
        .isEqualTo(text.renderToString(c).getBytes(StandardCharsets.UTF_8));
  }
}
