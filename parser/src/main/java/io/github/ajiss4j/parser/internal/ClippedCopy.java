package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.parser.internal.Words.Spans;
import java.util.Locale;

/**
 * Finds the clipped copy of the first paragraph: a run of pieces, each the start of a line of the
 * paragraph cut mid-word, printed before the paragraph itself. Every piece aligns, in order, with a
 * nearby later stretch of the paragraph; a cut piece aligns with the start of a word.
 */
final class ClippedCopy {

  /** How many words the copy may hold at most: a boxed column of a page. */
  static final int MAX_WORDS = 400;

  /** How far ahead in the paragraph the next piece may start. */
  private static final int WINDOW = 30;

  private ClippedCopy() {}

  /**
   * Returns the number of leading words that form a clipped copy of the words after them, or 0.
   *
   * @param text the text the words come from
   * @param words the words of the opening of the body; the copy ends at a tab, at a line end when
   *     it stands as lines of a narrow column, or, where extraction turned the tab into spaces or a
   *     line end, before a word that opens a sentence, and then it must be long and nearly whole
   */
  static int find(String text, Spans words) {
    Norm norm = new Norm(text, words);
    int best = 0;
    int bestScore = 0;
    int limit = Math.min(words.size - 3, MAX_WORDS);
    FirstPiece firstPiece = new FirstPiece(norm, limit + WINDOW);
    for (int k = 1; k <= limit; k++) {
      boolean hardBreak = words.hardBreaks[k];
      boolean tab = hardBreak && tabBefore(text, words, k);
      boolean column = !tab && hardBreak && shortLines(text, words, k);
      // the cheap test first: most words do not open a sentence
      if (!tab
          && !column
          && !(opensSentence(text, words.starts[k], words.ends[k])
              && firstPiece.within(k, WINDOW))) {
        continue;
      }
      int matched = 0;
      int exact = 0;
      int unmatched = 0;
      int skips = 0;
      // a copy misses at most a quarter of its words, or a ninth where no layout marks its end
      int budget = tab || column ? 4 : 9;
      int j = k;
      for (int i = 0; i < k; i++) {
        String piece = norm.get(i);
        if (piece.isEmpty()) {
          continue;
        }
        char initial = piece.charAt(0);
        int found = -1;
        int end = Math.min(norm.length, j + WINDOW);
        for (int q = j; q < end; q++) {
          if (norm.initial(q) != initial) {
            continue; // neither equal to the piece nor starting with it
          }
          String w = norm.get(q);
          if (w.equals(piece)) {
            found = q;
            exact++;
            break;
          }
          if (w.startsWith(piece)) {
            found = q;
            break;
          }
        }
        if (found >= 0) {
          matched++;
          if (found > j) {
            skips++; // the next piece starts further on, at the next line of the paragraph
          }
          j = found + 1;
        } else if (++unmatched * budget > k) {
          break; // more misses than a copy of k words can have
        }
      }
      if (unmatched * budget > k) {
        continue;
      }
      int score = matched - 2 * unmatched;
      boolean enough = matched >= 3 ? matched * 4 >= (matched + unmatched) * 3 : unmatched == 0;
      enough &= exact * 5 >= (matched + unmatched) * 3;
      if (!tab) {
        // its pieces hold a few words each, as the lines of a column do
        enough &= 2 * matched >= 5 * skips;
      }
      if (!tab && !column) {
        // no layout marks the end of the copy: ask for a long, nearly whole one
        enough &= matched >= 12 && unmatched * 8 <= matched && skips >= 3;
      }
      if (enough && score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  /**
   * The normalized words ({@link #normalize}), each made on first use: most candidate ends are
   * rejected before their words are looked at, so most words never need one.
   */
  private static final class Norm {
    final int length;
    private final String text;
    private final Spans words;
    private final String[] norm;

    /**
     * The first character of each normalized word, to reject most pairs without comparing strings;
     * {@link #NONE} for an empty word, 0 before the word is normalized.
     */
    private final int[] initials;

    private static final int NONE = -1;

    Norm(String text, Spans words) {
      this.text = text;
      this.words = words;
      this.length = words.size;
      this.norm = new String[length];
      this.initials = new int[length];
    }

    String get(int i) {
      String n = norm[i];
      if (n == null) {
        n = normalize(text, words.starts[i], words.ends[i]);
        norm[i] = n;
        initials[i] = n.isEmpty() ? NONE : n.charAt(0) + 1; // + 1: 0 stays "not yet"
      }
      return n;
    }

    /** The first character of the normalized word {@code i}, or -1 when it is empty. */
    int initial(int i) {
      if (norm[i] == null) {
        get(i);
      }
      int c = initials[i];
      return c == NONE ? NONE : c - 1;
    }
  }

  /**
   * Where the opening two words come again, as the copy's first piece comes again in the paragraph,
   * at positions {@code q >= 2} below a bound. Without a layout mark, a copy can only end within
   * reach of such a place. Each position is tested on first use and the answer kept.
   */
  private static final class FirstPiece {
    private final Norm norm;
    private final int n;
    private final boolean usable;

    /** Per position: 0 not yet tested, 1 the first piece comes again there, -1 it does not. */
    private final byte[] again;

    FirstPiece(Norm norm, int length) {
      this.norm = norm;
      this.n = Math.min(norm.length, length);
      this.usable = norm.length >= 2 && !norm.get(0).isEmpty() && !norm.get(1).isEmpty();
      this.again = new byte[Math.max(n, 0)];
    }

    /** Whether the first piece comes again at some position in [k, k + window). */
    boolean within(int k, int window) {
      int end = Math.min(n, k + window);
      for (int q = k; q < end; q++) {
        if (at(q)) {
          return true;
        }
      }
      return false;
    }

    private boolean at(int q) {
      if (again[q] == 0) {
        boolean yes =
            usable
                && q >= 2
                && q + 1 < norm.length
                && norm.get(q).equals(norm.get(0))
                && norm.get(q + 1).startsWith(norm.get(1));
        again[q] = yes ? (byte) 1 : (byte) -1;
      }
      return again[q] == 1;
    }
  }

  private static boolean tabBefore(String text, Spans words, int k) {
    for (int g = words.ends[k - 1]; g < words.starts[k]; g++) {
      if (text.charAt(g) == '\t') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word {@code text[start, end)} can open a paragraph: a capital or a digit, after any
   * opening quotes.
   */
  private static boolean opensSentence(String text, int start, int end) {
    int i = start;
    while (i < end && Chars.isOpeningQuote(text.charAt(i))) {
      i++;
    }
    return i < end && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
  }

  /**
   * Whether the words before {@code k} lie on consecutive lines of at most 45 characters, with no
   * blank line between them.
   */
  private static boolean shortLines(String text, Spans words, int k) {
    int lines = 1;
    for (int i = 1; i < k; i++) {
      if (words.hardBreaks[i]) {
        lines++;
        if (Chars.isBullet(text.charAt(words.starts[i]))) {
          return false; // key points
        }
        int newlines = 0;
        for (int g = words.ends[i - 1]; g < words.starts[i]; g++) {
          newlines += text.charAt(g) == '\n' ? 1 : 0;
        }
        if (newlines > 1) {
          return false; // a blank line: paragraphs, not the lines of one column
        }
      }
    }
    if (lines < 2 || Chars.isBullet(text.charAt(words.starts[0]))) {
      return false;
    }
    int lineStart = words.starts[0];
    for (int i = 1; i <= k && i < words.size; i++) {
      if (words.hardBreaks[i] || i == k) {
        if (words.ends[i - 1] - lineStart > 45) {
          return false;
        }
        lineStart = words.starts[i];
      }
    }
    return true;
  }

  /**
   * The word {@code text[start, end)} without the non-alphanumeric characters at its ends, in lower
   * case.
   */
  static String normalize(String text, int start, int end) {
    int b = start;
    int e = end;
    while (b < e && !Character.isLetterOrDigit(text.charAt(b))) {
      b++;
    }
    while (e > b && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }
}
