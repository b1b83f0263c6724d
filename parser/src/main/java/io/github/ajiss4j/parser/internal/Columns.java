package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.internal.TitleCase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text that extraction laid out as on the page ({@code pdftotext -layout}) read one column after
 * another, as other extraction tools give it. On the first page such text holds the masthead's
 * sidebar and the main column side by side on the same lines, and the institutes as a table of
 * columns whose names wrap within their column. The text made keeps, for every character, the input
 * offset it came from, so that every span still points into the input.
 *
 * <p>Side by side means: three blanks or more part two pieces of a line, and the right-hand pieces
 * of several lines start at one character column, the main column's left edge. Only the first lines
 * are looked at, and only when no more than one of them holds a tab: tabs that part the pieces of
 * several lines are text already read column by column, and no layout extraction writes them.
 */
final class Columns {

  /** The fewest blanks between two columns on a line. */
  private static final int GAP = 3;

  /** How many lines from the top are looked at. */
  private static final int TOP_LINES = 120;

  /** The fewest lines with text on both sides of the main column's edge. */
  private static final int SIDE_BY_SIDE_LINES = 3;

  /**
   * Below this many lines side by side, every line between them must start a piece at the edge or
   * end before it.
   */
  private static final int FEW_SIDE_BY_SIDE_LINES = 5;

  /** The most lines between two lines of one sidebar with text on both sides of the edge. */
  private static final int SIDEBAR_GAP = 10;

  /** The longest piece that may be a mark, not a sidebar's text: a note's number ({@code 12.}). */
  private static final int MARK = 3;

  /** The narrowest sidebar, in characters. */
  private static final int NARROWEST_SIDEBAR = 10;

  /** How many lines from the top a table may start within. */
  private static final int TABLE_TOP = 30;

  /** The most lines of a table of institutes. */
  private static final int TABLE_LINES = 4;

  /** The most columns of a table of institutes. */
  private static final int MAX_TABLE_COLUMNS = 8;

  /** The text read one column after another. */
  final String text;

  /**
   * {@code origin[i]}: the input offset of {@code text}'s character i, for the characters up to
   * {@link #end}; the rest is the input's rest as it stands.
   */
  private final int[] origin;

  /** What to add to an offset into {@link #text} from {@link #end} on for the input's offset. */
  private final int shift;

  /**
   * The first and last input lines read as columns, 0-based: tables above the sidebar, and the
   * sidebar.
   */
  final int firstLine;

  final int lastLine;

  /** Where the columns read one after another start and end in {@link #text}. */
  final int start;

  final int end;

  private Columns(
      String text, int[] origin, int shift, int firstLine, int lastLine, int start, int end) {
    this.text = text;
    this.origin = origin;
    this.shift = shift;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
    this.start = start;
    this.end = end;
  }

  /** The input offset of an offset into {@link #text}. */
  int origin(int offset) {
    return offset < end ? origin[offset] : offset + shift;
  }

