/**
 * The HTML5 and EPUB-ready XHTML renderers and their options.
 *
 * <p>{@link io.github.ajiss4j.render.html.HtmlRenderer} writes a standalone page (or only the
 * {@code <article>}, for embedding), {@link io.github.ajiss4j.render.html.XhtmlRenderer} the same
 * markup as an EPUB 3 XHTML content document. Both are also found by name through {@link
 * io.github.ajiss4j.render.Renderers}:
 *
 * <pre>{@code
 * Renderer html = Renderers.load().get("html5");
 * Renderer epubChapter = XhtmlRenderer.builder().stylesheetHref("ajiss.css").build();
 * }</pre>
 */
package io.github.ajiss4j.render.html;
