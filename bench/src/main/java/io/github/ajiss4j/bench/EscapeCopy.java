package io.github.ajiss4j.bench;

/** The limit benchmark's work: one HTML-escaping copy of a text. */
public final class EscapeCopy {

  private EscapeCopy() {}

  /**
   * Copies a text into a new builder, escaping the characters that HTML text and attributes
   * reserve.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    int n = text.length();
    StringBuilder sb = new StringBuilder(n + (n >> 4));
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}
