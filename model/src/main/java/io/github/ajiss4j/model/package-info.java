/**
 * The immutable model of one AJISS-Commentary: its header fields, its masthead, its body of {@link
 * io.github.ajiss4j.model.Block blocks} and {@link io.github.ajiss4j.model.Inline inlines}, and the
 * {@link io.github.ajiss4j.model.Diagnostic diagnostics} that parsers and renderers report.
 *
 * <p>Every type is a value: immutable, thread-safe, with structural equality. Values are made with
 * builders ({@code Commentary.builder()}) or factory methods ({@code Author.of(...)}) and changed
 * with withers ({@code commentary.withTitle(...)}). Builders refuse a missing required field, and
 * every type checks its invariants when it is built.
 *
 * <pre>{@code
 * Commentary c = Commentary.builder()
 *     .number(93)
 *     .date(LocalDate.of(2010, 6, 8))
 *     .title("The Prospects of Japan-NATO Cooperation")
 *     .addAuthor(Author.of("Yoshikazu Hirose"))
 *     .addBlock(Paragraph.of(Text.of("\"Japan and NATO are partners,\" ...")))
 *     .build();
 * }</pre>
 */
@ModelStyle
package io.github.ajiss4j.model;
