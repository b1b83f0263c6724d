package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The per-format options of {@code convert}, and the renderers they configure. */
final class RendererOptions {

  @Option(names = "--pretty", description = "json: indent the output.", order = 20)
  boolean pretty;

  private final Map<String, String> html = new LinkedHashMap<>();

  @Option(
      names = "--standalone",
      description = "html, xhtml: a whole page, not a fragment.",
      order = 21)
  void standalone(boolean on) {
    html.put(HtmlOptionsHook.STANDALONE, "true");
  }

  @Option(
      names = "--fragment",
      description = "html, xhtml: a fragment to embed in a page.",
      order = 22)
  void fragment(boolean on) {
    html.put(HtmlOptionsHook.STANDALONE, "false");
  }

  @Option(
      names = "--template",
      paramLabel = "FILE",
      description = "html, xhtml: the page template of a standalone page.",
      order = 23)
  String template;

  @Option(
      names = "--css",
      paramLabel = "FILE",
      description = "html, xhtml: a stylesheet for the page.",
      order = 24)
  String css;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "html, xhtml: the base URL of links.",
      order = 25)
  void baseUrl(String url) {
    html.put(HtmlOptionsHook.BASE_URL, url);
  }

  @Option(names = "--masthead", description = "html, xhtml: include the masthead.", order = 26)
  void masthead(boolean on) {
    html.put(HtmlOptionsHook.MASTHEAD, "true");
  }

  /**
   * Looks the formats up by name or alias, once each, and applies the options to them.
   *
   * @throws ParameterException for an unknown format, naming the known ones
   */
  List<Renderer> select(
      Context context, CommandSpec spec, Renderers renderers, List<String> names) {
    Map<String, String> htmlOptions = htmlOptions(context, spec);
    Map<String, Renderer> chosen = new LinkedHashMap<>();
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      Optional<Renderer> found = renderers.find(name);
      if (found.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown format \""
                + name
                + "\"; known: "
                + String.join(", ", renderers.names())
                + " (see: ajiss formats)");
      }
      chosen.putIfAbsent(found.get().name(), found.get());
    }
    if (chosen.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no format given to --to");
    }
    return configure(List.copyOf(chosen.values()), htmlOptions, warning(context));
  }

  /** Applies the options to renderers already chosen. */
  List<Renderer> configure(
      List<Renderer> renderers, Map<String, String> htmlOptions, Consumer<String> warn) {
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
        warn.accept("warning: " + given + " apply only to html and xhtml; ignored");
      } else if (!unapplied.isEmpty()) {
        warn.accept(
            "warning: "
                + given
                + " not applied: this build cannot configure the "
                + String.join(" and ", unapplied)
                + " renderer found; it writes with its defaults");
      }
    }
    return configured;
  }

  private Map<String, String> htmlOptions(Context context, CommandSpec spec) {
    Map<String, String> options = new LinkedHashMap<>(html);
    if (template != null) {
      options.put(HtmlOptionsHook.TEMPLATE, readable(context, spec, "--template", template));
    }
    if (css != null) {
      options.put(HtmlOptionsHook.CSS, readable(context, spec, "--css", css));
    }
    return options;
  }

  private static String readable(Context context, CommandSpec spec, String option, String name) {
    Path path = context.resolve(name).toAbsolutePath();
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ParameterException(
          spec.commandLine(), option + ": cannot read the file \"" + name + "\"");
    }
    return path.toString();
  }

  private static Consumer<String> warning(Context context) {
    return line -> context.err().println("ajiss: " + line);
  }
}
