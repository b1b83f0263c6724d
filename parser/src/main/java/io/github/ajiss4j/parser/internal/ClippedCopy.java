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
    for (int k = 1; k <= limit; k++) {
      Word next = words.get(k);
      boolean column = next.hardBreak && (tabBefore(text, words, k) || shortLines(words, k));
      if (!column && !opensSentence(next.text)) {
        continue;
      }
      int matched = 0;
      int exact = 0;
      int unmatched = 0;
      int skips = 0;
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
        } else {
          unmatched++;
        }
      }
      int score = matched - 2 * unmatched;
      boolean enough = matched >= 3 ? matched * 4 >= (matched + unmatched) * 3 : unmatched == 0;
      enough &= exact * 5 >= (matched + unmatched) * 3;
      if (!column) { // no layout marks the end of the copy: ask for a long, nearly whole one
        enough &= matched >= 12 && unmatched * 8 <= matched && skips >= 3;
      }
      if (enough && score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
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
