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

  /**
   * The same copy as {@link #escape}, but each run of characters that need no escaping is appended
   * in one call, as a writer that knows its text does: the tighter limit.
   *
   * @param text the text
   * @return the escaped text, equal to {@code escape(text)}
   */
  public static String escapeRuns(String text) {
    int n = text.length();
    StringBuilder sb = new StringBuilder(n + (n >> 4));
    int run = 0;
    for (int i = 0; i < n; i++) {
      String entity;
      switch (text.charAt(i)) {
        case '&':
          entity = "&amp;";
          break;
        case '<':
          entity = "&lt;";
          break;
        case '>':
          entity = "&gt;";
          break;
        case '"':
          entity = "&quot;";
          break;
        default:
          continue;
      }
      sb.append(text, run, i).append(entity);
      run = i + 1;
    }
    return sb.append(text, run, n).toString();
  }
}
