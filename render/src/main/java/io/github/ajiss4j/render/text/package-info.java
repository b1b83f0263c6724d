/**
 * The plain-text renderer: the clean AJISS text form, which a person can edit by hand and the
 * parser reads back.
 */
package io.github.ajiss4j.render.text;
