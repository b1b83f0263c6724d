package io.github.ajiss4j.render.epub;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.html.XhtmlRenderer;
import io.github.ajiss4j.render.internal.Dates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders commentaries as an EPUB 3 publication ({@code epub}): a ZIP container with the package
 * document, a navigation document, the stylesheet, an optional title page and one XHTML content
 * document per commentary from the {@link XhtmlRenderer}.
 *
 * <pre>{@code
 * EpubRenderer epub = EpubRenderer.builder().collectionTitle("AJISS 2010").build();
 * try (OutputStream out = Files.newOutputStream(Path.of("ajiss.epub"))) {
 *   epub.renderCollection(commentaries, out);
 * }
 * }</pre>
 *
 * <p>The output is reproducible: the same commentaries give the same bytes. Entries come in a fixed
 * order with a fixed time, and {@code dcterms:modified} is the latest commentary date, or the
 * environment variable {@code SOURCE_DATE_EPOCH} when it is set; the clock is never read.
 *
 * <p>Immutable and thread-safe.
 *
 * @see EpubOptions
 */
public final class EpubRenderer implements Renderer {

  /** The first time a zip entry holds with no extended time: 2 seconds into 1980. */
  private static final LocalDateTime FIRST_ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

  /** The last time a zip entry's DOS time holds. */
  private static final LocalDateTime LAST_ZIP_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private static final String OPF_NS = "http://www.idpf.org/2007/opf";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final String OPS_NS = "http://www.idpf.org/2007/ops";
  private static final String CONTAINER_NS = "urn:oasis:names:tc:opendocument:xmlns:container";
  private static final String CSS = "ajiss.css";
  private static final String NAV = "nav.xhtml";
  private static final String TITLE = "title.xhtml";

  /** 9999-12-31T23:59:59Z, the last time that {@code dcterms:modified} can hold. */
  private static final long LAST_SECOND = 253_402_300_799L;

  private final EpubOptions options;

  /**
   * The renderer of every chapter page, made on first use: {@code ServiceLoader} makes an EPUB
   * renderer for every run that lists the formats, and most never write a book.
   */
  private static final class Chapters {
    static final XhtmlRenderer RENDERER = XhtmlRenderer.builder().stylesheetHref(CSS).build();
  }

  /**
   * A renderer with the {@link EpubOptions#defaults() default options}, for {@code ServiceLoader}.
   */
  public EpubRenderer() {
    this(EpubOptions.defaults());
  }

  /**
   * A renderer with the given options.
   *
   * @param options the options
   */
  public EpubRenderer(EpubOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Returns a builder with the default options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The options of this renderer.
   *
   * @return the options
   */
  public EpubOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "epub";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("epub3");
  }

  @Override
  public String mediaType() {
    return "application/epub+zip";
  }

  @Override
  public String fileExtension() {
    return "epub";
  }

  @Override
  public boolean isBinary() {
    return true;
  }

  /**
   * Not supported: EPUB is binary.
   *
   * @param commentary the commentary
   * @param out where to write
   * @return never
   * @throws UnsupportedOperationException always
   */
  @Override
  public List<Diagnostic> render(Commentary commentary, Appendable out) {
    throw new UnsupportedOperationException(
        "EPUB is a binary format: use render(Commentary, OutputStream)");
  }

  /**
   * Writes one commentary as an EPUB publication. The stream is finished and flushed, not closed.
   *
   * @param commentary the commentary
   * @param out where to write
   * @return what the content document had to leave out, possibly empty
   * @throws IOException if writing fails
   */
  @Override
  public List<Diagnostic> render(Commentary commentary, OutputStream out) throws IOException {
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(out, "out");
    return write(List.of(commentary), false, out);
  }

