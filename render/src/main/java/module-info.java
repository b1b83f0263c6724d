/**
 * Renderers of the commentary model: the {@link io.github.ajiss4j.render.Renderer} service provider
 * interface and the built-in formats.
 */
module io.github.ajiss4j.render {
  requires transitive io.github.ajiss4j.model;
  requires java.xml;
  requires com.samskivert.jmustache;
  requires tools.jackson.core;

  exports io.github.ajiss4j.render;
  exports io.github.ajiss4j.render.epub;
  exports io.github.ajiss4j.render.html;
  exports io.github.ajiss4j.render.json;
  exports io.github.ajiss4j.render.text;

  uses io.github.ajiss4j.render.Renderer;

  provides io.github.ajiss4j.render.Renderer with
      io.github.ajiss4j.render.epub.EpubRenderer,
      io.github.ajiss4j.render.html.HtmlRenderer,
      io.github.ajiss4j.render.html.XhtmlRenderer,
      io.github.ajiss4j.render.json.JsonRenderer,
      io.github.ajiss4j.render.text.TextRenderer;
}
