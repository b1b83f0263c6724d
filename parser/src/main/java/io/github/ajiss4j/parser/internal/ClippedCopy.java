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
   * @param words the words of the opening of the body; the copy can end only at a tab or, when it
   *     stands as lines of a narrow column, at a line end
   */
  static int find(String text, List<Word> words) {
    String[] norm = new String[words.size()];
    for (int i = 0; i < norm.length; i++) {
      norm[i] = normalize(words.get(i).text);
    }
    int best = 0;
    int bestScore = 0;
    int limit = Math.min(words.size() - 3, MAX_WORDS);
    for (int k = 1; k <= limit; k++) {
      if (!words.get(k).hardBreak) {
        continue;
      }
      boolean tab = false;
      for (int g = words.get(k - 1).end; g < words.get(k).start && !tab; g++) {
        tab = text.charAt(g) == '\t';
      }
      if (!tab && !shortLines(words, k)) {
        continue; // without a tab, the copy shows as lines of a narrow column
      }
      int matched = 0;
      int exact = 0;
      int unmatched = 0;
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
          j = found + 1;
        } else {
          unmatched++;
        }
      }
      int score = matched - 2 * unmatched;
      boolean enough = matched >= 3 ? matched * 4 >= (matched + unmatched) * 3 : unmatched == 0;
      enough &= exact * 5 >= (matched + unmatched) * 3;
      if (enough && score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  /** Whether the words before {@code k} lie on lines of at most 45 characters. */
  private static boolean shortLines(List<Word> words, int k) {
    int lines = 1;
    for (int i = 1; i < k; i++) {
      if (words.get(i).hardBreak) {
        lines++;
      }
    }
    if (lines < 2) {
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