  /**
   * Writes several commentaries as one EPUB publication, ordered by number, with a title page (when
   * on) and a table of contents. The stream is finished and flushed, not closed.
   *
   * @param commentaries the commentaries, at least one
   * @param out where to write
   * @return what the content documents had to leave out, possibly empty
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if there is no commentary
   */
  public List<Diagnostic> renderCollection(List<Commentary> commentaries, OutputStream out)
      throws IOException {
    Objects.requireNonNull(commentaries, "commentaries");
    Objects.requireNonNull(out, "out");
    if (commentaries.isEmpty()) {
      throw new IllegalArgumentException("a collection needs at least one commentary");
    }
    List<Commentary> sorted = new ArrayList<>(commentaries);
    for (Commentary c : sorted) {
      Objects.requireNonNull(c, "commentary");
    }
    sorted.sort(new BookOrder());
    return write(List.copyOf(sorted), true, out);
  }

  /** The order of a book: by number, then series name, then date. */
  private static final class BookOrder implements Comparator<Commentary> {
    @Override
    public int compare(Commentary a, Commentary b) {
      int order = Integer.compare(a.number(), b.number());
      if (order == 0) {
        order = a.series().name().compareTo(b.series().name());
      }
      if (order == 0) {
        order = a.date().compareTo(b.date());
      }
      return order;
    }
  }

  /** One commentary in the book: its content document's file name. */
  private record Chapter(Commentary commentary, String file) {}

  private List<Diagnostic> write(
      List<Commentary> commentaries, boolean collection, OutputStream out) throws IOException {
    List<Chapter> book = new ArrayList<>();
    Set<String> files = new HashSet<>(Set.of(NAV, TITLE, CSS));
    for (Commentary c : commentaries) {
      String file = c.id() + ".xhtml";
      for (int i = 2; !files.add(file); i++) {
        file = c.id() + "-" + i + ".xhtml";
      }
      book.add(new Chapter(c, file));
    }
    LocalDate latest = commentaries.get(0).date();
    for (Commentary c : commentaries) {
      if (c.date().isAfter(latest)) {
        latest = c.date();
      }
    }
    Instant modified = modified(latest, System.getenv("SOURCE_DATE_EPOCH"));
    // a time that a zip entry's DOS time holds, 1980 to 2107: one outside it, or the DOS time's
    // very first, which the JDK takes for "before 1980", would get an extended time, an extra field
    // that the mimetype entry may not have
    LocalDateTime entryTime = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
    if (entryTime.isBefore(FIRST_ZIP_TIME)) {
      entryTime = FIRST_ZIP_TIME;
    } else if (entryTime.isAfter(LAST_ZIP_TIME)) {
      entryTime = LAST_ZIP_TIME;
    }

    List<Diagnostic> diagnostics = new ArrayList<>();
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(Deflater.BEST_COMPRESSION);
    byte[] mimetype = mediaType().getBytes(StandardCharsets.US_ASCII);
    ZipEntry first = new ZipEntry("mimetype");
    first.setMethod(ZipEntry.STORED);
    first.setSize(mimetype.length);
    first.setCompressedSize(mimetype.length);
    CRC32 crc = new CRC32();
    crc.update(mimetype);
    first.setCrc(crc.getValue());
    first.setTimeLocal(entryTime);
    zip.putNextEntry(first);
    zip.write(mimetype);
    zip.closeEntry();

    put(zip, entryTime, "META-INF/container.xml", container());
    put(zip, entryTime, "EPUB/package.opf", packageDocument(book, collection, latest, modified));
    put(zip, entryTime, "EPUB/" + NAV, nav(book, collection));
    put(zip, entryTime, "EPUB/" + CSS, options.stylesheet());
    if (options.titlePage()) {
      put(zip, entryTime, "EPUB/" + TITLE, titlePage(book, collection));
    }
    for (Chapter chapter : book) {
      StringBuilder page = new StringBuilder();
      diagnostics.addAll(Chapters.RENDERER.render(chapter.commentary(), page));
      put(zip, entryTime, "EPUB/" + chapter.file(), page.toString());
    }
    zip.finish();
    out.flush();
    return List.copyOf(diagnostics);
  }

