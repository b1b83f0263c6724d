/**
 * The JSON interchange form of a commentary: {@link io.github.ajiss4j.render.json.JsonRenderer}
 * writes it, {@link io.github.ajiss4j.render.json.CommentaryJsonReader} reads it back into an equal
 * model, and a JSON Schema (draft 2020-12) inside the jar describes it ({@link
 * io.github.ajiss4j.render.json.JsonRenderer#schema()}).
 *
 * <pre>{@code
 * String json = JsonRenderer.builder().pretty(true).build().renderToString(commentary);
 * Commentary back = new CommentaryJsonReader().read(json);
 * }</pre>
 *
 * <p>The shape carries a {@code schemaVersion}; a change that breaks readers raises it. Only
 * Jackson's streaming API ({@code tools.jackson.core}) is used.
 */
package io.github.ajiss4j.render.json;
