package io.github.ajiss4j.render.internal;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import java.io.Flushable;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page walk shared by HTML and XHTML: one walk over the commentary, written by a {@link
 * MarkupWriter} in HTML or XML mode. Immutable and thread-safe; each call keeps its own writer.
 *
 * @param includeMasthead whether to write the masthead section
 * @param smartTypography whether to curl quotes and set dashes in the displayed text
 * @param baseUrl where the page will live, for the canonical link and {@code og:url} (HTML only)
 * @param stylesheet CSS to inline in a {@code <style>} element, used when there is no href
 * @param stylesheetHref a stylesheet to link to instead of inlining CSS
 */
public record Page(
    boolean includeMasthead,
    boolean smartTypography,
    Optional<URI> baseUrl,
    String stylesheet,
    Optional<String> stylesheetHref) {

  /** The URL of a commentary's page: the base URL resolved against its id. */
  public Optional<String> canonicalUrl(Commentary c) {
    if (baseUrl.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(baseUrl.get().resolve(c.id() + ".html").toString());
  }

  /**
   * Writes an EPUB 3 XHTML content document: straight into a {@link StringBuilder}, made large
   * enough for it first, or a stream's {@link Utf8Output}, and in one append into any other output.
   *
   * @param c the commentary
   * @param out where to write; flushed unless it is a {@link StringBuilder}
   * @return the diagnostics
   * @throws IOException if writing fails
   */
  public List<Diagnostic> writeXhtml(Commentary c, Appendable out) throws IOException {
    StringBuilder gathered = null;
    Appendable to = out;
    if (out instanceof StringBuilder sb) {
      sb.ensureCapacity(sb.length() + xhtmlCapacity(c)); // so that it rarely grows
    } else if (!(out instanceof Utf8Output)) {
      // the document in one append rather than many small ones
      gathered = new StringBuilder(xhtmlCapacity(c));
      to = gathered;
    }
    Set<Diagnostic> diagnostics = MarkupWriter.newDiagnostics();
    MarkupWriter w = MarkupWriter.xml(to, diagnostics);
    w.xmlDeclaration();
    w.start("html").namespaces().lang(c.language()).newline();
    w.start("head").newline();
    head(c, w);
    w.end().newline();
    w.start("body").epubType("bodymatter").newline();
    article(c, w);
    w.end().newline();
    w.end().newline();
    w.finish();
    if (gathered != null) {
      out.append(gathered);
    }
    if (out instanceof Flushable f && !(out instanceof StringBuilder)) {
      f.flush();
    }
    return List.copyOf(diagnostics);
  }

  /**
   * Writes an HTML page, or only its {@code <article>} when there is no template: straight into a
   * {@link StringBuilder}, made large enough for it first, or a stream's {@link Utf8Output}, and in
   * one append into any other output.
   *
   * @param c the commentary
   * @param out where to write
   * @param template the page template, or null for a fragment
   * @return the diagnostics: the article's, then the head's, then those of the language and title
   * @throws IOException if writing fails
   */
  public List<Diagnostic> writeHtml(Commentary c, Appendable out, PageTemplate template)
      throws IOException {
    StringBuilder gathered = null;
    Appendable to = out;
    if (out instanceof StringBuilder sb) {
      sb.ensureCapacity(sb.length() + capacity(c, template)); // so that it rarely grows
    } else if (!(out instanceof Utf8Output)) {
      // the page in one append rather than many small ones
      gathered = new StringBuilder(capacity(c, template));
      to = gathered;
    }
    Set<Diagnostic> diagnostics = MarkupWriter.newDiagnostics();
    if (template == null) {
      MarkupWriter w = MarkupWriter.html(to, diagnostics);
      article(c, w);
      w.finish();
    } else {
      // the order of the diagnostics does not depend on where the template puts each variable
      Set<Diagnostic> headDiagnostics = MarkupWriter.newDiagnostics();
      Set<Diagnostic> valueDiagnostics = MarkupWriter.newDiagnostics();
      template.execute(new Values(this, c, diagnostics, headDiagnostics, valueDiagnostics), to);
      diagnostics.addAll(headDiagnostics);
      diagnostics.addAll(valueDiagnostics);
    }
    if (gathered != null) {
      out.append(gathered);
    }
    return List.copyOf(diagnostics);
  }

  /** The values of a page's template variables, each written with its own diagnostics. */
  private static final class Values implements PageTemplate.Variables {
    private final Page page;
    private final Commentary c;
    private final Set<Diagnostic> articleDiagnostics;
    private final Set<Diagnostic> headDiagnostics;
    private final Set<Diagnostic> valueDiagnostics;

    Values(
        Page page,
        Commentary c,
        Set<Diagnostic> articleDiagnostics,
        Set<Diagnostic> headDiagnostics,
        Set<Diagnostic> valueDiagnostics) {
      this.page = page;
      this.c = c;
      this.articleDiagnostics = articleDiagnostics;
      this.headDiagnostics = headDiagnostics;
      this.valueDiagnostics = valueDiagnostics;
    }

    @Override
    public void write(int variable, Appendable to) throws IOException {
      switch (variable) {
        case 0 -> MarkupWriter.html(to, valueDiagnostics).value(c.language());
        case 1 -> MarkupWriter.html(to, valueDiagnostics).value(pageTitle(c));
        case 2 -> {
          MarkupWriter h = MarkupWriter.html(to, headDiagnostics);
          page.head(c, h);
          h.finish();
        }
        default -> {
          MarkupWriter w = MarkupWriter.html(to, articleDiagnostics);
          page.article(c, w);
          w.finish();
        }
      }
    }
  }

  /**
   * A capacity for the builder of an HTML page, or of its article alone when there is no template,
   * so that the builder rarely grows and is not much larger than the page: the text and markup that
   * {@link #article} and {@link #head} write, a thirty-second more for escapes, and the template's
   * own text.
   *
   * @param c the commentary
   * @param template the page template, or null for a fragment
   * @return a capacity in chars
   */
  private int capacity(Commentary c, PageTemplate template) {
    long chars = articleChars(c);
    if (template != null) {
      chars += headChars(c) + template.textLength();
    }
    return (int) Math.min(chars + chars / 32, 1 << 24);
  }

  /**
   * A capacity for the builder of an EPUB content document, as {@link #capacity} for a page: the
   * article, the head, the XML declaration and the namespaces and {@code epub:type} attributes.
   *
   * @param c the commentary
   * @return a capacity in chars
   */
  private int xhtmlCapacity(Commentary c) {
    long chars = articleChars(c) + headChars(c) + 512;
    return (int) Math.min(chars + chars / 32, 1 << 24);
  }

  /** The text of the article and a little more than the markup around it. */
  private long articleChars(Commentary c) {
    long chars = 448; // the article's and header's tags and attributes
    chars += c.id().length() + c.displayTitle().length();
    chars += c.series().name().length() + c.series().publisher().length();
    for (Block block : c.body()) {
      if (block instanceof Paragraph p) {
        chars += textLength(p.content()) + 8; // <p></p> and a line end
      } else if (block instanceof Heading h) {
        chars += textLength(h.content()) + 10;
      } else if (block instanceof BulletList list) {
        chars += 11;
        for (ListItem item : list.items()) {
          chars += textLength(item.content()) + 10;
        }
      } else if (block instanceof BlockQuote q) {
        chars += textLength(q.content()) + 33;
      }
    }
    for (Author a : c.authors()) {
      chars += authorLength(a) + length(a.biography()) + 96;
    }
    if (includeMasthead && !c.masthead().isEmpty()) {
      chars += 2048;
    }
    return chars;
  }

  /** The text of the inlines and room for the tags of emphasis. */
  private static long textLength(List<Inline> content) {
    long n = 0;
    for (Inline inline : content) {
      n += inline.text().length() + 9; // <em></em>
    }
    return n;
  }

  private static int authorLength(Author a) {
    return a.name().length() + length(a.affiliation());
  }

  private static int length(Optional<String> text) {
    return text.isPresent() ? text.get().length() : 0;
  }

  /**
   * The head: a little more than its fixed markup, each value as many times as it is written, and
   * the inline stylesheet.
   */
  private long headChars(Commentary c) {
    long chars = 1408 + (stylesheetHref.isPresent() ? 0 : stylesheet.length());
    chars += 7L * c.displayTitle().length();
    chars += 4L * (c.series().name().length() + c.series().publisher().length());
    for (Author a : c.authors()) {
      chars += 6L * authorLength(a) + 160;
    }
    if (baseUrl.isPresent()) {
      chars += 2L * (baseUrl.get().toString().length() + c.id().length() + 5);
    }
    return chars;
  }

  /** Writes the content of {@code <head>}: charset, viewport, title, metadata and stylesheet. */
  void head(Commentary c, MarkupWriter w) throws IOException {
    String title = c.displayTitle();
    String date = c.date().toString();
    String publisher = c.series().publisher();
    w.empty("meta").attribute("charset", "utf-8").newline();
    w.empty("meta")
        .attribute("name", "viewport")
        .attribute("content", "width=device-width, initial-scale=1")
        .newline();
    w.element("title", pageTitle(c)).newline();
    Optional<String> url = w.isXml() ? Optional.empty() : canonicalUrl(c);
    if (url.isPresent()) {
      w.empty("link").attribute("rel", "canonical").attribute("href", url.get()).newline();
    }
    // Dublin Core
    if (!w.isXml()) { // no remote resources in an EPUB content document
      w.empty("link")
          .attribute("rel", "schema.DC")
          .attribute("href", "http://purl.org/dc/elements/1.1/")
          .newline();
    }
    meta(w, "name", "DC.title", title);
    for (Author a : c.authors()) {
      meta(w, "name", "DC.creator", a.name());
    }
    meta(w, "name", "DC.date", date);
    meta(w, "name", "DC.publisher", publisher);
    meta(w, "name", "DC.language", c.language());
    // Highwire Press tags, read by Google Scholar and Zotero
    meta(w, "name", "citation_title", title);
    for (Author a : c.authors()) {
      meta(w, "name", "citation_author", a.name());
    }
    meta(w, "name", "citation_publication_date", Dates.citation(c.date()));
    meta(w, "name", "citation_technical_report_number", Integer.toString(c.number()));
    meta(w, "name", "citation_technical_report_institution", publisher);
    // Open Graph
    meta(w, "property", "og:title", title);
    meta(w, "property", "og:type", "article");
    meta(w, "property", "og:site_name", c.series().name());
    if (url.isPresent()) {
      meta(w, "property", "og:url", url.get());
    }
    meta(w, "property", "article:published_time", date);
    for (Author a : c.authors()) {
      meta(w, "property", "article:author", a.name());
    }
    jsonLd(c, url, w);
    w.newline();
    if (stylesheetHref.isPresent()) {
      w.empty("link")
          .attribute("rel", "stylesheet")
          .attribute("type", "text/css")
          .attribute("href", stylesheetHref.get())
          .newline();
    } else if (!stylesheet.isEmpty()) {
      w.style(stylesheet).newline();
    }
  }

  /** Writes the {@code <article>}: header, body, biographies and, when asked, the masthead. */
  void article(Commentary c, MarkupWriter w) throws IOException {
    w.start("article").attribute("id", c.id()).epubType("chapter").newline();
    w.start("header").newline();
    w.start("p").attribute("class", "series");
    w.start("span").attribute("class", "series-name").text(c.series().name()).end().text(" ");
    w.start("span").attribute("class", "number").text("No. " + c.number()).end();
    w.end().newline();
    w.start("p").attribute("class", "publisher").text(c.series().publisher()).end().newline();
    w.start("p").attribute("class", "date");
    w.start("time").attribute("datetime", c.date().toString());
    w.text(Dates.display(c.date())).end().end().newline();
    w.start("h1").epubType("title").text(display(c.displayTitle(), ' ')).end().newline();
    byline(c.authors(), w);
    w.end().newline();
    for (Block block : c.body()) {
      w.span(block.source().orElse(null));
      block(block, w);
      w.span(null);
      w.newline();
    }
    List<String> biographies = new ArrayList<>();
    for (Author a : c.authors()) {
      if (a.biography().isPresent()) {
        biographies.add(a.biography().get());
      }
    }
    if (!biographies.isEmpty()) {
      w.start("footer").attribute("class", "biographies").epubType("contributors").newline();
      for (String bio : biographies) {
        w.start("p").attribute("class", "biography").text(display(bio, ' ')).end().newline();
      }
      w.end().newline();
    }
    if (includeMasthead && !c.masthead().isEmpty()) {
      masthead(c.masthead(), w);
    }
    w.end().newline();
  }

  private void byline(List<Author> authors, MarkupWriter w) throws IOException {
    w.start("p").attribute("class", "byline");
    for (int i = 0; i < authors.size(); i++) {
      if (i > 0) {
        w.text(i == authors.size() - 1 ? (authors.size() > 2 ? ", and " : " and ") : ", ");
      }
      Author a = authors.get(i);
      w.start("span").attribute("class", "author").text(a.name());
      if (a.affiliation().isPresent()) {
        w.text(" (").start("span").attribute("class", "affiliation");
        w.text(a.affiliation().get()).end().text(")");
      }
      w.end();
    }
    w.end().newline();
  }

  // Java 17 has no pattern switch; Block and Inline are sealed, so the chains are exhaustive.
  private void block(Block block, MarkupWriter w) throws IOException {
    if (block instanceof Paragraph p) {
      inlines("p", p.content(), w);
    } else if (block instanceof Heading h) {
      inlines("h2", h.content(), w);
    } else if (block instanceof BulletList list) {
      w.start("ul").newline();
      for (ListItem item : list.items()) {
        inlines("li", item.content(), w);
        w.newline();
      }
      w.end();
    } else if (block instanceof BlockQuote q) {
      w.start("blockquote");
      inlines("p", q.content(), w);
      w.end();
    } else {
      throw new AssertionError("unknown block " + block.getClass());
    }
  }

  private void inlines(String element, List<Inline> content, MarkupWriter w) throws IOException {
    w.start(element);
    char before = ' ';
    for (Inline inline : content) {
      String text = display(inline.text(), before);
      if (inline instanceof Emphasis) {
        w.element("em", text);
      } else {
        w.text(text);
      }
      before = inline.text().charAt(inline.text().length() - 1);
    }
    w.end();
  }

  private void masthead(Masthead m, MarkupWriter w) throws IOException {
    w.start("section")
        .attribute("class", "masthead")
        .attribute("role", "doc-colophon")
        .epubType("colophon")
        .newline();
    w.element("h2", "Masthead").newline();
    w.start("dl").newline();
    List<String> institutes = new ArrayList<>();
    for (Institute i : m.institutes()) {
      institutes.add(i.abbreviation() + ": " + i.name() + role(i.role()));
    }
    entry(w, "Member institutes", institutes);
    entry(w, "Editor", people(m.editor()));
    entry(w, "Editorial Board", people(m.editorialBoard()));
    entry(w, "Editorial Advisory Board", people(m.editorialAdvisoryBoard()));
    entry(w, "Editorial Committee", people(m.editorialCommittee()));
    entry(w, "Online Publisher", people(m.onlinePublisher()));
    w.end().newline();
    w.end().newline();
  }

  private static List<String> people(Optional<Person> person) {
    return person.isPresent() ? people(List.of(person.get())) : List.of();
  }

  private static List<String> people(List<Person> people) {
    List<String> entries = new ArrayList<>(people.size());
    for (Person p : people) {
      entries.add(p.name() + role(p.role()));
    }
    return entries;
  }

  /** A role in parentheses after a space, or nothing. */
  private static String role(Optional<String> role) {
    return role.isPresent() ? " (" + role.get() + ")" : "";
  }

  private static void entry(MarkupWriter w, String term, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    w.element("dt", term).newline();
    for (String v : values) {
      w.element("dd", v).newline();
    }
  }

  private static void meta(MarkupWriter w, String kind, String name, String content)
      throws IOException {
    w.empty("meta").attribute(kind, name).attribute("content", content).newline();
  }

  /** Writes the schema.org {@code Report} as JSON-LD, member by member. */
  private static void jsonLd(Commentary c, Optional<String> url, MarkupWriter w)
      throws IOException {
    MarkupWriter.Json json = w.jsonLd();
    json.field("@context", "https://schema.org").field("@type", "Report");
    if (url.isPresent()) {
      json.field("url", url.get());
    }
    json.field("name", c.displayTitle()).field("headline", c.displayTitle());
    json.field("reportNumber", Integer.toString(c.number()));
    json.field("datePublished", c.date().toString()).field("inLanguage", c.language());
    json.array("author");
    for (Author a : c.authors()) {
      json.object(null).field("@type", "Person").field("name", a.name());
      if (a.affiliation().isPresent()) {
        organization(json, "affiliation", a.affiliation().get());
      }
      json.end();
    }
    json.end();
    organization(json, "publisher", c.series().publisher());
    json.object("isPartOf").field("@type", "CreativeWorkSeries").field("name", c.series().name());
    json.end().close();
  }

  private static void organization(MarkupWriter.Json json, String key, String name)
      throws IOException {
    json.object(key).field("@type", "Organization").field("name", name).end();
  }

  private static String pageTitle(Commentary c) {
    return c.displayTitle() + " | " + c.series().name() + " No. " + c.number();
  }

  private String display(String text, char before) {
    return smartTypography ? SmartTypography.apply(text, before) : text;
  }
}
