package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.SeedCommentary;
import io.github.ajiss4j.render.html.HtmlOptions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A page written through a split template is the page that Mustache writes from the four strings,
 * with the same diagnostics in the same order, whatever the template does with the variables.
 */
class PageTemplateTest {

  private static final List<String> TEMPLATES =
      List.of(
          HtmlOptions.defaultTemplate(),
          "{{title}}|{{lang}}|{{head}}|{{article}}",
          "<x a='{{ title }}'>{{article}}{{head}}</x>\n",
          "{{article}}",
          "no variables at all",
          "{{title}} twice {{title}} {{article}}",
          "{{#head}}{{head}}{{/head}}{{article}}",
          "{{! a comment }}\n{{lang}}{{article}}");

  private static final Page PAGE =
      new Page(false, false, Optional.empty(), "p { color: red; }", Optional.empty());

  @Test
  void everyTemplateWritesWhatMustacheWrites() throws IOException {
    for (Commentary c : List.of(SeedCommentary.seed(), hostile("a\u0000b <&> \"q\" \uD800 z"))) {
      for (String source : TEMPLATES) {
        StringBuilder page = new StringBuilder();
        List<Diagnostic> diagnostics = PAGE.writeHtml(c, page, PageTemplate.compile(source));
        Set<Diagnostic> expected = MarkupWriter.newDiagnostics();
        assertThat(page.toString()).as(source).isEqualTo(mustache(source, c, expected));
        assertThat(diagnostics).as(source).containsExactlyElementsOf(expected);
      }
    }
  }

  /** The page as Mustache writes it, and the diagnostics as the writers report them. */
  private static String mustache(String source, Commentary c, Set<Diagnostic> diagnostics)
      throws IOException {
    StringBuilder article = new StringBuilder();
    MarkupWriter a = MarkupWriter.html(article, diagnostics);
    PAGE.article(c, a);
    a.finish();
    StringBuilder head = new StringBuilder();
    MarkupWriter h = MarkupWriter.html(head, diagnostics);
    PAGE.head(c, h);
    h.finish();
    StringBuilder lang = new StringBuilder();
    MarkupWriter.html(lang, diagnostics).value(c.language());
    StringBuilder title = new StringBuilder();
    MarkupWriter.html(title, diagnostics)
        .value(c.displayTitle() + " | " + c.series().name() + " No. " + c.number());
    return Mustache.compiler()
        .escapeHTML(false)
        .compile(source)
        .execute(
            Map.of(
                "lang", lang.toString(),
                "title", title.toString(),
                "head", head.toString(),
                "article", article.toString()));
  }

  @Test
  void aTemplateCompiledAgainIsTheOneCompiledBefore() {
    // the options check a template, and the renderer made from them compiles it again
    String source = "<main lang='{{lang}}'>{{article}}</main>";
    PageTemplate first = PageTemplate.compile(source);
    assertThat(PageTemplate.compile(new String(source.toCharArray()))).isSameAs(first);
    PageTemplate other = PageTemplate.compile(source + "\n");
    assertThat(other).isNotSameAs(first);
    assertThat(PageTemplate.compile(source)).isNotSameAs(other);
  }

  private static Commentary hostile(String evil) {
    return Commentary.builder()
        .series(Series.of("Series " + evil, "Publisher " + evil))
        .number(7)
        .date(LocalDate.of(2020, 1, 31))
        .title("Title " + evil)
        .addAuthor(Author.of("Author " + evil).withBiography("Biography " + evil))
        .addBody(
            Paragraph.builder()
                .addContent(Text.of("Text " + evil), Emphasis.of("Emphasis " + evil))
                .source(SourceSpan.of(12, 1, 345, 40))
                .build())
        .build();
  }
}
