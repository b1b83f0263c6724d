package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.internal.Latin1;
import java.util.List;
import java.util.Locale;

/** Character classes the parser needs. */
final class Chars {

  private Chars() {}

  /**
   * Characters that text may not hold, as XML and HTML forbid them too: C0 and C1 controls but tab,
   * line feed and carriage return, noncharacters (U+FDD0 to U+FDEF, U+FFFE, U+1FFFF, ...), lone
   * surrogates.
   */
  static boolean isForbidden(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return true;
    }
    if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length()
          || !Character.isLowSurrogate(s.charAt(i + 1))
          || isNoncharacter(Character.toCodePoint(c, s.charAt(i + 1)));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0
          || !Character.isHighSurrogate(s.charAt(i - 1))
          || isNoncharacter(Character.toCodePoint(s.charAt(i - 1), c));
    }
    return false;
  }

  /** U+1FFFE, U+1FFFF, ... U+10FFFF: the noncharacters beyond the first plane. */
  private static boolean isNoncharacter(int cp) {
    return (cp & 0xFFFE) == 0xFFFE;
  }

  /** The longest text that {@link #firstLigature} reads a character at a time. */
  private static final int SHORT = 24;

  private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "ſt", "st"};

  /**
   * The text as printed: its Latin ligatures written out and the characters that print nothing
   * ({@link #isInvisible}) dropped; the same string where there is neither, as where every
   * character comes before the soft hyphen, U+00AD, the first of them, told with one comparison a
   * character.
   */
  static String printed(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u00AD') {
        return dropInvisible(expandLigatures(s));
      }
    }
    return s;
  }

  /**
   * The text with the Latin ligatures U+FB00 to U+FB06 that some extraction tools leave ("ﬁrst")
   * written out as their letters ("first"); the same string when it holds none.
   */
  static String expandLigatures(String s) {
    int i = firstLigature(s);
    if (i < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isLigature(c)) {
        sb.append(LIGATURES[c - '\uFB00']);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether a character is one of the Latin ligatures U+FB00 to U+FB06 ({@code ﬁ}). */
  static boolean isLigature(char c) {
    return c >= '\uFB00' && c <= '\uFB06';
  }

  /**
   * Where the first ligature is, or -1. In a word, found in one look at each character; in a longer
   * text, each ligature is looked for with {@link String#indexOf(int)}, which answers at once for a
   * string that holds only Latin-1, as most text does, and scans the others fast.
   */
  private static int firstLigature(String s) {
    int n = s.length();
    if (n <= SHORT) {
      for (int i = 0; i < n; i++) {
        if (isLigature(s.charAt(i))) {
          return i;
        }
      }
      return -1;
    }
    int first = -1;
    for (char c = '\uFB00'; c <= '\uFB06'; c++) {
      int at = s.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** The text without the characters {@link #isInvisible} knows; the same string without any. */
  static String dropInvisible(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !isInvisible(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isInvisible(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The named HTML entities that PDF-to-Markdown tools write, and the characters they stand for.
   */
  private static final String[][] ENTITIES = {
    {"&amp;", "&"},
    {"&lt;", "<"},
    {"&gt;", ">"},
    {"&quot;", "\""},
    {"&apos;", "'"},
    {"&nbsp;", " "} // a space, as the text's other spaces, which a no-break space reads as
  };

  /**
   * The length of the HTML entity at {@code at} ({@code &amp;}, {@code &lt;}, {@code &#39;}, {@code
   * &#x2019;}), as a tool that writes Markdown escapes text, or 0 where none stands there or it
   * stands for a character that text may not hold.
   */
  static int entityAt(String s, int at) {
    if (at + 3 >= s.length() || s.charAt(at) != '&') {
      return 0;
    }
    for (String[] entity : ENTITIES) {
      if (s.startsWith(entity[0], at)) {
        return entity[0].length();
      }
    }
    return numericEntity(s, at) > 0 ? entityEnd(s, at) + 1 - at : 0;
  }

  /** Where the {@code ;} of a numeric entity at {@code at} stands, within its longest, or -1. */
  private static int entityEnd(String s, int at) {
    for (int i = at + 2; i < Math.min(s.length(), at + 12); i++) {
      if (s.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  /** The code point of the numeric entity at {@code at} ({@code &#39;}, {@code &#x2019;}), or 0. */
  private static int numericEntity(String s, int at) {
    if (!s.startsWith("&#", at)) {
      return 0;
    }
    boolean hex = at + 2 < s.length() && (s.charAt(at + 2) == 'x' || s.charAt(at + 2) == 'X');
    int from = at + (hex ? 3 : 2);
    int end = entityEnd(s, at);
    if (end <= from || end - from > (hex ? 6 : 7)) {
      return 0;
    }
    int code = 0;
    for (int i = from; i < end; i++) {
      int digit = Character.digit(s.charAt(i), hex ? 16 : 10);
      if (digit < 0) {
        return 0;
      }
      code = code * (hex ? 16 : 10) + digit;
    }
    boolean forbidden =
        code > Character.MAX_CODE_POINT
            || code < 0x20
            || (code >= 0x7F && code <= 0x9F)
            || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)
            || (code & 0xFFFE) == 0xFFFE;
    return forbidden ? 0 : code;
  }

  /**
   * The characters that the HTML entity at {@code at}, which {@link #entityAt} found, stands for.
   */
  static String entityText(String s, int at) {
    int code = numericEntity(s, at);
    if (code > 0) {
      return new String(Character.toChars(code));
    }
    for (String[] entity : ENTITIES) {
      if (s.startsWith(entity[0], at)) {
        return entity[1];
      }
    }
    return s.substring(at, at + 1);
  }

  /** Whether {@code c} is ASCII punctuation, which a backslash escapes in Markdown. */
  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  /**
   * The text with the backslash of each Markdown escape dropped ({@code US\$10}, {@code \[sic\]});
   * where {@code keepMarks}, the escapes of an asterisk, an underscore and a backslash are kept,
   * for the emphasis reader to tell them from marks. The same string where there is none.
   */
  static String unescapeMarkdown(String s, boolean keepMarks) {
    int b = s.indexOf('\\');
    if (b < 0) {
      return s;
    }
    StringBuilder sb = null;
    int copied = 0;
    int n = s.length();
    for (; b >= 0 && b + 1 < n; b = s.indexOf('\\', b + 2)) {
      char c = s.charAt(b + 1);
      if (!isAsciiPunctuation(c) || (keepMarks && (c == '*' || c == '_' || c == '\\'))) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n);
      }
      sb.append(s, copied, b);
      copied = b + 1;
    }
    return sb == null ? s : sb.append(s, copied, n).toString();
  }

  /** Whether {@code s[from, to)} holds only blanks and characters that print nothing. */
  static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlank(s.charAt(i)) && !isInvisible(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Zero-width characters extraction leaves that carry nothing: BOM, soft hyphen, zero-width space,
   * word joiner.
   */
  static boolean isInvisible(char c) {
    return c == '\uFEFF' || c == '\u00AD' || c == '\u200B' || c == '\u2060';
  }

  /**
   * Whether a character separates words: white space ({@link Character#isWhitespace(char)}) or a
   * space {@link #isSpace} knows. Printable ASCII other than the space, most of any text, is
   * answered with two comparisons.
   *
   * @param c the character
   * @return true for a separator
   */
  static boolean isBlank(char c) {
    if (isVisibleAscii(c)) {
      return false;
    }
    return Character.isWhitespace(c) || isSpace(c);
  }

  /**
   * Whether a character is printable ASCII, the space too: U+0020 to U+007E, with one comparison,
   * unsigned, which a loop over a text runs faster than two.
   *
   * @param c the character
   * @return true for printable ASCII
   */
  static boolean isPrintableAscii(char c) {
    return c - 0x20 + Integer.MIN_VALUE < 0x7F - 0x20 + Integer.MIN_VALUE;
  }

  /**
   * Finds in a text the characters that are not printable ASCII, skipping the rest eight at a time:
   * the text is read as the bytes that ISO-8859-1 writes for it, one a character, {@code ?} for
   * each character beyond Latin-1, so that a byte that is printable ASCII and not {@code ?} is its
   * character. A text whose pair of surrogates ISO-8859-1 writes as one byte is read a character at
   * a time.
   */
  static final class Latin1Scan {
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

    /**
     * The text's bytes, one a character, eight to a long, the first the lowest, and printable ASCII
     * after the last; null where a character is read at a time.
     */
    private final long[] longs;

    /** The text's length. */
    private final int n;

    private Latin1Scan(long[] longs, int n) {
      this.longs = longs;
      this.n = n;
    }

    /**
     * The scan of a text, in this thread's arrays ({@link Scratch#scan}): it is good until the next
     * scan of a text on the thread.
     */
    static Latin1Scan of(String text) {
      byte[] b = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      int n = b.length;
      if (n != text.length()) {
        return new Latin1Scan(null, n);
      }
      long[] longs = Scratch.get().scan((n >> 3) + 1);
      // copied eight bytes to a long at once: read from a buffer one at a time, they would cost
      // each read a check of the buffer's bounds and order
      Latin1.longs(b).asLongBuffer().get(0, longs, 0, n >> 3);
      long last = 0x2020202020202020L; // spaces after the text's last bytes
      for (int i = n & ~7; i < n; i++) {
        int shift = (i & 7) << 3;
        last = (last & ~(0xFFL << shift)) | (b[i] & 0xFFL) << shift;
      }
      longs[n >> 3] = last;
      return new Latin1Scan(longs, n);
    }

    /**
     * The first index at or after {@code from} whose character may not be printable ASCII: every
     * one that is not, each {@code ?}, and, in a text read a character at a time, {@code from}
     * itself; the text's length when there is none.
     */
    int next(int from) {
      if (longs == null) {
        return from;
      }
      int k = from >> 3;
      // the bytes before from, in the first long, are not looked at
      long odd = odd(longs[k]) & (-1L << ((from & 7) << 3));
      while (odd == 0) {
        if (++k > n >> 3) {
          return n;
        }
        odd = odd(longs[k]);
      }
      return (k << 3) + (Long.numberOfTrailingZeros(odd) >>> 3);
    }

    /**
     * Per byte, the high bit, without a carry into the next: at or beyond 0x80, below 0x20, 0x7F,
     * or {@code ?}.
     */
    private static long odd(long x) {
      long low = x & LOW_BITS;
      long question = low ^ 0x3F3F3F3F3F3F3F3FL; // a zero byte where '?' stands
      return (x
              | ~(low + 0x6060606060606060L)
              | (low + 0x0101010101010101L)
              | ~(question + LOW_BITS))
          & Latin1.HIGH_BITS;
    }
  }

  /**
   * Whether a character is printable ASCII other than the space: U+0021 to U+007E, as {@link
   * #isPrintableAscii} tests.
   *
   * @param c the character
   * @return true for printable ASCII but the space
   */
  static boolean isVisibleAscii(char c) {
    return c - 0x21 + Integer.MIN_VALUE < 0x7F - 0x21 + Integer.MIN_VALUE;
  }

  /** Whether {@code s[from, to)} holds the character {@code c}. */
  static boolean holds(String s, char c, int from, int to) {
    return indexOf(s, c, from, to) >= 0;
  }

  /** Where the first character of {@code s[i, to)} that is no blank stands; or {@code to}. */
  static int skipBlanks(String s, int i, int to) {
    while (i < to && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where {@code s[from, e)} ends without the blanks at its end. */
  static int trimBlanks(String s, int from, int e) {
    while (e > from && isBlank(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Where the character {@code c} first stands in {@code s[from, to)}, or -1. */
  static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a character is the fullwidth form of an ASCII character, U+FF01 to U+FF5E. */
  static boolean isFullwidthAscii(char c) {
    return c >= '\uFF01' && c <= '\uFF5E';
  }

  /**
   * Whether a character is written without spaces between words, as Japanese and Chinese are: a Han
   * ideograph, a kana, or a CJK or fullwidth punctuation mark.
   */
  static boolean isCjk(int c) {
    if ((c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || c == 0x30FC) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * The text with the fullwidth forms of ASCII characters as those characters ({@code Ｎｏ．９３} as
   * {@code No.93}), and a zero-width space, word joiner or byte-order mark as a space: a text of
   * the same length, each character in its place.
   */
  static String foldFullwidth(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      out[i] = c == '\u200B' || c == '\u2060' || c == '\uFEFF' ? ' ' : ascii(c);
    }
    return new String(out);
  }

  /** The ASCII character of a fullwidth form; any other character as it is. */
  static char ascii(char c) {
    return isFullwidthAscii(c) ? (char) (c - 0xFEE0) : c;
  }

  /** The characters that windows-1252 gives the bytes 0x80 to 0x9F; U+FFFF for a byte it lacks. */
  private static final String CP1252_HIGH =
      "\u20AC\uFFFF\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFF\u017D\uFFFF"
          + "\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFF\u017E"
          + "\u0178";

  /**
   * The character that windows-1252 gives the byte of a C1 control character (U+0080 to U+009F), as
   * where a tool read windows-1252 text as Latin-1 ({@code U+0092} for {@code ’}); U+FFFF for a
   * byte that windows-1252 lacks or another character.
   */
  static char fromCp1252(char c) {
    // only the punctuation that text holds often: the quotation marks, the bullet and the dashes;
    // another such control character is as likely a symbol font's code (U+0080) or a line end
    // (U+0085, NEL) as windows-1252's character
    return c >= 0x91 && c <= 0x97 ? CP1252_HIGH.charAt(c - 0x80) : '\uFFFF';
  }

  /**
   * The byte 0x80 to 0xBF, a UTF-8 sequence's continuation, that a character stands for where a
   * tool read UTF-8 as windows-1252 or Latin-1: its windows-1252 character, or the byte itself as a
   * control character or a Latin-1 one; else -1.
   */
  private static int continuationByte(char c) {
    if (c >= 0x80 && c <= 0xBF) {
      return c;
    }
    int b = c < 0x100 ? -1 : CP1252_HIGH.indexOf(c);
    return b < 0 ? -1 : 0x80 + b;
  }

  /**
   * The length of the UTF-8 sequence at {@code i} that a tool read as windows-1252 (or Latin-1) and
   * wrote back as characters ({@code â€™} for {@code ’}, {@code Ã©} for {@code é}): a lead byte
   * U+00C2 to U+00F4 and the continuation bytes that it calls for, which decode to one character;
   * or 0.
   */
  static int mojibakeAt(String s, int i) {
    char lead = s.charAt(i);
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
    if (i + need >= s.length()) {
      return 0;
    }
    int cp = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
    for (int k = 1; k <= need; k++) {
      int b = continuationByte(s.charAt(i + k));
      if (b < 0) {
        return 0;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    boolean overlong = (need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000);
    boolean invalid = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
    return overlong || invalid ? 0 : need + 1;
  }

  /** The character that the sequence {@link #mojibakeAt} found at {@code i} stands for. */
  static String mojibakeText(String s, int i, int length) {
    char lead = s.charAt(i);
    int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (continuationByte(s.charAt(i + k)) & 0x3F);
    }
    return new String(Character.toChars(cp));
  }

  /**
   * The length of the line end at {@code i}, as {@link Source} parts lines: 2 for CR LF, 3 for CR
   * CR LF, 1 for a lone CR or LF; 0 where none starts there.
   */
  static int lineBreakLength(String s, int i, int to) {
    char c = s.charAt(i);
    if (c == '\n') {
      return 1;
    }
    if (c != '\r') {
      return 0;
    }
    if (i + 1 < to && s.charAt(i + 1) == '\n') {
      return 2;
    }
    return i + 2 < to && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n' ? 3 : 1;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || (c < 0x80 ? c == '\f' : isWideSpace(c));
  }

  /**
   * The text with each space beyond ASCII (a no-break space between a given and a family name, an
   * en space) as a plain space; the same string where it holds none.
   */
  static String plainSpaces(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80 && isWideSpace(s.charAt(i))) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = ' ';
      }
    }
    return out == null ? s : new String(out);
  }

  /**
   * The text with each run of spaces and tabs, of any kind, as one plain space, as a name's words
   * stand apart; the same string where there is no such run but single plain spaces.
   */
  static String oneSpace(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean space = isSpace(c);
      boolean plain = c == ' ' && (i + 1 == n || !isSpace(s.charAt(i + 1)));
      if (out == null && space && !plain) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (out != null && (!space || out.length() == 0 || out.charAt(out.length() - 1) != ' ')) {
        out.append(space ? ' ' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** The spaces beyond ASCII: Unicode's space separators, U+00A0 to U+3000. */
  private static boolean isWideSpace(char c) {
    return c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u1680';
  }

  /**
   * Whether a character marks a footnote after a name: an asterisk, a dagger, a double dagger, a
   * section or pilcrow sign, or a superscript digit.
   *
   * @param c the character
   * @return true for a footnote mark
   */
  static boolean isFootnoteMark(char c) {
    return c == '*'
        || c == '\u2020'
        || c == '\u2021'
        || c == '\u00A7'
        || c == '\u00B6'
        || c == '\u00B9'
        || c == '\u00B2'
        || c == '\u00B3'
        || (c >= '\u2070' && c <= '\u2079');
  }

  /**
   * Whether a character is one of the dashes and quotation marks U+2010 to U+201F or the ellipsis
   * U+2026: the characters beyond Latin-1 of most English text, which {@code
   * TitleCase.Forms.learnLatin1} reads.
   */
  static boolean isQuoteOrDash(char c) {
    return (c >= '\u2010' && c <= '\u201F') || c == '\u2026';
  }

  /**
   * Whether {@code s[from, to)} holds only a page number: "2", "- 2 -", "– 2 –", "2/3", "Page 2",
   * "Page 2 of 3", "p. 2".
   */
  static boolean isPageNumber(String s, int from, int to) {
    if (to - from > 16 || to <= from || !opensPageNumber(s.charAt(from))) {
      return false;
    }
    String line = s.substring(from, to).toLowerCase(Locale.ROOT);
    for (String word : PAGE_WORDS) {
      if (line.startsWith(word)) {
        line = line.substring(word.length());
        break;
      }
    }
    int digits = 0; // of the current number, at most three
    int numbers = 0;
    boolean inNumber = false;
    // between dashes, a letter that OCR reads for a digit is the digit: - l -, - 1O -
    boolean dashed = line.charAt(0) == '-' || line.charAt(0) == '\u2013';
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean digit =
          (c >= '0' && c <= '9')
              || (dashed && (c == 'l' || c == 'i' || (c == 'o' && !line.startsWith("of ", i))));
      if (digit) {
        digits = inNumber ? digits + 1 : 1;
        numbers += inNumber ? 0 : 1;
        if (digits > 3) {
          return false;
        }
      } else if (c == 'o' && line.startsWith("of ", i) && numbers == 1) {
        i += 2;
      } else if (c != '-' && c != '\u2013' && c != ' ' && c != '/') {
        return false;
      }
      inNumber = digit;
    }
    return numbers >= 1 && numbers <= 2;
  }

  private static final List<String> PAGE_WORDS = List.of("page ", "page", "p. ", "p.");

  /**
   * Whether a page number can open with {@code c}: a digit, a mark or blank that may stand before
   * one, or the P of {@link #PAGE_WORDS}.
   */
  private static boolean opensPageNumber(char c) {
    return (c >= '0' && c <= '9')
        || c == 'p'
        || c == 'P'
        || c == '-'
        || c == '\u2013'
        || c == ' '
        || c == '/';
  }

  /**
   * Whether {@code s[from, to)} is a line drawn with characters, as over the biographies or between
   * sections: three or more of {@code _ - = * ~}, dashes, box-drawing lines or middle dots, spaced
   * or not, and nothing else.
   */
  static boolean isRule(String s, int from, int to) {
    int marks = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ("_-=*~\u00B7\u2010\u2012\u2013\u2014\u2015\u2500\u2501".indexOf(c) >= 0) {
        marks++;
      } else if (!isBlank(c)) {
        return false;
      }
    }
    return marks >= 3;
  }

  /** A hyphen-minus, or the hyphen or non-breaking hyphen of Unicode's punctuation. */
  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** A colon, or the full-width colon of East Asian text. */
  static boolean isColon(char c) {
    return c == ':' || c == '\uFF1A';
  }

  /**
   * Whether a character opens a key point: the bullets of word processors (geometric shapes,
   * arrows, check marks, the katakana middle dot) and the private-use code points that text
   * extraction gives for the bullets of the Symbol and Wingdings fonts.
   */
  static boolean isBullet(char c) {
    switch (c) {
      case '\u2022': // bullet
      case '\u2023': // triangular bullet
      case '\u2043': // hyphen bullet
      case '\u2219': // bullet operator
      case '\u00B7': // middle dot
      case '\u30FB': // katakana middle dot
      case '\u25A0': // black square
      case '\u25AA': // black small square
      case '\u25B6': // black right-pointing triangle
      case '\u25BA': // black right-pointing pointer
      case '\u25C6': // black diamond
      case '\u25C7': // white diamond
      case '\u25CB': // white circle
      case '\u25CF': // black circle
      case '\u25E6': // white bullet
      case '\u2713': // check mark
      case '\u2714': // heavy check mark
      case '\u2756': // black diamond minus white X
      case '\u27A2': // arrowhead
      case '\u2666': // black diamond suit
      case '\u25A1': // white square
      case '\u25AB': // white small square
      case '\u25B8': // black right-pointing small triangle
      case '\u25FC': // black medium square
      case '\u25FE': // black medium small square
      case '\u27A4': // black right arrowhead
      case '\uF06C': // Wingdings black circle
      case '\uF06E': // Wingdings black square
      case '\uF071': // Wingdings shadowed white square
      case '\uF075': // Wingdings black diamond
      case '\uF076': // Wingdings diamond
      case '\uF09F': // Wingdings bullet
      case '\uF0A7': // Wingdings small square
      case '\uF0A8': // Wingdings white square
      case '\uF0B2': // Wingdings white diamond
      case '\uF0B7': // Symbol bullet
      case '\uF0D8': // Wingdings arrowhead
      case '\uF0FC': // Wingdings check mark
        return true;
      default:
        return false;
    }
  }

  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '?' || c == '!' || c == '"' || c == '”' || c == '’' || c == '\''
        || c == ')' || c == ']' || c == ':' || c == '…';
  }

  static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || closingBracket(c) != 0;
  }

  /** The bracket that closes an opening bracket, as around a subheading; 0 for any other. */
  static char closingBracket(char open) {
    switch (open) {
      case '(':
        return ')';
      case '[':
        return ']';
      case '<':
        return '>';
      case '\u3008': // left angle bracket
        return '\u3009';
      case '\u300A': // left double angle bracket
        return '\u300B';
      case '\u3010': // left black lenticular bracket
        return '\u3011';
      case '\uFF08': // fullwidth left parenthesis
        return '\uFF09';
      default:
        return 0;
    }
  }

  /** The words of the publisher's name that the masthead prints, whatever else the line holds. */
  static final String PUBLISHER_MARK = "Association of Japanese Institutes";

  /** Where {@code needle} first stands in {@code s[from, to)}, whatever its case; or -1. */
  static int indexOfIgnoreCase(String s, String needle, int from, int to) {
    for (int i = from; i + needle.length() <= to; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code s[from, to)} ends with the series name glued on to other text: a file that ended
   * with no newline, and another one put after it.
   */
  static boolean endsWithSeriesName(String s, int from, int to) {
    int at = to - 16;
    return at > from && s.regionMatches(true, at, "AJISS-Commentary", 0, 16);
  }

  /**
   * Whether {@code s[from, to)}, past its blanks and characters that print nothing, opens with the
   * series name ({@link #seriesNameEnd}).
   */
  static boolean opensWithSeriesName(String s, int from, int to) {
    int k = from;
    while (k < to && (isBlank(s.charAt(k)) || isInvisible(s.charAt(k)))) {
      k++;
    }
    return k + 5 <= to && s.regionMatches(true, k, "AJISS", 0, 5) && seriesNameEnd(s, k, to) >= 0;
  }

  /**
   * Where the series name ends that opens {@code s[from, to)} as extraction gives a heading set
   * with wide tracking, its letters spaced out ({@code A J I S S - C o m m e n t a r y}), or in
   * fullwidth forms ({@code ＡＪＩＳＳ－Commentary}): one space at most between two of its characters,
   * the dash or none; -1 where it does not.
   */
  static int spacedSeriesNameEnd(String s, int from, int to) {
    String name = "AJISS-Commentary";
    int i = from;
    for (int k = 0; k < name.length(); k++) {
      if (k > 0 && i < to && s.charAt(i) == ' ') {
        i++;
      }
      if (i >= to) {
        return -1;
      }
      char c = ascii(s.charAt(i));
      char want = name.charAt(k);
      if (want == '-') {
        if (isSeriesDash(c)) {
          i++;
        }
        continue; // the dash, or none
      }
      if (Character.toLowerCase(c) != Character.toLowerCase(want)) {
        return -1;
      }
      i++;
    }
    return i < to && Character.isLetterOrDigit(s.charAt(i)) ? -1 : i;
  }

  static boolean isSeriesDash(char c) {
    return "-\u2010\u2011\u2012\u2013\u2014".indexOf(c) >= 0;
  }

  /**
   * Where the series name that starts at {@code at} ends, when it is "AJISS" and "Commentary" with
   * a hyphen or dash between, spaced or not, or a space alone, in any case; else -1.
   */
  static int seriesNameEnd(String s, int at, int to) {
    int q = at + 5;
    while (q < to && s.charAt(q) == ' ') {
      q++;
    }
    if (q < to && isSeriesDash(s.charAt(q))) {
      q++;
      while (q < to && s.charAt(q) == ' ') {
        q++;
      }
    }
    if (q == at + 5 || q + 10 > to || !s.regionMatches(true, q, "Commentary", 0, 10)) {
      return -1;
    }
    // a word in lower case or a number glued on is not the publisher: the name is then misread,
    // or part of another word (a file name, AJISS-Commentary250.pdf)
    return q + 10 < to
            && (Character.isLowerCase(s.charAt(q + 10)) || Character.isDigit(s.charAt(q + 10)))
        ? -1
        : q + 10;
  }
}
