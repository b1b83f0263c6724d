package io.github.ajiss4j.render.internal;

/**
 * The page template and the stylesheet that the HTML renderers bundle. They are text in this class
 * rather than resources of the jar, so that rendering reads nothing from the jar: a first resource
 * read sets up the jar's URL handling, which costs a one-file run several milliseconds.
 */
public final class BundledText {

  /**
   * The page template: Mustache's syntax, with the variables {@code lang}, {@code head} and {@code
   * article}.
   */
  public static final String PAGE_TEMPLATE =
      """
      <!DOCTYPE html>
      <html lang="{{lang}}">
      <head>
      {{head}}</head>
      <body>
      {{article}}</body>
      </html>
      """;

  /** The default stylesheet: one column, readable on a phone, a desk and paper. */
  public static final String STYLESHEET =
      """
      /* ajiss4j default stylesheet: one column, readable on a phone, a desk and paper. */
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body {
        margin: 0;
        padding: 1.25rem 1rem 3rem;
        color: #1b1b1b;
        background: #fffefa;
        font-family: Georgia, "Times New Roman", serif;
        font-size: 1.0625rem;
        line-height: 1.6;
      }
      article { max-width: 38em; margin: 0 auto; }
      header { margin-bottom: 2em; padding-bottom: 1em; border-bottom: 1px solid #d0ccc0; }
      header p { margin: 0; font-family: system-ui, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 0.85em; color: #555; }
      .series { text-transform: uppercase; letter-spacing: 0.06em; font-weight: 600; }
      h1 { font-size: 1.75em; line-height: 1.2; margin: 0.6em 0 0.4em; }
      h2 { font-size: 1.2em; margin: 1.6em 0 0.4em; }
      .byline { font-size: 1em; color: #1b1b1b; }
      p { margin: 0 0 1em; hyphens: auto; overflow-wrap: break-word; }
      blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #d0ccc0; color: #333; }
      ul { padding-left: 1.25em; }
      li { margin-bottom: 0.4em; }
      .biographies { margin-top: 2em; padding-top: 1em; border-top: 1px solid #d0ccc0; font-style: italic; }
      .masthead { margin-top: 2em; font-size: 0.85em; color: #444; }
      .masthead dt { font-weight: 600; margin-top: 0.5em; }
      .masthead dd { margin-left: 1em; }
      @media (min-width: 48em) {
        body { font-size: 1.1875rem; padding-top: 3rem; }
        h1 { font-size: 2.25em; }
      }
      @media print {
        body { background: none; color: #000; font-size: 11pt; padding: 0; }
        article { max-width: none; }
        header p, .masthead { color: #000; }
        h1, h2 { break-after: avoid; page-break-after: avoid; }
        p { orphans: 3; widows: 3; }
        blockquote, li { break-inside: avoid; }
      }
      """;

  private BundledText() {}
}
