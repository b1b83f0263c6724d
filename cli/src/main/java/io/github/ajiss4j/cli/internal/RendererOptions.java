package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The per-format options of {@code convert}, and the renderers they configure. */
final class RendererOptions {

  static final Option PRETTY = Option.flag("json: indent the output.", "--pretty");

  static final Option STANDALONE =
      Option.flag("html, xhtml: a whole page, not a fragment.", "--standalone");

  static final Option FRAGMENT =
      Option.flag("html, xhtml: a fragment to embed in a page.", "--fragment");

  static final Option TEMPLATE =
      Option.value("FILE", "html, xhtml: the page template of a standalone page.", "--template");

  static final Option CSS =
      Option.value("FILE", "html, xhtml: a stylesheet for the page.", "--css");

  static final Option BASE_URL =
      Option.value("URL", "html, xhtml: the base URL of links.", "--base-url");

  static final Option MASTHEAD = Option.flag("html, xhtml: include the masthead.", "--masthead");

  /** The options, in the order the help lists them. */
  static final Option[] OPTIONS = {PRETTY, STANDALONE, FRAGMENT, TEMPLATE, CSS, BASE_URL, MASTHEAD};

  private final boolean pretty;
  private final String template;
  private final String css;

  /** The HTML options that are not files, in the order given: the last of two values wins. */
  private final Map<String, String> html = new LinkedHashMap<>();

  /**
   * Reads the options from a parsed {@code convert} command line.
   *
   * @throws UsageException for {@code --fragment} and {@code --standalone} both given
   */
  RendererOptions(ParsedArgs args) {
    if (args.has(FRAGMENT) && args.has(STANDALONE)) {
      throw new UsageException("--fragment and --standalone cannot be given together");
    }
    pretty = args.has(PRETTY);
    template = args.value(TEMPLATE);
    css = args.value(CSS);
    for (int i = 0; i < args.size(); i++) {
      Option o = args.option(i);
      boolean on = "true".equals(args.value(i));
      if (o == STANDALONE && on) {
        html.put(HtmlOptionsHook.STANDALONE, "true");
      } else if (o == FRAGMENT && on) {
        html.put(HtmlOptionsHook.STANDALONE, "false");
      } else if (o == BASE_URL) {
        html.put(HtmlOptionsHook.BASE_URL, args.value(i));
      } else if (o == MASTHEAD && on) {
        html.put(HtmlOptionsHook.MASTHEAD, "true");
      }
    }
  }

  /**
   * The renderers to look formats up in: the built-in ones when they know every name, for they are
   * made without reading the class path; else every renderer found on it. A built-in name thus
   * always means the built-in renderer.
   *
   * @param names the formats asked for
   * @return the registry
   */
  static Renderers registryFor(List<String> names) {
    Renderers builtIn = Renderers.builtIn();
    for (String name : names) {
      if (!name.isBlank() && builtIn.find(name).isEmpty()) {
        return Renderers.load();
      }
    }
    return builtIn;
  }

  /**
   * Looks the formats up by name or alias, once each, and applies the options to them.
   *
   * @throws UsageException for an unknown format, naming the known ones
   */
  List<Renderer> select(Context context, Renderers renderers, List<String> names) {
    Map<String, String> htmlOptions = htmlOptions(context);
    Map<String, Renderer> chosen = new LinkedHashMap<>();
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      Optional<Renderer> found = renderers.find(name);
      if (found.isEmpty()) {
        throw new UsageException(
            "unknown format \""
                + name
                + "\"; known: "
                + String.join(", ", renderers.names())
                + " (see: ajiss formats)");
      }
      chosen.putIfAbsent(found.get().name(), found.get());
    }
    if (chosen.isEmpty()) {
      throw new UsageException("no format given to --to");
    }
    return configure(List.copyOf(chosen.values()), htmlOptions, context.err());
  }

  /** Applies the options to renderers already chosen; a warning goes to {@code warnings}. */
  List<Renderer> configure(
      List<Renderer> renderers, Map<String, String> htmlOptions, PrintStream warnings) {
    List<Renderer> configured = new ArrayList<>();
    boolean htmlSeen = false;
    List<String> unapplied = new ArrayList<>();
    for (Renderer r : renderers) {
      String name = r.name().toLowerCase(Locale.ROOT);
      Renderer c = r;
      if (pretty && r instanceof JsonRenderer json) {
        c = JsonRenderer.builder().options(json.options().withPretty(true)).build();
      }
      if (HtmlOptionsHook.FORMATS.contains(name)) {
        htmlSeen = true;
        if (!htmlOptions.isEmpty()) {
          Optional<Renderer> withOptions = HtmlOptionsHook.configure(r, htmlOptions);
          if (withOptions.isPresent()) {
            c = withOptions.get();
          } else {
            unapplied.add(name);
          }
        }
      }
      configured.add(c);
    }
    if (!htmlOptions.isEmpty()) {
      String given = "--" + String.join(", --", htmlOptions.keySet());
      if (!htmlSeen) {
        warnings.println("ajiss: warning: " + given + " apply only to html and xhtml; ignored");
      } else if (!unapplied.isEmpty()) {
        warnings.println(
            "ajiss: warning: "
                + given
                + " not applied: this build cannot configure the "
                + String.join(" and ", unapplied)
                + " renderer found; it writes with its defaults");
      }
    }
    return configured;
  }

  private Map<String, String> htmlOptions(Context context) {
    Map<String, String> options = new LinkedHashMap<>(html);
    if (template != null) {
      options.put(HtmlOptionsHook.TEMPLATE, readable(context, "--template", template));
    }
    if (css != null) {
      options.put(HtmlOptionsHook.CSS, readable(context, "--css", css));
    }
    return options;
  }

  private static String readable(Context context, String option, String name) {
    Path path = context.resolve(name).toAbsolutePath();
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new UsageException(option + ": cannot read the file \"" + name + "\"");
    }
    return path.toString();
  }
}
