package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.html.XhtmlRenderer;
import io.github.ajiss4j.render.json.CommentaryJsonReader;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generates commentaries of every shape from fixed seeds, once with plain strings and once with
 * hostile ones (markup, quotes, U+0000, U+FFFE, lone surrogates, U+202E, combining marks, emoji,
 * words of 10,000 characters) in every field, the HTML base URL and the XHTML stylesheet href
 * included, and checks that no string adds an element or an attribute: the HTML and XHTML pages of
 * the two have the same elements with the same attribute names, in the same order. Characters that
 * XML and HTML forbid are dropped, each drop reported as {@code forbidden-character-dropped}, and
 * the pages stay well-formed. The JSON of the hostile commentary fits the schema and reads back
 * equal, forbidden characters included (JSON escapes them).
 */
class EscapingPropertyTest {

  private static final int RUNS = 60;

  private final CommentaryJsonReader reader = new CommentaryJsonReader();

  @ParameterizedTest
  @ValueSource(longs = {1L, 93L, 20100608L})
  void hostileStringsAddNoElementOrAttribute(long seed) throws Exception {
    Random master = new Random(seed);
    for (int run = 0; run < RUNS; run++) {
      long s = master.nextLong();
      Random strings = new Random(~s);
      Commentary hostile =
          ModelGenerator.commentary(ModelGenerator.hostile(new Random(s), strings));
      Commentary plain = ModelGenerator.commentary(ModelGenerator.plain(new Random(s)));
      ModelGenerator.Choices more = ModelGenerator.hostile(new Random(s), strings);
      String where = "seed " + seed + ", run " + run;

      List<Renderer[]> html =
          List.of(
              new Renderer[] {new HtmlRenderer(), new HtmlRenderer()},
              new Renderer[] {
                HtmlRenderer.builder()
                    .includeMasthead(true)
                    .smartTypography(true)
                    .baseUrl(Outputs.baseUrl(more.string()))
                    .build(),
                HtmlRenderer.builder()
                    .includeMasthead(true)
                    .smartTypography(true)
                    .baseUrl("https://example.org/plain/")
                    .build()
              },
              new Renderer[] {
                HtmlRenderer.builder().standalone(false).build(),
                HtmlRenderer.builder().standalone(false).build()
              });
      for (Renderer[] r : html) {
        String page = render(r[0], hostile);
        Outputs.checkHtml(page);
        assertThat(Outputs.htmlShape(page))
            .as(where)
            .isEqualTo(Outputs.htmlShape(r[1].renderToString(plain)));
      }

      List<Renderer[]> xhtml =
          List.of(
              new Renderer[] {new XhtmlRenderer(), new XhtmlRenderer()},
              new Renderer[] {
                XhtmlRenderer.builder()
                    .includeMasthead(true)
                    .smartTypography(true)
                    .stylesheetHref(ModelGenerator.nonBlank(more.string()))
                    .build(),
                XhtmlRenderer.builder()
                    .includeMasthead(true)
                    .smartTypography(true)
                    .stylesheetHref("plain.css")
                    .build()
              });
      for (Renderer[] r : xhtml) {
        String page = render(r[0], hostile);
        assertThat(Outputs.xmlShape(page))
            .as(where)
            .isEqualTo(Outputs.xmlShape(r[1].renderToString(plain)));
      }

      String json = JsonRenderer.builder().includeSourceSpans(true).build().renderToString(hostile);
      Outputs.checkJson(json);
      assertThat(reader.read(json)).as(where).isEqualTo(hostile);
    }
  }

  private static String render(Renderer renderer, Commentary c) throws Exception {
    StringBuilder sb = new StringBuilder();
    List<Diagnostic> diagnostics = renderer.render(c, sb);
    assertThat(diagnostics).allMatch(d -> d.code() == DiagnosticCode.FORBIDDEN_CHARACTER_DROPPED);
    return sb.toString();
  }
}
