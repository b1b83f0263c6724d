package io.github.ajiss4j.render.internal;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A logic-less page template (Mustache). The template sees only four strings that the {@link
 * MarkupWriter} has already escaped or built: {@code lang}, {@code title}, {@code head} and {@code
 * article}. Mustache's own escaping is off, so nothing is escaped twice, and the collector reads
 * maps only, never methods or fields, so a template cannot reach any Java object. There is no
 * partial loader, so {@code {{> name}}} cannot read files. Immutable and thread-safe.
 */
public final class PageTemplate {

  /** The names a template may use. */
  public static final java.util.List<String> VARIABLES =
      java.util.List.of("lang", "title", "head", "article");

  private static final Mustache.Compiler COMPILER =
      Mustache.compiler()
          .escapeHTML(false)
          .strictSections(true)
          .withCollector(
              new BasicCollector() {
                @Override
                public <K, V> Map<K, V> createFetcherCache() {
                  return new ConcurrentHashMap<>();
                }
              });

  private final Template template;

  private PageTemplate(Template template) {
    this.template = template;
  }

  /**
   * Compiles a template and tries it once, so that a syntax error or an unknown name fails now
   * rather than at the first render.
   *
   * @param source the Mustache source
   * @return the template
   * @throws IllegalArgumentException if the template does not compile or names an unknown variable
   */
  public static PageTemplate compile(String source) {
    try {
      PageTemplate t = new PageTemplate(COMPILER.compile(source));
      t.template.execute(Map.of("lang", "", "title", "", "head", "", "article", ""));
      return t;
    } catch (MustacheException | UnsupportedOperationException e) {
      // UnsupportedOperationException: a partial, {{> name}}, with no loader to read it
      throw new IllegalArgumentException("bad page template: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a resource of this package as UTF-8.
   *
   * @param name the resource name
   * @return the text
   */
  public static String resource(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void execute(String lang, String title, String head, String article, Appendable out)
      throws IOException {
    Map<String, String> values =
        Map.of("lang", lang, "title", title, "head", head, "article", article);
    // straight into the output, without a string of the whole page in between
    Writer writer = out instanceof Writer w ? w : new MarkupWriter.AppendableWriter(out);
    try {
      template.execute(values, writer);
    } catch (MustacheException e) {
      if (e.getCause() instanceof IOException io) {
        throw io; // the output failed, as when the page was appended in one piece
      }
      throw e;
    }
  }
}
