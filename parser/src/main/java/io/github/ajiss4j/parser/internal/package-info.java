/** The parser's implementation. Not API: may change without notice. */
package io.github.ajiss4j.parser.internal;
