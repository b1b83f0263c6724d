/**
 * The EPUB 3 renderer: one commentary or a collection of them as a reproducible {@code .epub} file.
 *
 * @see io.github.ajiss4j.render.epub.EpubRenderer
 */
package io.github.ajiss4j.render.epub;
