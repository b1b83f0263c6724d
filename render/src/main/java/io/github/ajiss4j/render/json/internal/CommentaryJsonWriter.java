package io.github.ajiss4j.render.json.internal;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a commentary with Jackson's streaming generator. The factory and the pretty-printer
 * blueprint are shared and immutable; each call makes its own generator and printer.
 */
public final class CommentaryJsonWriter {

  /** The shape version written as {@code schemaVersion}. */
  private static final int SCHEMA_VERSION = JsonRenderer.SCHEMA_VERSION;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // the caller owns the target: flush it, never close it
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Jackson 3 escapes '/' by default; the interchange keeps "September/October" readable
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriteContext COMPACT_CONTEXT = ObjectWriteContext.empty();

  private static final ObjectWriteContext PRETTY_CONTEXT =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return PRETTY.createInstance(); // a printer keeps the nesting level, so one per generator
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private final JsonGenerator g;
  private final boolean spans;

  private CommentaryJsonWriter(JsonGenerator g, boolean spans) {
    this.g = g;
    this.spans = spans;
  }

  /**
   * Writes a commentary.
   *
   * @param c the commentary
   * @param out where to write; a {@link Writer} is flushed, never closed
   * @param pretty whether to indent
   * @param spans whether to write block source spans
   * @throws IOException if writing fails
   */
  public static void write(Commentary c, Appendable out, boolean pretty, boolean spans)
      throws IOException {
    if (out instanceof StringBuilder sb) {
      // a builder takes a string whole, where it would check each character of a char array
      sb.append(toString(c, pretty, spans));
      return;
    }
    Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
    ObjectWriteContext context = pretty ? PRETTY_CONTEXT : COMPACT_CONTEXT;
    try (JsonGenerator g = FACTORY.createGenerator(context, writer)) {
      write(g, c, pretty, spans);
    } catch (JacksonIOException e) {
      throw ioException(e);
    }
  }

  /**
   * Writes a commentary as UTF-8, which Jackson encodes as it writes.
   *
   * @param c the commentary
   * @param out where to write; it is flushed, never closed
   * @param pretty whether to indent
   * @param spans whether to write block source spans
   * @throws IOException if writing fails
   */
  public static void write(Commentary c, OutputStream out, boolean pretty, boolean spans)
      throws IOException {
    ObjectWriteContext context = pretty ? PRETTY_CONTEXT : COMPACT_CONTEXT;
    try (JsonGenerator g = FACTORY.createGenerator(context, out, JsonEncoding.UTF8)) {
      write(g, c, pretty, spans);
    } catch (JacksonIOException e) {
      throw ioException(e);
    }
  }

