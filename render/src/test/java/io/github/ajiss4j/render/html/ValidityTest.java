package io.github.ajiss4j.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.render.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page the renderers write, for the seed, a later shape and each hostile string, passes the
 * W3C Nu Html Checker (HTML) and EPUBCheck (XHTML) with no error and no warning. Both checkers
 * start once for the whole class (EPUBCheck takes seconds to start).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidityTest {

  private static final Renderer HTML = new HtmlRenderer();
  private static final Renderer HTML_ALL =
      HtmlRenderer.builder()
          .includeMasthead(true)
          .baseUrl("https://example.org/commentary")
          .build();
  private static final Renderer HTML_SMART = HtmlRenderer.builder().smartTypography(true).build();
  private static final Renderer HTML_FILE_URL =
      HtmlRenderer.builder().baseUrl("file:///srv/site/").build();
  private static final Renderer XHTML = new XhtmlRenderer();
  private static final Renderer XHTML_ALL =
      XhtmlRenderer.builder().includeMasthead(true).stylesheetHref("ajiss.css").build();
  private static final Renderer XHTML_SMART = XhtmlRenderer.builder().smartTypography(true).build();

  @TempDir static Path dir;
  private Validators.Vnu vnu;
  private Validators.EpubCheck epubcheck;
  private Set<String> knownElements;

  @BeforeAll
  void startCheckers() throws Exception {
    vnu = new Validators.Vnu();
    epubcheck = new Validators.EpubCheck(dir);
    knownElements = new HashSet<>();
    for (Commentary c : List.of(Fixtures.seed(), Fixtures.later())) {
      knownElements.addAll(elementNames(Jsoup.parse(HTML_ALL.renderToString(c))));
    }
  }

  Stream<Arguments> documents() {
    List<Arguments> docs = new ArrayList<>();
    List<Named<Renderer>> all =
        List.of(
            Named.of("html", HTML),
            Named.of("html with masthead and base URL", HTML_ALL),
            Named.of("html with smart typography", HTML_SMART),
            Named.of("xhtml", XHTML),
            Named.of("xhtml with masthead and stylesheet link", XHTML_ALL),
            Named.of("xhtml with smart typography", XHTML_SMART));
    for (Named<Renderer> r : all) {
      docs.add(Arguments.of(r, "seed", Fixtures.seed()));
      docs.add(Arguments.of(r, "later", Fixtures.later()));
    }
    for (String fixture :
        List.of(
            "seed-093.txt",
            "hard-wrapped-later-masthead.txt",
            "bom-no-final-newline.txt",
            "markdown-later-masthead.txt")) {
      for (Named<Renderer> r : List.of(all.get(1), all.get(4))) {
        docs.add(Arguments.of(r, "parsed " + fixture, parsed(fixture)));
      }
    }
    docs.add(
        Arguments.of(
            Named.of("html with a file base URL", HTML_FILE_URL), "seed", Fixtures.seed()));
    // letters and their accents as two characters each, which the checker wants composed
    for (Named<Renderer> r : List.of(all.get(1), all.get(4))) {
      docs.add(Arguments.of(r, "decomposed", Fixtures.hostile("re\u0301gime na\u0308ive")));
    }
    for (int i = 0; i < Fixtures.HOSTILE.size(); i++) {
      for (Named<Renderer> r : List.of(all.get(1), all.get(4))) {
        docs.add(Arguments.of(r, "hostile " + i, Fixtures.hostile(Fixtures.HOSTILE.get(i))));
      }
    }
    return docs.stream();
  }

  private static Commentary parsed(String fixture) {
    try (java.io.InputStream in = ValidityTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      return io.github.ajiss4j.parser.CommentaryParser.create().parse(in).commentary();
    } catch (Exception e) {
      throw new IllegalStateException(fixture, e);
    }
  }

  @Test
  void checkersSeeErrors() throws Exception {
    // a checker that passes everything would make the tests below worthless
    String page = XHTML.renderToString(Fixtures.seed());
    assertThat(epubcheck.check(page.replace("<h1", "<h7").replace("</h1>", "</h7>"))).isNotEmpty();
    assertThat(
            epubcheck.check(
                page.replace(
                    "epub:type=\"chapter\"", "epub:type=\"chapter\" onclick=\"x\" foo=\"1\"")))
        .isNotEmpty();
    String html = HTML.renderToString(Fixtures.seed());
    assertThat(vnu.check(html.replace("<h1>", "<h1><p>"))).isNotEmpty();
    assertThat(vnu.check(html.replace("datetime=\"2010-06-08\"", "datetime=\"June\"")))
        .isNotEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("documents")
  void passesTheW3cCheckers(Renderer renderer, String name, Commentary c) throws Exception {
    String page = renderer.renderToString(c);
    boolean xml = renderer.name().equals("xhtml");
    // The Nu Html Checker knows no epub:type, so EPUBCheck, which checks XHTML against its own
    // copy of the HTML schema plus the EPUB rules, is the judge of XHTML.
    if (xml) {
      assertThat(epubcheck.check(page)).as("EPUBCheck on\n%s", page).isEmpty();
    } else {
      assertThat(vnu.check(page)).as("Nu Html Checker on\n%s", page).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("documents")
  void writesOnlyItsOwnElementsAndReportsDrops(Renderer renderer, String name, Commentary c)
      throws Exception {
    StringBuilder sb = new StringBuilder();
    List<Diagnostic> diagnostics = renderer.render(c, sb);
    String page = sb.toString();
    boolean xml = renderer.name().equals("xhtml");
    Document doc = xml ? Jsoup.parse(page, "", Parser.xmlParser()) : Jsoup.parse(page);
    assertThat(elementNames(doc)).as(page).isSubsetOf(knownElements);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    for (Element script : doc.select("script")) {
      assertThat(script.data()).doesNotContain("<", ">", "&");
    }
    String evil =
        name.startsWith("hostile")
            ? Fixtures.HOSTILE.get(Integer.parseInt(name.substring(8)))
            : null;
    if (evil != null && Fixtures.FORBIDDEN.contains(evil)) {
      assertThat(diagnostics)
          .isNotEmpty()
          .allMatch(d -> d.code() == DiagnosticCode.FORBIDDEN_CHARACTER_DROPPED);
      assertThat(diagnostics).anyMatch(d -> d.span().line() == 12);
    } else {
      assertThat(diagnostics).isEmpty();
    }
    if (evil != null && !Fixtures.FORBIDDEN.contains(evil)) {
      // what was escaped reads back as the very same text
      assertThat(doc.selectFirst("h1").wholeText()).isEqualTo("Title " + evil);
      assertThat(doc.selectFirst("title").wholeText()).startsWith("Title " + evil);
      assertThat(doc.selectFirst("meta[name=citation_title]").attr("content"))
          .isEqualTo("Title " + evil);
      assertThat(doc.selectFirst("p.biography").wholeText()).isEqualTo("Biography " + evil);
    }
  }

  private static Set<String> elementNames(Document doc) {
    Set<String> names = new HashSet<>();
    doc.getAllElements().forEach(e -> names.add(e.normalName()));
    names.remove("#root");
    return names;
  }
}
