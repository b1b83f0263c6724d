/**
 * The implementation of the built-in renderers: the one markup writer that escapes everything and
 * the page walk shared by HTML and XHTML. Not exported; nothing here is API.
 */
package io.github.ajiss4j.render.internal;
