package io.github.ajiss4j.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  /**
   * The golden files of the seed model. To regenerate them after a deliberate change, run {@code
   * ./mvnw -pl render -am test -Dtest=HtmlRendererTest -Dajiss4j.regenerateGolden=true
   * -Dsurefire.failIfNoSpecifiedTests=false}, then read the diff before committing.
   */
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static final boolean REGENERATE = Boolean.getBoolean("ajiss4j.regenerateGolden");

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (REGENERATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(file));
  }

  @Test
  void seedMatchesGoldenHtml() throws IOException {
    Renderer html = HtmlRenderer.builder().includeMasthead(true).build();
    assertGolden("expected.html", html.renderToString(Fixtures.seed()));
  }

  @Test
  void seedMatchesGoldenXhtml() throws IOException {
    Renderer xhtml = XhtmlRenderer.builder().includeMasthead(true).build();
    assertGolden("expected.xhtml", xhtml.renderToString(Fixtures.seed()));
  }

  @Test
  void registryFindsHtmlHtml5AndXhtml() {
    Renderers renderers = Renderers.load();
    assertThat(renderers.get("html")).isInstanceOf(HtmlRenderer.class);
    assertThat(renderers.get("HTML5")).isSameAs(renderers.get("html"));
    assertThat(renderers.get("xhtml")).isInstanceOf(XhtmlRenderer.class);
    Renderer html = renderers.get("html");
    assertThat(html.mediaType()).isEqualTo("text/html");
    assertThat(html.fileExtension()).isEqualTo("html");
    Renderer xhtml = renderers.get("xhtml");
    assertThat(xhtml.mediaType()).isEqualTo("application/xhtml+xml");
    assertThat(xhtml.fileExtension()).isEqualTo("xhtml");
  }

  @Test
  void builderNeedsNoServiceLoader() {
    HtmlRenderer html = HtmlRenderer.builder().standalone(false).build();
    assertThat(html.options().standalone()).isFalse();
    assertThat(Renderers.of(html, new XhtmlRenderer()).names()).containsExactly("html", "xhtml");
  }

  @Test
  void fragmentIsTheArticleOnly() {
    String fragment =
        HtmlRenderer.builder().standalone(false).build().renderToString(Fixtures.seed());
    assertThat(fragment)
        .startsWith("<article id=\"ajiss-commentary-93\">")
        .endsWith("</article>\n");
    assertThat(fragment).doesNotContain("<head>", "<style", "<script", "<!DOCTYPE");
  }

  @Test
  void mastheadOnlyWhenAsked() {
    assertThat(new HtmlRenderer().renderToString(Fixtures.seed())).doesNotContain("Akio Watanabe");
    String later =
        HtmlRenderer.builder().includeMasthead(true).build().renderToString(Fixtures.later());
    assertThat(later)
        .contains("<dt>Editorial Advisory Board</dt>", "<dd>Akio Watanabe (Chair)</dd>")
        .contains("<dt>Editorial Committee</dt>", "<dd>Ken Jimbo</dd>")
        .contains("role=\"doc-colophon\"");
  }

  @Test
  void baseUrlGivesCanonicalLinkAndOgUrl() {
    String page =
        HtmlRenderer.builder()
            .baseUrl("https://example.org/ajiss")
            .build()
            .renderToString(Fixtures.seed());
    assertThat(page)
        .contains(
            "<link rel=\"canonical\" href=\"https://example.org/ajiss/ajiss-commentary-93.html\">")
        .contains(
            "<meta property=\"og:url\""
                + " content=\"https://example.org/ajiss/ajiss-commentary-93.html\">");
    assertThat(new HtmlRenderer().renderToString(Fixtures.seed()))
        .doesNotContain("canonical", "og:url");
    assertThatThrownBy(() -> HtmlRenderer.builder().baseUrl("relative/path").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fileBaseUrlKeepsItsEmptyAuthority() {
    // URI.resolve drops the empty authority of file:///, and "file:/srv" is no valid HTML URL
    String page =
        HtmlRenderer.builder().baseUrl("file:///srv/site/").build().renderToString(Fixtures.seed());
    assertThat(page)
        .contains("<link rel=\"canonical\" href=\"file:///srv/site/ajiss-commentary-93.html\">")
        .contains(
            "<meta property=\"og:url\" content=\"file:///srv/site/ajiss-commentary-93.html\">");
    assertThat(
            HtmlRenderer.builder()
                .baseUrl("file:/srv/site")
                .build()
                .renderToString(Fixtures.seed()))
        .contains("href=\"file:///srv/site/ajiss-commentary-93.html\"");
    assertThat(
            HtmlRenderer.builder()
                .baseUrl("file://host/share/")
                .build()
                .renderToString(Fixtures.seed()))
        .contains("href=\"file://host/share/ajiss-commentary-93.html\"");
  }

  @Test
  void metadataComesFromTheModel() {
    String page = new HtmlRenderer().renderToString(Fixtures.later());
    assertThat(page)
        .contains("<html lang=\"en\">")
        .contains("<meta name=\"citation_publication_date\" content=\"2021/03/02\">")
        .contains("<meta name=\"citation_technical_report_number\" content=\"301\">")
        .contains("<meta name=\"citation_author\" content=\"Jiro Sato\">")
        .contains("<meta property=\"article:published_time\" content=\"2021-03-02\">")
        .contains("<meta name=\"DC.language\" content=\"en\">")
        .contains("\"@type\": \"Report\"", "\"reportNumber\": \"301\"")
        .contains("\"affiliation\": {")
        .contains("<time datetime=\"2021-03-02\">2 March 2021</time>");
  }

  @Test
  void smartTypographyChangesOnlyTheDisplay() {
    Commentary c = Fixtures.later();
    String page = HtmlRenderer.builder().smartTypography(true).build().renderToString(c);
    assertThat(page)
        .contains(
            "<p>\u201CRelations are at a low ebb,\u201D he said \u2013 and it\u2019s true\u2026</p>");
    String plain = new HtmlRenderer().renderToString(c);
    assertThat(plain)
        .contains("<p>\"Relations are at a low ebb,\" he said -- and it's true...</p>");
  }

  @Test
  void templateIsReplaceableAndLogicLess() {
    HtmlRenderer custom =
        HtmlRenderer.builder()
            .template(
                "<!DOCTYPE html><html lang=\"{{lang}}\"><head>{{head}}</head>"
                    + "<body><main>{{article}}</main><p>{{title}}</p></body></html>")
            .build();
    Commentary c = Fixtures.hostile("\"<b>");
    String page = custom.renderToString(c);
    assertThat(page).contains("<main><article").contains("<p>Title &quot;&lt;b&gt; |");
    // unknown names, method calls and partials fail when the renderer is built
    for (String bad :
        List.of(
            "{{nope}}",
            "{{title.class}}",
            "{{title.length}}",
            "{{> page}}",
            "{{#x}}{{/x}}",
            "{{#title}}unclosed")) {
      assertThatThrownBy(() -> HtmlRenderer.builder().template(bad).build())
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void stylesheetIsReplaceableButCannotCloseTheStyleElement() {
    String page =
        HtmlRenderer.builder()
            .stylesheet("p { color: red; }")
            .build()
            .renderToString(Fixtures.seed());
    assertThat(page).contains("<style>p { color: red; }</style>");
    assertThat(HtmlRenderer.builder().stylesheet("").build().renderToString(Fixtures.seed()))
        .doesNotContain("<style");
    assertThatThrownBy(() -> HtmlRenderer.builder().stylesheet("</STYLE><script>").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(HtmlOptions.defaultStylesheet()).contains("@media print");
  }

  @Test
  void xhtmlLinksAStylesheetForEpub() {
    String doc =
        XhtmlRenderer.builder()
            .stylesheetHref("css/ajiss.css")
            .build()
            .renderToString(Fixtures.seed());
    assertThat(doc)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .contains(
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " lang=\"en\" xml:lang=\"en\">")
        .contains("<link rel=\"stylesheet\" type=\"text/css\" href=\"css/ajiss.css\"/>")
        .doesNotContain("<style", "http://purl.org", "canonical");
  }

  @Test
  void writesUtf8ToAStream() throws IOException {
    Commentary c = Fixtures.seed().withTitle("Caf\u00e9 \uD83D\uDE00");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XhtmlRenderer().render(c, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("<h1 epub:type=\"title\">Caf\u00e9 \uD83D\uDE00</h1>");
  }

  @Test
  void oneRendererServesManyThreads() throws Exception {
    for (Renderer r :
        List.of(
            HtmlRenderer.builder().includeMasthead(true).build(),
            XhtmlRenderer.builder().includeMasthead(true).build())) {
      String expected = r.renderToString(Fixtures.seed());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<String>> pages =
            pool.invokeAll(Collections.nCopies(32, () -> r.renderToString(Fixtures.seed())));
        for (Future<String> page : pages) {
          assertThat(page.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void nullArgumentsAreRefused() {
    Commentary c = Fixtures.seed().withBody(List.of(Paragraph.of(Text.of("x"))));
    assertThatThrownBy(() -> new HtmlRenderer().render(null, new StringBuilder()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new XhtmlRenderer().render(c, (Appendable) null))
        .isInstanceOf(NullPointerException.class);
  }
}
