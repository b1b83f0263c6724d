package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.parser.internal.Words.Word;
import java.util.List;
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
  static int find(String text, List<Word> words) {
    String[] norm = new String[words.size()];
    for (int i = 0; i < norm.length; i++) {
      norm[i] = normalize(words.get(i).text);
    }
    int best = 0;
    int bestScore = 0;
    int limit = Math.min(words.size() - 3, MAX_WORDS);
    int[] firstPiece = firstPieceAgain(norm, limit + WINDOW);
    for (int k = 1; k <= limit; k++) {
      Word next = words.get(k);
      boolean tab = next.hardBreak && tabBefore(text, words, k);
      boolean column = !tab && next.hardBreak && shortLines(text, words, k);
      if (!tab && !column && !(firstPiece[k] < k + WINDOW && opensSentence(next.text))) {
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
        if (norm[i].isEmpty()) {
          continue;
        }
        int found = -1;
        int end = Math.min(norm.length, j + WINDOW);
        for (int q = j; q < end; q++) {
          if (norm[q].equals(norm[i])) {
            found = q;
            exact++;
            break;
          }
          if (norm[q].startsWith(norm[i])) {
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
   * For each word position {@code k}, the first position at or after it where the opening two words
   * come again, as the copy's first piece comes again in the paragraph; {@code Integer.MAX_VALUE}
   * where they do not. Without a layout mark, a copy can only end within reach of such a place.
   */
  private static int[] firstPieceAgain(String[] norm, int length) {
    int n = Math.min(norm.length, length);
    int[] at = new int[n + 1];
    at[n] = Integer.MAX_VALUE;
    boolean usable = norm.length >= 2 && !norm[0].isEmpty() && !norm[1].isEmpty();
    for (int q = n - 1; q >= 0; q--) {
      boolean again =
          usable
              && q >= 2
              && q + 1 < norm.length
              && norm[q].equals(norm[0])
              && norm[q + 1].startsWith(norm[1]);
      at[q] = again ? q : at[q + 1];
    }
    return at;
  }

  private static boolean tabBefore(String text, List<Word> words, int k) {
    for (int g = words.get(k - 1).end; g < words.get(k).start; g++) {
      if (text.charAt(g) == '\t') {
        return true;
      }
    }
    return false;
  }

  /** Whether a word can open a paragraph: a capital or a digit, after any opening quotes. */
  private static boolean opensSentence(String w) {
    int i = 0;
    while (i < w.length() && Chars.isOpeningQuote(w.charAt(i))) {
      i++;
    }
    return i < w.length() && (Character.isUpperCase(w.charAt(i)) || Character.isDigit(w.charAt(i)));
  }

  /**
   * Whether the words before {@code k} lie on consecutive lines of at most 45 characters, with no
   * blank line between them.
   */
  private static boolean shortLines(String text, List<Word> words, int k) {
    int lines = 1;
    for (int i = 1; i < k; i++) {
      if (words.get(i).hardBreak) {
        lines++;
        if (Chars.isBullet(words.get(i).text.charAt(0))) {
          return false; // key points
        }
        int newlines = 0;
        for (int g = words.get(i - 1).end; g < words.get(i).start; g++) {
          newlines += text.charAt(g) == '\n' ? 1 : 0;
        }
        if (newlines > 1) {
          return false; // a blank line: paragraphs, not the lines of one column
        }
      }
    }
    if (lines < 2 || Chars.isBullet(words.get(0).text.charAt(0))) {
      return false;
    }
    int lineStart = words.get(0).start;
    for (int i = 1; i <= k && i < words.size(); i++) {
      Word w = words.get(i);
      if (w.hardBreak || i == k) {
        if (words.get(i - 1).end - lineStart > 45) {
          return false;
        }
        lineStart = w.start;
      }
    }
    return true;
  }

  static String normalize(String w) {
    int b = 0;
    int e = w.length();
    while (b < e && !Character.isLetterOrDigit(w.charAt(b))) {
      b++;
    }
    while (e > b && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(b, e).toLowerCase(Locale.ROOT);
  }
}
