package io.github.ajiss4j.render;

import io.github.ajiss4j.render.epub.EpubRenderer;
import io.github.ajiss4j.render.html.HtmlRenderer;
import io.github.ajiss4j.render.html.XhtmlRenderer;
import io.github.ajiss4j.render.json.JsonRenderer;
import io.github.ajiss4j.render.text.TextRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * A registry of renderers, looked up by name or alias.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.load();       // every renderer on the class or module path
 * Renderer html = renderers.get("html5");       // the same as get("html")
 * renderers.get("docx");                        // IllegalArgumentException: unknown format "docx"; known: epub, html, json, text, xhtml
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Renderers {

  private final List<Renderer> renderers;
  private final Map<String, Renderer> byName;

  private static final Comparator<Renderer> BY_NAME = new ByName();

  private Renderers(List<Renderer> renderers) {
    Map<String, Renderer> names = new LinkedHashMap<>();
    List<Renderer> kept = new ArrayList<>();
    for (Renderer r : renderers) {
      String name = key(r.name());
      if (names.containsKey(name)) {
        continue; // the first renderer of a name wins, as on a class path
      }
      kept.add(r);
      names.put(name, r);
    }
    for (Renderer r : kept) {
      for (String alias : r.aliases()) {
        names.putIfAbsent(key(alias), r);
      }
    }
    kept.sort(BY_NAME);
    this.renderers = Collections.unmodifiableList(kept);
    this.byName = Collections.unmodifiableMap(names);
  }

  /**
   * The renderers of this module ({@code epub}, {@code html}, {@code json}, {@code text} and {@code
   * xhtml}) with their default options, made without any look-up: no service file is read, which
   * spares a short-lived process the set-up of reading its class path. Renderers of other modules
   * need {@link #load()}.
   *
   * @return the registry of the built-in renderers
   */
  public static Renderers builtIn() {
    return BuiltIn.RENDERERS;
  }

  /** Made on first use: a registry of renderers is immutable, so one serves every caller. */
  private static final class BuiltIn {
    static final Renderers RENDERERS =
        of(
            new EpubRenderer(),
            new HtmlRenderer(),
            new XhtmlRenderer(),
            new JsonRenderer(),
            new TextRenderer());
  }

  /**
   * Finds every renderer through {@link ServiceLoader}, using this module's layer or the context
   * class loader.
   *
   * @return the registry
   */
  public static Renderers load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : Renderers.class.getClassLoader());
  }

  /**
   * Finds every renderer that a class loader sees through {@link ServiceLoader}.
   *
   * @param loader the class loader
   * @return the registry
   */
  public static Renderers load(ClassLoader loader) {
    List<Renderer> found = new ArrayList<>();
    for (Renderer r : ServiceLoader.load(Renderer.class, loader)) {
      found.add(r);
    }
    if (Renderers.class.getModule().isNamed()) {
      for (Renderer r :
          ServiceLoader.load(Renderers.class.getModule().getLayer(), Renderer.class)) {
        found.add(r);
      }
    }
    return new Renderers(found);
  }

  /**
   * A registry of exactly the given renderers, without any class path look-up.
   *
   * @param renderers the renderers; of two with the same name the first is kept
   * @return the registry
   */
  public static Renderers of(Renderer... renderers) {
    return new Renderers(List.of(renderers));
  }

  /**
   * Looks up a renderer by name or alias, ignoring case.
   *
   * @param name a name such as {@code html} or an alias such as {@code html5}
   * @return the renderer
   * @throws IllegalArgumentException if no renderer has that name; the message lists the known
   *     names
   */
  public Renderer get(String name) {
    Renderer found = byName.get(key(name));
    if (found == null) {
      throw new IllegalArgumentException(
          "unknown format \"" + name + "\"; known: " + String.join(", ", names()));
    }
    return found;
  }

  /**
   * Looks up a renderer by name or alias, ignoring case.
   *
   * @param name a name or alias
   * @return the renderer, or empty
   */
  public Optional<Renderer> find(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * Every renderer, ordered by name.
   *
   * @return the renderers
   */
  public List<Renderer> all() {
    return renderers;
  }

  /**
   * The names of every renderer, in order.
   *
   * @return the names
   */
  public List<String> names() {
    TreeSet<String> names = new TreeSet<>();
    for (Renderer r : renderers) {
      names.add(r.name());
    }
    return List.copyOf(names);
  }

  /** Orders renderers by name. */
  private static final class ByName implements Comparator<Renderer> {
    @Override
    public int compare(Renderer a, Renderer b) {
      return a.name().compareTo(b.name());
    }
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
