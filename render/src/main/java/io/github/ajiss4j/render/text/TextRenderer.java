package io.github.ajiss4j.render.text;

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
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.internal.Dates;
import io.github.ajiss4j.render.internal.Utf8Output;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Writes a commentary as clean AJISS-format plain text: the layout of the printed commentary
 * without its extraction noise, one paragraph a line, that a person can edit by hand and that
 * {@code CommentaryParser} reads back into an equal commentary.
 *
 * <pre>{@code
 * String text = new TextRenderer().renderToString(commentary);
 * }</pre>
 *
 * <p>The form: the series, the publisher, the institutes' abbreviations and names (tab-separated,
 * roles in parentheses), one line a staff post ({@code Editorial Board: A, B}), the issue line
 * ({@code No.93. 8 June 2010}), the title, the authors, then the body, blocks separated by blank
 * lines (key points start with {@code •}, emphasis is {@code *marked*}), and the biographies. Block
 * quotes are written as paragraphs. Immutable and thread-safe.
 */
public final class TextRenderer implements Renderer {

  /** Creates the renderer. */
  public TextRenderer() {}

  @Override
  public String name() {
    return "text";
  }

  @Override
  public java.util.Set<String> aliases() {
    return java.util.Set.of("txt", "plain");
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public List<Diagnostic> render(Commentary c, Appendable out) throws IOException {
    out.append(c.series().name()).append("\n\n").append(c.series().publisher()).append("\n\n");
    Masthead m = c.masthead();
    if (!m.institutes().isEmpty()) {
      StringBuilder abbreviations = new StringBuilder();
      StringBuilder names = new StringBuilder();
      for (Institute i : m.institutes()) {
        if (abbreviations.length() > 0) {
          abbreviations.append('\t');
          names.append('\t');
        }
        abbreviations.append(i.abbreviation());
        names.append(i.name());
        if (i.role().isPresent()) {
          names.append(" (").append(i.role().get()).append(')');
        }
      }
      out.append(abbreviations).append('\n').append(names).append('\n');
    }
    if (m.editor().isPresent()) {
      post(out, "Editor", List.of(m.editor().get()));
    }
    post(out, "Editorial Board", m.editorialBoard());
    post(out, "Editorial Advisory Board", m.editorialAdvisoryBoard());
    post(out, "Editorial Committee", m.editorialCommittee());
    Optional<Person> publisher = m.onlinePublisher();
    if (publisher.isPresent()) {
      out.append("Online Publisher: ").append(publisher.get().name());
      if (publisher.get().role().isPresent()) {
        append(out, ", " + publisher.get().role().get());
      }
      out.append('\n');
    }
    if (!m.isEmpty()) {
      out.append('\n');
    }
    out.append("No.")
        .append(String.valueOf(c.number()))
        .append(". ")
        .append(Dates.display(c.date()));
    out.append("\n\n").append(c.displayTitle()).append("\n\n");
    // the names on one line, or, where an author has an affiliation, each name on a line of its
    // own over the affiliation, as the parser reads a byline of lines
    boolean affiliations = false;
    for (Author a : c.authors()) {
      affiliations |= a.affiliation().isPresent();
    }
    StringBuilder authors = new StringBuilder();
    for (Author a : c.authors()) {
      if (authors.length() > 0) {
        authors.append(affiliations ? "\n" : ", ");
      }
      authors.append(a.name());
      if (a.affiliation().isPresent()) {
        authors.append('\n').append(a.affiliation().get());
      }
    }
    out.append(authors).append("\n\n");
    for (Block b : c.body()) {
      block(out, b);
      out.append("\n\n");
    }
    boolean first = true;
    for (Author a : c.authors()) {
      if (a.biography().isPresent()) {
        if (!first) {
          out.append("\n\n");
        }
        out.append(a.biography().get());
        first = false;
      }
    }
    out.append('\n');
    return List.of();
  }

  /**
   * Writes a commentary in UTF-8 as it is rendered, in pieces of about 8 KB, without the whole text
   * in memory first. The stream is flushed, not closed; when it fails, a part of the text may have
   * been written.
   *
   * @param commentary the commentary
   * @param out where to write
   * @return what the renderer had to leave out or change, possibly empty
   * @throws IOException if writing fails
   */
  @Override
  public List<Diagnostic> render(Commentary commentary, OutputStream out) throws IOException {
    return Utf8Output.render(this, commentary, out);
  }

  private static void append(Appendable out, String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void post(Appendable out, String label, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder(label).append(": ");
    for (int i = 0; i < people.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Person p = people.get(i);
      sb.append(p.name());
      if (p.role().isPresent()) {
        sb.append(" (").append(p.role().get()).append(')');
      }
    }
    append(out, sb.append('\n').toString());
  }

  private static void block(Appendable out, Block b) throws IOException {
    if (b instanceof BulletList list) {
      boolean first = true;
      for (ListItem item : list.items()) {
        if (!first) {
          out.append('\n');
        }
        out.append("• ");
        inlines(out, item.content());
        first = false;
      }
    } else if (b instanceof Paragraph p) {
      inlines(out, p.content());
    } else if (b instanceof Heading h) {
      inlines(out, h.content());
    } else if (b instanceof BlockQuote q) {
      inlines(out, q.content());
    }
  }

  private static void inlines(Appendable out, List<Inline> content) throws IOException {
    for (Inline inline : content) {
      if (inline instanceof Emphasis e) {
        out.append('*').append(oneLine(e.text())).append('*');
      } else if (inline instanceof Text t) {
        out.append(oneLine(t.text()));
      }
    }
  }

  private static String oneLine(String s) {
    return s.indexOf('\n') < 0 && s.indexOf('\r') < 0
        ? s
        : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