  /** The offset into {@link #text} of an input offset, or the nearest after it. */
  int offsetOf(int inputOffset) {
    if (inputOffset >= end + shift) {
      return inputOffset - shift;
    }
    int best = end;
    for (int i = 0; i < end; i++) {
      if (origin[i] >= inputOffset && origin[i] < origin(best)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The text read one column after another, or null where its first lines hold neither a sidebar
   * beside the main column nor a table of columns.
   */
  private static Columns find(Source src) {
    String input = src.text;
    int n = input.length();
    int lines = Math.min(src.lineCount, TOP_LINES);
    int top = src.ends[lines - 1];
    int tab = input.indexOf('\t');
    if (tab >= 0 && tab < top) {
      // tabs that part columns on two lines or more: text already read column by column
      int lineEnd = tab;
      while (lineEnd < n && input.charAt(lineEnd) != '\n' && input.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int next = input.indexOf('\t', lineEnd);
      if (next >= 0 && next < top) {
        return null;
      }
    }
    int gap = input.indexOf("   ");
    if (gap < 0 || gap >= top) {
      return null;
    }
    int[] starts = Arrays.copyOf(src.starts, lines + 1);
    int[] ends = src.ends;
    // where the line after the last looked at starts
    starts[lines] = lines < src.lineCount ? src.starts[lines] : n;
    int[][] cells = new int[lines][];
    for (int l = 0; l < lines; l++) {
      cells[l] = cells(input, starts[l], ends[l]);
    }
    // tables near the top: blocks of at most TABLE_LINES lines, one of three pieces or more
    int[] tableEnds = new int[lines];
    int afterTables = 0;
    for (int l = 0; l < Math.min(lines, TABLE_TOP); ) {
      int blockEnd = l;
      while (blockEnd < lines && cells[blockEnd].length > 0) {
        blockEnd++;
      }
      int t = l; // a table starts with a line of pieces, under the lines of one above it
      while (t < blockEnd && cells[t].length < 4) {
        t++;
      }
      // and goes on over lines of pieces and lines of one piece beyond its first column, as a
      // role under the second institute's name
      int tableEnd = t + 1;
      int[] columns = t < blockEnd ? cells[widest(cells, t, blockEnd)] : null;
      while (tableEnd < blockEnd
          && (cells[tableEnd].length >= 4 || column(columns, middle(cells[tableEnd], 0)) > 0)) {
        tableEnd++;
      }
      // the row that holds the issue line, its number and its date pieces apart (Editor: /
      // No.101. / 12 January 2013), is the header's under the table, and read as it stands: the
      // table ends above it, however many rows the table holds
      for (int k = t + 2; k < tableEnd; k++) {
        if (IssueLine.find(input, starts[k], ends[k]) != null) {
          tableEnd = k;
          break;
        }
      }
      // a table of one line, its pieces parted by blanks, is read as it stands; the logo row beside
      // the series name, the series name the first piece of a row, is the header's and left as it
      // stands, the sidebar sought below it, though the publisher's name under the series name
      // reach past the middle of the blanks before the first institute's column
      if (t < blockEnd && tableEnd - t >= 2 && tableEnd - t <= TABLE_LINES) {
        if (cells[widest(cells, t, tableEnd)].length <= 2 * MAX_TABLE_COLUMNS
            && besideSeriesName(input, starts, cells, t, tableEnd)) {
          afterTables = tableEnd;
        } else if (isTable(cells, t, tableEnd)) {
          tableEnds[t] = tableEnd;
          afterTables = tableEnd;
        }
      }
      l = Math.max(blockEnd, l + 1);
    }
    // the sidebar, below the tables: the longest run of lines with text on both sides of the main
    // column's edge, and the lines with text on its left only that touch it
    int edge = edge(cells, afterTables, lines);
    int first = -1;
    int last = -1;
    if (edge >= 0) {
      for (int l = afterTables; l < lines; l++) {
        cells[l] = cutAtEdge(input, starts[l], cells[l], edge);
      }
      // the most lines side by side that follow one another, few lines apart
      int sideBySide = 0;
      int runFirst = -1;
      int runLast = -1;
      int run = 0;
      for (int l = afterTables; l < lines; l++) {
        if (split(cells[l], edge) > 0) {
          if (runLast < 0 || l - runLast > SIDEBAR_GAP) {
            runFirst = l;
            run = 0;
          }
          runLast = l;
          run++;
          if (run > sideBySide) {
            sideBySide = run;
            first = runFirst;
            last = runLast;
          }
        }
      }
      int aligned = aligned(cells, first, last, edge);
      int textLines = textLines(cells, first, last);
      if (sideBySide < SIDE_BY_SIDE_LINES
          || aligned * 3 < textLines * 2
          || (sideBySide < FEW_SIDE_BY_SIDE_LINES && aligned < textLines)) {
        // too few lines side by side, or too few of the lines between them start a piece at the
        // edge or end before it, as in justified text whose wide blanks line up by chance
        first = -1;
      }
    }
    if (first >= 0) {
      while (first > afterTables && leftOnly(cells[first - 1], edge)) {
        first--;
      }
      while (last + 1 < lines) {
        if (leftOnly(cells[last + 1], edge)) {
          last++;
        } else if (last + 2 < lines
            && cells[last + 1].length > 0
            && cells[last + 1][0] >= edge - 1
            && leftOnly(cells[last + 2], edge)) {
          // past one row of the main column's alone (a paragraph's last line) to the sidebar's
          // line under it (the publisher's title on the row of the blank line after it)
          last += 2;
        } else if (last + 2 < lines
            && cells[last + 1].length == 0
            && leftOnly(cells[last + 2], edge)
            && endsWithLabel(input, starts[last], cells[last], edge)) {
          // past a blank row under a label of the last row the columns share, to the names of
          // its post (Online Publisher: / blank / Kenichiro Sasae / President, JIIA)
          last += 2;
        } else {
          break;
        }
      }
      first = fromIssueRow(input, starts, ends, cells, afterTables, first, edge);
    }
    // the sidebar's rows may alternate with the main column's, few side by side but the issue
    // line's, or those far from it: read so where that takes in all the lines read above and more,
    // or where the edge found above lies right of where the issue line starts on the row a staff
    // label opens, which would leave the issue number in the sidebar and its date in the main
    // column: there the rows above that edge lines up are others' (the institutes' names on one
    // row, a title centred beside a sidebar whose lists wrap), and the issue line's start is the
    // main column's edge
    int[][] apart = cells.clone();
    int[] read = alternating(input, starts, ends, apart, afterTables, lines);
    if (read != null
        && (first < 0
            || read[1] < first && read[2] >= last
            || read[1] >= first && read[1] <= last && edge > read[0] + 1)) {
      cells = apart;
      edge = read[0];
      first = read[1];
      last = read[2];
    } else if (read != null
        && first > read[1]
        && last > read[2]
        && (first - read[2] <= SIDEBAR_GAP || nothingAcross(cells, read[2] + 1, first, edge))
        && Math.abs(edge - read[0]) <= 1) {
      // and the rows side by side under such a sidebar, or from its last rows on, at the edge where
      // the issue line starts (a clipped copy of the first paragraph beside it), are read with it
      // as one sidebar, however many rows part them where no text runs across the edge between
      cells = apart;
      edge = read[0];
      first = read[1];
    }
    if (first < 0 && firstTable(tableEnds, afterTables) < 0) {
      return null; // no table read and no sidebar
    }
    Builder out = new Builder(input.length() + 64);
    int copied = 0;
    int firstRead = -1;
    int lastRead = -1;
    int start = -1;
    for (int l = 0; l < afterTables; l++) {
      if (tableEnds[l] > 0) {
        out.copy(input, copied, starts[l]);
        firstRead = firstRead < 0 ? l : firstRead;
        lastRead = tableEnds[l] - 1;
        start = start < 0 ? out.length() : start;
        table(input, starts, ends, cells, l, tableEnds[l], out);
        copied = starts[tableEnds[l]];
      }
    }
    if (first >= 0) {
      out.copy(input, copied, starts[first]);
      firstRead = firstRead < 0 ? first : firstRead;
      lastRead = last;
      start = start < 0 ? out.length() : start;
      sidebar(input, starts, ends, cells, first, last, edge, out);
      copied = starts[last + 1];
    }
    int end = out.length();
    int[] origin = out.origins();
    String text = out.append(input, copied, n);
    return new Columns(text, origin, copied - end, firstRead, lastRead, start, end);
  }

  /** Whether the sidebar's piece of a row, the cells {@code cells} left of the edge, is a label. */
  private static boolean endsWithLabel(String s, int lineStart, int[] cells, int edge) {
    int left = sidebarPieces(cells, edge);
    if (left == 0) {
      return false;
    }
    int from = lineStart + cells[2 * left - 2];
    int to = lineStart + cells[2 * left - 1];
    return labelEnd(s, from, to) == to;
  }

  /**
   * The row of the issue line above the sidebar's first row {@code first}, set at the main column's
   * edge or right of it, alone or beside the series name, where no line between runs across the
   * edge (the logos stacked down the sidebar beside a title set in from the edge and a byline set
   * right): the sidebar is read from there, so that the main column's header goes with the main
   * column; else {@code first}.
   */
  private static int fromIssueRow(
      String s, int[] starts, int[] ends, int[][] cells, int from, int first, int edge) {
    for (int l = first - 1; l >= from; l--) {
      int[] c = cells[l];
      if (c.length == 0 || leftOnly(c, edge)) {
        continue;
      }
      // the main column's part of the line: the whole line, or what the series name leaves
      int main = c[0] >= edge - 1 ? 0 : splitBeyond(c, edge);
      if (main == 0 && c[0] < edge - 1) {
        return first; // a line across the edge: the page's top band
      }
      if (IssueLine.find(s, starts[l] + c[2 * main], ends[l]) != null) {
        return nothingAcross(cells, l, first, edge) ? l : first;
      }
    }
    return first;
  }

  /** The first line of a table read column by column, of the lines above {@code to}; or -1. */
  private static int firstTable(int[] tableEnds, int to) {
    for (int l = 0; l < to; l++) {
      if (tableEnds[l] > 0) {
        return l;
      }
    }
    return -1;
  }

  /**
   * The sidebar whose rows alternate with the main column's, as where its type is smaller than the
   * main column's: a staff label opens the row of the issue line, whose start is the main column's
   * edge, and from it down each row holds a piece of the sidebar that ends before the edge, text of
   * the main column that starts at the edge or further right (a title centred, a byline set to the
   * right), or both. The sidebar ends at the publisher's title ({@code President, JIIA}), or at its
   * last piece where {@link #SIDEBAR_GAP} rows follow without one, and holds two labels or more. A
   * row with text across the edge from the left (justified text) is no such sidebar's. As {@code
   * {edge, first line, last line}}, the lines' pieces cut at the edge; or null.
   */
  private static int[] alternating(
      String s, int[] starts, int[] ends, int[][] cells, int from, int lines) {
    int first = from;
    int[] row = null; // the first line's pieces, not cut at an edge
    for (; first < lines && row == null; first++) {
      row = cells[first].length < 4 ? null : cells(s, starts[first], ends[first]);
      row = row != null && labelBesideIssue(s, starts[first], ends[first], row) ? row : null;
    }
    if (row == null || row[2] < NARROWEST_SIDEBAR) {
      return null;
    }
    first--;
    cells[first] = row;
    int edge = row[2];
    int labels = 1;
    int last = first;
    for (int l = first + 1; l < lines && l - last <= SIDEBAR_GAP; l++) {
      int[] c = cutAtEdge(s, starts[l], cells(s, starts[l], ends[l]), edge);
      int left = sidebarPieces(c, edge);
      if (left == 0 && c.length > 0 && c[0] < edge - 1) {
        return null; // text across the edge
      }
      cells[l] = c;
      if (left > 0) {
        last = l;
        int p = starts[l] + c[0];
        int e = starts[l] + c[1];
        labels += labelEnd(s, p, e) >= 0 ? 1 : 0;
        if (titleEnd(s, p, e) >= 0) {
          break; // the publisher's post ends the sidebar
        }
      }
    }
    return labels < 2 ? null : new int[] {edge, first, last};
  }

  /** Whether a line's first piece is a staff label alone, and an issue line opens its second. */
  private static boolean labelBesideIssue(String s, int lineStart, int lineEnd, int[] cells) {
    if (cells.length < 4 || labelEnd(s, lineStart + cells[0], lineEnd) != lineStart + cells[1]) {
      return false;
    }
    IssueLine issue = IssueLine.find(s, lineStart + cells[2], lineEnd);
    return issue != null && issue.start == lineStart + cells[2];
  }

  /**
   * The text read one column after another: laid out in columns ({@link #find}), or merged row by
   * row ({@link #mergedSidebar}); null where it is neither. Where the text is laid out but its
   * sidebar is found only below lines that run across the main column's edge, and the logos stand
   * stacked down the sidebar from the row under the issue line ({@link #stackedLogos}), the sidebar
   * is read so from there: pdfplumber's {@code layout=True} text writes the sidebar's smaller type
   * a column a character, so that its longer lines run past the edge and push the main column's
   * text on their row right ({@code Research Institute for Peace and construction of ...}).
   */
  static Columns read(Source src, List<Institute> registry) {
    Columns found = find(src);
    if (found == null) {
      return mergedSidebar(src, registry);
    }
    Columns stacked = found.firstLine > 0 ? stackedLogos(src, registry) : null;
    return stacked != null
            && stacked.firstLine < found.firstLine
            && stacked.lastLine >= found.lastLine
        ? stacked
        : found;
  }

  /** How many lines from the top the sidebar's first line may stand within. */
  private static final int MERGED_TOP = 40;

  /**
   * The text read one column after another where extraction merged the sidebar and the main column
   * line by line, one space between them, as tools that sort the text by its height on the page
   * write it ({@code Editor: No.93. 8 June 2010} / {@code Akio Watanabe} / {@code Editorial Board:
   * THE PROSPECTS OF JAPAN-NATO} / {@code Masashi Nishihara} / ...): no blanks mark the sidebar's
   * edge, so its pieces are known by what they are, a staff label, a name under it, the publisher's
   * title. It starts where a label opens the line that holds the issue line after it, and is read
   * only where it holds two labels or more. Null where there is no such sidebar.
   *
   * <p>Tools that read the page row by row and write each row's text as it stands (pdfplumber,
   * pdf.js text put in lines by their height) give the issue line a row of its own, with the
   * sidebar's first label under it, and the rows after it may hold a piece of the sidebar, a line
   * of the main column, or both ({@code Masashi Nishihara CAN JAPAN-CHINA MARITIME CRISIS}): there
   * a row that holds no piece of the sidebar ends it only where none follows on the next two rows,
   * and the publisher's title ends it. A byline may stand as a name among the staff's: a name under
   * the title that a closing biography opens with is the main column's, as is one under the
   * publisher's label that the publisher's title does not follow where it follows a later name.
   * Such a sidebar is read only where the two columns meet on its rows.
   */
  private static Columns mergedSidebar(Source src, List<Institute> registry) {
    String input = src.text;
    int lines = Math.min(src.lineCount, MERGED_TOP);
    int first = -1;
    for (int l = 0; l < lines && first < 0; l++) {
      int s = skip(input, src.starts[l], src.ends[l]);
      int e = labelEnd(input, s, src.ends[l]);
      int rest = e < 0 ? -1 : skip(input, e, src.ends[l]);
      // an issue line that opens the rest of the line: the line is read past a label only where
      // the rest may open with one
      IssueLine issue =
          rest < 0 || rest >= src.ends[l] || !IssueLine.mayStartWith(input.charAt(rest))
              ? null
              : IssueLine.find(input, rest, src.ends[l]);
      first = issue != null && issue.start == rest ? l : -1;
      Columns read = null;
      if (first >= 0) {
        read = rowByRow(src, l, e); // the label and the issue line on one row
      } else if (e >= 0
          && !hasText(input, rest, src.ends[l])
          && l + 1 < src.lineCount
          && issueLineAlone(input, src.starts[l + 1], src.ends[l + 1])) {
        read = rowByRow(src, l, e); // the label alone on the row above the issue line's
      } else if (issueLineAlone(input, s, src.ends[l]) && labelWithin(src, l + 1)) {
        read = rowByRow(src, l, -1); // the issue line alone, a label on a row soon under it
      }
      if (read != null) {
        return read;
      }
    }
    if (first < 0) {
      return stackedLogos(src, registry);
    }
    // the sidebar's piece of each line, as its end, or -1 where the line holds none
    int[] cuts = new int[src.lineCount - first];
    int labels = 0;
    boolean publisher = false; // under the online publisher's label
    int names = 0; // names under the last label
    int last = first;
    for (int l = first; l < src.lineCount; l++) {
      int s = skip(input, src.starts[l], src.ends[l]);
      int e = src.ends[l];
      int cut = labelEnd(input, s, e);
      if (cut >= 0) {
        labels++;
        publisher = input.regionMatches(true, s, "Online", 0, 6);
        names = 0;
      } else if (labels > 0 && publisher && names == 1 && (cut = titleEnd(input, s, e)) >= 0) {
        names++;
      } else if (labels > 0 && !(publisher && names > 0) && (cut = nameEnd(input, s, e)) >= 0) {
        names++;
      }
      cuts[l - first] = cut;
      if (cut < 0 && s < e) {
        break; // a line with text and no piece of the sidebar: the sidebar has ended
      }
      last = cut >= 0 ? l : last;
    }
    return labels < 2 ? null : apart(src, first, last, cuts, false);
  }

  /**
   * The text with rows {@code first} to {@code last} read one column after another: each row's
   * piece of the sidebar, up to its cut ({@code cuts[row - first]}, -1 for none), a line each, then
   * a blank line, then the rest of each row, the main column's; a row whose rest is empty leaves no
   * line of the main column where {@code skipEmpty}.
   */
  private static Columns apart(Source src, int first, int last, int[] cuts, boolean skipEmpty) {
    String input = src.text;
    Builder out = new Builder(input.length() + 64);
    out.copy(input, 0, src.starts[first]);
    int start = out.length();
    for (int l = first; l <= last; l++) {
      int cut = cuts[l - first];
      if (cut >= 0) {
        out.copy(input, skip(input, src.starts[l], cut), trimEnd(input, cut));
        out.add('\n', cut);
      }
    }
    out.add('\n', src.starts[first]);
    for (int l = first; l <= last; l++) {
      int cut = cuts[l - first];
      int from = cut >= 0 ? skip(input, cut, src.ends[l]) : src.starts[l];
      if (!skipEmpty || from < src.ends[l] || cut < 0) {
        out.copy(input, from, src.ends[l]);
        out.add('\n', src.ends[l]);
      }
    }
    int end = out.length();
    int copied = last + 1 < src.lineCount ? src.starts[last + 1] : input.length();
    int[] origin = out.origins();
    String text = out.append(input, copied, input.length());
    return new Columns(text, origin, copied - end, first, last, start, end);
  }

  /** The longest row that may hold an issue line alone ({@code No.1234. 30 September 2024}). */
  private static final int ISSUE_ROW = 48;

  /** Whether {@code s[from, to)} holds an issue line and nothing else. */
  private static boolean issueLineAlone(String s, int from, int to) {
    int start = skip(s, from, to);
    if (trimEnd(s, to) - start > ISSUE_ROW) {
      return false; // a longer row, as most of a text's are, is not searched
    }
    IssueLine issue = IssueLine.find(s, start, to);
    return issue != null && issue.start == start && skip(s, issue.end, to) == to;
  }

  /**
   * How much further into its row than the labels a name may stand and be the sidebar's: a name set
   * further in, where the text keeps the page's layout, is the main column's.
   */
  private static final int INDENT = 8;

  /** Whether a staff label opens one of the rows from {@code l} to {@code l + ROWS_APART}. */
  private static boolean labelWithin(Source src, int l) {
    for (int k = l; k <= l + ROWS_APART && k < src.lineCount; k++) {
      if (labelEnd(src.text, skip(src.text, src.starts[k], src.ends[k]), src.ends[k]) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The name that opens row {@code l} ({@link #rowNameEnd}), or the empty string. */
  private static String nameOn(Source src, int l) {
    if (l >= src.lineCount) {
      return "";
    }
    int s = skip(src.text, src.starts[l], src.ends[l]);
    int end = rowNameEnd(src.text, s, src.ends[l]);
    return end < 0 ? "" : src.text.substring(s, end);
  }

  /** Whether a name is not empty and a sentence of {@code closing} opens with it. */
  private static boolean opensBiography(String closing, String name) {
    return !name.isEmpty() && Engine.opensBiography(closing, name);
  }

  private static boolean hasText(String s, int from, int to) {
    return skip(s, from, to) < to;
  }

  /** The most rows that a sidebar read row by row may span: the staff fill twenty at most. */
  private static final int SIDEBAR_ROWS = 60;

  /** The most rows with no piece of the sidebar that may stand between two of its pieces. */
  private static final int ROWS_APART = 2;

  /**
   * The text read one column after another where the issue line stands on row {@code first}, the
   * sidebar's first label under it, and the two columns share the rows after it ({@link
   * #mergedSidebar}); null where no row holds both or a row of the main column stands between two
   * of the sidebar's, or where the sidebar holds fewer than two labels.
   */
  private static Columns rowByRow(Source src, int first, int firstCut) {
    int[] last = new int[1];
    int[] cuts = rowByRowCuts(src, first, firstCut, last);
    return cuts == null ? null : apart(src, first, last[0], cuts, true);
  }

  /**
   * The cuts of {@link #rowByRow}'s rows from {@code first} on, each row's piece of the sidebar as
   * its end, or -1; the last row of the sidebar goes into {@code lastRow[0]}. Null where there is
   * no such sidebar.
   */
  private static int[] rowByRowCuts(Source src, int first, int firstCut, int[] lastRow) {
    String input = src.text;
    int n = src.lineCount;
    // the closing text, where the authors' biographies stand
    String closing =
        input.substring(Math.max(0, input.length() - Math.max(3000, input.length() / 3)));
    int[] cuts = new int[n - first];
    cuts[0] = firstCut;
    int labels = firstCut >= 0 ? 1 : 0;
    // under the online publisher's label
    boolean publisher =
        firstCut >= 0
            && input.regionMatches(true, skip(input, src.starts[first], firstCut), "Online", 0, 6);
    int names = 0; // names under the last label
    // how far into their rows the labels stand: a name much further in is the main column's
    int edge = firstCut >= 0 ? skip(input, src.starts[first], firstCut) - src.starts[first] : -1;
    boolean titled = false; // a line of the main column in capitals stood above: the title's
    int list = LIST_NONE; // how the last piece of the sidebar left a comma list of names
    int[] state = new int[2];
    boolean met = false; // a row holds both columns, or one of the main column's stands between
    int last = first;
    for (int l = first + 1; l < Math.min(n, first + SIDEBAR_ROWS); l++) {
      int s = skip(input, src.starts[l], src.ends[l]);
      int e = src.ends[l];
      int cut = labelEnd(input, s, e);
      boolean titleRead = false;
      if (cut >= 0) {
        labels++;
        publisher = input.regionMatches(true, s, "Online", 0, 6);
        names = 0;
        edge = edge < 0 ? s - src.starts[l] : edge;
        list = LIST_NONE;
      } else if (labels > 0 && publisher && names == 1 && (cut = titleEnd(input, s, e)) >= 0) {
        titleRead = true;
      } else if (labels > 0
          && !(publisher && names > 0)
          && s - src.starts[l] <= edge + INDENT
          && (cut =
                  publisher
                      ? rowNameEnd(input, s, e)
                      : list != LIST_NONE
                          ? listEnd(input, s, e, list, loneWithin(src, l + 1), state)
                          : rowListEnd(input, s, e, loneWithin(src, l + 1), state))
              >= 0) {
        // the row opens with a whole name, not the family name of the list's last given name
        boolean whole = publisher || list != LIST_GIVEN;
        String name = input.substring(s, publisher ? cut : state[1]);
        // under the publisher's label, the name right above the publisher's own name and title is
        // the byline's, unless a biography names the publisher's instead
        boolean byline =
            publisher
                ? !titleFollows(src, l)
                    && titleFollows(src, l + 1)
                    && !(opensBiography(closing, nameOn(src, l + 1))
                        && !opensBiography(closing, name))
                : whole && titled && opensBiography(closing, name);
        if (byline) {
          cut = -1; // the main column's, a comma list left open going on under it
        } else {
          names++;
          list = publisher ? LIST_NONE : state[0];
        }
      }
      cuts[l - first] = cut;
      int mainFrom = cut >= 0 ? skip(input, cut, e) : s;
      if (mainFrom < e) {
        titled |= TitleCase.isCapitals(input.substring(mainFrom, e));
        met |=
            cut >= 0 || l > last + 1 || sidebarWithin(src, l + 1, labels, publisher, names, list);
      }
      if (cut >= 0) {
        last = l;
        if (titleRead) {
          break; // the publisher's post ends the sidebar
        }
      } else if (s < e && !sidebarWithin(src, l + 1, labels, publisher, names, list)) {
        break; // no piece of the sidebar on this row or the next two: the sidebar has ended
      }
    }
    if (labels < 2 || !met) {
      return null;
    }
    lastRow[0] = last;
    return cuts;
  }

  /** The most rows from under the issue line down to the staff's first label. */
  private static final int LOGO_ROWS = 30;

  /** The most rows in a row with no piece of the sidebar between two of its pieces. */
  private static final int MAIN_ROWS_APART = 4;

  /**
   * The text read one column after another where the logos stand stacked down the sidebar over the
   * staff, and extraction merged the sidebar and the main column row by row, one space between them
   * (pdfplumber's {@code extract_text}, PDFBox sorting by position: {@code JIIA Aiko Shimizu} /
   * {@code RIPS More than a third} / {@code Research Institute for Peace and construction of}):
   * from the row under the issue line alone and the publisher's name, a row opens with a piece of
   * the sidebar, a known institute's abbreviation or words of its name that go on from the row
   * above or start it, a role in brackets after a name's last word, or with the main column's text
   * alone; from the staff's first label down the rows are read as {@link #rowByRow} reads them. A
   * row of the sidebar alone leaves no line in the main column. Null where fewer than two
   * abbreviations open rows, more than {@value #MAIN_ROWS_APART} rows in a row hold none of it, or
   * no staff follow.
   */
  private static Columns stackedLogos(Source src, List<Institute> registry) {
    String input = src.text;
    int issueRow = -1;
    for (int l = 0; l < Math.min(src.lineCount, MERGED_TOP) && issueRow < 0; l++) {
      issueRow = issueLineAlone(input, src.starts[l], src.ends[l]) ? l : -1;
    }
    if (issueRow < 0) {
      return null;
    }
    String[][] names = new String[registry.size()][];
    for (int k = 0; k < names.length; k++) {
      names[k] = registry.get(k).name().split(" ");
    }
    int first = issueRow + 1;
    while (first < src.lineCount && isPublisherRow(input, src.starts[first], src.ends[first])) {
      first++;
    }
    int[] cuts = new int[Math.max(0, Math.min(src.lineCount, first + LOGO_ROWS) - first)];
    int abbreviations = 0;
    int pending = -1; // the institute whose name the last piece left open
    int matched = 0; // how many of its words
    boolean named = false; // the last piece ended a name: a role in brackets may follow
    int apart = 0; // rows in a row with no piece of the sidebar
    int label = -1;
    for (int l = first; l < first + cuts.length && label < 0; l++) {
      int s = skip(input, src.starts[l], src.ends[l]);
      int e = src.ends[l];
      int cut = -1;
      if (labelEnd(input, s, e) >= 0) {
        label = l;
        break;
      }
      int w = wordEnd(input, s, e);
      int k = w > s ? MastheadReader.knownAbbreviation(registry, input, s, w) : -1;
      if (k >= 0) {
        cut = w;
        abbreviations++;
        pending = -1;
        named = false;
      } else if (w > s) {
        int[] piece = namePiece(names, input, s, e, pending, matched);
        if (piece != null) {
          cut = piece[0];
          pending = piece[1];
          matched = piece[2];
          named = matched == names[pending].length;
        } else if (named && input.charAt(s) == '(' && input.charAt(w - 1) == ')') {
          cut = w; // the role under the name
          named = false;
        }
        if (cut >= 0 && named) {
          cut = roleAfter(input, cut, e);
        }
      }
      cuts[l - first] = cut;
      apart = cut >= 0 ? 0 : apart + 1;
      if (apart > MAIN_ROWS_APART) {
        return null;
      }
    }
    if (abbreviations < 2 || label < 0) {
      return null;
    }
    int[] last = new int[1];
    int[] staff =
        rowByRowCuts(
            src,
            label,
            labelEnd(input, skip(input, src.starts[label], src.ends[label]), src.ends[label]),
            last);
    if (staff == null) {
      return null;
    }
    int[] all = new int[last[0] - first + 1];
    System.arraycopy(cuts, 0, all, 0, label - first);
    System.arraycopy(staff, 0, all, label - first, last[0] - label + 1);
    return apart(src, first, last[0], all, true);
  }

  /** Whether each word of {@code s[from, to)} is a word of the publisher's name. */
  private static boolean isPublisherRow(String s, int from, int to) {
    int p = skip(s, from, to);
    if (p == to) {
      return false;
    }
    while (p < to) {
      int e = wordEnd(s, p, to);
      boolean known = false;
      for (String w : Engine.PUBLISHER_WORDS) {
        known |= e - p == w.length() && s.regionMatches(true, p, w, 0, w.length());
      }
      if (!known) {
        return false;
      }
      p = skip(s, e, to);
    }
    return true;
  }

  /**
   * The words of a known institute's name that open {@code s[from, to)}: those that go on from the
   * {@code matched} words of institute {@code pending} that the row above left open, or, none going
   * on, the first two or more of a name (all of a shorter one). As {@code {end, institute, words of
   * its name read so far}}; or null.
   */
  private static int[] namePiece(
      String[][] names, String s, int from, int to, int pending, int matched) {
    if (pending >= 0) {
      String[] words = names[pending];
      if (matched < words.length) {
        int end = wordsOf(words, matched, s, from, to);
        if (end >= 0) {
          return new int[] {end, pending, matched + count(s, from, end)};
        }
      }
    }
    int[] best = null;
    for (int k = 0; k < names.length; k++) {
      String[] words = names[k];
      int end = wordsOf(words, 0, s, from, to);
      int n = end < 0 ? 0 : count(s, from, end);
      if (n >= Math.min(2, words.length) && (best == null || n > best[2])) {
        best = new int[] {end, k, n};
      }
    }
    return best;
  }

  /**
   * Where the longest run of {@code words} from {@code at} that opens {@code s[from, to)}, word for
   * word whatever their case, ends; or -1 where none does.
   */
  private static int wordsOf(String[] words, int at, String s, int from, int to) {
    int p = from;
    int end = -1;
    for (int k = at; k < words.length && p < to; k++) {
      int e = wordEnd(s, p, to);
      if (e - p != words[k].length() || !s.regionMatches(true, p, words[k], 0, e - p)) {
        break;
      }
      end = e;
      p = skip(s, e, to);
    }
    return end;
  }

  /** How many words {@code s[from, to)} holds. */
  private static int count(String s, int from, int to) {
    int n = 0;
    for (int p = skip(s, from, to); p < to; p = skip(s, wordEnd(s, p, to), to)) {
      n++;
    }
    return n;
  }

  /**
   * Where a role in brackets right after {@code at} ends ({@code (Secretariat)}); else {@code at}.
   */
  private static int roleAfter(String s, int at, int to) {
    int p = skip(s, at, to);
    if (p >= to || s.charAt(p) != '(') {
      return at;
    }
    int close = s.indexOf(')', p);
    return close >= 0 && close < to && close - p <= 30 ? close + 1 : at;
  }

  /**
   * Whether the publisher's title opens row {@code l + 1}, or row {@code l + 2} under a row that is
   * no name alone: the main column's line may stand between the publisher's name and title, a
   * second name the publisher's own.
   */
  private static boolean titleFollows(Source src, int l) {
    String input = src.text;
    for (int k = l + 1; k <= l + 2 && k < src.lineCount; k++) {
      int s = skip(input, src.starts[k], src.ends[k]);
      if (titleEnd(input, s, src.ends[k]) >= 0) {
        return true;
      }
      int name = rowNameEnd(input, s, src.ends[k]);
      if (name >= 0 && skip(input, name, src.ends[k]) == src.ends[k]) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether one of the {@link #ROWS_APART} rows from {@code l} opens with a piece of the sidebar,
   * as it stands after {@code labels} labels, the last the publisher's where {@code publisher}, and
   * {@code names} names under it: a label, a name, or the publisher's title; or, where a comma list
   * of names stands open at {@code list}, a name that goes on with it.
   */
  private static boolean sidebarWithin(
      Source src, int l, int labels, boolean publisher, int names, int list) {
    int[] state = new int[2];
    String input = src.text;
    for (int k = l; k < l + ROWS_APART && k < src.lineCount; k++) {
      int s = skip(input, src.starts[k], src.ends[k]);
      int e = src.ends[k];
      if (labelEnd(input, s, e) >= 0
          || (labels > 0 && publisher && names == 1 && titleEnd(input, s, e) >= 0)
          || (labels > 0 && !(publisher && names > 0) && rowNameEnd(input, s, e) >= 0)
          || (labels > 0 && !publisher && rowListEnd(input, s, e, false, state) >= 0)
          || (list != LIST_NONE && !publisher && listEnd(input, s, e, list, false, state) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the name that opens row {@code s[from, to)} ends ({@link #nameEnd}), where its first word
   * is no function word, as the main column's lines open with ({@code In September}); or -1.
   */
  private static int rowNameEnd(String s, int from, int to) {
    int end = nameEnd(s, from, to);
    return end >= 0
            && !Engine.isFunctionWordInAnyCase(s.substring(from, wordEnd(s, from, to)))
            && !opensWithEnglishWords(s, from, to)
        ? end
        : -1;
  }

  /**
   * Whether the first two words of row {@code s[from, to)} are both English words ({@code United
   * States}, {@code Prime Minister}), as a line of the main column may open with and a staff
   * member's name does not: the staff's names are Japanese.
   */
  private static boolean opensWithEnglishWords(String s, int from, int to) {
    int e = wordEnd(s, from, to);
    int next = skip(s, e, to);
    int e2 = wordEnd(s, next, to);
    return next > e
        && e2 > next
        && Lexicon.contains(s.substring(from, e).toLowerCase(Locale.ROOT))
        && Lexicon.contains(lettersOf(s.substring(next, e2)).toLowerCase(Locale.ROOT));
  }

  /** The word without the punctuation after it ({@code Kikuchi,}). */
  private static String lettersOf(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(0, end);
  }

  /** A comma list of names left at a row's end: none open, or open after a comma. */
  private static final int LIST_NONE = 0;

  private static final int LIST_COMMA = 1;

  /** A comma list of names left at a row's end after a given name, the family name on the next. */
  private static final int LIST_GIVEN = 2;

  /**
   * Where the names that open row {@code s[from, to)} end ({@link #listEnd}), where its first word
   * is no function word; or -1.
   */
  private static int rowListEnd(String s, int from, int to, boolean lone, int[] state) {
    return Engine.isFunctionWordInAnyCase(s.substring(from, wordEnd(s, from, to)))
            || opensWithEnglishWords(s, from, to)
        ? -1
        : listEnd(s, from, to, LIST_NONE, lone, state);
  }

  /**
   * Where the sidebar's names that open row {@code s[from, to)} end, as a comma list wrapped at the
   * sidebar's width sets them ({@code Taizo Yakushiji, Akihiko} / {@code Tanaka ECONOMIC
   * SECURITY}), the row above having left the list at {@code list}: each name two words in
   * capitalised lower case, a role in brackets after it, a comma between two; after a given name
   * the family name alone, and at the row's end, or before words that are no name's, a given name
   * alone or a comma. Sets {@code state[0]} to how the piece leaves the list and {@code state[1]}
   * to the end of its first name; -1 where the row opens with no name. Where {@code lone}, a row
   * soon under it opening with a family name alone ({@code Togo}) or before the list's next name
   * ({@code Nishihara, Akihiko Tanaka}), a name's words before more words ({@code Kazuhiko Tomohiko
   * Takagi}, {@code Masashi Ukraine would}) are a given name and the main column's text, and a
   * family name before more words opens no row ({@code Japan can help}).
   */
  private static int listEnd(String s, int from, int to, int list, boolean lone, int[] state) {
    int p = from;
    int end = -1;
    int need = list == LIST_GIVEN ? 1 : 2; // the words of the next name
    state[0] = LIST_NONE;
    state[1] = -1;
    while (true) {
      int words = 0;
      int itemEnd = -1;
      int q = p;
      int firstEnd = -1;
      while (words < need) {
        int e = nameWordEnd(s, q, to);
        if (e < 0
            || (words == 1 && Engine.isFunctionWordInAnyCase(s.substring(q, wordEnd(s, q, to))))) {
          break;
        }
        words++;
        itemEnd = e;
        firstEnd = words == 1 ? e : firstEnd;
        q = skip(s, e, to);
        if (e < to && s.charAt(e) == ',' || q == e) {
          break; // a comma or the row's end closes the name
        }
      }
      if (words == 0) {
        return end; // no name goes on: the list stays as the last name left it
      }
      if (words < need) {
        if (end < 0 && list == LIST_NONE || itemEnd < to && s.charAt(itemEnd) == ',') {
          // a word alone opening the row, or one before a comma, is no name of a list
          // (Professor, National Defense Academy of Japan)
          return end;
        }
        state[0] = LIST_GIVEN; // a given name, its family name on the next row
        return itemEnd;
      }
      int after = skip(s, itemEnd, to);
      if (lone && after > itemEnd && after < to && s.charAt(after) != '(') {
        if (need == 1) {
          return -1; // the family name stands on a row further down
        }
        if (end >= 0) {
          state[0] = LIST_GIVEN;
          return firstEnd;
        }
      }
      end = itemEnd;
      int r = skip(s, end, to);
      if (r < to && s.charAt(r) == '(') {
        int close = s.indexOf(')', r);
        if (close > r && close < to && isRole(s, r + 1, close)) {
          end = close + 1;
        }
      }
      state[1] = state[1] < 0 ? end : state[1];
      if (end < to && s.charAt(end) == ',') {
        end++;
        state[0] = LIST_COMMA;
        p = skip(s, end, to);
        need = 2;
        if (p == end && p < to) {
          return end;
        }
        continue;
      }
      state[0] = LIST_NONE;
      return end;
    }
  }

  /**
   * Whether row {@code l} or the next opens with a word of a name alone, or before words in
   * capitals or signs, as a list's family name beside the main column's title ({@code Togo}, {@code
   * Togo WHY THE}), or before a comma and a name ({@code Nishihara, Akihiko Tanaka}) where it is no
   * English word ({@code However, Prime Minister ...}); no label.
   */
  private static boolean loneWithin(Source src, int l) {
    String input = src.text;
    for (int k = l; k < l + ROWS_APART && k < src.lineCount; k++) {
      int s = skip(input, src.starts[k], src.ends[k]);
      int e = src.ends[k];
      int w = nameWordEnd(input, s, e);
      if (w < 0 || labelEnd(input, s, e) >= 0) {
        continue;
      }
      if (w < e && input.charAt(w) == ',') {
        if (nameEnd(input, skip(input, w + 1, e), e) >= 0
            && !Lexicon.contains(input.substring(s, w).toLowerCase(Locale.ROOT))) {
          return true;
        }
        continue;
      }
      int n = skip(input, w, e);
      if (n == e || nameWordEnd(input, n, e) < 0 && !Character.isLowerCase(input.charAt(n))) {
        return true;
      }
    }
    return false;
  }

  /** Where the word of a name that opens {@code s[p, to)} ends, before a comma after it; or -1. */
  private static int nameWordEnd(String s, int p, int to) {
    int e = wordEnd(s, p, to);
    if (e > p && s.charAt(e - 1) == ',') {
      e--;
    }
    return e - p >= 2 && isNameWord(s, p, e) ? e : -1;
  }

  /** Where the staff label that opens {@code s[from, to)} ends, after its colon; or -1. */
  private static int labelEnd(String s, int from, int to) {
    int c = from < to ? s.charAt(from) | 0x20 : 0;
    if (c != 'e' && c != 'o') {
      return -1; // every label opens with an E or an O, most lines with neither
    }
    for (String label : MastheadReader.LABELS) {
      int n = label.length();
      if (from + n < to && s.regionMatches(true, from, label, 0, n) && s.charAt(from + n) == ':') {
        return from + n + 1;
      }
    }
    return -1;
  }

  /**
   * Where the name that opens {@code s[from, to)} ends: two words in capitalised lower case (or an
   * initial), and a role in brackets after them ({@code Akio Watanabe (Chair)}); or -1.
   */
  private static int nameEnd(String s, int from, int to) {
    int p = from;
    for (int w = 0; w < 2; w++) {
      int e = wordEnd(s, p, to);
      if (e - p < 2 || !isNameWord(s, p, e)) {
        return -1;
      }
      p = skip(s, e, to);
      if (w == 0 && p == e) {
        return -1; // one word alone
      }
    }
    int end = trimEnd(s, p);
    if (p < to && s.charAt(p) == '(') {
      int close = s.indexOf(')', p);
      if (close > p && close < to && isRole(s, p + 1, close)) {
        end = close + 1;
      }
    }
    return end;
  }

  /**
   * Whether {@code s[from, to)} is a role in brackets after a name ({@code Chair}): letters,
   * blanks, commas and full stops, a letter first; not an unmapped glyph's code ({@code cid:127}).
   */
  private static boolean isRole(String s, int from, int to) {
    if (from >= to || !Character.isLetter(s.charAt(from))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s[p, e)} is a word of a name: a capital, then lower-case letters, or an initial.
   */
  private static boolean isNameWord(String s, int p, int e) {
    if (!Character.isUpperCase(s.charAt(p))) {
      return false;
    }
    if (e - p == 2 && s.charAt(p + 1) == '.') {
      return true;
    }
    for (int i = p + 1; i < e; i++) {
      char c = s.charAt(i);
      if (!Character.isLowerCase(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** Where the publisher's title that opens {@code s[from, to)} ends ({@code President, JIIA}). */
  private static int titleEnd(String s, int from, int to) {
    for (String t : MastheadReader.TITLE_WORDS) {
      int n = t.length();
      if (from + n + 1 < to && s.startsWith(t, from) && s.charAt(from + n) == ',') {
        int p = skip(s, from + n + 1, to);
        int e = wordEnd(s, p, to);
        return e > p ? e : -1;
      }
    }
    return -1;
  }

  private static int wordEnd(String s, int p, int to) {
    while (p < to && s.charAt(p) != ' ' && s.charAt(p) != '\t') {
      p++;
    }
    return p;
  }

  private static int skip(String s, int p, int to) {
    while (p < to && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private static int trimEnd(String s, int e) {
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
      e--;
    }
    return e;
  }

  /**
   * Writes the lines {@code [first, last]} of a sidebar beside the main column: the sidebar's text,
   * a line for each of its lines, then a blank line, then the main column's lines.
   */
  private static void sidebar(
      String s,
      int[] starts,
      int[] ends,
      int[][] cells,
      int first,
      int last,
      int edge,
      Builder out) {
    boolean blank = true;
    for (int k = first; k <= last; k++) {
      int left = sidebarPieces(cells[k], edge);
      if (left > 0) {
        int leftEnd = starts[k] + cells[k][2 * left - 1];
        out.copy(s, starts[k] + cells[k][0], leftEnd);
        out.add('\n', leftEnd);
        blank = false;
      } else if (!blank) {
        out.add('\n', starts[k]);
        blank = true;
      }
    }
    if (!blank) {
      out.add('\n', starts[first]);
    }
    // a row of the sidebar alone between two lines of one sentence of the main column, its rows
    // set closer than the main column's, parts no paragraph: it leaves no line there; nor do rows
    // of the sidebar alone under a paragraph's first line, set in, above a line at the main
    // column's edge, which goes on with the paragraph
    boolean open = false;
    boolean setIn = false;
    for (int k = first; k <= last; k++) {
      int cut = leftOnly(cells[k], edge) ? 0 : sidebarPieces(cells[k], edge);
      if (cut > 0 || !leftOnly(cells[k], edge) && cells[k].length > 0) {
        int start = cells[k][2 * cut];
        int end = cells[k][cells[k].length - 1];
        out.copy(s, starts[k] + Math.min(start, edge), ends[k]);
        char c = s.charAt(starts[k] + end - 1);
        open = Character.isLetterOrDigit(c) || c == ',' || c == '-' || c == ';';
        // a paragraph's first line opens with a word, not a bullet
        char opening = s.charAt(starts[k] + start);
        setIn =
            start > edge
                && start - edge <= FIRST_LINE_INDENT
                && end - start >= FIRST_LINE
                && (Character.isLetterOrDigit(opening) || opening == '"' || opening == '\u201C');
      } else if (leftOnly(cells[k], edge)
          && (open && k < last && cells[k + 1].length > 0 && !leftOnly(cells[k + 1], edge)
              || setIn && atEdgeAfterSidebarRows(cells, k, edge))) {
        continue;
      } else {
        open = false;
        setIn = false;
      }
      out.add('\n', ends[k]);
    }
  }

  /** How far a paragraph's first line is set in from the main column's edge at most. */
  private static final int FIRST_LINE_INDENT = 8;

  /** The fewest characters of a paragraph's first line beside the sidebar, set in. */
  private static final int FIRST_LINE = 40;

  /**
   * Whether rows of the sidebar alone, from row {@code k} on, lead with no blank row to a row whose
   * main column's text starts at the edge.
   */
  private static boolean atEdgeAfterSidebarRows(int[][] cells, int k, int edge) {
    int j = k;
    while (j < cells.length && leftOnly(cells[j], edge)) {
      j++;
    }
    if (j >= cells.length || cells[j].length == 0) {
      return false;
    }
    int main = cells[j][0] >= edge - 1 ? 0 : splitBeyond(cells[j], edge);
    int start = cells[j][2 * main];
    return (main > 0 || cells[j][0] >= edge - 1) && start >= edge - 1 && start <= edge;
  }

  /**
   * The pieces of a line parted by {@link #GAP} blanks or more, as pairs of start and end columns;
   * form feeds count as blanks, and a bullet alone opens the piece after it.
   */
  private static int[] cells(String s, int from, int to) {
    int[] cells = new int[8];
    int count = 0;
    int i = from;
    while (i < to) {
      while (i < to && isBlank(s.charAt(i))) {
        i++;
      }
      if (i >= to) {
        break;
      }
      int cellStart = i;
      int cellEnd = i;
      while (i < to) {
        if (!isBlank(s.charAt(i))) {
          i++;
          cellEnd = i;
        } else {
          int b = i;
          while (b < to && isBlank(s.charAt(b))) {
            b++;
          }
          // a key point's bullet set a tab stop apart from its text is no piece of its own
          boolean bullet =
              cellEnd - cellStart == 1
                  && (Chars.isBullet(s.charAt(cellStart)) || s.charAt(cellStart) == '\u007F');
          if (b >= to || b - i >= GAP && !bullet) {
            i = b;
            break;
          }
          i = b;
        }
      }
      if (count == cells.length) {
        cells = Arrays.copyOf(cells, 2 * count);
      }
      cells[count++] = cellStart - from;
      cells[count++] = cellEnd - from;
    }
    return Arrays.copyOf(cells, count);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\f';
  }

  /**
   * The main column's left edge: the character column where the second pieces of most lines of two
   * or three pieces, the first no mark, start (within one column), if at least {@link
   * #SIDE_BY_SIDE_LINES} lines start a piece there; or -1.
   */
  private static int edge(int[][] cells, int from, int lines) {
    int[] counts = new int[512];
    for (int l = from; l < lines; l++) {
      // a line of more than three pieces is justified text whose wide blanks part its words, not
      // the sidebar beside the main column (whose issue line may set its date apart), and one whose
      // first piece is a mark (a note's number set apart from its text) no sidebar's either
      if (cells[l].length >= 4
          && cells[l].length <= 6
          && cells[l][1] - cells[l][0] > MARK
          && cells[l][2] < counts.length - 1) {
        counts[cells[l][2]]++;
      }
    }
    int best = -1;
    int bestCount = 0;
    for (int c = NARROWEST_SIDEBAR; c < counts.length - 1; c++) {
      int near = counts[c - 1] + counts[c] + counts[c + 1];
      if (near > bestCount) {
        best = c;
        bestCount = near;
      }
    }
    if (bestCount < SIDE_BY_SIDE_LINES) {
      return -1;
    }
    // the leftmost column of the three, where the edge is
    return counts[best - 1] > 0 ? best - 1 : counts[best] > 0 ? best : best + 1;
  }

  /**
   * The index of the first piece of a line that starts at the edge or after it (an indented first
   * line starts a few columns after it), where pieces before it end before the edge; or 0.
   */
  private static int split(int[] cells, int edge) {
    for (int c = 1; 2 * c < cells.length; c++) {
      int s = cells[2 * c];
      if (s >= edge && s <= edge + 2 * GAP) {
        return cells[2 * c - 1] < edge ? c : 0;
      }
    }
    return 0;
  }

  /**
   * The index of the first piece of a line that starts at the edge or further right (a title
   * centred in the main column, a byline set to its right), where pieces before it end before the
   * edge; or 0.
   */
  private static int splitBeyond(int[] cells, int edge) {
    for (int c = 1; 2 * c < cells.length; c++) {
      if (cells[2 * c] >= edge) {
        return cells[2 * c - 1] < edge ? c : 0;
      }
    }
    return 0;
  }

  /**
   * A line's pieces with the one across the edge cut where two blanks end at the edge: a long label
   * in the sidebar ({@code Editorial Advisory Board:}) may leave no more between it and the main
   * column.
   */
  private static int[] cutAtEdge(String s, int lineStart, int[] cells, int edge) {
    for (int c = 0; c < cells.length; c += 2) {
      if (cells[c] >= edge - 1 || cells[c + 1] <= edge + 1) {
        continue;
      }
      for (int i = lineStart + cells[c]; i < lineStart + cells[c + 1]; i++) {
        int b = i;
        while (b < lineStart + cells[c + 1] && s.charAt(b) == ' ') {
          b++;
        }
        if (b - i >= 2 && b - lineStart >= edge - 1 && b - lineStart <= edge + 1) {
          int[] cut = new int[cells.length + 2];
          System.arraycopy(cells, 0, cut, 0, c + 1);
          cut[c + 1] = i - lineStart;
          cut[c + 2] = b - lineStart;
          System.arraycopy(cells, c + 1, cut, c + 3, cells.length - c - 1);
          return cut;
        }
        i = b;
      }
    }
    return cells;
  }

  /**
   * How many of the lines {@code [first, last]} are the main column's alone, starting at the edge
   * or indented a little after it, the sidebar's alone, ending before it, or both side by side.
   * Lines of justified text start at the left margin, and most run across the edge.
   */
  private static int aligned(int[][] cells, int first, int last, int edge) {
    int count = 0;
    for (int l = Math.max(first, 0); l <= last; l++) {
      int[] c = cells[l];
      boolean at =
          leftOnly(c, edge)
              || (c.length >= 2 && c[0] >= edge - 1 && c[0] <= edge + 2 * GAP)
              || split(c, edge) > 0;
      count += at ? 1 : 0;
    }
    return count;
  }

  /** How many of the lines {@code [first, last]} hold text. */
  private static int textLines(int[][] cells, int first, int last) {
    int count = 0;
    for (int l = Math.max(first, 0); l <= last; l++) {
      count += cells[l].length > 0 ? 1 : 0;
    }
    return count;
  }

  /**
   * How many of a sidebar's row's pieces are the sidebar's: all where they end before the edge,
   * those before the first that starts at the edge or further right, or the first where the next
   * starts left of the edge, a line of the main column set to its right margin ({@code President,
   * JIIA} beside a long affiliation); or 0.
   */
  private static int sidebarPieces(int[] cells, int edge) {
    if (leftOnly(cells, edge)) {
      return cells.length / 2;
    }
    int cut = splitBeyond(cells, edge);
    return cut > 0 || cells.length < 4 || cells[1] >= edge - 1 ? cut : 1;
  }

  /**
   * Whether no line of {@code [from, to)} holds a piece that starts left of the edge and ends past
   * it.
   */
  private static boolean nothingAcross(int[][] cells, int from, int to, int edge) {
    for (int l = from; l < to; l++) {
      int[] c = cells[l];
      if (c.length > 0 && !leftOnly(c, edge) && c[0] < edge - 1 && splitBeyond(c, edge) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line's text, not none, ends before the edge. */
  private static boolean leftOnly(int[] cells, int edge) {
    return cells.length > 0 && cells[cells.length - 1] < edge - 1;
  }

  /**
   * Whether a row of lines {@code [from, to)} opens with the series name, the first of its pieces:
   * the institutes' logo row set beside the series name, not a table of the institutes alone.
   */
  private static boolean besideSeriesName(String s, int[] starts, int[][] cells, int from, int to) {
    for (int l = from; l < to; l++) {
      if (cells[l].length > 2
          && Chars.opensWithSeriesName(s, starts[l] + cells[l][0], starts[l] + cells[l][1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether lines {@code [from, to)} make a table: one line of three pieces or more, and its other
   * lines' pieces each within one of its columns.
   */
  private static boolean isTable(int[][] cells, int from, int to) {
    int widest = widest(cells, from, to);
    if (cells[widest].length < 6 || cells[widest].length > 2 * MAX_TABLE_COLUMNS) {
      return false; // a line of many pieces is no table of the few institutes, and costs much
    }
    for (int l = from; l < to; l++) {
      for (int c = 0; c < cells[l].length; c += 2) {
        int column = column(cells[widest], middle(cells[l], c));
        int[] bounds = bounds(cells[widest], column);
        if (cells[l][c] < bounds[0] - GAP || cells[l][c + 1] > bounds[1] + GAP) {
          return false;
        }
      }
    }
    return true;
  }

  /** The line of most pieces, and of those the one with the most text: the columns' widths. */
  private static int widest(int[][] cells, int from, int to) {
    int widest = from;
    for (int l = from; l < to; l++) {
      if (cells[l].length > cells[widest].length
          || cells[l].length == cells[widest].length && text(cells[l]) > text(cells[widest])) {
        widest = l;
      }
    }
    return widest;
  }

  /** How many characters a line's pieces span. */
  private static int text(int[] cells) {
    int sum = 0;
    for (int c = 0; c < cells.length; c += 2) {
      sum += cells[c + 1] - cells[c];
    }
    return sum;
  }

  /** The middle of a line's piece. */
  private static int middle(int[] cells, int c) {
    return (cells[c] + cells[c + 1]) / 2;
  }

  /** The column of a table whose span holds a character column: the nearest middle. */
  private static int column(int[] columns, int at) {
    int best = 0;
    for (int c = 0; c < columns.length; c += 2) {
      int middle = (columns[c] + columns[c + 1]) / 2;
      int bestMiddle = (columns[best] + columns[best + 1]) / 2;
      if (Math.abs(middle - at) < Math.abs(bestMiddle - at)) {
        best = c;
      }
    }
    return best / 2;
  }

  /** The character columns a table's column may span: from midway to the next ones. */
  private static int[] bounds(int[] columns, int column) {
    int c = 2 * column;
    int from = c == 0 ? 0 : (columns[c - 1] + columns[c]) / 2;
    int to =
        c + 2 >= columns.length ? Integer.MAX_VALUE / 2 : (columns[c + 1] + columns[c + 2]) / 2;
    return new int[] {from, to};
  }

  /**
   * Writes a table as lines of tab-parted columns, each column's pieces parted by a space: a line
   * of abbreviations ({@code IIPS JIIA RIPS}) as a line of its own, the lines between as one.
   */
  private static void table(
      String s, int[] starts, int[] ends, int[][] cells, int from, int to, Builder out) {
    int[] columns = cells[widest(cells, from, to)];
    int l = from;
    while (l < to) {
      int rowEnd = l + 1;
      if (!isAbbreviations(s, starts[l], cells[l])) {
        while (rowEnd < to && !isAbbreviations(s, starts[rowEnd], cells[rowEnd])) {
          rowEnd++;
        }
      }
      for (int column = 0; 2 * column < columns.length; column++) {
        boolean any = false;
        for (int k = l; k < rowEnd; k++) {
          for (int c = 0; c < cells[k].length; c += 2) {
            if (column(columns, middle(cells[k], c)) == column) {
              if (any) {
                out.add(' ', starts[k] + cells[k][c] - 1);
              } else if (column > 0) {
                out.add('\t', starts[k] + cells[k][c] - 1);
              }
              out.copy(s, starts[k] + cells[k][c], starts[k] + cells[k][c + 1]);
              any = true;
            }
          }
        }
      }
      out.add('\n', ends[rowEnd - 1]);
      l = rowEnd;
    }
  }

  /** Whether a line's pieces are words in capitals, as the institutes' abbreviations. */
  private static boolean isAbbreviations(String s, int lineStart, int[] cells) {
    for (int c = 0; c < cells.length; c += 2) {
      for (int i = lineStart + cells[c]; i < lineStart + cells[c + 1]; i++) {
        char ch = s.charAt(i);
        if (!Character.isUpperCase(ch) && ch != ' ') {
          return false;
        }
      }
    }
    return cells.length >= 4;
  }

  /**
   * A string and the input offset of each of its characters, then the input's rest as it stands,
   * which needs no offsets of its own.
   */
  private static final class Builder {
    private final StringBuilder sb;
    private int[] origins = new int[1024];

    Builder(int capacity) {
      sb = new StringBuilder(capacity);
    }

    int length() {
      return sb.length();
    }

    void copy(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        add(s.charAt(i), i);
      }
    }

    void add(char c, int origin) {
      if (sb.length() == origins.length) {
        origins = Arrays.copyOf(origins, 2 * origins.length);
      }
      origins[sb.length()] = origin;
      sb.append(c);
    }

    int[] origins() {
      return Arrays.copyOf(origins, sb.length());
    }

    /** The text with the input's rest after it, as it stands. */
    String append(String s, int from, int to) {
      return sb.append(s, from, to).toString();
    }
  }
}
