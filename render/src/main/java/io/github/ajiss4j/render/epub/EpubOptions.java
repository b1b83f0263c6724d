package io.github.ajiss4j.render.epub;

import io.github.ajiss4j.render.html.HtmlOptions;
import java.util.Objects;

/**
 * The options of the {@link EpubRenderer}.
 *
 * @param titlePage whether the book opens with a title page; default {@code true}
 * @param stylesheet the CSS packaged as {@code ajiss.css}; default {@link
 *     HtmlOptions#defaultStylesheet()}
 * @param collectionTitle the title of a book of several commentaries; default {@code
 *     AJISS-Commentary}
 */
public record EpubOptions(boolean titlePage, String stylesheet, String collectionTitle) {

  /**
   * Checks the options.
   *
   * @param titlePage whether the book opens with a title page
   * @param stylesheet the CSS, not null
   * @param collectionTitle the title of a collection, not blank
   * @throws IllegalArgumentException if the collection title is blank
   */
  public EpubOptions {
    Objects.requireNonNull(stylesheet, "stylesheet");
    Objects.requireNonNull(collectionTitle, "collectionTitle");
    if (collectionTitle.isBlank()) {
      throw new IllegalArgumentException("EpubOptions.collectionTitle must not be blank");
    }
  }

  /**
   * The default options: a title page, the default stylesheet and the title {@code
   * AJISS-Commentary}.
   *
   * @return the defaults
   */
  public static EpubOptions defaults() {
    return new EpubOptions(true, HtmlOptions.defaultStylesheet(), "AJISS-Commentary");
  }
}
