package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.internal.Latin1;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;

/** A run of text split into words separated by white space, each with its offsets. */
final class Words {

  static final class Word {
    final int start;
    final int end;
    final String text;

    /** The separator before the word held a tab or a line end. */
    final boolean hardBreak;

    Word(int start, int end, String text, boolean hardBreak) {
      this.start = start;
      this.end = end;
      this.text = text;
      this.hardBreak = hardBreak;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * The words of a run as offsets only, without cutting each out as a string: what {@link #split}
   * finds, for callers that look at few of the words' texts.
   */
  static final class Spans {
    final int size;
    final int[] starts;
    final int[] ends;

    /** Per word: the separator before it held a tab or a line end. */
    final boolean[] hardBreaks;

    /** Per word: every character of it is in ASCII. */
    final boolean[] ascii;

    private Spans(int size, int[] starts, int[] ends, boolean[] hardBreaks, boolean[] ascii) {
      this.size = size;
      this.starts = starts;
      this.ends = ends;
      this.hardBreaks = hardBreaks;
      this.ascii = ascii;
    }

    /**
     * The words from {@code from} on, then the words before it, in new arrays; the first word after
     * the turn follows a hard break.
     */
    Spans turned(int from) {
      int[] s = new int[size];
      int[] e = new int[size];
      boolean[] h = new boolean[size];
      boolean[] a = new boolean[size];
      int tail = size - from;
      System.arraycopy(starts, from, s, 0, tail);
      System.arraycopy(starts, 0, s, tail, from);
      System.arraycopy(ends, from, e, 0, tail);
      System.arraycopy(ends, 0, e, tail, from);
      System.arraycopy(hardBreaks, from, h, 0, tail);
      System.arraycopy(hardBreaks, 0, h, tail, from);
      System.arraycopy(ascii, from, a, 0, tail);
      System.arraycopy(ascii, 0, a, tail, from);
      h[tail] = true;
      return new Spans(size, s, e, h, a);
    }

    /**
     * The words before {@code from}, then those from {@code to} on, in new arrays; the first word
     * after the gap follows a hard break.
     */
    Spans without(int from, int to) {
      int n = size - (to - from);
      int[] s = java.util.Arrays.copyOf(starts, n);
      int[] e = java.util.Arrays.copyOf(ends, n);
      boolean[] h = java.util.Arrays.copyOf(hardBreaks, n);
      boolean[] a = java.util.Arrays.copyOf(ascii, n);
      System.arraycopy(starts, to, s, from, size - to);
      System.arraycopy(ends, to, e, from, size - to);
      System.arraycopy(hardBreaks, to, h, from, size - to);
      System.arraycopy(ascii, to, a, from, size - to);
      if (from < n) {
        h[from] = true;
      }
      return new Spans(n, s, e, h, a);
    }
  }

  private Words() {}

  /**
   * Finds the same words as {@link #split}, as offsets, in this thread's arrays for one line
   * ({@link Scratch#line()}): they hold the words until the next call of this method or of {@link
   * #split(String, int, int)} on the thread, so a caller reads them at once.
   *
   * @param s the text
   * @param from where to start
   * @param to where to stop
   * @return the words
   */
  static Spans spans(String s, int from, int to) {
    Scratch line = Scratch.line();
    Spans spans = spans(s, from, to, line);
    line.trim();
    return spans;
  }

  /**
   * {@link #spans(String, int, int)} in the word arrays of a scratch, which the words are good for
   * until the next use of the scratch.
   */
  static Spans spans(String s, int from, int to, Scratch scratch) {
    int length = Math.max(0, to - from);
    Spans spans = length >= MASKED ? spansByMask(s, from, to, scratch) : null;
    return spans != null ? spans : spansByChar(s, from, to, scratch);
  }

  /**
   * The shortest run that {@link #spansByMask} reads: a shorter one is read a character at a time.
   */
  static final int MASKED = 128;

  /** {@link #spans(String, int, int, Scratch)} read a character at a time. */
  static Spans spansByChar(String s, int from, int to, Scratch scratch) {
    int length = Math.max(0, to - from);
    // a word and the space after it take two characters at least, and about six in prose
    scratch.words(Math.max(1, Math.min((length + 1) / 2, Math.max(16, length / 5))));
    Spans spans =
        spans(s, from, to, scratch.starts, scratch.ends, scratch.hardBreaks, scratch.ascii);
    scratch.starts = spans.starts; // grown, if the text held more words than estimated
    scratch.ends = spans.ends;
    scratch.hardBreaks = spans.hardBreaks;
    scratch.ascii = spans.ascii;
    return spans;
  }

  /**
   * {@link #spans(String, int, int, Scratch)} read as bytes, 64 at a time, where {@code s[from,
   * to)} holds no character beyond U+00FF; else null. Each block's blanks, tabs and line ends, and
   * characters beyond ASCII, are found as the bits of masks, eight bytes at a time, and its words'
   * starts and ends as the edges of the blanks' mask: no branch guesses where a word ends, as a
   * scan a character at a time does at about every word, and misses often.
   */
  static Spans spansByMask(String s, int from, int to, Scratch scratch) {
    int length = to - from;
    // a blank at least after the last character, so that every word ends in a block
    int padded = (length + 64) & ~63;
    scratch.bytes(padded);
    byte[] b = scratch.bytes;
    // ISO-8859-1 writes a character a byte, the character's own value, and stops at one beyond
    s.getChars(from, to, scratch.chars, 0);
    CharsetEncoder latin1 = scratch.latin1.reset();
    if (!latin1
        .encode(CharBuffer.wrap(scratch.chars, 0, length), scratch.out.clear(), true)
        .isUnderflow()) {
      return null;
    }
    java.util.Arrays.fill(b, length, padded, (byte) ' ');
    // copied eight bytes to a long at once: read from the buffer one at a time, they would cost
    // each read a check of its bounds and order
    long[] longs = scratch.longs;
    scratch.view.get(0, longs, 0, padded >> 3);
    // room for every word that the run can hold, one a character and a blank, so that no block
    // asks for more; a word follows no hard break and is in ASCII, but where a block says not
    int most = (length + 1) / 2;
    scratch.words(most + BATCH);
    int[] starts = scratch.starts;
    int[] ends = scratch.ends;
    boolean[] hardBreaks = scratch.hardBreaks;
    boolean[] ascii = scratch.ascii;
    java.util.Arrays.fill(hardBreaks, 0, most, false);
    java.util.Arrays.fill(ascii, 0, most, true);
    int begun = 0; // words whose start is written
    int n = 0; // words whose end is written too
    long wordCarry = 0; // whether the block before ended in a word
    long hardCarry = 0; // whether it ended in blanks after a tab or a line end
    long wideCarry = 0; // whether it ended in a word with a character beyond ASCII
    for (int base = 0; base < padded; base += 64) {
      // per byte, the high bit, for text as most of it is, printable ASCII and the space: a blank
      // is a byte up to 0x20; each byte below 0x20 or beyond 0x7F is marked in odd
      long blank = 0;
      long odd = 0;
      for (int g = 0; g < 8; g++) {
        long x = longs[(base >> 3) + g];
        long low = x & LOW_BITS;
        blank |= Latin1.gather(~((low + 0x5F5F5F5F5F5F5F5FL) | x) & HIGH_BITS) << (g << 3);
        odd |= ~(low + 0x6060606060606060L) | x;
      }
      long hard = 0;
      long high = 0;
      if ((odd & HIGH_BITS) != 0) {
        // a line end, a tab, another control character or one beyond ASCII: each is looked up
        odd = 0;
        for (int g = 0; g < 8; g++) {
          long x = longs[(base >> 3) + g];
          odd |=
              Latin1.gather((~((x & LOW_BITS) + 0x6060606060606060L) | x) & HIGH_BITS) << (g << 3);
        }
        for (; odd != 0; odd &= odd - 1) {
          int i = Long.numberOfTrailingZeros(odd);
          int kind = KINDS[b[base + i] & 0xFF];
          blank = (blank & ~(1L << i)) | (long) (kind & BLANK) << i;
          hard |= (long) ((kind & HARD) >>> 1) << i;
          high |= (long) ((kind & HIGH) >>> 2) << i;
        }
      }
      long words = ~blank;
      long before = (words << 1) | wordCarry;
      long startBits = words & ~before;
      long endBits = blank & before;
      wordCarry = words >>> 63;
      // the bit of a tab or line end, added to the run of blanks it stands in, carries up through
      // them to the next word's first character, 0 in both: set where a start follows one
      long hardSum = blank + hard + hardCarry;
      long hardStarts = hardSum & words;
      hardCarry = (blank & (hard | ~hardSum)) >>> 63;
      // so the bit of a character beyond ASCII carries through its word to the blank after it
      long wide = high & words;
      long wideSum = words + wide + wideCarry;
      long wideEnds = wideSum & blank;
      wideCarry = (words & (wide | ~wideSum)) >>> 63;
      // the starts and the ends apart, a word that goes on into the next block ending there; the
      // few hard breaks and words beyond ASCII are marked by their count of starts or ends before
      int at = from + base;
      for (; hardStarts != 0; hardStarts &= hardStarts - 1) {
        long below = (hardStarts & -hardStarts) - 1;
        hardBreaks[begun + Long.bitCount(startBits & below)] = true;
      }
      int count = Long.bitCount(startBits);
      positions(starts, begun, at, startBits, count);
      begun += count;
      for (; wideEnds != 0; wideEnds &= wideEnds - 1) {
        long below = (wideEnds & -wideEnds) - 1;
        ascii[n + Long.bitCount(endBits & below)] = false;
      }
      count = Long.bitCount(endBits);
      positions(ends, n, at, endBits, count);
      n += count;
    }
    return new Spans(n, starts, ends, hardBreaks, ascii);
  }

  /**
   * Writes at {@code into[from]} on the place of each of the {@code count} bits of {@code bits}, a
   * block's starts or ends, counted from {@code at}; the first {@link #BATCH} places whatever the
   * block holds, so that no loop's end is guessed for them: one past the block's words is written
   * over by the next block's, or stands past the last word.
   */
  private static void positions(int[] into, int from, int at, long bits, int count) {
    for (int k = 0; k < BATCH; k++) {
      into[from + k] = at + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
    }
    for (int k = BATCH; k < count; k++) {
      into[from + k] = at + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
    }
  }

  /**
   * The starts and ends of a block that {@link #spansByMask} writes in any case: about its words.
   */
  private static final int BATCH = 12;

  /** Per byte of Latin-1: {@link #BLANK}, {@link #HARD} and {@link #HIGH}, as the bits are set. */
  private static final byte[] KINDS = new byte[256];

  /** A separator: {@link #spans} parts words at it. */
  private static final int BLANK = 1;

  /** A tab or a line end, which makes the break before the next word a hard one. */
  private static final int HARD = 2;

  /** Beyond ASCII. */
  private static final int HIGH = 4;

  static {
    for (int c = 0; c < 256; c++) {
      boolean blank = c == ' ' || Chars.isBlank((char) c);
      boolean hard = c == '\t' || c == '\n' || c == '\r';
      KINDS[c] = (byte) ((blank ? BLANK : 0) | (hard ? HARD : 0) | (c >= 0x80 ? HIGH : 0));
    }
  }

  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

  private static final long HIGH_BITS = Latin1.HIGH_BITS;

  private static Spans spans(
      String s, int from, int to, int[] starts, int[] ends, boolean[] hardBreaks, boolean[] ascii) {
    int capacity = starts.length;
    int n = 0;
    int i = from;
    boolean hard = false;
    while (i < to) {
      char c = s.charAt(i);
      if (c == ' ' || Chars.isBlank(c)) {
        if (c == '\t' || c == '\n' || c == '\r') {
          hard = true;
        }
        i++;
        continue;
      }
      int start = i;
      int bits = c; // the bits of the word's characters outside printable ASCII, or-ed
      i++;
      while (i < to) {
        c = s.charAt(i);
        if (Chars.isVisibleAscii(c)) {
          i++; // most characters of a word: printable ASCII, in ASCII and no separator
          continue;
        }
        if (c == ' ' || Chars.isBlank(c)) {
          break;
        }
        bits |= c;
        i++;
      }
      if (n == capacity) {
        capacity *= 2;
        starts = java.util.Arrays.copyOf(starts, capacity);
        ends = java.util.Arrays.copyOf(ends, capacity);
        hardBreaks = java.util.Arrays.copyOf(hardBreaks, capacity);
        ascii = java.util.Arrays.copyOf(ascii, capacity);
      }
      starts[n] = start;
      ends[n] = i;
      hardBreaks[n] = hard;
      ascii[n] = bits < 0x80;
      n++;
      hard = false;
    }
    return new Spans(n, starts, ends, hardBreaks, ascii);
  }

  /** How many letters {@code s[from, to)} holds. */
  static int letters(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether {@code s[from, to)} holds more than {@code n} of the words that {@link #spans} finds,
   * read only as far as that.
   */
  static boolean moreThan(String s, int from, int to, int n) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean blank = c == ' ' || Chars.isBlank(c);
      if (!blank && !inWord && ++count > n) {
        return true;
      }
      inWord = !blank;
    }
    return false;
  }

  static List<Word> split(String s, int from, int to) {
    return split(s, spans(s, from, to));
  }

  /**
   * The words found as offsets, each cut out of the text.
   *
   * @param s the text the spans were found in
   * @param spans the words
   * @return the words
   */
  static List<Word> split(String s, Spans spans) {
    List<Word> words = new ArrayList<>(spans.size);
    for (int k = 0; k < spans.size; k++) {
      int start = spans.starts[k];
      int end = spans.ends[k];
      // a zero-width space is no part of a word, unless the word holds nothing else: one stands
      // for the rest of an HTML entity that a Markdown text held (R&amp;D)
      String text = s.substring(start, end);
      if (text.indexOf('\u200B') >= 0) {
        String kept = text.replace("\u200B", "");
        text = kept.isEmpty() ? text : kept;
      }
      words.add(new Word(start, end, text, spans.hardBreaks[k]));
    }
    return words;
  }

  /**
   * Splits a line into columns at tabs or runs of three or more spaces, as layout-keeping
   * extraction separates them; each column is trimmed, as [start, end).
   */
  static List<int[]> columns(String s, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int[] column = new int[2];
    for (int i = nextColumn(s, from, to, column); i >= 0; i = nextColumn(s, i, to, column)) {
      out.add(column.clone());
    }
    return out;
  }

  /**
   * The next of the {@link #columns} of {@code s[from, to)}, for a caller that may stop before the
   * last: sets {@code column} to it, as [start, end), and returns where the next is looked for; -1
   * when there is none.
   */
  static int nextColumn(String s, int from, int to, int[] column) {
    return nextColumn(s, from, to, column, Integer.MAX_VALUE);
  }

  /**
   * As {@link #nextColumn(String, int, int, int[])}, for a caller that takes a column of more than
   * {@code maxWords} words ({@link #moreThan}) for the body, where it needs no more of it: where
   * the column holds more, stops at the word past them and sets {@code column[1]} to -1.
   */
  static int nextColumn(String s, int from, int to, int[] column, int maxWords) {
    int i = from;
    while (i < to && Chars.isBlank(s.charAt(i))) {
      i++;
    }
    if (i >= to) {
      return -1;
    }
    int start = i;
    int lastNonSpace = i;
    int count = 0;
    boolean inWord = false;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\t') {
        break;
      }
      if (c == ' ' && i + 2 < to && s.charAt(i + 1) == ' ' && s.charAt(i + 2) == ' ') {
        break;
      }
      boolean blank = Chars.isBlank(c);
      if (!blank) {
        lastNonSpace = i;
        if (!inWord && ++count > maxWords) {
          column[0] = start;
          column[1] = -1;
          return i;
        }
      }
      inWord = !blank;
      i++;
    }
    column[0] = start;
    column[1] = lastNonSpace + 1;
    return i;
  }

