package io.github.ajiss4j.model;

import java.util.Optional;

/**
 * A block of the body: a {@link Paragraph}, a {@link Heading}, a {@link BulletList} of key points
 * or a {@link BlockQuote}.
 *
 * <p>The set is closed, so renderers can walk it exhaustively. Each block may say where in the
 * source it came from. The source span is auxiliary: it takes no part in {@code equals}, {@code
 * hashCode} or {@code toString}, so a commentary read back from its rendering equals the original.
 */
public sealed interface Block permits Paragraph, Heading, BulletList, BlockQuote {

  /**
   * Where in the source text the block came from, when known.
   *
   * @return the span, or empty for a block made by hand
   */
  Optional<SourceSpan> source();

  /**
   * The characters of the block without markup. Items of a list are separated by a newline.
   *
   * @return the plain text
   */
  String plainText();
}
