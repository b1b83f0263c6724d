package io.github.ajiss4j.render.internal;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A logic-less page template (Mustache). The template sees only four strings that the {@link
 * MarkupWriter} has already escaped or built: {@code lang}, {@code title}, {@code head} and {@code
 * article}. Mustache's own escaping is off, so nothing is escaped twice, and the collector reads
 * maps only, never methods or fields, so a template cannot reach any Java object. There is no
 * partial loader, so {@code {{> name}}} cannot read files. Immutable and thread-safe.
 *
 * <p>A template that is only text and plain {@code {{name}}} tags, each name at most once, as the
 * default template is, is also split into its text and its tags when it is compiled. Such a
 * template is written piece by piece, each variable straight into the output without a string of it
 * in between and without Mustache's lookups; the split is kept only if it writes exactly what
 * Mustache writes for the same values.
 */
public final class PageTemplate {

  /** The names a template may use. */
  public static final java.util.List<String> VARIABLES =
      java.util.List.of("lang", "title", "head", "article");

  /** Mustache, loaded only for a template other than the bundled one. */
  private static final class Compiler {
    static final Mustache.Compiler COMPILER =
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
  }

  /**
   * The bundled template, {@link BundledText#PAGE_TEMPLATE}, split into its pieces without
   * Mustache: it is only text and plain tags, and {@code PageTemplateTest} checks that its pieces
   * write what Mustache writes. A one-file run then never loads Mustache.
   */
  private static final class Bundled {
    static final String SOURCE = BundledText.PAGE_TEMPLATE;
    static final PageTemplate TEMPLATE = pieces(SOURCE, null);
  }

  private final Template template;

  /** The text before each tag and after the last, or null when Mustache writes the page. */
  private final String[] texts;

  /**
   * The variable of each tag, as an index into {@link #VARIABLES}, then those the template leaves
   * out.
   */
  private final int[] tags;

  /** See {@link #textLength()}. */
  private final int textLength;

  private PageTemplate(Template template, String[] texts, int[] tags, int textLength) {
    this.template = template;
    this.texts = texts;
    this.tags = tags;
    this.textLength = textLength;
  }

  /**
   * The length of the template's own text, around the variables: the most it adds to a page when
   * Mustache does not write it.
   *
   * @return a length in chars
   */
  int textLength() {
    return textLength;
  }

  /**
   * Writes one variable of a page.
   *
   * <p>A functional interface: the renderer supplies the value of each variable on demand.
   */
  @FunctionalInterface
  interface Variables {
    /**
     * Writes a variable, ready to insert.
     *
     * @param variable an index into {@link #VARIABLES}
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(int variable, Appendable out) throws IOException;
  }

  /** A template other than the bundled one, with its source. */
  private record Compiled(String source, PageTemplate template) {}

  /**
   * The last template other than the bundled one compiled: the options of an HTML renderer check
   * their template, and the renderer made from them compiles the same source again. A template is
   * immutable, so threads may share it.
   */
  private static volatile Compiled lastCompiled;

  /**
   * Compiles a template and tries it once, so that a syntax error or an unknown name fails now
   * rather than at the first render.
   *
   * @param source the Mustache source
   * @return the template
   * @throws IllegalArgumentException if the template does not compile or names an unknown variable
   */
  public static PageTemplate compile(String source) {
    if (source.equals(Bundled.SOURCE)) {
      return Bundled.TEMPLATE;
    }
    Compiled last = lastCompiled;
    if (last != null && last.source.equals(source)) {
      return last.template;
    }
    try {
      Template template = Compiler.COMPILER.compile(source);
      template.execute(Map.of("lang", "", "title", "", "head", "", "article", ""));
      PageTemplate compiled = split(source, template);
      lastCompiled = new Compiled(source, compiled);
      return compiled;
    } catch (MustacheException | UnsupportedOperationException e) {
      // UnsupportedOperationException: a partial, {{> name}}, with no loader to read it
      throw new IllegalArgumentException("bad page template: " + e.getMessage(), e);
    }
  }

  /**
   * The template split into text and tags when it is only text and plain tags, each variable at
   * most once, and when the split writes what Mustache writes for the same values; else Mustache
   * only.
   */
  private static PageTemplate split(String source, Template template) {
    PageTemplate split = pieces(source, template);
    if (split == null) {
      return new PageTemplate(template, null, null, source.length()); // a section, comment...
    }
    // the same page from both, with values that no text of the template can be mistaken for
    String[] values = new String[VARIABLES.size()];
    Map<String, String> named = new java.util.HashMap<>();
    for (int i = 0; i < values.length; i++) {
      values[i] = "\u0000" + VARIABLES.get(i) + "\u0001" + source.length() + "\u0002";
      named.put(VARIABLES.get(i), values[i]);
    }
    StringBuilder pieces = new StringBuilder();
    try {
      split.execute((variable, out) -> out.append(values[variable]), pieces);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    boolean same = pieces.toString().equals(template.execute(named));
    return same ? split : new PageTemplate(template, null, null, source.length());
  }

  /**
   * The template's text and tags, or null when it has a tag other than a plain {@code {{name}}} of
   * a variable, or names a variable twice.
   */
  private static PageTemplate pieces(String source, Template template) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    int[] tags = new int[VARIABLES.size()];
    boolean[] seen = new boolean[VARIABLES.size()];
    int from = 0;
    int open;
    while ((open = source.indexOf("{{", from)) >= 0) {
      int close = source.indexOf("}}", open + 2);
      int variable = close < 0 ? -1 : VARIABLES.indexOf(source.substring(open + 2, close).strip());
      if (variable < 0 || seen[variable]) {
        return null;
      }
      seen[variable] = true;
      tags[texts.size()] = variable;
      texts.add(source.substring(from, open));
      from = close + 2;
    }
    texts.add(source.substring(from));
    // the variables the template leaves out are still written, to nowhere, for their diagnostics
    int n = texts.size() - 1;
    int textLength = 0;
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        tags[n++] = i;
      }
    }
    for (String text : texts) {
      textLength += text.length();
    }
    return new PageTemplate(template, texts.toArray(new String[0]), tags, textLength);
  }

  /**
   * Writes a page: each variable as the renderer writes it, where the template names it.
   *
   * @param variables the values of {@link #VARIABLES}, each asked for once, those that the template
   *     leaves out too
   * @param out where to write
   * @throws IOException if writing fails
   */
  void execute(Variables variables, Appendable out) throws IOException {
    if (texts == null) {
      String[] values = new String[VARIABLES.size()];
      for (int i = 0; i < values.length; i++) {
        StringBuilder sb = new StringBuilder();
        variables.write(i, sb);
        values[i] = sb.toString();
      }
      execute(values[0], values[1], values[2], values[3], out);
      return;
    }
    int last = texts.length - 1;
    for (int i = 0; i < last; i++) {
      out.append(texts[i]);
      variables.write(tags[i], out);
    }
    out.append(texts[last]);
    for (int i = last; i < tags.length; i++) {
      variables.write(tags[i], NOWHERE);
    }
  }

  /** Where the variables that a template leaves out are written. */
  private static final Appendable NOWHERE =
      new Appendable() {
        @Override
        public Appendable append(CharSequence csq) {
          return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
          return this;
        }

        @Override
        public Appendable append(char c) {
          return this;
        }
      };

  private void execute(String lang, String title, String head, String article, Appendable out)
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
