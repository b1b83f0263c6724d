package io.github.ajiss4j.render.internal;

/**
 * Curly quotes, dashes and ellipses for display. It changes only what a renderer writes, never the
 * model, so a commentary read back from its HTML still has its straight quotes.
 */
final class SmartTypography {

  private SmartTypography() {}

  /**
   * Returns the text with typographic punctuation.
   *
   * @param text the text
   * @param before the character before the text, such as the end of the preceding inline, or a
   *     space at the start of a block
   * @return the changed text
   */
  static String apply(String text, char before) {
    StringBuilder sb = new StringBuilder(text.length());
    char prev = before;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        sb.append(opens(prev) ? '\u201C' : '\u201D');
      } else if (c == '\'') {
        sb.append(opens(prev) ? '\u2018' : '\u2019');
      } else if (text.startsWith("---", i)) {
        sb.append('\u2014');
        i += 2;
      } else if (text.startsWith("--", i)) {
        sb.append('\u2013');
        i += 1;
      } else if (text.startsWith("...", i)) {
        sb.append('\u2026');
        i += 2;
      } else {
        sb.append(c);
      }
      prev = c;
    }
    return sb.toString();
  }

  private static boolean opens(char prev) {
    return Character.isWhitespace(prev) || "([{\u2014\u2013/".indexOf(prev) >= 0;
  }
}
