package io.github.ajiss4j.examples;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.Renderer;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A third-party renderer: writes a commentary as CommonMark. It is registered in this module's
 * {@code META-INF/services/io.github.ajiss4j.render.Renderer}, so {@code Renderers.load()} finds it
 * by the name {@code markdown} or the alias {@code md}, and {@code ajiss formats} lists it when
 * this jar is on the class path.
 *
 * <pre>{@code
 * Renderer md = Renderers.load().get("md");
 * String text = md.renderToString(commentary);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** Makes the renderer; used by {@link java.util.ServiceLoader}. */
  public MarkdownRenderer() {}

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("md");
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public List<Diagnostic> render(Commentary c, Appendable out) throws IOException {
    out.append("# ").append(escape(c.displayTitle())).append("\n\n");
    out.append("*")
        .append(escape(c.series().name()))
        .append(" No.")
        .append(Integer.toString(c.number()))
        .append(", ")
        .append(c.date().format(DATE))
        .append("*\n\n");
    out.append("By ");
    for (int i = 0; i < c.authors().size(); i++) {
      out.append(i == 0 ? "" : i == c.authors().size() - 1 ? " and " : ", ");
      out.append(escape(c.authors().get(i).name()));
    }
    out.append("\n");
    for (Block block : c.body()) {
      out.append("\n");
      // Block is sealed; Java 17 has no pattern switch yet, so the four kinds are tested in turn
      if (block instanceof Paragraph p) {
        inlines(p.content(), out).append("\n");
      } else if (block instanceof Heading h) {
        inlines(h.content(), out.append("## ")).append("\n");
      } else if (block instanceof BlockQuote q) {
        inlines(q.content(), out.append("> ")).append("\n");
      } else if (block instanceof BulletList l) {
        for (ListItem item : l.items()) {
          inlines(item.content(), out.append("- ")).append("\n");
        }
      }
    }
    boolean rule = false;
    for (Author a : c.authors()) {
      if (a.biography().isPresent()) {
        out.append(rule ? "\n" : "\n---\n\n");
        rule = true;
        out.append("*").append(escape(a.biography().get())).append("*\n");
      }
    }
    return List.of();
  }

  private static Appendable inlines(List<Inline> content, Appendable out) throws IOException {
    for (Inline inline : content) {
      if (inline instanceof Emphasis e) {
        out.append('*').append(escape(e.text())).append('*');
      } else if (inline instanceof Text t) {
        out.append(escape(t.text()));
      }
    }
    return out;
  }

  /** Escapes what CommonMark would read as markup. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "MarkdownRenderer";
  }
}
