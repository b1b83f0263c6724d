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
import io.github.ajiss4j.render.internal.MarkupWriter.Tag;
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

  /**
   * The URL of a commentary's page: the base URL resolved against its id. A base URL with no
   * authority keeps an empty one ({@code file:///srv/site/}), as a file URL always has one.
   */
  public Optional<String> canonicalUrl(Commentary c) {
    if (baseUrl.isEmpty()) {
      return Optional.empty();
    }
    URI base = baseUrl.get();
    String url = base.resolve(c.id() + ".html").toString();
    String scheme = base.getScheme();
    // URI.resolve writes file:///srv/ as file:/srv/, which HTML's URL parser rejects for a file URL
    if (base.getRawAuthority() == null
        && (base.toString().startsWith(scheme + "://") || scheme.equalsIgnoreCase("file"))) {
      url = scheme + "://" + url.substring(scheme.length() + 1);
    }
    return Optional.of(url);
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
    w.empty(Head.CHARSET).newline();
    w.empty(Head.VIEWPORT).newline();
    w.element(Head.TITLE, pageTitle(c)).newline();
    Optional<String> url = w.isXml() ? Optional.empty() : canonicalUrl(c);
    if (url.isPresent()) {
      w.empty(Head.CANONICAL, url.get()).newline();
    }
    // Dublin Core
    if (!w.isXml()) { // no remote resources in an EPUB content document
      w.empty(Head.SCHEMA_DC).newline();
    }
    meta(w, Head.DC_TITLE, title);
    for (Author a : c.authors()) {
      meta(w, Head.DC_CREATOR, a.name());
    }
    meta(w, Head.DC_DATE, date);
    meta(w, Head.DC_PUBLISHER, publisher);
    meta(w, Head.DC_LANGUAGE, c.language());
    // Highwire Press tags, read by Google Scholar and Zotero
    meta(w, Head.CITATION_TITLE, title);
    for (Author a : c.authors()) {
      meta(w, Head.CITATION_AUTHOR, a.name());
    }
    meta(w, Head.CITATION_DATE, Dates.citation(c.date()));
    meta(w, Head.CITATION_NUMBER, Integer.toString(c.number()));
    meta(w, Head.CITATION_INSTITUTION, publisher);
    // Open Graph
    meta(w, Head.OG_TITLE, title);
    w.empty(Head.OG_TYPE).newline();
    meta(w, Head.OG_SITE_NAME, c.series().name());
    if (url.isPresent()) {
      meta(w, Head.OG_URL, url.get());
    }
    meta(w, Head.OG_PUBLISHED_TIME, date);
    for (Author a : c.authors()) {
      meta(w, Head.OG_AUTHOR, a.name());
    }
    jsonLd(c, url, w);
    w.newline();
    if (stylesheetHref.isPresent()) {
      w.empty(Head.STYLESHEET, stylesheetHref.get()).newline();
    } else if (!stylesheet.isEmpty()) {
      w.style(stylesheet).newline();
    }
  }

  /** Writes the {@code <article>}: header, body, biographies and, when asked, the masthead. */
  void article(Commentary c, MarkupWriter w) throws IOException {
    w.start(Body.ARTICLE, c.id()).epubType("chapter").newline();
    w.start(Body.HEADER).newline();
    w.start(Body.SERIES);
    w.element(Body.SERIES_NAME, c.series().name()).text(" ");
    w.element(Body.NUMBER, "No. " + c.number());
    w.end().newline();
    w.element(Body.PUBLISHER, c.series().publisher()).newline();
    w.start(Body.DATE);
    w.start(Body.TIME, c.date().toString());
    w.text(Dates.display(c.date())).end().end().newline();
    w.start(Body.H1).epubType("title").text(display(c.displayTitle(), ' ')).end().newline();
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
      w.start(Body.BIOGRAPHIES).epubType("contributors").newline();
      for (String bio : biographies) {
        w.element(Body.BIOGRAPHY, display(bio, ' ')).newline();
      }
      w.end().newline();
    }
    if (includeMasthead && !c.masthead().isEmpty()) {
      masthead(c.masthead(), w);
    }
    w.end().newline();
  }

  private void byline(List<Author> authors, MarkupWriter w) throws IOException {
    w.start(Body.BYLINE);
    for (int i = 0; i < authors.size(); i++) {
      if (i > 0) {
        w.text(i == authors.size() - 1 ? (authors.size() > 2 ? ", and " : " and ") : ", ");
      }
      Author a = authors.get(i);
      w.start(Body.AUTHOR).text(a.name());
      if (a.affiliation().isPresent()) {
        w.text(" (").element(Body.AFFILIATION, a.affiliation().get()).text(")");
      }
      w.end();
    }
    w.end().newline();
  }

  // Java 17 has no pattern switch; Block and Inline are sealed, so the chains are exhaustive.
  private void block(Block block, MarkupWriter w) throws IOException {
    if (block instanceof Paragraph p) {
      inlines(Body.P, p.content(), w);
    } else if (block instanceof Heading h) {
      inlines(Body.H2, h.content(), w);
    } else if (block instanceof BulletList list) {
      w.start(Body.UL).newline();
      for (ListItem item : list.items()) {
        inlines(Body.LI, item.content(), w);
        w.newline();
      }
      w.end();
    } else if (block instanceof BlockQuote q) {
      w.start(Body.BLOCKQUOTE);
      inlines(Body.P, q.content(), w);
      w.end();
    } else {
      throw new AssertionError("unknown block " + block.getClass());
    }
  }

  private void inlines(Tag element, List<Inline> content, MarkupWriter w) throws IOException {
    w.start(element);
    char before = ' ';
    for (Inline inline : content) {
      String text = display(inline.text(), before);
      if (inline instanceof Emphasis) {
        w.element(Body.EM, text);
      } else {
        w.text(text);
      }
      before = inline.text().charAt(inline.text().length() - 1);
    }
    w.end();
  }

  private void masthead(Masthead m, MarkupWriter w) throws IOException {
    w.start(Body.MASTHEAD).epubType("colophon").newline();
    w.element(Body.H2, "Masthead").newline();
    w.start(Body.DL).newline();
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
    w.element(Body.DT, term).newline();
    for (String v : values) {
      w.element(Body.DD, v).newline();
    }
  }

  private static void meta(MarkupWriter w, Tag meta, String content) throws IOException {
    w.empty(meta, content).newline();
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

  /** The tags of the head, each with its fixed attributes. */
  private static final class Head {
    static final Tag CHARSET = Tag.of("meta", "charset", "utf-8");
    static final Tag VIEWPORT =
        Tag.of("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    static final Tag TITLE = Tag.of("title");
    static final Tag CANONICAL = Tag.of("link", "rel", "canonical").valued("href");
    static final Tag SCHEMA_DC =
        Tag.of("link", "rel", "schema.DC", "href", "http://purl.org/dc/elements/1.1/");
    static final Tag STYLESHEET =
        Tag.of("link", "rel", "stylesheet", "type", "text/css").valued("href");
    static final Tag DC_TITLE = meta("name", "DC.title");
    static final Tag DC_CREATOR = meta("name", "DC.creator");
    static final Tag DC_DATE = meta("name", "DC.date");
    static final Tag DC_PUBLISHER = meta("name", "DC.publisher");
    static final Tag DC_LANGUAGE = meta("name", "DC.language");
    static final Tag CITATION_TITLE = meta("name", "citation_title");
    static final Tag CITATION_AUTHOR = meta("name", "citation_author");
    static final Tag CITATION_DATE = meta("name", "citation_publication_date");
    static final Tag CITATION_NUMBER = meta("name", "citation_technical_report_number");
    static final Tag CITATION_INSTITUTION = meta("name", "citation_technical_report_institution");
    static final Tag OG_TITLE = meta("property", "og:title");
    static final Tag OG_TYPE = Tag.of("meta", "property", "og:type", "content", "article");
    static final Tag OG_SITE_NAME = meta("property", "og:site_name");
    static final Tag OG_URL = meta("property", "og:url");
    static final Tag OG_PUBLISHED_TIME = meta("property", "article:published_time");
    static final Tag OG_AUTHOR = meta("property", "article:author");

    /** A {@code <meta>} of the given name, its content given when it is written. */
    private static Tag meta(String kind, String name) {
      return Tag.of("meta", kind, name).valued("content");
    }
  }

  /** The tags of the article, each with its fixed attributes. */
  private static final class Body {
    static final Tag ARTICLE = Tag.of("article").valued("id");
    static final Tag HEADER = Tag.of("header");
    static final Tag SERIES = Tag.of("p", "class", "series");
    static final Tag SERIES_NAME = Tag.of("span", "class", "series-name");
    static final Tag NUMBER = Tag.of("span", "class", "number");
    static final Tag PUBLISHER = Tag.of("p", "class", "publisher");
    static final Tag DATE = Tag.of("p", "class", "date");
    static final Tag TIME = Tag.of("time").valued("datetime");
    static final Tag H1 = Tag.of("h1");
    static final Tag BYLINE = Tag.of("p", "class", "byline");
    static final Tag AUTHOR = Tag.of("span", "class", "author");
    static final Tag AFFILIATION = Tag.of("span", "class", "affiliation");
    static final Tag P = Tag.of("p");
    static final Tag H2 = Tag.of("h2");
    static final Tag UL = Tag.of("ul");
    static final Tag LI = Tag.of("li");
    static final Tag BLOCKQUOTE = Tag.of("blockquote");
    static final Tag EM = Tag.of("em");
    static final Tag BIOGRAPHIES = Tag.of("footer", "class", "biographies");
    static final Tag BIOGRAPHY = Tag.of("p", "class", "biography");
    static final Tag MASTHEAD = Tag.of("section", "class", "masthead", "role", "doc-colophon");
    static final Tag DL = Tag.of("dl");
    static final Tag DT = Tag.of("dt");
    static final Tag DD = Tag.of("dd");
  }

  private static String pageTitle(Commentary c) {
    return c.displayTitle() + " | " + c.series().name() + " No. " + c.number();
  }

  private String display(String text, char before) {
    return smartTypography ? SmartTypography.apply(text, before) : text;
  }
}
