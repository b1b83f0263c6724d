/**
 * Implementation helpers of the model, shared with the parser. Not API: may change without notice.
 */
package io.github.ajiss4j.model.internal;
