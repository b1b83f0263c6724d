package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.SourceSpan;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkupWriterTest {

  private final Set<Diagnostic> diagnostics = MarkupWriter.newDiagnostics();

  private String html(String text, String attribute) throws IOException {
    StringBuilder sb = new StringBuilder();
    MarkupWriter w = MarkupWriter.html(sb, diagnostics);
    w.start("p").attribute("title", attribute).text(text).end();
    w.empty("meta").attribute("content", attribute);
    w.finish();
    return sb.toString();
  }

  private String xml(String text, String attribute) throws IOException {
    StringBuilder sb = new StringBuilder();
    MarkupWriter w = MarkupWriter.xml(sb, diagnostics);
    w.start("p").attribute("title", attribute).text(text).end();
    w.finish();
    return sb.toString();
  }

  @Test
  void htmlModeEscapesTextAndAttributes() throws IOException {
    assertThat(html("<b>&amp;\"x\"</b>", "\"><img src=x onerror=alert(1)>"))
        .isEqualTo(
            "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;b&gt;&amp;amp;\"x\"&lt;/b&gt;</p>"
                + "<meta content=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void xmlModeWritesOnlyTheFiveReferences() throws IOException {
    assertThat(xml("<b>&amp;\u00e9\uD83D\uDE00 ]]>", "a\"<&>"))
        .isEqualTo(
            "<p title=\"a&quot;&lt;&amp;&gt;\">&lt;b&gt;&amp;amp;\u00e9\uD83D\uDE00 ]]&gt;</p>");
  }

  @Test
  void forbiddenCharactersAreDroppedAndReportedInBothModes() throws IOException {
    String evil = "a\u0000b\u0008c\uFFFEd\uD800e\uDC00f\u0085g\uFDD0h\uDBFF\uDFFFi";
    assertThat(html(evil, "ok")).contains(">abcdefghi</p>");
    assertThat(xml(evil, evil)).isEqualTo("<p title=\"abcdefghi\">abcdefghi</p>");
    assertThat(diagnostics)
        .hasSize(1)
        .allSatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.FORBIDDEN_CHARACTER_DROPPED);
              assertThat(d.span()).isEqualTo(SourceSpan.of(1, 1, 0, 0));
              assertThat(d.message())
                  .contains("U+0000", "U+0008", "U+FFFE", "U+D800", "U+DC00", "U+0085", "U+FDD0")
                  .contains("U+10FFFF");
            });
  }

  @Test
  void dropsAreReportedAtTheBlockSpan() throws IOException {
    MarkupWriter w = MarkupWriter.html(new StringBuilder(), diagnostics);
    w.span(SourceSpan.of(10, 3, 200, 12));
    w.text("x\u0001");
    assertThat(List.copyOf(diagnostics).get(0).span()).isEqualTo(SourceSpan.of(10, 3, 200, 12));
  }

  @Test
  void tabsLineFeedsAndEmojiAreKept() throws IOException {
    assertThat(xml("a\tb\nc\rd \uD83D\uDE00", "x")).contains("a\tb\nc");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void jsonLdCannotEndTheScript() throws IOException {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", "</script><!-- & \"q\" \\ \u2028 \u0000");
    data.put("list", List.of("a"));
    for (boolean xml : List.of(false, true)) {
      StringBuilder sb = new StringBuilder();
      MarkupWriter w = xml ? MarkupWriter.xml(sb, diagnostics) : MarkupWriter.html(sb, diagnostics);
      w.jsonLd(data).finish();
      assertThat(sb.toString())
          .isEqualTo(
              "<script type=\"application/ld+json\">\n{\n"
                  + "  \"name\": \"\\u003c/script\\u003e\\u003c!-- \\u0026 \\\"q\\\" \\\\ \\u2028 \",\n"
                  + "  \"list\": [\n    \"a\"\n  ]\n}\n</script>");
    }
    assertThat(diagnostics).hasSize(1);
  }

  @Test
  void styleIsRawTextInHtmlAndEscapedInXml() throws IOException {
    StringBuilder html = new StringBuilder();
    MarkupWriter.html(html, diagnostics).style("a > b { content: \"&\"; }").finish();
    assertThat(html).hasToString("<style>a > b { content: \"&\"; }</style>");
    StringBuilder xml = new StringBuilder();
    MarkupWriter.xml(xml, diagnostics).style("a > b { content: \"&\"; }").finish();
    assertThat(xml).hasToString("<style>a &gt; b { content: \"&amp;\"; }</style>");
  }

  @Test
  void tagsWriteWhatStartAndAttributeWrite() throws IOException {
    MarkupWriter.Tag p = MarkupWriter.Tag.of("p", "class", "a&b\"c", "title", "<x>");
    MarkupWriter.Tag meta = MarkupWriter.Tag.of("meta", "name", "n").valued("content");
    for (boolean xml : List.of(false, true)) {
      StringBuilder byTag = new StringBuilder();
      MarkupWriter w =
          xml ? MarkupWriter.xml(byTag, diagnostics) : MarkupWriter.html(byTag, diagnostics);
      w.start(p).lang("en").text("t").end().newline();
      w.empty(meta, "v\"<&>").newline();
      w.start(MarkupWriter.Tag.of("time").valued("datetime"), "2010").end();
      w.empty(meta, "x").attribute("id", "i");
      w.finish();
      StringBuilder byName = new StringBuilder();
      w = xml ? MarkupWriter.xml(byName, diagnostics) : MarkupWriter.html(byName, diagnostics);
      w.start("p").attribute("class", "a&b\"c").attribute("title", "<x>").lang("en").text("t");
      w.end().newline();
      w.empty("meta").attribute("name", "n").attribute("content", "v\"<&>").newline();
      w.start("time").attribute("datetime", "2010").end();
      w.empty("meta").attribute("name", "n").attribute("content", "x").attribute("id", "i");
      w.finish();
      assertThat(byTag).hasToString(byName.toString());
    }
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void tagsAreRefusedWhereTheyCannotBeWritten() {
    MarkupWriter w = MarkupWriter.html(new StringBuilder(), diagnostics);
    MarkupWriter.Tag valued = MarkupWriter.Tag.of("meta").valued("content");
    assertThatThrownBy(() -> w.empty(valued)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.start(MarkupWriter.Tag.of("p"), "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> valued.valued("name")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> MarkupWriter.Tag.of("p", "class"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarkupWriter.Tag.of("p", "class", "a\u0000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0000");
  }

  @Test
  void smartTypographyCurlsQuotesAndSetsDashes() {
    assertThat(SmartTypography.apply("\"Yes,\" it's 'so' -- or --- not...", ' '))
        .isEqualTo("\u201CYes,\u201D it\u2019s \u2018so\u2019 \u2013 or \u2014 not\u2026");
    assertThat(SmartTypography.apply("\" end", 'x')).startsWith("\u201D");
  }
}
