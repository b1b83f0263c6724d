/**
 * The implementation of the JSON renderer and reader: a streaming walk of the model over Jackson's
 * {@code JsonGenerator} and {@code JsonParser}. Not exported; not API.
 */
package io.github.ajiss4j.render.json.internal;
