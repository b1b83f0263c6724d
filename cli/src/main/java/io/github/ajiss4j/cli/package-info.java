/**
 * The {@code ajiss} command-line tool: converts AJISS-Commentary plain texts to every format a
 * {@link io.github.ajiss4j.render.Renderer} on the class path writes, checks them, and collects
 * many into one EPUB.
 *
 * <pre>{@code
 * java -jar ajiss.jar convert --to html,json -o out/ texts/
 * }</pre>
 *
 * <p>{@link io.github.ajiss4j.cli.Main} is the entry point; everything else is internal.
 */
package io.github.ajiss4j.cli;