  /**
   * Writes a commentary to a string: as UTF-8 into memory, decoded once at the end, which for text
   * mostly in ASCII is a copy.
   *
   * @param c the commentary
   * @param pretty whether to indent
   * @param spans whether to write block source spans
   * @return the JSON
   */
  public static String toString(Commentary c, boolean pretty, boolean spans) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(capacity(c));
    try {
      write(c, bytes, pretty, spans);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // memory does not fail to take bytes
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * A capacity in bytes for the JSON of a commentary, so that the buffer rarely grows: each block's
   * text twice (as its text and as its inlines), and room for the rest.
   */
  private static int capacity(Commentary c) {
    long chars = 4096;
    for (Block b : c.body()) {
      chars += 2L * b.plainText().length() + 64;
    }
    for (Author a : c.authors()) {
      chars += a.name().length() + (a.biography().isPresent() ? a.biography().get().length() : 0);
    }
    return (int) Math.min(chars + chars / 8, 1 << 24);
  }

  /** The I/O failure that Jackson wrapped. */
  private static IOException ioException(JacksonIOException e) {
    return e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
  }

  private static void write(JsonGenerator g, Commentary c, boolean pretty, boolean spans) {
    new CommentaryJsonWriter(g, spans).commentary(c);
    if (pretty) {
      g.writeRaw('\n');
    }
  }

  private void commentary(Commentary c) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
    string("series", c.series().name());
    string("publisher", c.series().publisher());
    g.writeNumberProperty("number", c.number());
    g.writeStringProperty("date", c.date().toString()); // ISO_LOCAL_DATE, without the formatter
    string("language", c.language());
    string("title", c.title());
    g.writeArrayPropertyStart("authors");
    for (Author a : c.authors()) {
      g.writeStartObject();
      string("name", a.name());
      if (a.biography().isPresent()) {
        string("bio", a.biography().get());
      }
      if (a.affiliation().isPresent()) {
        string("affiliation", a.affiliation().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    masthead(c.masthead());
    g.writeArrayPropertyStart("body");
    for (Block b : c.body()) {
      block(b);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void masthead(Masthead m) {
    g.writeObjectPropertyStart("masthead");
    g.writeArrayPropertyStart("institutes");
    for (Institute i : m.institutes()) {
      g.writeStartObject();
      string("abbreviation", i.abbreviation());
      string("name", i.name());
      if (i.role().isPresent()) {
        string("role", i.role().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (m.editor().isPresent()) {
      g.writeName("editor");
      person(m.editor().get(), "role");
    }
    people("editorialBoard", m.editorialBoard());
    people("editorialAdvisoryBoard", m.editorialAdvisoryBoard());
    people("editorialCommittee", m.editorialCommittee());
    if (m.onlinePublisher().isPresent()) {
      g.writeName("onlinePublisher");
      person(m.onlinePublisher().get(), "title");
    }
    g.writeEndObject();
  }

  private void people(String name, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    for (Person p : people) {
      person(p, "role");
    }
    g.writeEndArray();
  }

  private void person(Person p, String roleKey) {
    g.writeStartObject();
    string("name", p.name());
    if (p.role().isPresent()) {
      string(roleKey, p.role().get());
    }
    g.writeEndObject();
  }

  private void block(Block b) {
    g.writeStartObject();
    if (b instanceof Paragraph p) {
      inlineBlock("paragraph", p.plainText(), p.content());
    } else if (b instanceof Heading h) {
      inlineBlock("heading", h.plainText(), h.content());
    } else if (b instanceof BlockQuote q) {
      inlineBlock("blockquote", q.plainText(), q.content());
    } else if (b instanceof BulletList l) {
      g.writeStringProperty("type", "list");
      string("text", l.plainText());
      g.writeArrayPropertyStart("items");
      for (ListItem item : l.items()) {
        g.writeStartObject();
        string("text", item.plainText());
        content(item.content());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else {
      throw new AssertionError("unknown block " + b.getClass().getName());
    }
    if (spans && b.source().isPresent()) {
      SourceSpan s = b.source().get();
      g.writeObjectPropertyStart("source");
      g.writeNumberProperty("line", s.line());
      g.writeNumberProperty("column", s.column());
      g.writeNumberProperty("offset", s.offset());
      g.writeNumberProperty("length", s.length());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void inlineBlock(String type, String text, List<Inline> content) {
    g.writeStringProperty("type", type);
    string("text", text);
    content(content);
  }

  private void content(List<Inline> content) {
    g.writeArrayPropertyStart("content");
    for (Inline i : content) {
      g.writeStartObject();
      if (i instanceof Text t) {
        g.writeStringProperty("type", "text");
        string("text", t.text());
      } else if (i instanceof Emphasis e) {
        g.writeStringProperty("type", "emphasis");
        string("text", e.text());
      } else {
        throw new AssertionError("unknown inline " + i.getClass().getName());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void string(String name, String value) {
    if (JsonStrings.hasLoneSurrogate(value)) {
      g.writeName(name);
      g.writeRawValue(JsonStrings.quote(value));
    } else {
      g.writeStringProperty(name, value);
    }
  }
}