  static boolean hasLower(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Levenshtein distance when it is at most {@code max}, else {@code max + 1}. Only the cells
   * within {@code max} of the diagonal are filled: a path through any other costs more than {@code
   * max}. The characters that open both strings alike, and those that close both alike, change no
   * distance and are set aside first: a word with one letter misread leaves one character of each
   * or none of one, which is told without the table.
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int over = max + 1;
    if (Math.abs(n - m) > max) {
      return over;
    }
    int from = 0;
    while (from < n && from < m && a.charAt(from) == b.charAt(from)) {
      from++;
    }
    while (n > from && m > from && a.charAt(n - 1) == b.charAt(m - 1)) {
      n--;
      m--;
    }
    n -= from;
    m -= from;
    if (n == 0 || m == 0) {
      return Math.min(n + m, over); // one is the other with the rest added
    }
    if (n == 1 && m == 1) {
      return Math.min(1, over); // one character for another
    }
    if (max <= 1) {
      // one edit leaves one character of each, or none of one: what is left is two edits apart
      return over;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - max);
      int hi = Math.min(m, i + max);
      cur[lo - 1] = lo == 1 ? Math.min(i, over) : over;
      int rowMin = cur[lo - 1];
      char c = a.charAt(from + i - 1);
      for (int j = lo; j <= hi; j++) {
        int cost = c == b.charAt(from + j - 1) ? 0 : 1;
        int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        cur[j] = Math.min(d, over);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (hi < m) {
        cur[hi + 1] = over; // outside the band, for the next row
      }
      if (rowMin > max) {
        return over;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  static String join(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(words.get(i).text);
    }
    return sb.toString();
  }

  /** Whether a word is in capitals, two letters or more: {@code US}, {@code ASEAN}. */
  static boolean isAcronym(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is a capital and lower-case letters: {@code China}. */
  static boolean isCapitalised(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
