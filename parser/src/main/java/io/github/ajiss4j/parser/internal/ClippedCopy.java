package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.parser.internal.Words.Spans;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** The widest line of a narrow boxed column, in characters. */
  static final int COLUMN_WIDTH = 45;

  /** How far ahead in the paragraph the next piece may start. */
  private static final int WINDOW = 30;

  /** {@link Character#isLetterOrDigit(char)} of each ASCII character. */
  private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

  /**
   * Each ASCII character in lower case where it is a letter or a digit ({@link
   * Character#toLowerCase(char)}), else 0.
   */
  private static final char[] ASCII_WORD_LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
      ASCII_WORD_LOWER[c] = ASCII_WORD_CHARS[c] ? Character.toLowerCase(c) : 0;
    }
  }

  private ClippedCopy() {}

  /** A word's character in lower case, or 0 for one that is no letter or digit. */
  private static char wordLower(char c) {
    return c < 128
        ? ASCII_WORD_LOWER[c]
        : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
  }

  /**
   * Returns the number of leading words that form a clipped copy of the words after them, or 0.
   *
   * @param text the text the words come from
   * @param words the words of the opening of the body; the copy ends at a tab, at a line end when
   *     it stands as lines of a narrow column, or, where extraction turned the tab into spaces or a
   *     line end, before a word that opens a sentence, and then it must be long and nearly whole;
   *     where a tab ends a copy, no end that layout does not mark is tried
   * @param scratch the arrays to work in
   */
  static int find(String text, Spans words, Scratch scratch) {
    Norm norm = new Norm(text, words, scratch);
    int limit = Math.min(words.size - 3, MAX_WORDS);
    FirstPiece firstPiece = new FirstPiece(norm, limit + WINDOW);
    Best best = new Best();
    // Candidate ends that layout marks first: they are few, and the best of them, usually the
    // copy, lets most candidates that only open a sentence be given up after a miss or two.
    // The order changes nothing: the best candidate is the one of highest score, and of those the
    // one of fewest words, as when every candidate is tried in turn.
    int[] layout = new int[8]; // the candidate ends that layout marks, in order
    int marked = 0;
    // read from a local: the calls in the loop would have the field read again at each word
    boolean[] hardBreaks = words.hardBreaks;
    for (int k = 1; k <= limit; k++) {
      if (hardBreaks[k]) {
        boolean tab = tabBefore(text, words, k);
        boolean column = !tab && shortLines(text, words, k);
        if (tab || column) {
          if (marked == layout.length) {
            layout = java.util.Arrays.copyOf(layout, marked * 2);
          }
          layout[marked++] = k;
          best.offer(k, score(norm, k, tab, column, best));
        }
      }
    }
    if (best.score > 0 && tabAt(marked, layout, best.k, text, words)) {
      return best.k; // a tab marks where the copy ends: no copy ends where nothing marks it
    }
    int nextMarked = 0;
    for (int k = 1; k <= limit; k++) {
      boolean isMarked = nextMarked < marked && layout[nextMarked] == k;
      if (isMarked) {
        nextMarked++;
      }
      // the cheap tests first: a candidate scores at most its number of pieces, and at most the
      // number of words after it, where its matched pieces are found, one word each at least;
      // and most words do not open a sentence
      if (!isMarked
          && best.beatenBy(k, Math.min(k, words.size - k))
          && opensSentence(text, words.starts[k], words.ends[k])
          && firstPiece.within(k, WINDOW)) {
        best.offer(k, score(norm, k, false, false, best));
      }
    }
    return best.k;
  }

  /**
   * Whether the words from {@code from} on form a clipped copy of the words before them, the
   * paragraph, printed after it: where extraction read the narrow boxed column after the paragraph
   * beside it. Its first two words must stand side by side among the paragraph's first words, which
   * most texts that follow a paragraph fail at once, and its pieces must align with the paragraph
   * as those of a long copy before it whose end no layout marks do: a dozen at least, nearly all
   * found.
   *
   * @param text the text the words come from
   * @param words the paragraph's words, then the candidate copy's
   * @param from where the candidate copy starts
   * @param scratch the arrays to work in
   */
  static boolean after(String text, Spans words, int from, Scratch scratch) {
    int copy = words.size - from;
    if (from < 4
        || copy < 3
        || copy > MAX_WORDS
        || copy >= from
        || !opensNear(new Norm(text, words, scratch), from)) {
      return false;
    }
    // scored as a copy whose end no layout marks: long and nearly whole, as few other texts are
    Spans turned = words.turned(from);
    return score(new Norm(text, turned, scratch), copy, false, false, new Best()) > 0;
  }

  /** How many lines from the first a copy apart from its paragraph may start within. */
  static final int HEADER_LINES = 120;

  /** How many lines from the first its paragraph may start within. */
  private static final int PARAGRAPH_LINES = 200;

  /**
   * Finds the clipped copy of a paragraph that stands apart from it, among the lines of the header
   * (after the sidebar's last line, before the issue line, between the byline and key points):
   * three narrow lines or more, each the start of a line of the paragraph, in order, its last word
   * cut or whole, a quarter of them at most damaged, and two of them at least cut in mid-word, as a
   * box cuts lines and as no line that only opens as another does (a byline's name over its
   * biography) is. A copy right before its paragraph, only blank lines, or its column's narrow
   * lines that go on past what matches and then blank lines, between them, is left to the body, and
   * its lines are not tried again. Only lines that open a sentence, as narrow as a boxed column's,
   * with two more as narrow under them, are tried as the copy's first line, and only against the
   * later lines that open as they do.
   *
   * @param text the text
   * @param src its lines
   * @param fromLine the first line looked at
   * @return the copy's first line and the line after its last, or null
   */
  static int[] apart(String text, Source src, int fromLine) {
    int candidates = Math.min(src.lineCount, fromLine + HEADER_LINES);
    int limit = Math.min(src.lineCount, fromLine + PARAGRAPH_LINES);
    int[] line = new int[2];
    int[] other = new int[2];
    for (int l = fromLine; l + 2 < candidates; l++) {
      if (!trimmed(text, src, l, line)
          || line[1] - line[0] > COLUMN_WIDTH
          || !twoWords(text, line)
          || !opensSentence(text, line[0], line[1])
          || !narrow(text, src, l + 1, other)
          || !narrow(text, src, l + 2, other)) {
        continue;
      }
      for (int m = l + 3; m < limit; m++) {
        // the first character first: most lines do not open as the candidate does
        if (trimmed(text, src, m, other)
            && text.charAt(other[0]) == text.charAt(line[0])
            && startOf(text, line, other) > 0) {
          int end = copyOf(text, src, l, m);
          if (end > 0) {
            // the box may wrap as the paragraph does for a few lines only: its lines aligned by
            // words may go on further
            int[] byWords = byWords(text, src, fromLine, l, l + 3, limit);
            return byWords != null
                    && byWords[0] <= l
                    && byWords[1] >= end
                    && (byWords[0] < l || byWords[1] > end)
                ? byWords
                : new int[] {l, end};
          }
          if (end < 0) {
            l = -end - 1; // a copy right before its paragraph: none of its lines opens another
          }
          break; // the first line that opens as the candidate does is its paragraph's, or none is
        }
      }
    }
    return byWords(text, src, fromLine, fromLine, candidates, limit);
  }

  /**
   * Finds the clipped copy of a paragraph that stands apart from it where the box wrapped the
   * paragraph at a width of its own, so that its pieces are not the starts of the paragraph's
   * printed lines but of line-sized stretches of it, the first often its second: three narrow lines
   * or more, each the words of such a stretch, in order, each starting a few words at most after
   * the last one matched, its last word cut or whole, two of them at least cut in mid-word, a
   * quarter of them at most missed. A copy right before the paragraph's first word is left to the
   * body.
   *
   * @return the copy's first line and the line after its last, or null
   */
  private static int[] byWords(
      String text, Source src, int fromLine, int first, int candidates, int limit) {
    Stream stream = null; // the words, split only where three narrow lines may open a copy
    int[] line = new int[2];
    for (int l = first; l + 2 < candidates; l++) {
      int second =
          narrow(text, src, l, line) && twoWords(text, line) ? below(text, src, l, limit) : -1;
      if (second < 0 || below(text, src, second, limit) < 0) {
        continue;
      }
      if (stream == null) {
        stream = new Stream(text, src, fromLine, limit);
      }
      int run = l; // the narrow lines from l on
      for (int n = l; n >= 0; n = below(text, src, n, limit)) {
        run = n + 1;
      }
      Piece opening = pieceWords(text, src, l);
      int from = stream.firstAt(run);
      // the first paragraphs: within a boxed column's words of the lines after the column
      int reach = from + MAX_WORDS;
      for (int q = stream.find(opening, from, reach); q >= 0; ) {
        int end = copyByWords(text, src, stream, l, run, q);
        if (end > 0) {
          // the copy may open a line or more above, where the line aligned finder left it
          int top = l;
          int at = q;
          for (int p = above(text, src, l, fromLine); p >= 0; p = above(text, src, p, fromLine)) {
            Piece words = pieceWords(text, src, p);
            int found = words.size < 2 ? -1 : stream.find(words, Math.max(from, at - WINDOW), at);
            if (found < 0) {
              break;
            }
            top = p;
            at = found;
          }
          if (!rightBefore(text, src, stream, end, run, at)) {
            return new int[] {top, end};
          }
          l = run - 1; // a copy right before its paragraph: left to the body
          break;
        }
        q = stream.find(opening, q + 1, reach);
      }
    }
    return null;
  }

  /**
   * Whether the copy that ends before line {@code end}, of the narrow lines below {@code run},
   * stands right before its paragraph's first word, the stream's word {@code q}: only the column's
   * narrow lines and blank lines between.
   */
  private static boolean rightBefore(
      String text, Source src, Stream stream, int end, int run, int q) {
    if (q != stream.firstAt(run)) {
      return false;
    }
    for (int g = src.ends[Math.max(end, run) - 1]; g < stream.starts[q]; g++) {
      if (!Character.isWhitespace(text.charAt(g))) {
        return false;
      }
    }
    return true;
  }

  /** How many rows above a piece's row the words it repeats may start on. */
  private static final int ROWS_BEHIND = 4;

  /** How many rows below a piece's row the words it repeats may start on. */
  private static final int ROWS_AHEAD = 2;

  /**
   * Finds the clipped copy of a paragraph whose pieces share the paragraph's rows, where a text
   * read row by row set the box's lines beside the main column's ({@code Since the Japanese governm
   * Since the Japanese government purchased ...}), or gave a piece a row of its own: the words that
   * open a row, no wider than a boxed column, repeat a stretch of the rows near it, the last word
   * cut in mid-word where the row goes on after it; three pieces or more on rows in order, each
   * repeating words at most a few words after the last one's, two at least cut in mid-word, and no
   * more than two rows without a piece between two of them. A piece's words are looked for among
   * the rows' words but its own and the pieces before it, and past the piece a row may open with
   * where its line goes on after a row's start.
   *
   * @param text the text
   * @param src its lines
   * @param fromLine the first row looked at
   * @return the start and end of each piece, in order, or null
   */
  static int[] inRows(String text, Source src, int fromLine) {
    int candidates = Math.min(src.lineCount, fromLine + HEADER_LINES);
    int limit = Math.min(src.lineCount, fromLine + PARAGRAPH_LINES);
    if (candidates - fromLine < 3) {
      return null;
    }
    int openings = 0; // the rows whose opening repeats near them, as most pieces' do
    for (int l = fromLine; l < candidates && openings < 3; l++) {
      openings += opensAsNear(text, src, l) ? 1 : 0;
    }
    if (openings < 3) {
      return null; // nearly every text: no words are gathered
    }
    Stream stream = new Stream(text, src, fromLine, limit);
    stream.readAll(); // each row's words are looked for among the rows' near it, above and below
    boolean[] dropped = new boolean[stream.size];
    int[] found = new int[4]; // a piece's words, its match, whether cut, its match's last word
    for (int l = fromLine; l + 2 < candidates; l++) {
      if (piece(text, src, stream, dropped, l, -1, found) < 0 || found[2] == 0) {
        continue;
      }
      int[] pieces = new int[8];
      int n = 0;
      int cut = 0;
      int misses = 0;
      int next = -1;
      int at = found[1];
      int firstMatch = at;
      for (int p = l; p < candidates && misses <= 2; p++) {
        if (p > l) {
          at = piece(text, src, stream, dropped, p, next, found);
          if (at < 0) {
            misses++;
            continue;
          }
        }
        misses = 0;
        int first = stream.firstAt(p);
        for (int k = first; k < first + found[0]; k++) {
          dropped[k] = true;
        }
        if (n + 2 > pieces.length) {
          pieces = java.util.Arrays.copyOf(pieces, pieces.length * 2);
        }
        pieces[n++] = stream.starts[first];
        pieces[n++] = wordEnd(text, stream.starts[first + found[0] - 1], src.ends[p]);
        cut += found[2];
        next = found[3];
      }
      if (n >= 6 && cut >= 2) {
        // the box's first lines may open rows above, where a piece ends a whole word
        int before = 0;
        for (int p = l - 1; p >= fromLine && p >= l - ROWS_BEHIND; p--) {
          int above = piece(text, src, stream, dropped, p, -1, found);
          int first = stream.firstAt(p);
          if (above < 0 || above + found[0] > firstMatch || !lowerCase(text, src, p)) {
            break;
          }
          for (int k = first; k < first + found[0]; k++) {
            dropped[k] = true;
          }
          firstMatch = above;
          before += 2;
          pieces = java.util.Arrays.copyOf(pieces, Math.max(pieces.length, n + before));
          System.arraycopy(pieces, 0, pieces, 2, n + before - 2);
          pieces[0] = stream.starts[first];
          pieces[1] = wordEnd(text, stream.starts[first + found[0] - 1], src.ends[p]);
        }
        return java.util.Arrays.copyOf(pieces, n + before);
      }
      java.util.Arrays.fill(dropped, false);
    }
    return null;
  }

  /**
   * The piece that opens row {@code l}: sets {@code found} to its number of words, where the words
   * it repeats start, 1 where its last word is cut in mid-word, else 0, and where they end; returns
   * where they start, or -1 where the row opens with no piece. The words repeated start at {@code
   * next} or at most twice {@link #WINDOW} words after it, or, where {@code next} is negative, on
   * the rows near it.
   */
  private static int piece(
      String text, Source src, Stream stream, boolean[] dropped, int l, int next, int[] found) {
    int first = stream.firstAt(l);
    if (first >= stream.size
        || stream.lines[first] != l
        || stream.starts[first] != Stream.firstWordAt(text, src.starts[l], src.ends[l])
        || dropped[first]) {
      return -1;
    }
    int count = 0; // the row's words that fit a boxed column
    while (first + count < stream.size
        && stream.lines[first + count] == l
        && wordEnd(text, stream.starts[first + count], src.ends[l]) - stream.starts[first]
            <= COLUMN_WIDTH) {
      count++;
    }
    boolean alone = first + count >= stream.size || stream.lines[first + count] != l;
    int from = next >= 0 ? next : stream.firstAt(Math.max(0, l - ROWS_BEHIND));
    int to =
        next >= 0
            ? Math.min(stream.size, next + 2 * WINDOW)
            : stream.firstAt(Math.min(src.lineCount, l + ROWS_AHEAD + 1));
    // where the piece's first word stands again, as every match of two words or more opens with
    // it: found once, not once for each number of words tried
    int[] openings = new int[count < 2 ? 0 : Math.max(0, to - from)];
    int n = 0;
    for (int q = from; q < to && count >= 2; q++) {
      if (!dropped[q] && stream.same(q, first, false)) {
        openings[n++] = q;
      }
    }
    for (int j = count; j >= 2; j--) {
      for (int o = 0; o < n; o++) {
        int q = openings[o];
        if (q >= first && q < first + j) {
          continue;
        }
        int cut = matches(stream, dropped, first, j, q, found);
        // a piece the row goes on after is cut in mid-word, as the box's edge cuts it, or, among
        // the pieces after the first, of three words or more that repeat words on its row or
        // above, as the box lags behind the column: a row of the column repeated below by a piece
        // of the box repeats words under it
        boolean whole =
            cut == 0
                && ((alone && j == count)
                    || (next >= 0 && j >= 3 && q < stream.firstAt(Math.min(src.lineCount, l + 1))));
        if (cut > 0 || whole) {
          found[0] = j;
          found[1] = q;
          found[2] = cut;
          return q;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the {@code n} words from stream word {@code first} stand again from word {@code q} on,
   * past the words dropped and their own, and past words a row opens with where the next word is no
   * longer found: 1 where the last is the start of a longer word, 0 where it is whole, -1 where
   * they do not stand there.
   */
  private static int matches(
      Stream stream, boolean[] dropped, int first, int n, int q, int[] found) {
    int k = q;
    for (int t = 0; t < n; t++) {
      while (k < stream.size && (dropped[k] || (k >= first && k < first + n))) {
        k++;
      }
      if (k >= stream.size) {
        return -1;
      }
      int p = first + t;
      if (!stream.same(k, p, t == n - 1)) {
        if (t == 0 || k == 0 || stream.lines[k] == stream.lines[k - 1]) {
          return -1;
        }
        // rows that open with a piece of their own, or are one: the line goes on after it
        int s = k;
        int skipped = 0;
        while (s < stream.size
            && skipped <= SKIPPED
            && ((s >= first && s < first + n) || !stream.same(s, p, t == n - 1))) {
          skipped += dropped[s] || (s >= first && s < first + n) ? 0 : 1;
          s++;
        }
        if (s >= stream.size || skipped > SKIPPED) {
          return -1;
        }
        k = s;
      }
      if (t == n - 1) {
        found[3] = k;
        return stream.length(k) > stream.length(p) && !stream.digitsAfter(k, stream.length(p))
            ? 1
            : 0;
      }
      k++;
    }
    return -1;
  }

  /** How many words a row's piece that the words repeated pass over may hold at most. */
  private static final int SKIPPED = 8;

  /** The widest row of a page: a piece of a boxed column and a line of the main column. */
  private static final int ROW_WIDTH = 160;

  /** How many characters of a row's opening {@link #opensAsNear} compares. */
  private static final int OPENING = 12;

  /**
   * Whether the first {@link #OPENING} characters of row {@code l}, two words at least, blanks and
   * line ends between words alike, stand again at a word's start on the rows near it.
   */
  private static boolean opensAsNear(String text, Source src, int l) {
    int s = Stream.firstWordAt(text, src.starts[l], src.ends[l]);
    if (src.ends[l] - s < OPENING || src.ends[l] - src.starts[l] > ROW_WIDTH) {
      return false; // too short for a piece, or wider than a printed row: a paragraph's line
    }
    int blank = s; // the first blank of the opening, ending its first word
    while (blank < s + OPENING && !Chars.isBlank(text.charAt(blank))) {
      blank++;
    }
    if (blank == s + OPENING) {
      return false;
    }
    int from = src.starts[Math.max(0, l - ROWS_BEHIND)];
    int to = src.ends[Math.min(src.lineCount - 1, l + ROWS_AHEAD)];
    char opening = text.charAt(s);
    for (int p = text.indexOf(opening, from); p >= 0 && p < to; p = text.indexOf(opening, p + 1)) {
      if (p != s
          && (p == 0 || Character.isWhitespace(text.charAt(p - 1)))
          && sameOpening(text, s, p, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text at {@code p} repeats the {@link #OPENING} characters at {@code s}. */
  private static boolean sameOpening(String text, int s, int p, int to) {
    int i = s;
    int j = p;
    while (i < s + OPENING) {
      char c = text.charAt(i);
      if (j >= to) {
        return false;
      }
      char d = text.charAt(j);
      if (Character.isWhitespace(c)) {
        if (!Character.isWhitespace(d)) {
          return false;
        }
        while (i < s + OPENING && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        while (j < to && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
      } else if (c != d) {
        return false;
      } else {
        i++;
        j++;
      }
    }
    return true;
  }

  /** Whether row {@code l} holds a lower-case letter: no title's line in capitals. */
  private static boolean lowerCase(String text, Source src, int l) {
    for (int i = src.starts[l]; i < src.ends[l]; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where the word that starts at {@code s} ends, before {@code e}. */
  private static int wordEnd(String text, int s, int e) {
    while (s < e && !Chars.isBlank(text.charAt(s))) {
      s++;
    }
    return s;
  }

  /**
   * Where the copy whose first line is {@code l}, of the narrow lines below {@code run}, ends when
   * its first piece is the stream's words from {@code q}: the line after its last matched piece, or
   * 0.
   */
  private static int copyByWords(String text, Source src, Stream stream, int l, int run, int q) {
    int matched = 0;
    int cut = 0;
    int missed = 0;
    int misses = 0;
    int gaps = 0;
    int shortPieces = 0; // matched pieces of fewer than three words
    int end = l;
    int next = q; // where the next piece may start
    int[] bounds = new int[2];
    for (int p = l; p < run; p++) {
      if (!trimmed(text, src, p, bounds)) {
        continue; // a blank row between the column's rows
      }
      Piece words = pieceWords(text, src, p);
      int found =
          words.size < 2 ? -1 : stream.find(words, p == l ? q : next, (p == l ? q : next) + WINDOW);
      if (p == l && found != q) {
        return 0;
      }
      if (found < 0) {
        if (++misses > 1) {
          break;
        }
        continue;
      }
      missed += misses;
      misses = 0;
      matched++;
      if (Character.isLetterOrDigit(text.charAt(bounds[1] - 1))
          && stream.length(found + words.size - 1) > words.length(words.size - 1)) {
        cut++;
      }
      if (words.size < 3) {
        shortPieces++;
      }
      if (p > l && found >= next + 1) {
        gaps++; // words between it and the last piece: the rest of a box line the box cut off
      }
      next = found + words.size - 1;
      end = p + 1;
    }
    // two pieces at least cut in mid-word, or four or more of three words or more, each but the
    // first after words the box cut off before it
    if (matched < 3
        || missed * 4 > matched + missed
        || (cut < 2 && (matched < 4 || gaps < matched - 1 || shortPieces > 0))) {
      return 0;
    }
    return end;
  }

  /**
   * The narrow line under line {@code l}, before {@code limit}: the next, or in a text read column
   * by column from its layout the one after a blank row where another column alone had text ({@link
   * Source#besideOnly}); else -1.
   */
  private static int below(String text, Source src, int l, int limit) {
    int[] out = new int[2];
    if (l + 1 < limit && narrow(text, src, l + 1, out)) {
      return l + 1;
    }
    return l + 2 < limit && src.besideOnly(l + 1) && narrow(text, src, l + 2, out) ? l + 2 : -1;
  }

  /** The narrow line over line {@code l}, at {@code from} or after, as {@link #below}; else -1. */
  private static int above(String text, Source src, int l, int from) {
    int[] out = new int[2];
    if (l - 1 >= from && narrow(text, src, l - 1, out)) {
      return l - 1;
    }
    return l - 2 >= from && src.besideOnly(l - 1) && narrow(text, src, l - 2, out) ? l - 2 : -1;
  }

  /** The normalized words of line {@code l}: letters and digits only, in lower case. */
  private static Piece pieceWords(String text, Source src, int l) {
    int s = src.starts[l];
    int e = src.ends[l];
    char[] chars = new char[e - s];
    int[] bounds = new int[(e - s + 1) / 2 + 1]; // a word and a blank at least each but the last
    int n = 0;
    int size = 0;
    for (int i = s; i <= e; i++) {
      char c = i < e ? text.charAt(i) : ' ';
      if (Chars.isBlank(c) || c == '\n' || c == '\r') {
        if (n > bounds[size]) {
          bounds[++size] = n;
        }
      } else if ((c = wordLower(c)) != 0) {
        chars[n++] = c;
      }
    }
    return new Piece(chars, bounds, size);
  }

  /** The normalized words of a line. */
  private static final class Piece {
    /** The words' characters, one word after another. */
    final char[] chars;

    /** Where each word's characters start, and, after the last, where they end. */
    final int[] bounds;

    /** How many words. */
    final int size;

    Piece(char[] chars, int[] bounds, int size) {
      this.chars = chars;
      this.bounds = bounds;
      this.size = size;
    }

    /** The length of word {@code t}. */
    int length(int t) {
      return bounds[t + 1] - bounds[t];
    }
  }

  /**
   * The normalized words of the lines that may hold the paragraph, a word broken at a line end by a
   * hyphen whole again, each with where it starts and its line; read a line at a time as far as a
   * search needs them, a copy's paragraph being among the first words after it.
   */
  private static final class Stream {
    private final String text;
    private final Source src;
    private final int limit;
    private int nextLine; // the first line not read yet
    private boolean hyphen; // the last word ended its line with a hyphen

    /** Where the arrays come from, and where they are kept when grown. */
    private final Scratch scratch = Scratch.get();

    /** The normalized words' characters, one word after another. */
    private char[] chars = scratch.streamChars;

    /**
     * Where each word's characters start in {@link #chars}, and, after the last, where they end.
     */
    private int[] bounds = scratch.streamBounds;

    int[] starts = scratch.streamStarts;
    int[] lines = scratch.streamLines;
    int size;

    /**
     * Per word that opens with a character in ASCII, the next such word that opens with the same,
     * or -1 where no word {@link #index} went over does; made on the first {@link #find}, and kept
     * up with the words read after it.
     */
    private int[] next = scratch.streamNext;

    Stream(String text, Source src, int fromLine, int limit) {
      this.text = text;
      this.src = src;
      this.nextLine = fromLine;
      this.limit = limit;
      bounds[0] = 0;
    }

    /** Reads every line. */
    void readAll() {
      while (nextLine < limit) {
        readLine();
      }
    }

    /** Reads lines until the stream holds more than {@code k} words, or no line is left. */
    private void readThrough(int k) {
      while (size <= k && nextLine < limit) {
        readLine();
      }
    }

    private void readLine() {
      int l = nextLine++;
      int i = src.starts[l];
      int e = src.ends[l];
      int first = firstWordAt(text, i, e);
      int n = bounds[size]; // where the next word's characters go
      if (n + (e - i) > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, n + (e - i)));
        scratch.streamChars(chars);
      }
      for (i = first; i < e; ) {
        int s = i;
        int b = n;
        // the letters and digits, in lower case
        for (char c; i < e && !Chars.isBlank(c = text.charAt(i)); i++) {
          if ((c = wordLower(c)) != 0) {
            chars[n++] = c;
          }
        }
        int j = i; // the next word
        while (j < e && Chars.isBlank(text.charAt(j))) {
          j++;
        }
        if (n == b) {
          i = j;
          continue;
        }
        if (hyphen && size > 0 && s == first) {
          bounds[size] = n; // the word goes on the last one
        } else {
          if (size == starts.length) {
            bounds = java.util.Arrays.copyOf(bounds, 2 * size + 1);
            starts = java.util.Arrays.copyOf(starts, 2 * size);
            lines = java.util.Arrays.copyOf(lines, 2 * size);
            next = java.util.Arrays.copyOf(next, 2 * size);
            scratch.streamWords(bounds, starts, lines, next);
          }
          starts[size] = s;
          lines[size] = l;
          bounds[++size] = n;
        }
        char lastChar = text.charAt(i - 1);
        hyphen = j == e && (lastChar == '-' || lastChar == '\u00AD') && i - s > 1;
        i = j;
      }
      if (first == e) {
        hyphen = false;
      }
    }

    /** The length of word {@code w}. */
    int length(int w) {
      return bounds[w + 1] - bounds[w];
    }

    /** Whether word {@code w} is word {@code p}, or starts with it if last. */
    boolean same(int w, int p, boolean last) {
      return same(w, chars, bounds[p], length(p), last);
    }

    /** Whether word {@code w} is the piece's word {@code p}, or starts with it if last. */
    boolean same(int w, Piece piece, int p, boolean last) {
      return same(w, piece.chars, piece.bounds[p], piece.length(p), last);
    }

    /**
     * Whether word {@code w} is the word {@code other[at, at + n)}, or starts with it if last, or
     * only digits (a footnote's) follow it.
     */
    private boolean same(int w, char[] other, int at, int n, boolean last) {
      int x = bounds[w];
      return length(w) >= n
          && Arrays.equals(chars, x, x + n, other, at, at + n)
          && (last || digitsAfter(w, n));
    }

    /** Whether word {@code w} holds only digits after its first {@code n} characters. */
    boolean digitsAfter(int w, int n) {
      for (int i = bounds[w] + n; i < bounds[w + 1]; i++) {
        if (!Character.isDigit(chars[i])) {
          return false;
        }
      }
      return true;
    }

    private static int firstWordAt(String text, int s, int e) {
      while (s < e && Chars.isBlank(text.charAt(s))) {
        s++;
      }
      return s;
    }

    /** The first word on line {@code l} or after it; {@link #size} when there is none. */
    int firstAt(int l) {
      while (nextLine < limit && (size == 0 || lines[size - 1] < l)) {
        readLine();
      }
      // the words stand in the order of their lines
      return firstAtLeast(lines, size, l);
    }

    /**
     * The first of the {@code count} ascending values of {@code sorted} at {@code key} or above.
     */
    private static int firstAtLeast(int[] sorted, int count, int key) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * The first position in [from, to) where the piece's words stand, all but the last equal (or
     * the word with a footnote's digits after it), the last equal or the start of a word; or -1.
     */
    int find(Piece piece, int from, int to) {
      int n = piece.size;
      readThrough(to + n - 2);
      char initial = n == 0 ? 0 : piece.chars[0];
      if (n == 0 || initial >= ASCII) {
        for (int q = Math.max(0, from); q < to && q + n <= size; q++) {
          if (at(piece, q)) {
            return q;
          }
        }
        return -1;
      }
      // only the words that open as the piece's first word does can start it: the first of them
      // at from or after it, a few words on for most initials, then the next of them in turn
      index();
      int q = Math.max(0, from);
      while (q < to && q + n <= size && chars[bounds[q]] != initial) {
        q++;
      }
      for (; q >= 0 && q < to && q + n <= size; q = next[q]) {
        if (at(piece, q)) {
          return q;
        }
      }
      return -1;
    }

    /** Whether the piece's words stand from position {@code q} on, as {@link #find} asks. */
    private boolean at(Piece piece, int q) {
      int n = piece.size;
      for (int t = 0; t < n; t++) {
        if (!same(q + t, piece, t, t == n - 1)) {
          return false;
        }
      }
      return true;
    }

    /** The first characters that {@link #next} links words by: those in ASCII. */
    private static final int ASCII = 128;

    /**
     * Per first character in ASCII, the last word {@link #index} went over that opens with it, plus
     * one; 0 where none does.
     */
    private int[] lastOf;

    /** How many words, from the first, {@link #index} went over. */
    private int indexedWords;

    private void index() {
      if (lastOf == null) {
        lastOf = new int[ASCII];
      }
      for (; indexedWords < size; indexedWords++) {
        char c = chars[bounds[indexedWords]];
        if (c >= ASCII) {
          continue; // a piece that opens so is looked for word by word
        }
        next[indexedWords] = -1;
        int last = lastOf[c] - 1;
        if (last >= 0) {
          next[last] = indexedWords;
        }
        lastOf[c] = indexedWords + 1;
      }
    }
  }

  /**
   * Where the copy whose first line is {@code l} ends, aligned line by line with the paragraph from
   * line {@code m}: the line after its last; minus that where it stands right before the paragraph;
   * or 0 when the lines do not form such a copy.
   */
  private static int copyOf(String text, Source src, int l, int m) {
    int[] piece = new int[2];
    int[] line = new int[2];
    int matched = 0;
    int cut = 0;
    int missed = 0;
    int end = l; // the line after the copy's last matched line
    int misses = 0; // the misses since the last matched line
    for (int i = 0; l + i < m && m + i < src.lineCount; i++) {
      if (!narrow(text, src, l + i, piece) || !trimmed(text, src, m + i, line)) {
        break; // a blank or wide line ends the copy; the paragraph's end ends it too
      }
      int start = startOf(text, piece, line);
      if (start == 0) {
        if (++misses > 1) {
          break; // two lines in a row that are not a copy's: it ended before them
        }
        continue;
      }
      missed += misses;
      misses = 0;
      matched++;
      cut += start == 3 ? 1 : 0;
      end = l + i + 1;
    }
    if (matched < 3 || missed * 4 > matched + missed || cut < 2) {
      return 0;
    }
    int after = end; // past the column's narrow lines that go on under the copy
    while (after < m && narrow(text, src, after, piece)) {
      after++;
    }
    for (int g = after; g < m; g++) {
      if (trimmed(text, src, g, piece)) {
        return end; // text between the copy and its paragraph: the copy stands apart
      }
    }
    return -after;
  }

  /**
   * Whether the line {@code [piece)} is the start of the line {@code [line)}, blanks between words
   * alike: 1 where it is the whole line, 2 where it is shorter and its last word whole, 3 where its
   * last word is cut in mid-word, a letter or a digit after it in the line; else 0.
   */
  private static int startOf(String text, int[] piece, int[] line) {
    int i = piece[0];
    int j = line[0];
    while (i < piece[1] && j < line[1]) {
      char c = text.charAt(i);
      char d = text.charAt(j);
      if (Chars.isBlank(c) && Chars.isBlank(d)) {
        while (i < piece[1] && Chars.isBlank(text.charAt(i))) {
          i++;
        }
        while (j < line[1] && Chars.isBlank(text.charAt(j))) {
          j++;
        }
      } else if (c != d) {
        return 0;
      } else {
        i++;
        j++;
      }
    }
    if (i < piece[1]) {
      return 0;
    }
    return j == line[1] ? 1 : Character.isLetterOrDigit(text.charAt(j)) ? 3 : 2;
  }

  /** Whether a line's text holds two words or more. */
  private static boolean twoWords(String text, int[] line) {
    for (int i = line[0]; i < line[1]; i++) {
      if (Chars.isBlank(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether line {@code l} holds text no wider than a boxed column's; its bounds in {@code out}.
   */
  private static boolean narrow(String text, Source src, int l, int[] out) {
    return trimmed(text, src, l, out) && out[1] - out[0] <= COLUMN_WIDTH;
  }

  /** Whether line {@code l} holds text; its bounds without blanks at either end in {@code out}. */
  private static boolean trimmed(String text, Source src, int l, int[] out) {
    int s = src.starts[l];
    int e = src.ends[l];
    while (s < e && Chars.isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isBlank(text.charAt(e - 1))) {
      e--;
    }
    out[0] = s;
    out[1] = e;
    return s < e;
  }

  /**
   * Whether the words {@code from} and {@code from + 1} stand, the first whole, the second whole or
   * as the start of a word, side by side among the first {@link #WINDOW} words.
   */
  private static boolean opensNear(Norm norm, int from) {
    if (norm.initial(from) == Norm.NONE || norm.initial(from + 1) == Norm.NONE) {
      return false;
    }
    for (int q = 0; q + 1 < Math.min(from, WINDOW); q++) {
      if (norm.same(q, from) && norm.startsWith(q + 1, from + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code k} is one of the candidate ends that layout marks, and a tab marks it. */
  private static boolean tabAt(int marked, int[] layout, int k, String text, Spans words) {
    for (int i = 0; i < marked; i++) {
      if (layout[i] == k) {
        return tabBefore(text, words, k);
      }
    }
    return false;
  }

  /** The best candidate end so far: highest score, then fewest words. */
  private static final class Best {
    int k;
    int score;

    /** Whether a candidate of {@code k} words and of score at most {@code bound} can beat it. */
    boolean beatenBy(int k, int bound) {
      return bound > score || (bound == score && k < this.k);
    }

    void offer(int k, int score) {
      if (score > 0 && beatenBy(k, score)) {
        this.k = k;
        this.score = score;
      }
    }
  }

  /**
   * The score of the candidate end {@code k}: how well the words before it align, as pieces, with
   * the words after it; or -1 when they do not form a copy, or when they cannot beat {@code best}.
   */
  private static int score(Norm norm, int k, boolean tab, boolean column, Best best) {
    // a score is at most the number of pieces: all matched, none missed
    if (!best.beatenBy(k, k)) {
      return -1;
    }
    int matched = 0;
    int exact = 0;
    int unmatched = 0;
    int skips = 0;
    // a copy misses at most a quarter of its words, or a ninth where no layout marks its end
    int budget = tab || column ? 4 : 9;
    int j = k;
    for (int i = 0; i < k; i++) {
      int initial = norm.initial(i);
      if (initial == Norm.NONE) {
        continue; // an empty piece
      }
      int found = norm.find(i, j);
      if (found >= 0) {
        if (norm.sameLength(found, i)) {
          exact++;
        }
        matched++;
        if (found > j) {
          skips++; // the next piece starts further on, at the next line of the paragraph
        }
        j = found + 1;
      } else if (++unmatched * budget > k) {
        return -1; // more misses than a copy of k words can have
      } else if (!best.beatenBy(k, matched + (k - i - 1) - 2 * unmatched)) {
        return -1; // even if every piece left matched, the score could not beat the best
      }
    }
    int score = matched - 2 * unmatched;
    boolean enough = matched >= 3 ? matched * 4 >= (matched + unmatched) * 3 : unmatched == 0;
    // most pieces are whole words; a narrow column cuts more of them, where a tab vouches for a
    // copy long enough not to match by chance
    enough &=
        tab && matched >= 8
            ? exact * 2 >= matched + unmatched
            : exact * 5 >= (matched + unmatched) * 3;
    if (!tab) {
      // its pieces hold a few words each, as the lines of a column do
      enough &= 2 * matched >= 5 * skips;
    }
    if (!tab && !column) {
      // no layout marks the end of the copy: ask for a long, nearly whole one
      enough &= matched >= 12 && unmatched * 8 <= matched && skips >= 3;
    }
    return enough ? score : -1;
  }

  /**
   * The normalized words: each word without the characters that are neither letters nor digits at
   * its ends, in lower case ({@link Locale#ROOT}). They are made in order, as far as they are
   * looked at: most candidate ends are rejected before their words are, so the words far into a
   * long opening are never needed. A word in ASCII, nearly every word, is not copied: it is
   * compared in place in the text, its capitals put in lower case on the fly, as {@link
   * String#toLowerCase(Locale)} does with them; another word is put in lower case by it and kept.
   */
  private static final class Norm {

    /** The first character of an empty normalized word. */
    static final int NONE = -1;

    final int length;
    private final String text;
    private final Spans words;

    /** How many words, from the first, are normalized. */
    private int made;

    /**
     * Where each normalized word starts in the text, when it is in ASCII; else {@code -1 - n} for
     * the {@code n}th word of {@link #others}.
     */
    private final int[] from;

    /** The length of each normalized word. */
    private final int[] size;

    /** The normalized words not in ASCII, in lower case; made on first use. */
    private List<String> others;

    /**
     * The first character of each normalized word, to reject most pairs without comparing them, or
     * {@link #NONE} for an empty word; valid below {@link #made}.
     */
    private final char[] initials;

    /**
     * What {@link #initials} holds for an empty word: U+FFFF, which no word holds after {@link
     * Engine} blanked it out, and which no letter or digit puts in lower case as.
     */
    private static final char EMPTY = '\uFFFF';

    Norm(String text, Spans words, Scratch scratch) {
      this.text = text;
      this.words = words;
      this.length = words.size;
      this.scratch = scratch;
      scratch.norms(length);
      this.from = scratch.from;
      this.size = scratch.size;
      this.initials = scratch.initials;
    }

    /** Where the arrays come from. */
    private final Scratch scratch;

    /**
     * Per piece, the last place {@link #find} looked from for it, and what it found there: the
     * alignments of candidate ends that come together go on alike, so a later candidate finds most
     * of its pieces already looked for. It holds the place plus one, so that 0, where an array
     * starts, means not looked for.
     */
    private int[] lastFrom;

    /** What was found from {@link #lastFrom}: its distance from there, or -1 for nothing. */
    private byte[] lastFound;

    /**
     * The first word in [from, from + WINDOW) that equals the normalized word {@code i} or starts
     * with it, or -1.
     */
    int find(int i, int from) {
      if (lastFrom == null) {
        scratch.memo(Math.min(length, MAX_WORDS));
        lastFrom = scratch.lastFrom;
        lastFound = scratch.lastFound; // a distance below WINDOW fits in a byte
      }
      if (lastFrom[i] == from + 1) {
        int d = lastFound[i];
        return d < 0 ? -1 : from + d;
      }
      upTo(i + 1);
      char c = initials[i];
      if (c == EMPTY) {
        return -1; // an empty piece is never looked for
      }
      int end = Math.min(length, from + WINDOW);
      upTo(end);
      int found = -1;
      for (int q = from; q < end; q++) {
        // the initial first: most words neither equal the piece nor start with it
        if (initials[q] == c && startsWithMade(q, i)) {
          found = q;
          break;
        }
      }
      lastFrom[i] = from + 1;
      lastFound[i] = (byte) (found < 0 ? -1 : found - from);
      return found;
    }

    /** Normalizes the words below {@code n}. */
    void upTo(int n) {
      // most calls ask for words already made: that test alone is kept where they are asked for
      if (n > made) {
        for (int i = made; i < n; i++) {
          normalize(i);
        }
        made = n;
      }
    }

    /** The first character of the normalized word {@code i}, or {@link #NONE} when it is empty. */
    int initial(int i) {
      upTo(i + 1);
      char c = initials[i];
      return c == EMPTY ? NONE : c;
    }

    /** Whether the normalized words {@code a} and {@code b} are equal. */
    boolean same(int a, int b) {
      return startsWith(a, b) && size[a] == size[b];
    }

    /** Whether the normalized words {@code a} and {@code b}, both made, are of the same length. */
    boolean sameLength(int a, int b) {
      return size[a] == size[b];
    }

    /** Whether the normalized word {@code a} starts with the normalized word {@code b}. */
    boolean startsWith(int a, int b) {
      upTo(Math.max(a, b) + 1);
      return startsWithMade(a, b);
    }

    /** {@link #startsWith} for two words already made. */
    boolean startsWithMade(int a, int b) {
      int n = size[b];
      if (size[a] < n) {
        return false;
      }
      int x = from[a];
      int y = from[b];
      if (x >= 0 && y >= 0) {
        for (int p = 0; p < n; p++) {
          if (lowerAscii(text.charAt(x + p)) != lowerAscii(text.charAt(y + p))) {
            return false;
          }
        }
        return true;
      }
      for (int p = 0; p < n; p++) {
        if (charAt(a, p) != charAt(b, p)) {
          return false;
        }
      }
      return true;
    }

    /** The character {@code p} of the normalized word {@code i}. */
    private char charAt(int i, int p) {
      int x = from[i];
      return x >= 0 ? lowerAscii(text.charAt(x + p)) : others.get(-1 - x).charAt(p);
    }

    private static char lowerAscii(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whether the normalized word {@code i} is empty. */
    boolean isEmpty(int i) {
      return initial(i) == NONE;
    }

    /**
     * Finds where word {@code i} normalized is. Nearly every word is in ASCII and opens and ends
     * with a letter or a digit: its first and last characters decide it, the first its initial.
     */
    private void normalize(int i) {
      int b = words.starts[i];
      int e = words.ends[i];
      if (!words.ascii[i]) {
        normalizeWide(i, b, e);
        return;
      }
      char c = text.charAt(b);
      if (!ASCII_WORD_CHARS[c] || !ASCII_WORD_CHARS[text.charAt(e - 1)]) {
        while (b < e && !ASCII_WORD_CHARS[text.charAt(b)]) {
          b++;
        }
        while (e > b && !ASCII_WORD_CHARS[text.charAt(e - 1)]) {
          e--;
        }
        c = e == b ? EMPTY : text.charAt(b);
      }
      from[i] = b;
      size[i] = e - b;
      initials[i] = c == EMPTY ? EMPTY : lowerAscii(c);
    }

    /**
     * {@link #normalize} for the word {@code text[b, e)}, which holds a character beyond ASCII: it
     * is made when it is still not in ASCII without the marks at its ends.
     */
    private void normalizeWide(int i, int b, int e) {
      // a word in quotation marks outside ASCII is often in ASCII within them
      while (b < e && !Character.isLetterOrDigit(text.charAt(b))) {
        b++;
      }
      while (e > b && !Character.isLetterOrDigit(text.charAt(e - 1))) {
        e--;
      }
      boolean ascii = true;
      for (int p = b; p < e && ascii; p++) {
        ascii = text.charAt(p) < 0x80;
      }
      if (ascii) {
        from[i] = b;
        size[i] = e - b;
        initials[i] = e == b ? EMPTY : lowerAscii(text.charAt(b));
        return;
      }
      String lower = text.substring(b, e).toLowerCase(Locale.ROOT);
      if (others == null) {
        others = new ArrayList<>();
      }
      others.add(lower);
      from[i] = -others.size();
      size[i] = lower.length();
      initials[i] = lower.isEmpty() ? EMPTY : lower.charAt(0);
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

    /** The last position found where the first piece comes again, or -1. */
    private int next = -1;

    /**
     * The positions from the last {@code k} asked about up to this one, but {@link #next}, do not.
     */
    private int tested;

    FirstPiece(Norm norm, int length) {
      this.norm = norm;
      this.n = Math.min(norm.length, length);
      this.usable = norm.length >= 2 && !norm.isEmpty(0) && !norm.isEmpty(1);
    }

    /**
     * Whether the first piece comes again at some position in [k, k + window). The positions {@code
     * k} asked about only grow, so each position is tested once at most.
     */
    boolean within(int k, int window) {
      int end = Math.min(n, k + window);
      if (next < k) {
        int q = Math.max(k, tested);
        while (q < end && !at(q)) {
          q++;
        }
        if (q < end) {
          next = q;
          tested = q + 1;
        } else {
          tested = Math.max(tested, end);
        }
      }
      return next >= k && next < end;
    }

    private boolean at(int q) {
      // the first letters first: most words do not start as the first piece does
      return usable
          && q >= 2
          && q + 1 < norm.length
          && norm.initial(q) == norm.initial(0)
          && norm.same(q, 0)
          && norm.startsWith(q + 1, 1);
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
    // the widths first: most candidates follow a line wider than a column's
    int lineStart = words.starts[0];
    for (int i = 1; i <= k && i < words.size; i++) {
      if (words.hardBreaks[i] || i == k) {
        if (words.ends[i - 1] - lineStart > COLUMN_WIDTH) {
          return false;
        }
        lineStart = words.starts[i];
      }
    }
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
    return lines >= 2 && !Chars.isBullet(text.charAt(words.starts[0]));
  }
}
