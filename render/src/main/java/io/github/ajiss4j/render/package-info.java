/**
 * The renderer service provider interface and its registry.
 *
 * <p>A {@link io.github.ajiss4j.render.Renderer} turns a commentary into one format; {@link
 * io.github.ajiss4j.render.Renderers} finds renderers by name. The built-in formats live in the
 * sub-packages, each with a builder for its options.
 */
package io.github.ajiss4j.render;