  private static void put(ZipOutputStream zip, LocalDateTime time, String name, String text)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * The book's modification time: {@code sourceDateEpoch} when it is a number of seconds between
   * 1970 and the end of 9999, else the latest date at midnight UTC.
   *
   * @param latest the latest commentary date
   * @param sourceDateEpoch the value of {@code SOURCE_DATE_EPOCH}, or null when it is not set
   */
  static Instant modified(LocalDate latest, String sourceDateEpoch) {
    if (sourceDateEpoch != null) {
      try {
        long seconds = Long.parseLong(sourceDateEpoch.trim());
        if (seconds >= 0 && seconds <= LAST_SECOND) {
          return Instant.ofEpochSecond(seconds);
        }
      } catch (NumberFormatException e) {
        // an unusable value is ignored, as reproducible-builds.org allows
      }
    }
    return latest.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String container() throws IOException {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = startXml(out);
      w.writeStartElement("container");
      w.writeDefaultNamespace(CONTAINER_NS);
      w.writeAttribute("version", "1.0");
      w.writeStartElement("rootfiles");
      w.writeEmptyElement("rootfile");
      w.writeAttribute("full-path", "EPUB/package.opf");
      w.writeAttribute("media-type", "application/oebps-package+xml");
      w.writeEndElement();
      w.writeEndElement();
      return endXml(w, out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private String packageDocument(
      List<Chapter> book, boolean collection, LocalDate latest, Instant modified)
      throws IOException {
    Commentary lead = book.get(0).commentary();
    Set<String> languages = new LinkedHashSet<>();
    Set<String> series = new LinkedHashSet<>();
    Set<String> publishers = new LinkedHashSet<>();
    Set<String> creators = new LinkedHashSet<>();
    StringJoiner key = new StringJoiner(",", "ajiss4j:", "");
    for (Chapter chapter : book) {
      Commentary c = chapter.commentary();
      languages.add(c.language());
      series.add(c.series().name());
      publishers.add(c.series().publisher());
      for (Author a : c.authors()) {
        creators.add(a.name());
      }
      key.add(c.series().name() + ":" + c.number());
    }
    UUID uuid = UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    String title = collection ? options.collectionTitle() : lead.displayTitle();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = startXml(out);
      w.writeStartElement("package");
      w.writeDefaultNamespace(OPF_NS);
      w.writeAttribute("version", "3.0");
      w.writeAttribute("unique-identifier", "pub-id");
      w.writeAttribute("xml:lang", lead.language());
      w.writeStartElement("metadata");
      w.writeNamespace("dc", DC_NS);
      element(w, "dc:identifier", "urn:uuid:" + uuid, "id", "pub-id");
      element(w, "dc:title", title, "id", "title");
      int n = 0;
      for (String creator : creators) {
        element(w, "dc:creator", creator, "id", "creator-" + ++n);
      }
      for (String language : languages) {
        element(w, "dc:language", language);
      }
      element(w, "dc:date", latest.toString());
      for (String publisher : publishers) {
        element(w, "dc:publisher", publisher);
      }
      element(w, "meta", Dates.instant(modified), "property", "dcterms:modified");
      if (series.size() == 1) {
        element(
            w,
            "meta",
            series.iterator().next(),
            "property",
            "belongs-to-collection",
            "id",
            "series");
        element(w, "meta", "series", "refines", "#series", "property", "collection-type");
        if (!collection) {
          element(
              w,
              "meta",
              Integer.toString(lead.number()),
              "refines",
              "#series",
              "property",
              "group-position");
        }
      }
      element(w, "meta", "textual", "property", "schema:accessMode");
      element(w, "meta", "textual", "property", "schema:accessModeSufficient");
      for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder")) {
        element(w, "meta", feature, "property", "schema:accessibilityFeature");
      }
      element(w, "meta", "none", "property", "schema:accessibilityHazard");
      element(
          w,
          "meta",
          "Text only, with no images, audio or video. Headings mark the structure, a table of"
              + " contents links every commentary, and the reading order follows the"
              + " original.",
          "property",
          "schema:accessibilitySummary");
      w.writeEndElement();

      w.writeStartElement("manifest");
      item(w, "nav", NAV, "application/xhtml+xml", "nav");
      item(w, "css", CSS, "text/css", null);
      if (options.titlePage()) {
        item(w, "titlepage", TITLE, "application/xhtml+xml", null);
      }
      for (int i = 0; i < book.size(); i++) {
        item(w, "c" + (i + 1), book.get(i).file(), "application/xhtml+xml", null);
      }
      w.writeEndElement();

      w.writeStartElement("spine");
      if (options.titlePage()) {
        itemref(w, "titlepage");
      }
      itemref(w, "nav"); // the landmarks link the table of contents, so it is read in order
      for (int i = 0; i < book.size(); i++) {
        itemref(w, "c" + (i + 1));
      }
      w.writeEndElement();
      w.writeEndElement();
      return endXml(w, out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void item(
      XMLStreamWriter w, String id, String href, String mediaType, String properties)
      throws XMLStreamException {
    w.writeEmptyElement("item");
    w.writeAttribute("id", id);
    w.writeAttribute("href", href);
    w.writeAttribute("media-type", mediaType);
    if (properties != null) {
      w.writeAttribute("properties", properties);
    }
  }

  private static void itemref(XMLStreamWriter w, String idref) throws XMLStreamException {
    w.writeEmptyElement("itemref");
    w.writeAttribute("idref", idref);
  }

  private String nav(List<Chapter> book, boolean collection) throws IOException {
    Commentary lead = book.get(0).commentary();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = startXhtml(out, lead.language(), "Contents");
      w.writeStartElement("nav");
      w.writeAttribute("epub:type", "toc");
      w.writeAttribute("id", "toc");
      w.writeAttribute("role", "doc-toc");
      element(w, "h1", "Contents");
      w.writeStartElement("ol");
      for (Chapter chapter : book) {
        Commentary c = chapter.commentary();
        w.writeStartElement("li");
        element(w, "a", entry(c), "href", chapter.file());
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();

      w.writeStartElement("nav");
      w.writeAttribute("epub:type", "landmarks");
      w.writeAttribute("id", "landmarks");
      w.writeAttribute("hidden", "hidden");
      element(w, "h2", "Landmarks");
      w.writeStartElement("ol");
      if (options.titlePage()) {
        w.writeStartElement("li");
        element(w, "a", "Title page", "epub:type", "titlepage", "href", TITLE);
        w.writeEndElement();
      }
      w.writeStartElement("li");
      element(w, "a", "Contents", "epub:type", "toc", "href", NAV + "#toc");
      w.writeEndElement();
      w.writeStartElement("li");
      element(w, "a", "Start of content", "epub:type", "bodymatter", "href", book.get(0).file());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      return endXhtml(w, out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static String entry(Commentary c) {
    return "No. " + c.number() + ": " + c.displayTitle();
  }

  private String titlePage(List<Chapter> book, boolean collection) throws IOException {
    Commentary lead = book.get(0).commentary();
    String title = collection ? options.collectionTitle() : lead.displayTitle();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = startXhtml(out, lead.language(), title);
      w.writeStartElement("section");
      w.writeAttribute("epub:type", "titlepage");
      w.writeAttribute("class", "titlepage");
      element(w, "h1", title);
      if (collection) {
        Commentary last = book.get(book.size() - 1).commentary();
        element(
            w,
            "p",
            book.size() == 1
                ? "No. " + lead.number()
                : "Nos. " + lead.number() + "\u2013" + last.number(),
            "class",
            "numbers");
      } else {
        StringJoiner authors = new StringJoiner(", ");
        for (Author a : lead.authors()) {
          authors.add(a.name());
        }
        element(w, "p", authors.toString(), "class", "authors");
        element(w, "p", lead.series().name() + " No. " + lead.number(), "class", "series");
        element(w, "p", lead.date().toString(), "class", "date");
      }
      element(w, "p", lead.series().publisher(), "class", "publisher");
      w.writeEndElement();
      return endXhtml(w, out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /**
   * Starts an XML document: a new writer into {@code out}, the declaration written. A new factory
   * per document, since {@link XMLOutputFactory} does not promise thread-safety.
   */
  private static XMLStreamWriter startXml(StringWriter out) throws XMLStreamException {
    XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    return w;
  }

  /** Ends an XML document that {@link #startXml} started, and returns its text. */
  private static String endXml(XMLStreamWriter w, StringWriter out) throws XMLStreamException {
    w.writeEndDocument();
    w.close();
    return out.append('\n').toString();
  }

  /** Starts an XHTML document, up to the start tag of its body. */
  private static XMLStreamWriter startXhtml(StringWriter out, String language, String title)
      throws XMLStreamException {
    XMLStreamWriter w = startXml(out);
    w.writeDTD("<!DOCTYPE html>");
    w.writeCharacters("\n");
    w.writeStartElement("html");
    w.writeDefaultNamespace(XHTML_NS);
    w.writeNamespace("epub", OPS_NS);
    w.writeAttribute("xml:lang", language);
    w.writeAttribute("lang", language);
    w.writeStartElement("head");
    w.writeEmptyElement("meta");
    w.writeAttribute("charset", "utf-8");
    element(w, "title", title);
    w.writeEmptyElement("link");
    w.writeAttribute("rel", "stylesheet");
    w.writeAttribute("type", "text/css");
    w.writeAttribute("href", CSS);
    w.writeEndElement();
    w.writeStartElement("body");
    return w;
  }

  /** Ends an XHTML document that {@link #startXhtml} started, and returns its text. */
  private static String endXhtml(XMLStreamWriter w, StringWriter out) throws XMLStreamException {
    w.writeEndElement();
    w.writeEndElement();
    return endXml(w, out);
  }

  /** Writes an element with text and attributes given as name, value pairs. */
  private static void element(XMLStreamWriter w, String name, String text, String... attributes)
      throws XMLStreamException {
    w.writeStartElement(name);
    for (int i = 0; i < attributes.length; i += 2) {
      w.writeAttribute(attributes[i], clean(attributes[i + 1]));
    }
    w.writeCharacters(clean(text));
    w.writeEndElement();
  }

  /**
   * Drops what XML 1.0 forbids in a document: C0 controls other than tab, line feed and carriage
   * return, DEL and the C1 controls, lone surrogates and noncharacters. The content documents
   * report these drops; the package metadata repeats the same fields.
   */
  private static String clean(String s) {
    StringBuilder kept = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean allowed =
          cp < 0x20
              ? cp == '\t' || cp == '\n' || cp == '\r'
              : !((cp >= 0x7F && cp <= 0x9F)
                  || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                  || (cp >= 0xFDD0 && cp <= 0xFDEF)
                  || (cp & 0xFFFE) == 0xFFFE);
      if (allowed) {
        kept.appendCodePoint(cp);
      }
    }
    return kept.toString();
  }

  /** Builds an {@link EpubRenderer}; each method sets the {@link EpubOptions} of that name. */
  public static final class Builder {
    private boolean titlePage;
    private String stylesheet;
    private String collectionTitle;

    private Builder() {
      EpubOptions defaults = EpubOptions.defaults();
      titlePage = defaults.titlePage();
      stylesheet = defaults.stylesheet();
      collectionTitle = defaults.collectionTitle();
    }

    /**
     * Whether the book opens with a title page; default {@code true}.
     *
     * @param titlePage the value
     * @return this builder
     */
    public Builder titlePage(boolean titlePage) {
      this.titlePage = titlePage;
      return this;
    }

    /**
     * The CSS packaged as {@code ajiss.css}; default {@link
     * io.github.ajiss4j.render.html.HtmlOptions#defaultStylesheet()}.
     *
     * @param css the CSS
     * @return this builder
     */
    public Builder stylesheet(String css) {
      this.stylesheet = css;
      return this;
    }

    /**
     * The title of a book of several commentaries; default {@code AJISS-Commentary}.
     *
     * @param collectionTitle the title, not blank
     * @return this builder
     */
    public Builder collectionTitle(String collectionTitle) {
      this.collectionTitle = collectionTitle;
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer
     * @throws IllegalArgumentException if an option is invalid
     */
    public EpubRenderer build() {
      return new EpubRenderer(new EpubOptions(titlePage, stylesheet, collectionTitle));
    }
  }
}
