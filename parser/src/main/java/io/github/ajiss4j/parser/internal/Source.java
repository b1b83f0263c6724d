package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.SourceSpan;
import java.util.Arrays;

/**
 * The input text split into lines, with positions for spans. Line ends are CRLF, CR or LF; the
 * parse has made the Unicode line and paragraph separators line feeds.
 */
final class Source {

  final String text;

  /** Start offset of each line. */
  final int[] starts;

  /** End offset of each line's content, before its line end. */
  final int[] ends;

  final int lineCount;

  /**
   * Where the text is the input rearranged: the input offset of each of its characters, and one
   * more for its end; else null.
   */
  private final Columns columns;

  /** The input's lines, where the text is the input rearranged; else this. */
  private final Source input;

  /**
   * The lines of a text read one column after another, its spans pointing into the input, whose
   * lines were held to the limit of their length: a table read as one line may be longer.
   */
  Source(Columns columns, Source input) {
    this(columns.text, Integer.MAX_VALUE, columns, input);
  }

  /**
   * Whether line {@code l} is a blank row of a column the text read one column after another from
   * its layout, its input row holding another column's text only, left or right of it.
   */
  boolean besideOnly(int l) {
    int at = starts[l];
    if (columns == null || at != ends[l] || at == 0 || at >= columns.end) {
      return false;
    }
    int row = columns.origin(at);
    if (row <= columns.origin(at - 1)) {
      return false; // the blank line after a column, back at the top
    }
    int l0 = input.lineOf(row);
    return !Chars.isBlank(input.text, input.starts[l0], input.ends[l0]);
  }

  /**
   * Where an offset lies in the columns that the text read one after another from its layout, whose
   * lines lost the blanks before them: how far into its row of the input its character stood, in
   * characters, where blanks laid it out there (it opens the row, or two blanks stand before it);
   * else -1, as outside those columns or where one blank parts it from another column's text.
   */
  int laidOutColumn(int offset) {
    if (columns == null || offset < columns.start || offset >= columns.end) {
      return -1;
    }
    int at = columns.origin(offset);
    int column = at - input.starts[input.lineOf(at)];
    if (column > 0
        && !(column >= 2
            && Chars.isBlank(input.text.charAt(at - 1))
            && Chars.isBlank(input.text.charAt(at - 2)))) {
      return -1;
    }
    return column;
  }

  Source(String text, int maxLineLength) {
    this(text, maxLineLength, null, null);
  }

  private Source(String text, int maxLineLength, Columns columns, Source input) {
    this.text = text;
    this.columns = columns;
    this.input = input == null ? this : input;
    int cap = 64;
    int[] s = new int[cap];
    int[] e = new int[cap];
    int n = 0;
    int i = 0;
    int len = text.length();
    int lineStart = 0;
    // the next line feed and carriage return at or after i, or len: found with indexOf, which is
    // much faster than a loop over the characters, and each looked for again only once passed
    int lf = -1;
    int cr = -1;
    while (true) {
      if (lf < i) {
        lf = text.indexOf('\n', i);
        lf = lf < 0 ? len : lf;
      }
      if (cr < i) {
        cr = text.indexOf('\r', i);
        cr = cr < 0 ? len : cr;
      }
      i = Math.min(lf, cr);
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      s[n] = lineStart;
      e[n] = i;
      n++;
      if (i - lineStart > maxLineLength) {
        throw new ParseFailure(
            io.github.ajiss4j.model.DiagnosticCode.LINE_TOO_LONG,
            n,
            1,
            lineStart,
            "expected lines of at most "
                + maxLineLength
                + " characters, but line "
                + n
                + " has "
                + (i - lineStart));
      }
      if (i >= len) {
        break;
      }
      if (text.charAt(i) == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
        i += 2;
      } else if (text.startsWith("\r\r\n", i)) {
        i += 3; // a CRLF whose line feed was made a CRLF again: one line end, not two
      } else {
        i++;
      }
      lineStart = i;
      if (i >= len) {
        break; // a final line end ends the last line; no empty line after it
      }
    }
    this.starts = s;
    this.ends = e;
    this.lineCount = n;
  }

  String line(int index) {
    return text.substring(starts[index], ends[index]);
  }

  boolean isBlank(int index) {
    return Chars.isBlank(text, starts[index], ends[index]);
  }

  /** The 0-based line that holds an offset. */
  int lineOf(int offset) {
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  SourceSpan span(int start, int end) {
    // a span is never read before the text's start, nor ends before it starts
    if (start < 0 || end < start) {
      start = Math.max(0, start);
      end = Math.max(start, end);
    }
    if (columns != null) {
      // the input's characters from the first to the last of the span's, which a table read
      // column after column gives out of order; after the columns, the input as it stands
      int from = columns.origin(start);
      int to = from;
      for (int i = start; i < end && i < columns.end; i++) {
        from = Math.min(from, columns.origin(i));
        to = Math.max(to, columns.origin(i) + 1);
      }
      if (end > columns.end) {
        to = Math.max(to, columns.origin(end - 1) + 1);
      }
      // a line end the rearranged text adds after the input's last line stands at the input's end
      return input.span(from, Math.min(to, input.text.length()));
    }
    int line = lineOf(start);
    return SourceSpan.of(line + 1, start - starts[line] + 1, start, Math.max(0, end - start));
  }
}
