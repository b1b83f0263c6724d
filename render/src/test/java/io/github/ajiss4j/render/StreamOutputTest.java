package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * Every text renderer writes to a stream the UTF-8 bytes of the string it renders, and the same
 * diagnostics, on the parser's fixtures and on commentaries of hostile strings.
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
}
