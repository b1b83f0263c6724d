package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.epub.EpubRenderer;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.html.XhtmlRenderer;
import io.github.ajiss4j.render.json.CommentaryJsonReader;
import io.github.ajiss4j.render.json.JsonReadException;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the renderers, over commentaries built from fuzz data by {@link ModelGenerator},
 * and of the JSON reader, over raw bytes. Without {@code JAZZER_FUZZ} they replay the inputs under
 * {@code src/test/resources/io/github/ajiss4j/render/RenderFuzzTestInputs/<method>/}; with it, the
 * one selected fuzzes, e.g. {@code JAZZER_FUZZ=1 ./mvnw -B -pl render -am test
 * -Dtest='RenderFuzzTest#html' -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m}.
 *
 * <p>Invariants: a renderer never throws on a valid commentary and reports only dropped forbidden
 * characters; its output is well-formed and valid ({@link Outputs}); HTML and XHTML hold exactly
 * the elements and attributes that the same commentary with plain strings gives; JSON fits the
 * schema and reads back into an equal commentary; text reads back or is refused with {@link
 * CommentaryParseException}. The JSON reader throws nothing but {@link JsonReadException}, and what
 * it reads renders to JSON that reads back equal.
 */
class RenderFuzzTest {

  private static final Renderers RENDERERS = Renderers.load();
  private static final CommentaryJsonReader READER = new CommentaryJsonReader();
  private static final CommentaryParser PARSER = CommentaryParser.create();

  @FuzzTest
  void html(FuzzedDataProvider data) throws IOException {
    Renderer renderer =
        switch (data.consumeInt(0, 3)) {
          case 0 -> RENDERERS.get("html");
          case 1 -> HtmlRenderer.builder().includeMasthead(true).smartTypography(true).build();
          case 2 -> HtmlRenderer.builder().standalone(false).build();
          default ->
              HtmlRenderer.builder()
                  .includeMasthead(true)
                  .baseUrl(Outputs.baseUrl(data.consumeString(40)))
                  .build();
        };
    ModelGenerator.Recorder choices = new ModelGenerator.Recorder(ModelGenerator.from(data));
    Commentary c = ModelGenerator.commentary(choices);
    String page = render(renderer, c);
    Outputs.checkHtml(page);
    assertThat(Outputs.htmlShape(page))
        .isEqualTo(
            Outputs.htmlShape(renderer.renderToString(ModelGenerator.commentary(choices.plain()))));
  }

  @FuzzTest
  void xhtml(FuzzedDataProvider data) throws Exception {
    Renderer renderer =
        switch (data.consumeInt(0, 2)) {
          case 0 -> RENDERERS.get("xhtml");
          case 1 -> XhtmlRenderer.builder().includeMasthead(true).smartTypography(true).build();
          default ->
              XhtmlRenderer.builder()
                  .stylesheetHref(ModelGenerator.nonBlank(data.consumeString(40)))
                  .build();
        };
    ModelGenerator.Recorder choices = new ModelGenerator.Recorder(ModelGenerator.from(data));
    Commentary c = ModelGenerator.commentary(choices);
    String page = render(renderer, c);
    Outputs.checkXml(page);
    assertThat(Outputs.xmlShape(page))
        .isEqualTo(
            Outputs.xmlShape(renderer.renderToString(ModelGenerator.commentary(choices.plain()))));
  }

  @FuzzTest
  void json(FuzzedDataProvider data) throws IOException {
    Renderer renderer =
        switch (data.consumeInt(0, 2)) {
          case 0 -> RENDERERS.get("json");
          case 1 -> JsonRenderer.builder().pretty(true).build();
          default -> JsonRenderer.builder().includeSourceSpans(true).build();
        };
    Commentary c = ModelGenerator.commentary(ModelGenerator.from(data));
    String json = render(renderer, c);
    Outputs.checkJson(json);
    assertThat(READER.read(json)).isEqualTo(c);
  }

  @FuzzTest
  void text(FuzzedDataProvider data) throws IOException {
    Commentary c = ModelGenerator.commentary(ModelGenerator.from(data));
    String text = render(RENDERERS.get("text"), c);
    assertThat(text).endsWith("\n");
    try {
      PARSER.parse(text);
    } catch (CommentaryParseException e) {
      // a hostile commentary need not read back; the refusal is the documented one
      assertThat(e.code()).isNotNull();
    }
  }

  @FuzzTest
  void epub(FuzzedDataProvider data) throws Exception {
    Renderer renderer =
        data.consumeBoolean()
            ? RENDERERS.get("epub")
            : EpubRenderer.builder()
                .titlePage(false)
                .collectionTitle(ModelGenerator.nonBlank(data.consumeString(20)))
                .build();
    Commentary c = ModelGenerator.commentary(ModelGenerator.from(data));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Diagnostic> diagnostics = renderer.render(c, out);
    checkDiagnostics(diagnostics);
    List<String> names = new ArrayList<>();
    for (ZipEntries.Entry e : ZipEntries.all(out.toByteArray())) {
      names.add(e.name());
      if (e.name().matches(".*\\.(xhtml|opf|ncx|xml)")) {
        Outputs.checkXml(new String(e.bytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(names).first().isEqualTo("mimetype");
    assertThat(names).contains("META-INF/container.xml");
  }

  /**
   * Raw bytes, as a file gives them; if they are UTF-8 without NULs, a String of them reads the
   * same.
   */
  @FuzzTest
  void jsonReader(byte[] input) throws IOException {
    Commentary fromBytes;
    try {
      fromBytes = READER.read(new ByteArrayInputStream(input));
    } catch (JsonReadException e) {
      assertThat(e.getMessage()).isNotBlank();
      fromBytes = null;
    }
    String text = utf8(input);
    // bytes with NULs may be read as UTF-16 or UTF-32 (JSON's encoding detection), a String not
    if (text != null && !text.startsWith("\uFEFF") && text.indexOf('\u0000') < 0) {
      Commentary fromText;
      try {
        fromText = READER.read(text);
      } catch (JsonReadException e) {
        fromText = null;
      }
      assertThat(fromText).isEqualTo(fromBytes);
    }
    if (fromBytes != null) {
      String json = new JsonRenderer().renderToString(fromBytes);
      Outputs.checkJson(json);
      assertThat(READER.read(json)).isEqualTo(fromBytes);
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String render(Renderer renderer, Commentary c) throws IOException {
    StringBuilder sb = new StringBuilder();
    checkDiagnostics(renderer.render(c, sb));
    return sb.toString();
  }

  private static void checkDiagnostics(List<Diagnostic> diagnostics) {
    assertThat(diagnostics).allMatch(d -> d.code() == DiagnosticCode.FORBIDDEN_CHARACTER_DROPPED);
  }
}
