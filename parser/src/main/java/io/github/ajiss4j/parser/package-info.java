/**
 * Reads AJISS-format plain text into a {@link io.github.ajiss4j.model.Commentary}.
 *
 * <p>{@link io.github.ajiss4j.parser.CommentaryParser} is the entry point. It returns a {@link
 * io.github.ajiss4j.parser.ParseResult}: the commentary and a diagnostic for every repair it made.
 * Input that is not a commentary at all gets a {@link
 * io.github.ajiss4j.parser.CommentaryParseException} with a stable code and a position.
 *
 * <pre>{@code
 * ParseResult result = CommentaryParser.builder().build().parse(Path.of("000_093.txt"));
 * Commentary commentary = result.commentary();
 * result.diagnostics().forEach(System.out::println);
 * }</pre>
 */
package io.github.ajiss4j.parser;
