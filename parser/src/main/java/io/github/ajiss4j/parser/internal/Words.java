package io.github.ajiss4j.parser.internal;

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
    int i = from;
    while (i < to && Chars.isBlank(s.charAt(i))) {
      i++;
    }
    if (i >= to) {
      return -1;
    }
    int start = i;
    int lastNonSpace = i;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\t') {
        break;
      }
      if (c == ' ' && i + 2 < to && s.charAt(i + 1) == ' ' && s.charAt(i + 2) == ' ') {
        break;
      }
      if (!Chars.isBlank(c)) {
        lastNonSpace = i;
      }
      i++;
    }
    column[0] = start;
    column[1] = lastNonSpace + 1;
    return i;
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
