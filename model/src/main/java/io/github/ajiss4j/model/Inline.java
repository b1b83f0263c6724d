package io.github.ajiss4j.model;

import java.util.List;

/**
 * A piece of running text inside a block: plain {@link Text} or {@link Emphasis}.
 *
 * <p>The set is closed, so a renderer can walk it with an exhaustive {@code switch}:
 *
 * <pre>{@code
 * String html = switch (inline) {
 *   case Text t -> escape(t.text());  // Java 21 pattern; on 17 use instanceof
 *   case Emphasis e -> "<em>" + escape(e.text()) + "</em>";
 * };
 * }</pre>
 */
public sealed interface Inline permits Text, Emphasis {

  /**
   * The characters of this inline, without markup.
   *
   * @return the plain text, possibly empty
   */
  String text();

  /**
   * Joins the plain text of a sequence of inlines.
   *
   * @param content the inlines
   * @return their text, concatenated
   */
  static String plainText(List<? extends Inline> content) {
    if (content.size() == 1) {
      return content.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (Inline inline : content) {
      sb.append(inline.text());
    }
    return sb.toString();
  }
}
