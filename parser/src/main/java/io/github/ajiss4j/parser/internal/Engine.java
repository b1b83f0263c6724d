package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.internal.TitleCase;
import io.github.ajiss4j.parser.internal.Words.Word;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One parse: its input and working state. Not thread-safe; the public parser makes one a call. */
public final class Engine {

  /** Orders diagnostics by where they start; a sort by it keeps the order of equal ones. */
  private static final Comparator<Diagnostic> BY_OFFSET = new ByOffset();

  private static final class ByOffset implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      return Integer.compare(a.span().offset(), b.span().offset());
    }
  }

  /** Orders a field's spans by where they start. */
  private static final Comparator<SourceSpan> SPAN_BY_OFFSET = new SpanByOffset();

  private static final class SpanByOffset implements Comparator<SourceSpan> {
    @Override
    public int compare(SourceSpan a, SourceSpan b) {
      return Integer.compare(a.offset(), b.offset());
    }
  }

  /** The parser's options. */
  public record Settings(
      String defaultLanguage,
      int maxInputChars,
      int maxLineLength,
      int maxDiagnostics,
      boolean strict,
      List<Institute> institutes) {}

  /** What a parse gives. */
  public record Outcome(
      Commentary commentary,
      List<Diagnostic> diagnostics,
      Map<String, List<SourceSpan>> fieldSpans) {}

  private static final String SERIES = "AJISS-Commentary";

  /** This year, in UTC, from the clock alone: no time zone is loaded for it. */
  private static int thisYear() {
    return LocalDate.ofEpochDay(Math.floorDiv(System.currentTimeMillis(), 86_400_000L)).getYear();
  }

  /** The month the series began: its first issue is dated in April 2007. */
  private static final LocalDate FIRST_ISSUE = LocalDate.of(2007, 4, 1);

  private final Settings settings;
  private final String text;
  private final Source src;
  private final Sink sink;

  /**
   * Where the text holds a blank other than a plain space or a line end (a tab, a no-break space),
   * in ascending order; found by {@link #clean}, which looks at every character outside printable
   * ASCII.
   */
  private int[] oddBlanks;

  /**
   * Whether the text holds a zero-width character that carries nothing (soft hyphen, zero-width
   * space, byte-order mark); found by {@link #clean}.
   */
  private boolean invisible;

  /**
   * Whether the text holds U+FFFE between two letters, which pdfium writes for a hyphen that ends a
   * printed line; found by {@link #clean}.
   */
  private boolean foldedHyphens;

  /**
   * Whether the text holds a Markdown escape: a backslash before ASCII punctuation ({@code \$}).
   */
  private boolean escapes;

  /**
   * Whether the text is Markdown, as a PDF-to-Markdown tool writes it: the Markdown pass dropped a
   * mark, or the text holds an escape.
   */
  private boolean markdown;

  /** Whether the text holds the fullwidth forms of ASCII characters, U+FF01 to U+FF5E. */
  private boolean fullwidth;

  /** Whether the text holds a character beyond Latin-1; found by {@link #clean}. */
  private boolean wide;

  /**
   * Whether every character of the text is in Latin-1 or a dash, quotation mark or ellipsis ({@link
   * Chars#isQuoteOrDash}), which title casing reads eight at a time; found by {@link #clean}.
   */
  private boolean learnsByMask;

  /**
   * Whether the text holds a Latin ligature ({@link Chars#isLigature}); found by {@link #clean}.
   */
  private boolean ligatures;

  /** The reader of the body, which knows how often the body writes a word. */
  private BodyReader body;

  /**
   * Prepares a parse.
   *
   * @param settings the options
   * @param input the text
   */
  public Engine(Settings settings, String input) {
    this(settings, input, null);
  }

  /**
   * Prepares a parse of text decoded from bytes.
   *
   * @param settings the options
   * @param input the text
   * @param decoded how the text was decoded, or null for text given as text
   */
  public Engine(Settings settings, String input, Decoder.Decoded decoded) {
    this.settings = settings;
    String t = input.startsWith("\uFEFF") ? input.substring(1) : input;
    // the line and paragraph separators end a line as a line feed does; one character for one,
    // so offsets stay (a text in Latin-1 holds neither and is returned as it is at once)
    // (String.replace reads a text beyond Latin-1 a character at a time even where it replaces
    // nothing: the search for the separators reads it many at a time)
    String separated = t.indexOf('\u2029') >= 0 || t.indexOf('\u2028') >= 0 ? t : null;
    if (separated != null) {
      t = t.replace('\u2028', '\n').replace('\u2029', '\n');
    }
    Source inputLines = new Source(t, settings.maxLineLength());
    this.columns = Columns.read(inputLines, settings.institutes());
    this.paragraphSeparated = columns == null ? separated : null;
    this.text = columns == null ? t : columns.text;
    this.src = columns == null ? inputLines : new Source(columns, inputLines);
    this.sink = new Sink(src, settings.maxDiagnostics(), settings.strict());
    this.decoded = decoded;
  }

  /** The input read one column after another, where it is laid out in columns; else null. */
  private final Columns columns;

  /**
   * The text as given, where it holds a paragraph separator (U+2029) and is read as it stands; else
   * null. Each separator ends a paragraph, as a blank line does.
   */
  private final String paragraphSeparated;

  /** How the text was decoded from bytes, or null. */
  private final Decoder.Decoded decoded;

  /**
   * Runs the parse.
   *
   * @return the commentary and its diagnostics
   * @throws ParseFailure if the input is not a commentary
   */
  public Outcome run() {
    if (columns != null) {
      sink.report(
          DiagnosticCode.LAYOUT_COLUMNS_READ,
          columns.start,
          columns.end,
          "read lines "
              + (columns.firstLine + 1)
              + " to "
              + (columns.lastLine + 1)
              + ", laid out in columns side by side, one column after another");
    }
    if (decoded != null && decoded.legacyAt() >= 0) {
      int at = Math.min(decoded.legacyAt(), text.length());
      at = columns == null ? at : columns.offsetOf(at);
      sink.report(
          DiagnosticCode.LEGACY_ENCODING,
          at,
          Math.min(at + 1, text.length()),
          String.format(
              "read the input as %s: it is not UTF-8 (byte 0x%02X here) and holds no UTF-8"
                  + " sequence",
              Decoder.LEGACY, decoded.legacyByte()));
    }
    // blanked out where a misplaced masthead was read
    String work = markdownHeadings(plainBullets(unmappedGlyphs(clean())));
    if (markdown) {
      work = html(work);
    }
    int firstLine = firstNonBlankLine(0);
    if (firstLine < 0) {
      throw new ParseFailure(
          DiagnosticCode.EMPTY_INPUT,
          1,
          1,
          0,
          "expected an AJISS-Commentary, starting with the series name \""
              + SERIES
              + "\", but the input is empty");
    }
    Series series = Series.ajiss();
    String seriesName = null;
    int[] gluedPublisher = {-1, -1}; // the publisher on the series line, as [start, end)
    // the number alone on the series line, as {start, end, digits' start, digits' end}, or null
    int[] seriesNumber = null;
    int seriesLine = -1;
    int[] strayAbove = null; // text above the series name, as [start, end)
    Masthead besideRow = null; // the institutes of a logo row beside the series name
    // a line that opens with the series name is the series line, before any that holds it later
    // (a file name above it, Microsoft Word - AJISS-Commentary.docx)
    int from = firstLine;
    // the lines looked at: more where the text opens with a masthead, as the sidebar read first
    int seriesLines =
        !Chars.opensWithSeriesName(work, src.starts[firstLine], src.ends[firstLine])
                && new MastheadReader(work, sink, settings.institutes())
                    .isMastheadText(src.starts[firstLine], src.ends[firstLine])
            ? MASTHEAD_FIRST_LINES
            : SERIES_LINES;
    int seriesEnd = Math.min(src.lineCount, firstLine + seriesLines);
    for (int l = firstLine; l < seriesEnd; l++) {
      if (Chars.opensWithSeriesName(work, src.starts[l], src.ends[l])) {
        from = l;
        break;
      }
    }
    int under = from == firstLine ? seriesLineUnderPdfTitle(work, from, seriesEnd) : -1;
    if (under >= 0) {
      // the PDF's title, the series name and the issue number, that Tika writes before the text
      int s = Chars.skipBlanks(work, src.starts[from], src.ends[from]);
      int e = Chars.trimBlanks(work, s, src.ends[from]);
      sink.report(
          DiagnosticCode.PAGE_FURNITURE_DROPPED,
          s,
          e,
          "dropped the document's title "
              + Sink.quote(work.substring(s, e))
              + " above the series name, as extraction writes a PDF's title before its text");
      work = blankOut(work, s, e);
      from = under;
    }
    for (int l = from; l < seriesEnd && seriesLine < 0; l++) {
      int at = Chars.indexOfIgnoreCase(work, "AJISS", src.starts[l], src.ends[l]);
      int opening = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      int spaced = at < 0 ? Chars.spacedSeriesNameEnd(work, opening, src.ends[l]) : -1;
      if (spaced >= 0) {
        at = opening; // A J I S S - C o m m e n t a r y
      }
      if (at >= 0) {
        // AJISS, a dash, Commentary
        int named = spaced >= 0 ? spaced : Chars.seriesNameEnd(work, at, src.ends[l]);
        int e = named;
        if (e < 0) {
          e = at + 5;
          while (e < src.ends[l] && !Character.isWhitespace(work.charAt(e))) {
            e++;
          }
        }
        seriesName = work.substring(at, e);
        int seriesStart = at;
        int wrapped = named < 0 ? wrappedSeriesName(work, l, at, e) : -1;
        if (wrapped >= 0) {
          // AJISS- at a line's end, Commentary opening the next
          sink.field("series", at, e);
          l = wrapped;
          at = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
          named = at + 10;
          e = named;
        }
        if (named >= 0
            || seriesName.regionMatches(true, 0, "AJISS-Commentary", 0, 16)
            || seriesName.equalsIgnoreCase("AJISS")) {
          seriesLine = l;
          sink.field("series", at, e);
          int stray = Chars.skipBlanks(work, src.starts[firstLine], seriesStart);
          if (stray < seriesStart) {
            // text above the series name: a title as a web copy prints it, or stray text (as a
            // second copy of a header leaves), which is not lost silently
            strayAbove = new int[] {stray, Chars.trimBlanks(work, stray, seriesStart)};
          }
          if (!seriesName.equals(SERIES)) {
            seriesName = SERIES;
          }
          int rest = Chars.skipBlanks(work, e, src.ends[l]);
          IssueLine issueAfter = IssueLine.find(work, rest, src.ends[l]);
          int[] number = issueAfter == null ? IssueLine.numberAlone(work, rest, src.ends[l]) : null;
          int[] row = new int[6];
          if (issueAfter == null && number == null) {
            besideRow = logoRowBeside(work, l, rest, strayAbove, row);
          }
          if (besideRow != null) {
            // the logo row beside the series name, read as the institutes, and the publisher under
            // it as though glued on
            work = blankOut(work, row[4], row[5]);
            work = blankOut(work, row[2], row[0]);
            work = blankOut(work, row[1], row[3]);
            if (strayAbove != null && row[4] == strayAbove[0]) {
              strayAbove = null;
            }
            gluedPublisher[0] = row[0];
            gluedPublisher[1] = row[1];
            sink.field("publisher", row[0], row[1]);
          } else if (number != null) {
            // the number alone after the series name, as a running head prints it
            seriesNumber = new int[] {rest, number[2], number[0], number[1]};
          } else if (rest < src.ends[l] && (issueAfter == null || issueAfter.start > rest)) {
            // the publisher glued onto the series line; the issue line there is no publisher, nor
            // what follows the publisher's name where extraction put the header on one line
            gluedPublisher[0] = rest;
            gluedPublisher[1] =
                publisherEnd(work, rest, issueAfter != null ? issueAfter.start : src.ends[l]);
            sink.field("publisher", gluedPublisher[0], gluedPublisher[1]);
          }
        } else {
          seriesName = null; // another word that opens with AJISS: the name is assumed
        }
      }
    }
    if (seriesLine >= 0 && seriesNumber == null && gluedPublisher[0] < 0) {
      seriesNumber = numberUnder(work, seriesLine);
    }
    // the issue line is read with its fullwidth forms as ASCII (No．９３．), and a character that
    // prints nothing as a space: the same offsets
    String folded = fullwidth || invisible ? Chars.foldFullwidth(work) : work;
    int issueFrom = seriesLine < 0 ? firstLine : seriesLine;
    IssueLine issue = findIssue(folded, issueFrom);
    int[] numberAbove = null; // the number alone above the masthead's lines, as [start, end)
    if ((issue == null || repeatsIssueLine(folded, src.lineOf(issue.start), issueFrom))
        && seriesNumber == null) {
      // no issue line, or only a later page's running head: the first page's number alone above
      // the masthead's lines and the date under them come first
      int[] number = new int[2];
      IssueLine over = numberOverMasthead(folded, issueFrom, number);
      if (over != null && (issue == null || over.start < issue.start)) {
        issue = over;
        numberAbove = number;
      }
    }
    if (issue == null && seriesNumber == null) {
      // none: letters misread for digits (2O10), or a digit for the o of No (N0.93)
      String lookAlikes =
          IssueLine.foldLookAlikes(
              folded, src.starts[issueFrom], src.ends[Math.min(src.lineCount, issueFrom + 80) - 1]);
      issue = lookAlikes == folded ? null : findIssue(lookAlikes, issueFrom);
      if (issue != null) {
        reportLookAlikes(issue, folded, lookAlikes);
      }
    }
    if (seriesNumber != null) {
      issue = withSeriesNumber(work, issue, seriesNumber);
    }
    if (seriesLine < 0 && issue == null) {
      throw new ParseFailure(
          DiagnosticCode.NOT_A_COMMENTARY,
          src.span(src.starts[firstLine], src.starts[firstLine]),
          "expected the series name \""
              + SERIES
              + "\" or an issue line such as \"No.93. 8 June"
              + " 2010\", but found "
              + Sink.quote(src.line(firstLine).trim()));
    }
    if (issue == null) {
      throw missingIssue(work, seriesLine, seriesNumber);
    }
    if (issue.date == null || issue.number < 1 || issue.number > Integer.MAX_VALUE) {
      SourceSpan at = src.span(issue.start, issue.end);
      throw new ParseFailure(
          DiagnosticCode.BAD_ISSUE_LINE,
          at,
          "expected a positive issue number and a real date, but "
              + (issue.date == null
                  ? "found " + issue.dateProblem
                  : "the number is " + issue.number));
    }
    sink.field("issue", issue.start, issue.end);
    if (numberAbove != null) {
      // the number above the masthead's lines is the issue line's, and no masthead
      sink.field("issue", numberAbove[0], numberAbove[1]);
      work = blankOut(work, numberAbove[0], numberAbove[1]);
    }
    if (issue.misreadMonth != null) {
      sink.report(
          DiagnosticCode.DATE_CORRECTED,
          issue.misreadMonth[0],
          issue.misreadMonth[1],
          "read the misread month "
              + Sink.quote(work.substring(issue.misreadMonth[0], issue.misreadMonth[1]))
              + " as \""
              + IssueLine.monthName(issue.date.getMonthValue())
              + "\"");
    }
    if (issue.date.isBefore(FIRST_ISSUE) || issue.date.getYear() > thisYear() + 1) {
      sink.report(
          DiagnosticCode.IMPLAUSIBLE_DATE,
          issue.start,
          issue.end,
          "the date "
              + issue.date.getDayOfMonth()
              + " "
              + IssueLine.monthName(issue.date.getMonthValue())
              + " "
              + issue.date.getYear()
              + " is outside the series' life, from April 2007 to next year; kept as printed");
    }
    if (seriesLine < 0) {
      sink.report(
          DiagnosticCode.MISSING_FIELD,
          src.starts[firstLine],
          src.starts[firstLine],
          "the series name \"" + SERIES + "\" was not found; assumed");
    }

    // publisher: the next line that names the Association
    int mastheadFrom =
        seriesLine < 0
            ? src.starts[firstLine]
            : gluedPublisher[0] >= 0 ? gluedPublisher[1] : src.ends[seriesLine];
    if (seriesNumber != null && seriesNumber[1] > mastheadFrom && seriesNumber[1] <= issue.start) {
      mastheadFrom = seriesNumber[1]; // the number under the series name is no masthead
    }
    String publisher = null;
    if (gluedPublisher[0] >= 0) {
      publisher = Chars.printed(work.substring(gluedPublisher[0], gluedPublisher[1]));
    }
    int issueLineIndex = src.lineOf(issue.start);
    int numberLine = seriesNumber == null ? -1 : src.lineOf(seriesNumber[0]);
    for (int l = seriesLine + 1; publisher == null && l >= 1 && l < issueLineIndex; l++) {
      if (src.isBlank(l) || (l == numberLine && l != seriesLine)) {
        continue;
      }
      int s = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      int named = publisherNameEnd(work, s, issue.start);
      int namedLine = named < 0 ? -1 : src.lineOf(named - 1);
      if (named >= 0 && Chars.isBlank(work, named, src.ends[namedLine])) {
        // the name as known, whatever its case and blanks, and wrapped onto the next line or not
        publisher = Series.AJISS_PUBLISHER;
        sink.field("publisher", s, named);
        mastheadFrom = src.ends[namedLine];
        break;
      }
      int at = Chars.indexOfIgnoreCase(work, Chars.PUBLISHER_MARK, src.starts[l], src.ends[l]);
      if (at >= 0) {
        int e = Chars.trimBlanks(work, s, src.ends[l]);
        publisher = Chars.printed(work.substring(s, e));
        sink.field("publisher", s, e);
        mastheadFrom = src.ends[l];
      }
      break;
    }
    if (publisher == null) {
      // the publisher's name on a line of its own further down the masthead, as pdftotext reads
      // it after the institutes under the logos
      int[] own =
          publisherOwnLine(work, seriesLine < 0 ? firstLine : seriesLine + 1, issueLineIndex);
      if (own != null) {
        publisher = Series.AJISS_PUBLISHER;
        sink.field("publisher", own[0], own[1]);
        work = blankOut(work, own[0], own[1]);
      }
    }
    if (publisher == null && strayAbove != null) {
      // the publisher above the series name, as a web copy may print it
      int named = publisherNameEnd(work, strayAbove[0], strayAbove[1]);
      if (named >= 0 && Chars.isBlank(work, named, strayAbove[1])) {
        publisher = Series.AJISS_PUBLISHER;
        sink.field("publisher", strayAbove[0], named);
        strayAbove = null;
      }
    }
    if (publisher == null) {
      // the publisher after the issue line, where extraction read the issue line first: it is
      // no title, so it goes from the text that the header is read from
      int[] after = publisherAfter(work, src.lineOf(issue.start) + 1);
      if (after != null) {
        // the name as known, wrapped or not, is written as known
        publisher =
            publisherNameEnd(work, after[0], after[1]) == after[1]
                ? Series.AJISS_PUBLISHER
                : Chars.printed(work.substring(after[0], after[1]));
        sink.field("publisher", after[0], after[1]);
        work = blankOut(work, after[0], after[1]);
      }
    }
    if (publisher == null || publisher.isBlank()) { // blank: only characters that print nothing
      publisher = Series.AJISS_PUBLISHER;
      sink.report(
          DiagnosticCode.MISSING_FIELD,
          mastheadFrom,
          mastheadFrom,
          "the publisher was not found; assumed \"" + publisher + "\"");
    }
    series = Series.of(seriesName != null ? seriesName : SERIES, publisher);
    work = withoutCopyApart(work, firstLine);
    work = withoutCopyInRows(work, firstLine);

    // a title in capitals, and the byline under it, that extraction put before the issue line
    int headerFrom = titleBeforeIssue(work, mastheadFrom, issue);
    int mastheadEnd = headerFrom >= 0 ? headerFrom : issue.start;
    if (headerFrom >= 0) {
      work = blankOut(work, issue.start, issue.end); // read past, as a blank line
    }
    Masthead masthead =
        mastheadFrom < mastheadEnd
            ? new MastheadReader(work, sink, settings.institutes()).read(mastheadFrom, mastheadEnd)
            : Masthead.empty();
    if (besideRow != null && masthead.institutes().isEmpty()) {
      masthead = joined(besideRow, masthead);
    }
    if (masthead.isEmpty() || hasNoStaff(masthead)) {
      // a sidebar that extraction read after the main column's first lines: after the issue line,
      // between the author and the body, or after the biography; where the institutes stand above
      // the issue line, the staff alone
      MastheadReader sidebar = new MastheadReader(work, sink, settings.institutes());
      int[] block = sidebar.findBlock(issue.end);
      if (block != null) {
        Masthead found = sidebar.read(block[0], block[1]);
        if (masthead.isEmpty()) {
          masthead = found;
          work = blankOut(work, block[0], block[1]);
        } else if ((found.institutes().isEmpty() && !hasNoStaff(found))
            || (hasNoStaff(masthead) && apart(masthead.institutes(), found.institutes()))) {
          // the staff alone; or, the logos stacked down the sidebar, the institutes that stand
          // under the issue line, title and author, with the staff under them or not
          masthead = joined(masthead, found);
          work = blankOut(work, block[0], block[1]);
        }
      }
    }

    if ((masthead.isEmpty() || hasNoStaff(masthead)) && strayAbove != null) {
      // the masthead that extraction read before the series name, as the sidebar comes first; or
      // its staff alone, the institutes' logos read after the publisher
      MastheadReader above = new MastheadReader(work, sink, settings.institutes());
      int firstEnd = src.ends[src.lineOf(strayAbove[0])];
      if (above.isMastheadText(strayAbove[0], Math.min(firstEnd, strayAbove[1]))) {
        Masthead found = above.read(strayAbove[0], strayAbove[1]);
        boolean whole = masthead.isEmpty() && !found.isEmpty();
        if (whole || (found.institutes().isEmpty() && !hasNoStaff(found))) {
          masthead = whole ? found : joined(masthead, found);
          work = blankOut(work, strayAbove[0], strayAbove[1]);
          strayAbove = null;
        }
      }
    }

    // staff posts that extraction read one by one between the main column's first lines, as
    // pdftotext reads a sidebar and a main column by the height of their blocks on the page
    int mainFrom = headerFrom >= 0 ? headerFrom : issue.end;
    if (mayHoldLabel(work, src.lineOf(mainFrom) + 1, STAFF_POST_LINES)) {
      String[] read = {work};
      masthead = staffPosts(read, mainFrom, masthead);
      work = read[0];
    }
    // the institutes of logos stacked down the sidebar, each abbreviation and name read apart
    // between those lines
    List<int[]> loose = new ArrayList<>(2);
    masthead =
        new MastheadReader(work, sink, settings.institutes())
            .withLooseInstitutes(masthead, mainFrom, STAFF_POST_LINES, loose);
    for (int[] span : loose) {
      work = blankOut(work, span[0], span[1]);
    }

    Header header = readHeader(work, headerFrom >= 0 ? headerFrom : issue.end, null);
    if (strayAbove != null) {
      int[] title = titleAbove(work, strayAbove, seriesLine, header);
      if (title != null) {
        header = readHeader(work, headerFrom >= 0 ? headerFrom : issue.end, title);
      } else {
        sink.report(
            DiagnosticCode.STRAY_TEXT_DROPPED,
            strayAbove[0],
            strayAbove[1],
            "dropped text before the series name \""
                + SERIES
                + "\": "
                + Sink.quote(work.substring(strayAbove[0], strayAbove[1]).strip()));
      }
    }
    if (header.bodyStart < 0) {
      SourceSpan at =
          src.span(Math.min(issue.end, text.length()), Math.min(issue.end, text.length()));
      throw new ParseFailure(
          DiagnosticCode.MISSING_BODY,
          at,
          "expected the body of the commentary after its title and author, but the text ends");
    }
    if (firstNonBlankLine(src.lineOf(header.bodyStart) + 1) < 0) {
      // the body and the biographies on one line: what parted their paragraphs is lost
      sink.report(
          DiagnosticCode.ONE_LINE_BODY,
          header.bodyStart,
          header.bodyStart,
          "read the body as one paragraph: it stands on one line, with no line end in it");
    }
    List<Draft> drafts = readBody(work, header, issue);
    dropClosingNote(drafts, work);
    List<Author> authors = authors(header, drafts, work);
    if (drafts.isEmpty()) {
      throw missingBody(header, "only the biography");
    }
    if (header.author == null && header.pieces.isEmpty() && header.titleParts.size() == 1) {
      // no byline under the title: a "title" that is an author's name, as the closing biography
      // gives it, is the byline, and the title is missing
      int[] part = header.titleParts.get(0);
      String read = Chars.printed(work.substring(part[0], part[1])).trim();
      if (isNamesOf(read, authors)) {
        throw new ParseFailure(
            DiagnosticCode.MISSING_TITLE,
            src.span(part[0], part[1]),
            "expected the title after the issue line, but found only the byline "
                + Sink.quote(read)
                + (authors.size() == 1
                    ? ", the name that the closing biography gives"
                    : ", the names that the closing biographies give"));
      }
    }
    // a moved piece goes back once the body's spellings of the title's words are learned, which
    // tell where its words may stand together; they are the same words wherever it goes
    String title = header.pieces.isEmpty() ? printedTitle(header, work, null) : null;
    // a subtitle not in capitals stays as printed; the title in capitals before it is cased
    String subtitle = title == null ? null : subtitle(header, work, title);
    if (subtitle != null) {
      title = title.substring(0, title.length() - subtitle.length() - 1);
    }
    String words = title != null ? title : titleWords(header, work);
    // a title in capitals learns how the body spells its words, block by block, each block's text
    // read while it is fresh in the processor's caches
    TitleCase.Forms forms = TitleCase.isCapitals(words) ? new TitleCase.Forms(words) : null;
    List<Block> body = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      // the text of a paragraph or heading, cut out once for the title's spellings and the block,
      // its ligatures written out before the title learns from it
      String blockText = d.kind == Draft.Kind.LIST ? null : written(d.string(), true);
      if (forms != null) {
        String learned = blockText != null ? blockText : written(d.plain());
        if (learnsByMask) {
          // no character of the text is beyond Latin-1 but dashes and quotation marks
          forms.learnLatin1(learned);
        } else {
          forms.learn(learned);
        }
      }
      Block b = block(d, blockText);
      if (b != null) {
        body.add(b);
      }
    }
    if (title == null) {
      title = printedTitle(header, work, forms);
    }
    if (forms != null) {
      title = recased(header, title, subtitle, forms, work);
    } else if (subtitle != null) {
      title = title + " " + subtitle;
    }
    if (body.isEmpty()) {
      throw missingBody(header, "only bullets or marks with no text");
    }
    body = withoutCopies(body);
    Commentary commentary =
        Commentary.builder()
            .series(series)
            .number((int) issue.number)
            .date(issue.date)
            .language(settings.defaultLanguage())
            .title(title)
            .addAllAuthors(authors)
            .masthead(masthead)
            .addAllBody(body)
            .build();
    return outcome(commentary);
  }

  /**
   * The outcome of the parse: the diagnostics, and each field's spans, in order of their place, and
   * the sink's collections, which no one else holds, made read-only rather than copied.
   */
  private Outcome outcome(Commentary commentary) {
    sink.diagnostics.sort(BY_OFFSET);
    for (Map.Entry<String, List<SourceSpan>> field : sink.fields.entrySet()) {
      List<SourceSpan> spans = field.getValue();
      if (spans.size() > 1) {
        spans.sort(SPAN_BY_OFFSET);
      }
      field.setValue(Collections.unmodifiableList(spans));
    }
    return new Outcome(
        commentary,
        Collections.unmodifiableList(sink.diagnostics),
        Collections.unmodifiableMap(sink.fields));
  }

  /** The fewest words of a paragraph that {@link #withoutCopies} takes for a copy. */
  private static final int COPY_WORDS = 8;

  /**
   * The body without a paragraph that repeats the paragraph beside it, whole or its opening of
   * {@link #COPY_WORDS} words or more, as extraction that ignores a clip gives the copy of the
   * first paragraph in a narrow boxed column: the copy, the shorter of the two, is dropped and
   * reported.
   */
  private List<Block> withoutCopies(List<Block> body) {
    List<Block> out = null;
    int first = 0; // the first paragraph, after key points
    while (first < body.size() && !(body.get(first) instanceof Paragraph)) {
      first++;
    }
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      Block next = i == first && i + 1 < body.size() ? body.get(i + 1) : null;
      Block copy = next == null ? null : copyOf(b, next);
      if (copy != null && copy == b) {
        if (out == null) {
          out = new ArrayList<>(body.subList(0, i));
        }
        reportCopy(b);
        continue;
      }
      if (copy != null && copy == next) {
        reportCopy(next);
        if (out == null) {
          out = new ArrayList<>(body.subList(0, i));
        }
        out.add(b);
        i++; // the copy after it goes
        continue;
      }
      if (out != null) {
        out.add(b);
      }
    }
    return out == null ? body : out;
  }

  /** Which of two paragraphs is a copy of the other's opening or whole; or null. */
  private static Block copyOf(Block a, Block b) {
    if (!(a instanceof Paragraph) || !(b instanceof Paragraph)) {
      return null;
    }
    int first = firstChar((Paragraph) a);
    if (first < 0 || first != firstChar((Paragraph) b)) {
      return null; // nearly every pair, told before either text is joined from its inlines
    }
    String x = a.plainText();
    String y = b.plainText();
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    boolean copy =
        longer.startsWith(shorter) && Words.moreThan(shorter, 0, shorter.length(), COPY_WORDS - 1);
    return !copy ? null : shorter == x ? a : b;
  }

  /** The first character of a paragraph's text, or -1 when it has none. */
  private static int firstChar(Paragraph p) {
    for (Inline inline : p.content()) {
      if (!inline.text().isEmpty()) {
        return inline.text().charAt(0);
      }
    }
    return -1;
  }

  private void reportCopy(Block copy) {
    sink.report(
        DiagnosticCode.CLIPPED_COPY,
        copy.source().orElseThrow(),
        "dropped a copy of the paragraph beside it, as a boxed column repeats it: "
            + Sink.quote(copy.plainText()));
  }

  /** How many lines from the first are looked at for the series name. */
  private static final int SERIES_LINES = 12;

  /**
   * How many lines from the first are looked at for the series name where the text opens with a
   * masthead that extraction read first, one item a line.
   */
  private static final int MASTHEAD_FIRST_LINES = 40;

  /** How many lines after the issue line or the title are looked at for staff posts. */
  private static final int STAFF_POST_LINES = 40;

  /**
   * Whether one of {@code count} lines from line {@code from} opens with an E or an O, as every
   * staff label does ({@code Editor}, {@code Online Publisher}), blanks before it aside.
   */
  private boolean mayHoldLabel(String work, int from, int count) {
    for (int l = from; l < Math.min(src.lineCount, from + count); l++) {
      int s = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      int c = s < src.ends[l] ? work.charAt(s) | 0x20 : 0;
      if (c == 'e' || c == 'o') {
        return true;
      }
    }
    return false;
  }

  /**
   * The masthead {@code m} with the staff posts that stand apart after {@code from} added, each
   * where {@code m} lacks the post; {@code work[0]}, the text, has them blanked out.
   */
  private Masthead staffPosts(String[] work, int from, Masthead m) {
    MastheadReader posts = new MastheadReader(work[0], sink, settings.institutes());
    Masthead masthead = m;
    for (int[] post : posts.staffPosts(from, STAFF_POST_LINES)) {
      if (posts.postsMissingFrom(post[0], post[1], masthead)) {
        Masthead found =
            new MastheadReader(work[0], sink, settings.institutes()).read(post[0], post[1]);
        masthead = joined(masthead, found);
        work[0] = blankOut(work[0], post[0], post[1]);
      }
    }
    return masthead;
  }

  /**
   * The most lines the names of a logo row beside the series name run over: three names of up to
   * three lines each, one under another where a layout keeps each name in its column.
   */
  private static final int BESIDE_NAME_LINES = 9;

  /**
   * The institutes of a logo row printed to the right of the series name on {@code seriesLine}, as
   * text sorted by its height on the page gives it: the abbreviations after the series name ({@code
   * AJISS-Commentary IIPS JIIA RIPS}) or alone on the line above it, the names' words run together
   * after the series name or on the lines under it, down to the line that opens with the
   * publisher's name, which may end with the secretariat's role ({@code ... Strategic Studies
   * (Secretariat)}). Fills {@code out} with the publisher's name as [0, 1), the names and the role
   * as [2, 3) around it, and the abbreviations as [4, 5); null where the text is no such row.
   */
  private Masthead logoRowBeside(
      String work, int seriesLine, int rest, int[] strayAbove, int[] out) {
    int restEnd = Chars.trimBlanks(work, rest, src.ends[seriesLine]);
    int[] abbreviations;
    int namesFrom;
    if (strayAbove != null
        && src.lineOf(strayAbove[0]) == seriesLine - 1
        && strayAbove[1] <= src.ends[seriesLine - 1]) {
      abbreviations = strayAbove; // the names follow the series name
      namesFrom = rest;
    } else if (rest < restEnd) {
      abbreviations = new int[] {rest, restEnd};
      namesFrom = seriesLine + 1 < src.lineCount ? src.starts[seriesLine + 1] : restEnd;
    } else {
      return null;
    }
    List<int[]> names = new ArrayList<>();
    if (namesFrom == rest && rest < restEnd) {
      names.add(new int[] {rest, restEnd});
    }
    for (int l = seriesLine + 1; l < src.lineCount && l <= seriesLine + BESIDE_NAME_LINES; l++) {
      int s = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      int e = Chars.trimBlanks(work, s, src.ends[l]);
      int named = publisherNameEnd(work, s, e);
      if (named >= 0) {
        int role = Chars.skipBlanks(work, named, e);
        MastheadReader reader = new MastheadReader(work, sink, settings.institutes());
        Masthead read =
            names.isEmpty()
                ? null
                : reader.readBesideSeries(
                    abbreviations, names, role < e ? new int[] {role, e} : null);
        if (read == null) {
          return null;
        }
        out[0] = s;
        out[1] = named;
        out[2] = namesFrom;
        out[3] = e;
        out[4] = abbreviations[0];
        out[5] = abbreviations[1];
        return read;
      }
      if (s < e) {
        names.add(new int[] {s, e});
      }
    }
    return null;
  }

  /**
   * The masthead {@code m} with what {@code found} holds added: its institutes after those of
   * {@code m}, and its staff, each post {@code m} lacks.
   */
  private static Masthead joined(Masthead m, Masthead found) {
    return Masthead.builder()
        .addAllInstitutes(m.institutes())
        .addAllInstitutes(found.institutes())
        .editor(m.editor().isPresent() ? m.editor() : found.editor())
        .addAllEditorialBoard(m.editorialBoard())
        .addAllEditorialBoard(found.editorialBoard())
        .addAllEditorialAdvisoryBoard(m.editorialAdvisoryBoard())
        .addAllEditorialAdvisoryBoard(found.editorialAdvisoryBoard())
        .addAllEditorialCommittee(m.editorialCommittee())
        .addAllEditorialCommittee(found.editorialCommittee())
        .onlinePublisher(
            m.onlinePublisher().isPresent() ? m.onlinePublisher() : found.onlinePublisher())
        .build();
  }

  /** Whether both lists hold institutes and none of {@code more} is one of {@code known}. */
  private static boolean apart(List<Institute> known, List<Institute> more) {
    if (known.isEmpty() || more.isEmpty()) {
      return false;
    }
    for (Institute i : more) {
      for (Institute k : known) {
        if (k.abbreviation().equals(i.abbreviation())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasNoStaff(Masthead m) {
    return m.editor().isEmpty()
        && m.editorialBoard().isEmpty()
        && m.editorialAdvisoryBoard().isEmpty()
        && m.editorialCommittee().isEmpty()
        && m.onlinePublisher().isEmpty();
  }

  /**
   * How many digits stand after U+FFFE at {@code i}, pdfium's hyphen that ends a printed line,
   * after a letter, up to the line's end, over a line that goes on in lower case, the next page's
   * running head between or not: a page number that pdfium wrote on the page's last line ({@code
   * empha\uFFFE1} / {@code sizes}); else 0.
   */
  private int pageNumberAfterFold(int i) {
    int n = text.length();
    if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
      return 0;
    }
    int e = i + 1;
    while (e < n && e - i <= 3 && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
      e++;
    }
    int digits = e - i - 1;
    int next = e;
    while (next < n && (text.charAt(next) == '\r' || text.charAt(next) == '\n')) {
      next++;
    }
    // one line end, CRLF, CR or LF, and no blank line
    boolean lineEnd = next - e == 1 || (next - e == 2 && text.startsWith("\r\n", e));
    // past the next page's running head, a line that opens with the series name
    for (int heads = 0; lineEnd && heads < 2 && next < n; heads++) {
      int end = next;
      while (end < n && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
        end++;
      }
      if (!Chars.opensWithSeriesName(text, next, end)) {
        break;
      }
      int after = end;
      while (after < n && (text.charAt(after) == '\r' || text.charAt(after) == '\n')) {
        after++;
      }
      lineEnd = after - end == 1 || (after - end == 2 && text.startsWith("\r\n", end));
      next = after;
    }
    return digits > 0
            && digits <= 3
            && lineEnd
            && next < n
            && Character.isLowerCase(text.charAt(next))
        ? digits
        : 0;
  }

  /**
   * Text as the model holds it: ligatures written out, and the zero-width characters that
   * extraction leaves inside words ({@code co\u00ADoperation}) dropped, as they carry nothing.
   */
  private String written(String s) {
    return written(s, false);
  }

  /**
   * Text as the model holds it, the backslashes of Markdown escapes dropped ({@code US\$10}); those
   * before an asterisk, an underscore or a backslash are kept where {@code marksEscaped}, for
   * {@link #inlines} to tell a mark from emphasis.
   */
  private String written(String s, boolean marksEscaped) {
    String t = ligatures ? Chars.expandLigatures(s) : s;
    t = invisible ? Chars.dropInvisible(t) : t;
    // a hyphen that ended a printed line outside the body, which judges its own: kept
    t = foldedHyphens ? t.replace('\uFFFE', '-') : t;
    return escapes ? Chars.unescapeMarkdown(t, marksEscaped) : t;
  }

  /** The inline HTML elements whose tags PDF-to-Markdown tools write around text, or as anchors. */
  private static final Set<String> INLINE_TAGS =
      Set.of("span", "sup", "sub", "a", "b", "i", "u", "em", "strong", "small");

  /**
   * The Markdown text with the HTML that a PDF-to-Markdown tool wrote into it read, each piece
   * reported: an entity ({@code Japan &amp; NATO}, {@code &#8217;}) as its character, a tag of an
   * inline element ({@code <span id="page-0-1"></span>} before a heading, {@code <sup>1</sup>})
   * dropped, its text kept. The character stands where the entity's {@code &} did, and zero-width
   * spaces, which print nothing and which neither words ({@link Words#split}) nor what the model
   * holds keep, stand for the rest of the entity and for a tag, so that offsets stay. The same
   * string where there is none.
   */
  private String html(String work) {
    char[] out = null;
    // the next & and <, each searched for again only once passed
    int amp = work.indexOf('&');
    int lt = work.indexOf('<');
    while (amp >= 0 || lt >= 0) {
      int at = amp < 0 ? lt : lt < 0 ? amp : Math.min(amp, lt);
      boolean entity = at == amp;
      int length = entity ? Chars.entityAt(work, at) : inlineTag(work, at);
      int next = at + Math.max(length, 1);
      amp = amp >= 0 && amp < next ? work.indexOf('&', next) : amp;
      lt = lt >= 0 && lt < next ? work.indexOf('<', next) : lt;
      if (length == 0) {
        continue;
      }
      String piece = work.substring(at, at + length);
      String character = entity ? Chars.entityText(work, at) : "";
      out = out == null ? work.toCharArray() : out;
      java.util.Arrays.fill(out, at, at + length, '\u200B');
      character.getChars(0, character.length(), out, at);
      sink.report(
          DiagnosticCode.MARKUP_DROPPED,
          at,
          at + length,
          entity
              ? "read the HTML entity " + Sink.quote(piece) + " as " + Sink.quote(character)
              : "dropped the HTML tag " + Sink.quote(piece));
    }
    if (out == null) {
      return work;
    }
    // the zero-width spaces are beyond Latin-1
    wide = true;
    invisible = true;
    learnsByMask = false;
    return new String(out);
  }

  /** The longest tag of an inline element that {@link #inlineTag} reads. */
  private static final int MAX_TAG = 120;

  /**
   * The length of the tag of an inline HTML element at {@code at} ({@code <span id="x">}, {@code
   * </sup>}), within its line and {@link #MAX_TAG} characters, or 0.
   */
  private int inlineTag(String work, int at) {
    int limit = Math.min(src.ends[src.lineOf(at)], at + MAX_TAG);
    int close = at + 1;
    while (close < limit && work.charAt(close) != '>' && work.charAt(close) != '<') {
      close++;
    }
    if (close >= limit || work.charAt(close) != '>') {
      return 0;
    }
    int from = at + 1 < close && work.charAt(at + 1) == '/' ? at + 2 : at + 1;
    int name = from;
    while (name < close && Character.isLetter(work.charAt(name))) {
      name++;
    }
    boolean ends = name == close || work.charAt(name) == ' ' || work.charAt(name) == '/';
    return ends && INLINE_TAGS.contains(work.substring(from, name)) ? close + 1 - at : 0;
  }

  // ------------------------------------------------------------------ input hygiene

  /**
   * Drops the clipped copy of the first paragraph that stands apart from it among the header's
   * lines ({@link ClippedCopy#apart}): it is no staff title and no byline, nor the body's.
   */
  private String withoutCopyApart(String work, int firstLine) {
    int[] copy = ClippedCopy.apart(work, src, firstLine);
    if (copy == null) {
      return work;
    }
    int s = Chars.skipBlanks(work, src.starts[copy[0]], src.ends[copy[0]]);
    int e = Chars.trimBlanks(work, s, src.ends[copy[1] - 1]);
    int lines = 0; // blank rows of a layout's column may part its lines
    for (int l = copy[0]; l < copy[1]; l++) {
      if (Chars.skipBlanks(work, src.starts[l], src.ends[l]) < src.ends[l]) {
        lines++;
      }
    }
    sink.report(
        DiagnosticCode.CLIPPED_COPY,
        s,
        e,
        "dropped the clipped copy of the first paragraph ("
            + lines
            + " lines, "
            + (e - s)
            + " characters) that a narrow boxed column left apart from it, each line the start of"
            + " one of its lines");
    return blankOut(work, s, e);
  }

  /**
   * Drops the clipped copy of the first paragraph whose pieces open the paragraph's rows, as a text
   * read row by row gives it ({@link ClippedCopy#inRows}): each piece is reported and dropped, the
   * rest of its row left to the body.
   */
  /** The rows that held a clipped copy's pieces alone, taken out of the body whole. */
  private final java.util.BitSet copyRows = new java.util.BitSet();

  private String withoutCopyInRows(String work, int firstLine) {
    int[] pieces = ClippedCopy.inRows(work, src, firstLine);
    if (pieces == null) {
      return work;
    }
    for (int i = 0; i < pieces.length; i += 2) {
      sink.report(
          DiagnosticCode.CLIPPED_COPY,
          pieces[i],
          pieces[i + 1],
          "dropped a piece of the clipped copy of the first paragraph that a narrow boxed column set"
              + " on the paragraph's rows, the start of one of its lines: "
              + Sink.quote(work.substring(pieces[i], pieces[i + 1])));
      work = blankOut(work, pieces[i], pieces[i + 1]);
      int l = src.lineOf(pieces[i]);
      if (Chars.skipBlanks(work, src.starts[l], src.ends[l]) == src.ends[l]) {
        copyRows.set(l); // a piece on a row of its own: the row goes, parting no paragraph
      }
    }
    return work;
  }

  /** The text with [from, to) turned into spaces, line ends kept, so offsets stay. */
  private static String blankOut(String work, int from, int to) {
    StringBuilder sb = new StringBuilder(work);
    for (int i = from; i < to; i++) {
      char c = sb.charAt(i);
      if (c != '\n' && c != '\r') {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  private ParseFailure missingBody(Header header, String found) {
    SourceSpan at = src.span(header.bodyStart, header.bodyStart);
    return new ParseFailure(
        DiagnosticCode.MISSING_BODY,
        at,
        "expected body paragraphs after the author's name, but found " + found);
  }

  /**
   * The text with forbidden characters blanked out and UTF-8 read as windows-1252 repaired (each
   * reported), offsets unchanged.
   */
  private String clean() {
    StringBuilder sb = null;
    int n = text.length();
    int controls = 0;
    int[] odd = new int[8];
    int oddCount = 0;
    boolean beyondLatin1 = false;
    boolean beyondQuotes = false;
    boolean zeroWidth = false;
    boolean wideForms = false;
    boolean ligature = false;
    boolean repaired = false;
    int replacements = 0; // of U+FFFD
    int firstReplacement = -1;
    int invisibles = 0; // characters that print nothing, not at a line end
    int firstInvisible = -1;
    int ligatureCount = 0;
    int firstLigature = -1;
    int c1s = 0; // C1 control characters read as windows-1252
    int firstC1 = -1;
    // printable ASCII, most of any text, is never forbidden: skipped eight characters at a time
    Chars.Latin1Scan scan = Chars.Latin1Scan.of(text);
    for (int i = scan.next(0); i < n; i = scan.next(i + 1)) {
      char ch = text.charAt(i);
      if (Chars.isPrintableAscii(ch)) {
        continue;
      }
      if (ch >= '\u00C2' && ch <= '\u00F4' && Chars.mojibakeAt(text, i) > 0) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        int garbled = repairMojibake(sb, i);
        if (garbled > 0) {
          char c0 = sb.charAt(i);
          if (c0 != '\n' && c0 != '\r' && Chars.isBlank(c0)) {
            if (oddCount == odd.length) {
              odd = java.util.Arrays.copyOf(odd, 2 * oddCount);
            }
            odd[oddCount++] = i;
          }
          ligature |= Chars.isLigature(c0);
          repaired = true;
          i += garbled - 1;
          continue;
        }
      }
      if (ch == '\uFFFD') {
        // kept, as the character that stood there is unknown, but a reader should know of it
        firstReplacement = replacements++ == 0 ? i : firstReplacement;
      }
      int number = ch == '\uFFFE' ? pageNumberAfterFold(i) : 0;
      if (number > 0) {
        // the same at a page's end, the page number after it (empha\uFFFE1 / sizes): the hyphen
        // ends the line, the number is dropped as page furniture
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, '-');
        for (int k = i + 1; k <= i + number; k++) {
          sb.setCharAt(k, ' ');
        }
        sink.report(
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            i + 1,
            i + 1 + number,
            "dropped the page number "
                + Sink.quote(text.substring(i + 1, i + 1 + number))
                + " after the hyphen that ends the page's last line");
        i += number;
        continue;
      }
      if (ch == '\uFFFE'
          && i > 0
          && i + 1 < n
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        // pdfium writes the hyphen that ends a printed line so, and goes on with the next line's
        // word: kept for the body to judge as a hyphen at a line end, and counted with the odd
        // blanks so that its line is not taken as it stands
        beyondLatin1 = true;
        beyondQuotes = true;
        foldedHyphens = true;
        if (oddCount == odd.length) {
          odd = java.util.Arrays.copyOf(odd, 2 * oddCount);
        }
        odd[oddCount++] = i;
        continue;
      }
      if (!Chars.isForbidden(text, i)) {
        beyondLatin1 |= ch > 0xFF;
        beyondQuotes |= ch > 0xFF && !Chars.isQuoteOrDash(ch);
        if (Chars.isLigature(ch)) {
          ligature = true;
          firstLigature = ligatureCount++ == 0 ? i : firstLigature;
        }
        if (Chars.isInvisible(ch)) {
          zeroWidth = true;
          // a soft hyphen that ends a line is a hyphenation, reported where it is undone
          if (ch != '\u00AD'
              || (i + 1 < n && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r')) {
            firstInvisible = invisibles++ == 0 ? i : firstInvisible;
          }
        }
        if (ch != '\u00AD' && Chars.isInvisible(ch) && besideSpace(i)) {
          // a zero-width space or word joiner beside a space parts nothing more than the space
          // does: it reads as one, so that the words on either side are found as words
          if (sb == null) {
            sb = new StringBuilder(text);
          }
          sb.setCharAt(i, ' ');
          continue;
        }
        wideForms |= Chars.isFullwidthAscii(ch);
        if (ch != '\n' && ch != '\r' && Chars.isBlank(ch)) {
          if (oddCount == odd.length) {
            odd = java.util.Arrays.copyOf(odd, 2 * oddCount);
          }
          odd[oddCount++] = i;
        }
        continue;
      }
      char c = text.charAt(i);
      char cp1252 = Chars.fromCp1252(c);
      if (cp1252 != '\uFFFF') {
        // windows-1252 text read as Latin-1: the control character stands for what windows-1252
        // gives its byte
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, cp1252);
        beyondLatin1 = true;
        beyondQuotes |= !Chars.isQuoteOrDash(cp1252);
        firstC1 = c1s++ == 0 ? i : firstC1;
        continue;
      }
      if (c == '\u007F' && (opensLineBeforeText(i) || aloneOverText(i))) {
        // a symbol font's bullet, whose code a tool wrote as it stands (pypdf): a key point's mark,
        // before its text or alone on its line over it
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, '\u2022');
        beyondLatin1 = true;
        beyondQuotes = true;
        sink.report(
            DiagnosticCode.UNMAPPED_GLYPH,
            i,
            i + 1,
            "read U+007F, the code of a symbol font's bullet, as a key point's mark");
        continue;
      }
      if (c == '\0' || (c < 0x20 && c != '\f' && ++controls > 8 && controls * 20 > i + 1)) {
        SourceSpan at = src.span(i, i);
        throw new ParseFailure(
            DiagnosticCode.BINARY_INPUT,
            at,
            "expected AJISS-Commentary text, but found binary data (character U+"
                + String.format("%04X", (int) c)
                + ")");
      }
      if (sb == null) {
        sb = new StringBuilder(text);
      }
      // a noncharacter beyond the first plane (U+1FFFE) is a surrogate pair: one character
      int cp =
          Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
              ? text.codePointAt(i)
              : c;
      int length = Character.charCount(cp);
      for (int k = 0; k < length; k++) {
        sb.setCharAt(i + k, ' ');
      }
      if (c != '\f') {
        sink.report(
            DiagnosticCode.CONTROL_CHARACTER_DROPPED,
            i,
            i + length,
            String.format("dropped the character U+%04X, which text may not hold", cp));
      }
      i += length - 1;
    }
    if (replacements > 0) {
      sink.report(
          DiagnosticCode.UNMAPPED_GLYPH,
          firstReplacement,
          firstReplacement + 1,
          "kept U+FFFD, which extraction or decoding writes for a character it could not read: "
              + (replacements == 1
                  ? "one is lost here"
                  : "one is lost here, and at " + (replacements - 1) + " more places after it"));
    }
    if (invisibles > 0) {
      sink.report(
          DiagnosticCode.INVISIBLE_DROPPED,
          firstInvisible,
          firstInvisible + 1,
          String.format(
              "dropped U+%04X, which prints nothing, here%s",
              (int) text.charAt(firstInvisible),
              more(
                  invisibles - 1,
                  "characters that print nothing (soft hyphens, zero-width"
                      + " spaces, word joiners)")));
    }
    if (c1s > 0) {
      sink.report(
          DiagnosticCode.MOJIBAKE_REPAIRED,
          firstC1,
          firstC1 + 1,
          String.format(
              "read U+%04X, which windows-1252 text read as Latin-1 holds for %s, as that"
                  + " character here%s",
              (int) text.charAt(firstC1),
              Sink.quote(String.valueOf(Chars.fromCp1252(text.charAt(firstC1)))),
              more(c1s - 1, "such characters")));
    }
    if (ligatureCount > 0) {
      sink.report(
          DiagnosticCode.LIGATURE_WRITTEN_OUT,
          firstLigature,
          firstLigature + 1,
          "wrote out the ligature "
              + Sink.quote(text.substring(firstLigature, firstLigature + 1))
              + " as its letters here"
              + more(ligatureCount - 1, "ligatures"));
    }
    oddBlanks = java.util.Arrays.copyOf(odd, oddCount);
    for (int b = text.indexOf('\\'); b >= 0 && b + 1 < n; b = text.indexOf('\\', b + 2)) {
      if (Chars.isAsciiPunctuation(text.charAt(b + 1))) {
        // a Markdown escape, as a PDF-to-Markdown tool writes one: the character after it is text
        escapes = true;
        sink.report(
            DiagnosticCode.MARKUP_DROPPED,
            b,
            b + 1,
            "dropped the Markdown escape before " + Sink.quote(text.substring(b + 1, b + 2)));
      }
    }
    // the zero-width spaces of a repair are beyond Latin-1
    wide = beyondLatin1 || repaired;
    learnsByMask = !beyondQuotes && !repaired;
    ligatures = ligature;
    invisible = zeroWidth || repaired;
    fullwidth = wideForms;
    return sb == null ? text : sb.toString();
  }

  /**
   * Writes into {@code sb} the character that the UTF-8 sequence read as windows-1252 at {@code i}
   * ({@link Chars#mojibakeAt}) stands for, and zero-width spaces, which print nothing and which
   * words drop, for the rest of it, so that offsets stay; reports it.
   *
   * @return the sequence's length, or 0 where the character is one that text may not hold
   */
  private int repairMojibake(StringBuilder sb, int i) {
    int garbled = Chars.mojibakeAt(text, i);
    String character = Chars.mojibakeText(text, i, garbled);
    if (Chars.isForbidden(character, 0)) {
      return 0;
    }
    for (int k = 0; k < garbled; k++) {
      sb.setCharAt(i + k, k < character.length() ? character.charAt(k) : '\u200B');
    }
    sink.report(
        DiagnosticCode.MOJIBAKE_REPAIRED,
        i,
        i + garbled,
        "read "
            + Sink.quote(text.substring(i, i + garbled))
            + ", UTF-8 that was read as windows-1252, as "
            + Sink.quote(character));
    return garbled;
  }

  /** Whether a space, not a line end, stands right before or after {@code text[i]}. */
  private boolean besideSpace(int i) {
    return (i > 0 && Chars.isSpace(text.charAt(i - 1)))
        || (i + 1 < text.length() && Chars.isSpace(text.charAt(i + 1)));
  }

  /**
   * The text with each glyph that extraction could not map to a character, which pdfminer writes as
   * {@code (cid:127)}, taken out and reported: where it opens a line before text, a key point's
   * mark set in a symbol font, read as a bullet; elsewhere blanked out. Offsets stay.
   */
  private String unmappedGlyphs(String work) {
    int at = glyphAfter(work, 0);
    if (at < 0) {
      return work; // nearly every text
    }
    char[] out = null;
    Set<String> marks = new java.util.HashSet<>(2);
    List<String> lone = new ArrayList<>(2); // the glyphs alone on their lines
    List<Integer> loneAt = new ArrayList<>(2); // and where they stand

    for (; at >= 0; at = glyphAfter(work, at + 1)) {
      int e = at + 5;
      while (e < work.length() && e - at < 12 && work.charAt(e) >= '0' && work.charAt(e) <= '9') {
        e++;
      }
      if (e == at + 5 || e >= work.length() || work.charAt(e) != ')') {
        continue;
      }
      e++;
      int l = src.lineOf(at);
      boolean mark =
          Chars.skipBlanks(work, src.starts[l], at) == at
              && e < src.ends[l]
              && Chars.isBlank(work.charAt(e))
              && Chars.skipBlanks(work, e, src.ends[l]) < src.ends[l];
      if (out == null) {
        out = work.toCharArray();
      }
      java.util.Arrays.fill(out, at, e, ' ');
      String glyph = Sink.quote(work.substring(at, e));
      if (mark) {
        out[at] = '\u2022';
        wide = true;
        learnsByMask = false;
        marks.add(glyph);
      } else if (Chars.skipBlanks(work, src.starts[l], at) == at
          && Chars.skipBlanks(work, e, src.ends[l]) == src.ends[l]) {
        lone.add(glyph);
        loneAt.add(at);
      }
      sink.report(
          DiagnosticCode.UNMAPPED_GLYPH,
          at,
          e,
          mark
              ? "read the glyph "
                  + glyph
                  + ", which extraction could not map to a character, as a"
                  + " key point's mark"
              : "dropped the glyph " + glyph + ", which extraction could not map to a character");
    }
    // the glyph of the key points' marks; or, where none opens a line, the one glyph that stands
    // alone, twice at least: every key point's bullet apart from its item
    if (marks.isEmpty() && lone.size() >= 2 && new java.util.HashSet<>(lone).size() == 1) {
      marks.add(lone.get(0));
    }
    for (int g = 0; g < lone.size(); g++) {
      if (marks.contains(lone.get(g))) {
        strayBullets = Arrays.copyOf(strayBullets, strayBullets.length + 1);
        strayBullets[strayBullets.length - 1] = loneAt.get(g);
      }
    }
    return out == null ? work : new String(out);
  }

  /**
   * Where a glyph stands alone on its line that is the same glyph as the key points' marks, or,
   * with no mark, the one glyph alone on two lines or more: a key point's bullet that pdfminer put
   * apart from its item; found by {@link #unmappedGlyphs}.
   */
  private int[] strayBullets = new int[0];

  /**
   * Whether the character at {@code i} stands alone on its line, blanks around it, and the next
   * line holds text: a bullet set apart from its item.
   */
  private boolean aloneOverText(int i) {
    int l = src.lineOf(i);
    return l + 1 < src.lineCount
        && Chars.skipBlanks(text, src.starts[l], i) == i
        && Chars.skipBlanks(text, i + 1, src.ends[l]) == src.ends[l]
        && Chars.skipBlanks(text, src.starts[l + 1], src.ends[l + 1]) < src.ends[l + 1];
  }

  /** Whether the character at {@code i} opens its line, after blanks alone, before text. */
  private boolean opensLineBeforeText(int i) {
    int l = src.lineOf(i);
    return Chars.skipBlanks(text, src.starts[l], i) == i
        && Chars.skipBlanks(text, i + 1, src.ends[l]) < src.ends[l];
  }

  /**
   * Whether a text is the authors' names and nothing else but "and", "&" and commas between them,
   * in any case: a byline.
   */
  private static boolean isNamesOf(String text, List<Author> authors) {
    String rest = text.toLowerCase(Locale.ROOT);
    for (Author a : authors) {
      int at = rest.indexOf(a.name().toLowerCase(Locale.ROOT));
      if (at < 0) {
        return false;
      }
      rest = rest.substring(0, at) + " " + rest.substring(at + a.name().length());
    }
    for (String w : rest.replace(',', ' ').split(" ")) {
      if (!w.isEmpty() && !w.equals("and") && !w.equals("&")) {
        return false;
      }
    }
    return !authors.isEmpty();
  }

  /**
   * Where the last block of the body ends in mid-sentence, a paragraph with no mark after its last
   * word, as a text cut short does: words that say so, quoting its end; else nothing.
   */
  private static String endsMidSentence(Draft last) {
    if (last == null || last.kind != Draft.Kind.PARAGRAPH) {
      return "";
    }
    CharSequence t = last.lastChars();
    int n = t.length();
    if (n == 0 || !Character.isLetterOrDigit(t.charAt(BodyReader.closing(t)))) {
      return "";
    }
    int from = n;
    for (int words = 0; from > 0 && words < 3; ) {
      from--;
      if (t.charAt(from) == ' ' && ++words == 3) {
        from++;
      }
    }
    return "; the text ends in mid-sentence, "
        + Sink.quote(t.subSequence(from, n).toString())
        + ", as if cut short";
  }

  /** ", and N more WHAT after it", or nothing where {@code count} is 0. */
  private static String more(int count, String what) {
    return count == 0 ? "" : ", and " + count + " more " + what + " after it";
  }

  /**
   * Where the next {@code (cid:} starts at {@code from} or after, or -1: found by its colon, which
   * a search for one character finds several times faster than a search for the five.
   */
  private static int glyphAfter(String work, int from) {
    for (int c = work.indexOf(':', from + 4); c >= 0; c = work.indexOf(':', c + 1)) {
      if (work.startsWith("(cid", c - 4)) {
        return c - 4;
      }
    }
    return -1;
  }

  /**
   * The text with the {@code #} that a PDF-to-Markdown tool writes before a heading (the series
   * name, the title, a subheading) blanked out and reported: one to six at a line's start, a blank
   * and text after them; and so the {@code **} or {@code __} around a line in bold, after such
   * marks or not, and the {@code *} or {@code _} around a line in italics that stands alone between
   * blank lines (a byline); the marks of a table's row ({@link #tableRow}) and those around a staff
   * label ({@link #labelMarks}). The same string where there is none.
   */
  private String markdownHeadings(String work) {
    char[] out = null;
    for (int l = 0; l < src.lineCount; l++) {
      int s = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      if (s == src.ends[l]
          || (work.charAt(s) != '#'
              && work.charAt(s) != '*'
              && work.charAt(s) != '_'
              && work.charAt(s) != '|'
              && work.charAt(s) != '!'
              && work.charAt(s) != '<')) {
        continue; // most lines
      }
      if (work.charAt(s) == '|') {
        out = tableRow(work, s, Chars.trimBlanks(work, s, src.ends[l]), out);
        continue;
      }
      if (work.charAt(s) == '!' || work.charAt(s) == '<') {
        int end = Chars.trimBlanks(work, s, src.ends[l]);
        String what = imageOrComment(work, s, end);
        if (what != null) {
          out = out == null ? work.toCharArray() : out;
          java.util.Arrays.fill(out, s, end, ' ');
          sink.report(
              DiagnosticCode.MARKUP_DROPPED,
              s,
              end,
              "dropped the " + what + " " + Sink.quote(work.substring(s, end)));
        }
        continue;
      }
      if (work.charAt(s) != '#') {
        int label = labelMarks(work, s, src.ends[l]);
        if (label > 0) {
          out =
              dropMarks(
                  work,
                  s,
                  label,
                  work.charAt(s + 1) == work.charAt(s) ? 2 : 1,
                  "a staff label",
                  out);
          continue;
        }
      }
      int e = s;
      while (e < src.ends[l] && e - s < 7 && work.charAt(e) == '#') {
        e++;
      }
      if (e > s
          && e - s <= 6
          && e < src.ends[l]
          && Chars.isSpace(work.charAt(e))
          && Chars.skipBlanks(work, e, src.ends[l]) < src.ends[l]) {
        if (out == null) {
          out = work.toCharArray();
        }
        java.util.Arrays.fill(out, s, e, ' ');
        sink.report(
            DiagnosticCode.MARKUP_DROPPED,
            s,
            e,
            "dropped the Markdown heading mark " + Sink.quote(work.substring(s, e)));
        s = Chars.skipBlanks(work, e, src.ends[l]);
      }
      int end = Chars.trimBlanks(work, s, src.ends[l]);
      int marks = lineMarks(work, l, s, end);
      if (marks > 0) {
        // a line in bold or italics: a title, a byline or a subheading
        out = dropMarks(work, s, end, marks, "a line", out);
      }
    }
    // the first asterisk and underscore, where the marks below are looked for from: most texts
    // hold neither
    int star = work.indexOf('*');
    int under = work.indexOf('_');
    // bold around a staff label inside a line, where the staff are read as one line
    for (String bold : new String[] {"**", "__"}) {
      int first = bold.charAt(0) == '*' ? star : under;
      for (int at = first < 0 ? -1 : work.indexOf(bold, first);
          at >= 0;
          at = work.indexOf(bold, at + 2)) {
        int l = src.lineOf(at);
        int label = labelMarks(work, at, src.ends[l]);
        if (label > 0 && at > Chars.skipBlanks(work, src.starts[l], src.ends[l])) {
          out = dropMarks(work, at, label, 2, "a staff label", out);
          at = label - 2;
        }
      }
    }
    out = marksInIssueLine(work, out, star, under);
    if (addedBlanks.size > 0) {
      oddBlanks = addedBlanks.mergedWith(oddBlanks);
    }
    markdown = out != null || escapes;
    return out == null ? work : new String(out);
  }

  /** How many lines from the top the issue line is looked for in, its marks to be dropped. */
  private static final int ISSUE_LINE_TOP = 40;

  /** The longest line read as an issue line with marks in it. */
  private static final int ISSUE_LINE_LENGTH = 200;

  /**
   * Blanks out and reports the Markdown marks inside the issue line, as a tool writes them around a
   * part of it set in bold or italics ({@code **No.93.** 8 June 2010}, {@code No.93. *8 June
   * 2010*}): in the first line near the top that is an issue line only without its asterisks and
   * underscores.
   *
   * @param firstStar the text's first asterisk, or -1
   * @param firstUnder the text's first underscore, or -1
   * @return {@code out}, or the text's characters where it was null and marks were dropped
   */
  private char[] marksInIssueLine(String work, char[] out, int firstStar, int firstUnder) {
    if (src.lineCount == 0) {
      return out;
    }
    int top = src.ends[Math.min(src.lineCount, ISSUE_LINE_TOP) - 1];
    // the marks in order, each searched for again only once passed
    int star = firstStar;
    int under = firstUnder;
    int lastLine = -1;
    while (true) {
      int at = star < 0 ? under : under < 0 ? star : Math.min(star, under);
      if (at < 0 || at >= top) {
        return out;
      }
      if (at == star) {
        star = work.indexOf('*', at + 1);
      } else {
        under = work.indexOf('_', at + 1);
      }
      int l = src.lineOf(at);
      int s = src.starts[l];
      int e = src.ends[l];
      if (l == lastLine || e - s > ISSUE_LINE_LENGTH) {
        continue;
      }
      lastLine = l;
      String plain = work.substring(s, e).replace('*', ' ').replace('_', ' ');
      if (IssueLine.find(work, s, e) != null || IssueLine.find(plain, 0, plain.length()) == null) {
        continue;
      }
      char[] chars = out == null ? work.toCharArray() : out;
      for (int i = s; i < e; ) {
        char c = work.charAt(i);
        if (c != '*' && c != '_') {
          i++;
          continue;
        }
        int run = i;
        while (run < e && work.charAt(run) == c) {
          run++;
        }
        java.util.Arrays.fill(chars, i, run, ' ');
        sink.report(
            DiagnosticCode.MARKUP_DROPPED,
            i,
            run,
            "dropped the Markdown mark "
                + Sink.quote(work.substring(i, run))
                + " in the issue line");
        i = run;
      }
      return chars;
    }
  }

  /** Where the Markdown pass wrote a blank other than a plain space, in order. */
  private final Positions addedBlanks = new Positions();

  /** A growing list of positions in the text. */
  private static final class Positions {
    private int[] at = new int[0];
    private int size;

    void add(int position) {
      if (size == at.length) {
        at = java.util.Arrays.copyOf(at, Math.max(8, 2 * size));
      }
      at[size++] = position;
    }

    /** These and {@code others}, which are in ascending order, in one array in ascending order. */
    int[] mergedWith(int[] others) {
      java.util.Arrays.sort(at, 0, size);
      int[] out = new int[size + others.length];
      int i = 0;
      int j = 0;
      for (int k = 0; k < out.length; k++) {
        out[k] = j >= others.length || (i < size && at[i] <= others[j]) ? at[i++] : others[j++];
      }
      return out;
    }
  }

  /**
   * Blanks out and reports the Markdown marks, {@code marks} characters long, that open and close
   * {@code [s, end)}, around {@code what}: a line, a staff label.
   */
  private char[] dropMarks(String work, int s, int end, int marks, String what, char[] out) {
    char[] chars = out == null ? work.toCharArray() : out;
    String mark = work.substring(s, s + marks);
    for (int at : new int[] {s, end - marks}) {
      java.util.Arrays.fill(chars, at, at + marks, ' ');
      sink.report(
          DiagnosticCode.MARKUP_DROPPED,
          at,
          at + marks,
          "dropped the Markdown "
              + (marks == 2 ? "bold" : "emphasis")
              + " mark "
              + Sink.quote(mark)
              + (at == s ? " before " : " after ")
              + what);
    }
    return chars;
  }

  /**
   * Blanks out the marks of a row of a Markdown table, {@code [s, end)} from its first {@code |} to
   * its last: the first and the last become spaces and each one between a tab, which parts cells as
   * the tabs of plain text do (a table of the institutes: their abbreviations, then their names); a
   * row of the rule under the table's head ({@code |---|:--:|}) becomes blank. Each is reported. A
   * line that is not such a row, with two cells at least, is left as it is.
   *
   * @return {@code out}, or the text's characters where it was null and a row was found
   */
  private char[] tableRow(String work, int s, int end, char[] out) {
    if (end - s < 3 || work.charAt(end - 1) != '|' || work.indexOf('|', s + 1) == end - 1) {
      return out;
    }
    char[] chars = out == null ? work.toCharArray() : out;
    if (isTableRule(work, s, end)) {
      java.util.Arrays.fill(chars, s, end, ' ');
      sink.report(
          DiagnosticCode.MARKUP_DROPPED,
          s,
          end,
          "dropped the rule of a Markdown table " + Sink.quote(work.substring(s, end)));
      return chars;
    }
    if (isPlaceholderHead(work, s, end)) {
      java.util.Arrays.fill(chars, s, end, ' ');
      sink.report(
          DiagnosticCode.MARKUP_DROPPED,
          s,
          end,
          "dropped the head of a Markdown table that names no column "
              + Sink.quote(work.substring(s, end)));
      return chars;
    }
    for (int at = s; at >= 0 && at < end; at = work.indexOf('|', at + 1)) {
      boolean inner = at > s && at < end - 1;
      chars[at] = inner ? '\t' : ' ';
      if (inner) {
        addedBlanks.add(at);
      }
      sink.report(
          DiagnosticCode.MARKUP_DROPPED, at, at + 1, "dropped the mark \"|\" of a Markdown table");
    }
    // a line break inside a cell, as tools write one: it parts words, as a line end does, but not
    // cells, as a run of plain spaces would
    for (int at = s; at + 3 < end; at++) {
      if (!work.startsWith("<br", at)) {
        continue;
      }
      int close = at + 3;
      while (close < end && work.charAt(close) != '>' && work.charAt(close) != '<') {
        close++;
      }
      String inside =
          close >= end || work.charAt(close) != '>' ? null : work.substring(at + 3, close).trim();
      if (inside != null && (inside.isEmpty() || inside.equals("/"))) {
        java.util.Arrays.fill(chars, at, close + 1, '\u00A0');
        for (int i = at; i <= close; i++) {
          addedBlanks.add(i);
        }
        sink.report(
            DiagnosticCode.MARKUP_DROPPED,
            at,
            close + 1,
            "dropped the line break "
                + Sink.quote(work.substring(at, close + 1))
                + " in a cell of a Markdown table");
      }
    }
    return chars;
  }

  /**
   * Whether the row of a Markdown table {@code [s, end)} names its columns by number only, {@code
   * |Col1|Col2|Col3|}, as a tool writes the head of a table that has none.
   */
  private static boolean isPlaceholderHead(String work, int s, int end) {
    int column = 0;
    for (int at = s; at < end - 1; at = work.indexOf('|', at + 1)) {
      int from = Chars.skipBlanks(work, at + 1, end);
      int to = Chars.trimBlanks(work, from, work.indexOf('|', at + 1));
      String expected = "Col" + ++column;
      if (to - from != expected.length() || !work.startsWith(expected, from)) {
        return false;
      }
    }
    return column > 0;
  }

  /**
   * What the line {@code [s, end)} is where it is all markup that stands for no text: a Markdown
   * image ({@code ![](_page_0_Picture_1.jpeg)}, where a tool wrote a logo or a figure) or an HTML
   * comment ({@code <!-- image -->}); else null.
   */
  private static String imageOrComment(String work, int s, int end) {
    if (work.startsWith("![", s) && work.charAt(end - 1) == ')') {
      int target = work.indexOf("](", s + 2);
      return target > 0 && target < end && work.indexOf(')', target) == end - 1
          ? "Markdown image"
          : null;
    }
    if (work.startsWith("<!--", s) && end - s >= 7 && work.startsWith("-->", end - 3)) {
      int close = work.indexOf("-->", s + 4);
      return close == end - 3 ? "HTML comment" : null;
    }
    return null;
  }

  /** Whether {@code [s, end)} is the rule under a Markdown table's head: {@code |---|:--:|}. */
  private static boolean isTableRule(String work, int s, int end) {
    boolean dash = false;
    for (int i = s; i < end; i++) {
      char c = work.charAt(i);
      dash |= c == '-';
      if (c != '-' && c != '|' && c != ':' && !Chars.isBlank(c)) {
        return false;
      }
    }
    return dash;
  }

  /**
   * Where the Markdown marks around a staff label at {@code s} end ({@code **Editor:**}, {@code
   * **Editorial Board**:}, {@code __Editor:__}, {@code *Editor:*}), or 0: the marks, the label and
   * its colon inside them or after them.
   */
  private static int labelMarks(String work, int s, int lineEnd) {
    char c = work.charAt(s);
    int marks = s + 1 < lineEnd && work.charAt(s + 1) == c ? 2 : 1;
    int from = s + marks;
    for (String label : MastheadReader.LABELS) {
      int at = from + label.length();
      if (at < lineEnd && work.regionMatches(true, from, label, 0, label.length())) {
        boolean colonInside = Chars.isColon(work.charAt(at));
        int close = colonInside ? at + 1 : at;
        if (close + marks <= lineEnd
            && work.charAt(close) == c
            && (marks == 1 || work.charAt(close + 1) == c)
            && (colonInside
                || (close + marks < lineEnd && Chars.isColon(work.charAt(close + marks))))) {
          return close + marks;
        }
      }
    }
    return 0;
  }

  /**
   * How many characters of Markdown mark the text {@code [s, end)} of line {@code l} opens and
   * closes with, around the whole of it: 2 for {@code **} or {@code __}, 1 for {@code *} or {@code
   * _} where the line, of a dozen words at most, stands alone between blank lines; else 0.
   */
  private int lineMarks(String work, int l, int s, int end) {
    if (s >= end || (work.charAt(s) != '*' && work.charAt(s) != '_')) {
      return 0;
    }
    char c = work.charAt(s);
    int marks = s + 1 < end && work.charAt(s + 1) == c ? 2 : 1;
    String mark = marks == 2 ? work.substring(s, s + 2) : String.valueOf(c);
    boolean alone =
        (l == 0 || src.isBlank(l - 1)) && (l + 1 >= src.lineCount || src.isBlank(l + 1));
    boolean wraps =
        end - s > 2 * marks
            && work.startsWith(mark, end - marks)
            && work.indexOf(mark, s + marks) == end - marks
            && work.charAt(s + marks) != c;
    // a single mark only around a short line alone, its text set close to it: no bullet's mark,
    // nor a biography in italics
    return wraps
            && (marks == 2
                || (alone
                    && !Chars.isSpace(work.charAt(s + 1))
                    && !Chars.isSpace(work.charAt(end - 2))
                    && !Words.moreThan(work, s, end, 12)))
        ? marks
        : 0;
  }

  /**
   * The marks that plain text writes for bullets; two items at least make a list under one. The
   * last four open an item only before a capital: the "o" of a hollow bullet, and the Latin-1
   * letters that extraction gives for Wingdings bullets whose font it lost ({@code §} for a small
   * square, {@code Ø} for an arrowhead, {@code ü} for a check mark).
   */
  private static final String PLAIN_MARKS = "-*\u2013o\u00A7\u00D8\u00FC";

  /** The most lines of one item under a plain mark. */
  private static final int ITEM_LINES = 4;

  /**
   * The text with each plain mark that opens an item of a list ({@code - }, {@code * }, {@code – },
   * {@code o }) written as a bullet, so that the list is read as one: two items or more under one
   * mark, each item's lines under it, blank lines between lines allowed; the text is then wide
   * ({@link #wide}), and learnt from a character at a time. The same string where there is none.
   */
  private String plainBullets(String work) {
    char[] out = null;
    int[] at = new int[1];
    int[] lastTabs = lastTabs(work);
    for (int l = 0; l < src.lineCount; l++) {
      char mark = plainMark(work, l, at, lastTabs);
      if (mark == 0
          || (at[0] == Chars.skipBlanks(work, src.starts[l], src.ends[l])
              && goesOnFromLineAbove(work, l))) {
        continue;
      }
      int first = at[0];
      // the next line with a mark, past the item's other lines and blank lines
      int next = l + 1;
      int lines = 1;
      while (next < src.lineCount
          && (src.isBlank(next)
              || (lines++ < ITEM_LINES && plainMark(work, next, at, lastTabs) == 0))) {
        next++;
      }
      if (next < src.lineCount && plainMark(work, next, at, lastTabs) == mark) {
        if (out == null) {
          out = work.toCharArray();
        }
        out[first] = '\u2022';
        out[at[0]] = '\u2022';
        l = next - 1; // the next item is looked at as the first of the rest
      }
    }
    if (out == null) {
      return work;
    }
    wide = true;
    learnsByMask = false;
    return new String(out);
  }

  /** The fewest characters of a line of running text, longer than a label over a list. */
  private static final int RUNNING_LINE = 50;

  /**
   * Whether line {@code l} goes on with the sentence of the line right above it, a line of running
   * text that ends in no mark of a sentence's or a clause's end ({@code ... to Japan's security} /
   * {@code – the United States, ...}): a dash there is the sentence's, no item's mark.
   */
  private boolean goesOnFromLineAbove(String work, int l) {
    if (l == 0 || src.isBlank(l - 1)) {
      return false;
    }
    int s = Chars.skipBlanks(work, src.starts[l - 1], src.ends[l - 1]);
    int e = Chars.trimBlanks(work, s, src.ends[l - 1]);
    if (e - s < RUNNING_LINE) {
      return false; // a label over the list: Key points
    }
    char last = work.charAt(e - 1);
    return Character.isLetterOrDigit(last) || last == ',';
  }

  /**
   * Per line of {@link #src}, the offset of the last tab in it, or -1: the tabs found in one pass
   * over the text, most of which holds none.
   */
  private int[] lastTabs(String work) {
    int[] last = new int[src.lineCount];
    Arrays.fill(last, -1);
    int l = 0;
    for (int t = work.indexOf('\t'); t >= 0; t = work.indexOf('\t', t + 1)) {
      while (l < src.lineCount && src.ends[l] <= t) {
        l++;
      }
      if (l == src.lineCount) {
        break;
      }
      if (t >= src.starts[l]) {
        last[l] = t;
      }
    }
    return last;
  }

  /**
   * The plain mark that opens line {@code l} as an item's, a blank and a word after it, with {@code
   * at[0]} set to its offset; else 0.
   *
   * @param lastTabs per line, its last tab, as {@link #lastTabs} gives them
   */
  private char plainMark(String work, int l, int[] at, int[] lastTabs) {
    int i = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
    if (i + 2 < src.ends[l] && PLAIN_MARKS.indexOf(work.charAt(i)) < 0 && lastTabs[l] > i) {
      // or after the line's last tab, where a column opens: the first key point after the clipped
      // copy of the seed's shape
      i = Chars.skipBlanks(work, lastTabs[l] + 1, src.ends[l]);
    }
    if (i + 2 >= src.ends[l] || PLAIN_MARKS.indexOf(work.charAt(i)) < 0) {
      return 0;
    }
    char mark = work.charAt(i);
    char after = work.charAt(i + 1);
    int word = Chars.skipBlanks(work, i + 1, src.ends[l]);
    if (!Chars.isSpace(after) || word >= src.ends[l]) {
      return 0;
    }
    char c = work.charAt(word);
    boolean opens =
        PLAIN_MARKS.indexOf(mark) >= PLAIN_MARKS.indexOf('o')
            ? Character.isUpperCase(c)
            : Character.isLetter(c) || (Chars.isOpeningQuote(c) && c != '(');
    if (!opens) {
      return 0;
    }
    at[0] = i;
    return mark;
  }

  private int firstNonBlankLine(int from) {
    for (int l = from; l < src.lineCount; l++) {
      if (!src.isBlank(l)) {
        return l;
      }
    }
    return -1;
  }

  /**
   * The publisher's line among the first three lines with text from line {@code from}: the
   * publisher's name as known, wrapped onto the next line or not, or a line that opens with the
   * publisher's name, with or without "The", trimmed, as [start, end); or null.
   */
  private int[] publisherAfter(String work, int from) {
    int seen = 0;
    for (int l = from; l < src.lineCount && seen < 3; l++) {
      if (src.isBlank(l)) {
        continue;
      }
      seen++;
      int s = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      int named = publisherNameEnd(work, s, src.ends[Math.min(l + 1, src.lineCount - 1)]);
      if (named >= 0 && Chars.isBlank(work, named, src.ends[src.lineOf(named - 1)])) {
        return new int[] {s, named}; // the name as known, wrapped onto the next line or not
      }
      int mark = Chars.indexOfIgnoreCase(work, Chars.PUBLISHER_MARK, s, src.ends[l]);
      if (mark == s || (mark == s + 4 && work.regionMatches(true, s, "The ", 0, 4))) {
        return new int[] {s, Chars.trimBlanks(work, s, src.ends[l])};
      }
    }
    return null;
  }

  /** The words of the publisher's name. */
  static final String[] PUBLISHER_WORDS = Series.AJISS_PUBLISHER.split(" ");

  /**
   * The line under line {@code l} that the series line is, where line {@code l} holds the series
   * name and a number alone ({@code AJISS-Commentary No.93}) and the next line with text, one of
   * the next three, opens with the series name and holds no number after it: the first line is the
   * PDF's title, which Tika writes before the text; or -1.
   */
  private int seriesLineUnderPdfTitle(String work, int l, int seriesEnd) {
    int at = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
    int named = Chars.seriesNameEnd(work, at, src.ends[l]);
    if (named < 0 || IssueLine.numberAlone(work, named, src.ends[l]) == null) {
      return -1;
    }
    int next = firstNonBlankLine(l + 1);
    if (next < 0 || next > l + 3 || next >= seriesEnd) {
      return -1;
    }
    int s = Chars.skipBlanks(work, src.starts[next], src.ends[next]);
    int e = Chars.seriesNameEnd(work, s, src.ends[next]);
    return e >= 0 && IssueLine.numberAlone(work, e, src.ends[next]) == null ? next : -1;
  }

  /**
   * The publisher's name on a line of its own among lines {@code from} to {@code to}, as [start,
   * end): as known, whatever its case and blanks (wrapped onto the next line or not), or with a
   * letter or two misread in a word, as an institute's name is corrected (reported); or null.
   */
  private int[] publisherOwnLine(String work, int from, int to) {
    for (int l = Math.max(0, from); l < to && l < src.lineCount; l++) {
      int s = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      if (s == src.ends[l]) {
        continue;
      }
      int named = publisherNameEnd(work, s, src.ends[Math.min(l + 1, src.lineCount - 1)]);
      if (named >= 0 && Chars.isBlank(work, named, src.ends[src.lineOf(named - 1)])) {
        return new int[] {s, named};
      }
      int e = Chars.trimBlanks(work, s, src.ends[l]);
      if (misreadPublisher(work, s, e, false)) {
        misreadPublisher(work, s, e, true);
        return new int[] {s, e};
      }
    }
    return null;
  }

  /**
   * Whether {@code work[s, e)} is the publisher's name, with or without "The", word for word, a
   * word of up to six letters one letter off at most and a longer one two; reports each misread
   * word where {@code report} is set.
   */
  private boolean misreadPublisher(String work, int s, int e, boolean report) {
    int w = work.regionMatches(true, s, PUBLISHER_WORDS[0], 0, PUBLISHER_WORDS[0].length()) ? 0 : 1;
    int i = s;
    int misread = 0;
    for (; w < PUBLISHER_WORDS.length; w++) {
      i = Chars.skipBlanks(work, i, e);
      int end = i;
      while (end < e && !Chars.isBlank(work.charAt(end))) {
        end++;
      }
      if (end == i) {
        return false; // a word missing
      }
      String printed = work.substring(i, end);
      String known = PUBLISHER_WORDS[w];
      if (!printed.equalsIgnoreCase(known)) {
        int allowed = known.length() <= 3 ? 0 : known.length() <= 6 ? 1 : 2;
        if (allowed == 0
            || Words.distance(
                    printed.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT), allowed)
                > allowed) {
          return false;
        }
        misread++;
        if (report) {
          sink.report(
              DiagnosticCode.INSTITUTE_CORRECTED,
              i,
              end,
              "corrected the misread \""
                  + printed
                  + "\" to \""
                  + known
                  + "\" in the publisher's name");
        }
      }
      i = end;
    }
    // a word or two misread, and nothing after the name
    return misread > 0 && misread <= 2 && Chars.skipBlanks(work, i, e) == e;
  }

  /**
   * Where the publisher's name ends that starts at {@code from}, before {@code to}, with or without
   * "The", in any case, its words parted by any blanks and at most one line end; -1 where no such
   * name starts there.
   */
  private static int publisherNameEnd(String work, int from, int to) {
    int i = from;
    int w = work.regionMatches(true, i, PUBLISHER_WORDS[0], 0, PUBLISHER_WORDS[0].length()) ? 0 : 1;
    int lineEnds = 0;
    for (int first = w; w < PUBLISHER_WORDS.length; w++) {
      if (w > first) {
        int b = i;
        while (b < to && Chars.isBlank(work.charAt(b))) {
          lineEnds += work.charAt(b) == '\n' ? 1 : 0;
          b++;
        }
        if (b == i || lineEnds > 1) {
          return -1;
        }
        i = b;
      }
      String word = PUBLISHER_WORDS[w];
      if (i + word.length() > to || !work.regionMatches(true, i, word, 0, word.length())) {
        return -1;
      }
      i += word.length();
    }
    return i < to && Character.isLetterOrDigit(work.charAt(i)) ? -1 : i;
  }

  /**
   * Where a publisher that starts at {@code from} ends, before {@code to}: after the publisher's
   * name, with or without "The", where the text goes on after it; else at {@code to}, trimmed.
   */
  private static int publisherEnd(String work, int from, int to) {
    String name = Series.AJISS_PUBLISHER;
    String withoutThe = name.substring(4);
    if (work.regionMatches(true, from, name, 0, name.length())) {
      return from + name.length();
    }
    if (work.regionMatches(true, from, withoutThe, 0, withoutThe.length())) {
      return from + withoutThe.length();
    }
    return Chars.trimBlanks(work, from, to);
  }

  /**
   * The body's blocks, read from where the header ends: a running head may repeat the title or the
   * byline, and an issue line of another number starts another commentary.
   */
  private List<Draft> readBody(String work, Header header, IssueLine issue) {
    List<int[]> titleSpans = new ArrayList<>(header.titleParts);
    titleSpans.addAll(header.pieces);
    List<int[]> bylineSpans = new ArrayList<>(header.moreAuthors);
    if (header.author != null) {
      bylineSpans.add(header.author);
    }
    body =
        new BodyReader(work, sink, oddBlanks, wide)
            .repeating(List.of(titleSpans, bylineSpans))
            .numbered(issue.number)
            .dated(issue.date)
            .paragraphSeparated(paragraphSeparated)
            .foldedHyphens(foldedHyphens)
            .strayBullets(strayBullets)
            .without(copyRows);
    return body.read(header.bodyStart);
  }

  /**
   * The number alone on the line under the series name, as {start, end, digits' start, digits'
   * end}, or null.
   */
  private int[] numberUnder(String work, int seriesLine) {
    int next = firstNonBlankLine(seriesLine + 1);
    int[] number = next < 0 ? null : IssueLine.numberAlone(work, src.starts[next], src.ends[next]);
    if (number == null) {
      return null;
    }
    int s = Chars.skipBlanks(work, src.starts[next], src.ends[next]);
    return new int[] {s, number[2], number[0], number[1]};
  }

  /**
   * The issue line where the series line carries the number ({@code AJISS-Commentary No.93}): the
   * issue line found, the number on the series line the same number printed twice; else the number
   * with the first date alone on a line below it ({@code 8 June 2010}). A second number that
   * differs from the issue line's is dropped and reported.
   */
  private IssueLine withSeriesNumber(String work, IssueLine found, int[] seriesNumber) {
    IssueLine issue = found;
    if (issue == null) {
      int numberLine = src.lineOf(seriesNumber[0]);
      int limit = Math.min(src.lineCount, numberLine + 80);
      for (int l = numberLine + 1; l < limit && issue == null; l++) {
        issue =
            IssueLine.findNumberThenDate(
                work, seriesNumber[0], seriesNumber[1], src.starts[l], src.ends[l]);
      }
    }
    if (issue == null) {
      return null;
    }
    long number = Long.parseLong(work.substring(seriesNumber[2], seriesNumber[3]));
    if (seriesNumber[0] < issue.end && seriesNumber[1] > issue.start) {
      return issue; // the number under the series name opens the issue line found
    }
    if (number == issue.number) {
      sink.field("issue", seriesNumber[0], seriesNumber[1]);
    } else {
      sink.report(
          DiagnosticCode.STRAY_TEXT_DROPPED,
          seriesNumber[0],
          seriesNumber[1],
          "dropped the number "
              + Sink.quote(work.substring(seriesNumber[0], seriesNumber[1]))
              + " after the series name, which is not the issue line's number "
              + issue.number);
    }
    return issue;
  }

  /** The most lines the date may stand under the number alone on its line, past the masthead. */
  private static final int NUMBER_TO_DATE_LINES = 40;

  /**
   * The issue line where the first number alone on its line ({@code No.168.}) has the date alone on
   * a line further down ({@code 3 October 2018}), with only lines of the masthead (the institutes,
   * a staff label and the names and the title under it) or blank lines between them, as pdftotext
   * sets the institutes' block between the number and the date that the page prints at the right of
   * the number's row: the issue line over the date, the number's span put in {@code number} as
   * [start, end); or null.
   */
  private IssueLine numberOverMasthead(String work, int fromLine, int[] number) {
    int limit = Math.min(src.lineCount, fromLine + 80);
    int l = fromLine;
    while (l < limit && IssueLine.numberAlone(work, src.starts[l], src.ends[l]) == null) {
      l++;
    }
    if (l >= limit) {
      return null;
    }
    MastheadReader masthead = new MastheadReader(work, sink, settings.institutes());
    int last = Math.min(src.lineCount - 1, l + NUMBER_TO_DATE_LINES);
    boolean inPost = false; // under a staff label, whose names and title are the masthead's
    for (int k = l + 1; k <= last; k++) {
      if (src.isBlank(k)) {
        continue;
      }
      IssueLine found =
          IssueLine.findNumberThenDate(
              work, src.starts[l], src.ends[l], src.starts[k], src.ends[k]);
      if (found != null) {
        number[0] = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
        number[1] = Chars.trimBlanks(work, number[0], src.ends[l]);
        return found;
      }
      if (masthead.isMastheadLine(src.starts[k], src.ends[k])) {
        inPost = masthead.holdsLabel(src.starts[k], src.ends[k]) || inPost;
      } else if (!inPost
          || !masthead.isStaffNameLine(src.starts[k], src.ends[k])
          || isCapitalsTitleLine(work, k)) {
        return null; // a title, or the body: the date is not the number's
      }
    }
    return null;
  }

  /**
   * Reports each word of the issue line that was read with its look-alike letters or digits folded:
   * as printed in {@code printed}, as read in {@code read}.
   */
  private void reportLookAlikes(IssueLine issue, String printed, String read) {
    int i = issue.start;
    while (i < issue.end) {
      if (printed.charAt(i) == read.charAt(i)) {
        i++;
        continue;
      }
      int s = i;
      while (s > issue.start && Character.isLetterOrDigit(printed.charAt(s - 1))) {
        s--;
      }
      int e = i;
      while (e < issue.end && Character.isLetterOrDigit(printed.charAt(e))) {
        e++;
      }
      sink.report(
          DiagnosticCode.DATE_CORRECTED,
          s,
          e,
          "read the misread "
              + Sink.quote(printed.substring(s, e))
              + " as "
              + Sink.quote(read.substring(s, e)));
      i = e;
    }
  }

  /**
   * The failure for a text with no issue line: at the first issue number found without a date
   * (after the series name, or opening a line), else under the series name.
   */
  private ParseFailure missingIssue(String work, int seriesLine, int[] seriesNumber) {
    int[] number = seriesNumber;
    int limit = Math.min(src.lineCount, seriesLine + 80);
    for (int l = seriesLine; number == null && l < limit; l++) {
      number = IssueLine.numberOpening(work, src.starts[l], src.ends[l]);
    }
    if (number == null) {
      int l = Math.min(seriesLine + 1, src.lineCount - 1);
      return new ParseFailure(
          DiagnosticCode.MISSING_ISSUE_LINE,
          src.span(src.starts[l], src.starts[l]),
          "expected an issue line such as \"No.93. 8 June 2010\" after the masthead, but found"
              + " none");
    }
    int lineEnd = src.ends[src.lineOf(number[0])];
    return new ParseFailure(
        DiagnosticCode.MISSING_ISSUE_LINE,
        src.span(number[0], lineEnd),
        "expected an issue line such as \"No.93. 8 June 2010\", but found the issue number in "
            + Sink.quote(work.substring(number[0], lineEnd).trim())
            + " with no date (day, month and year) after it or alone on a line under it");
  }

  /**
   * Where a title in capitals starts that extraction put right above the issue line, alone on its
   * line, with or without the byline between them: one to four lines in capitals after a blank
   * line, none of them the institutes' abbreviations or a staff post; or a title not in capitals,
   * as the web edition prints it, where nothing of a masthead stands above it and no title in
   * capitals under the issue line; else -1.
   */
  private int titleBeforeIssue(String work, int from, IssueLine issue) {
    int issueLine = src.lineOf(issue.start);
    if (columns != null // text read column after column: the lines above are the sidebar's
        || !Chars.isBlank(work, src.starts[issueLine], issue.start)
        || !Chars.isBlank(work, issue.end, src.ends[issueLine])) {
      return -1;
    }
    int l = previousTextLine(issueLine, from);
    int bylineLines = 0; // at most three
    while (l >= 0 && bylineLines < 3 && isBylineLine(work, l)) {
      bylineLines++;
      l = l > 0 && src.isBlank(l - 1) ? previousTextLine(l, from) : l - 1;
    }
    int bottom = l;
    l = aboveTitle(work, bottom, bottom, from, true);
    int letters = l < bottom ? Words.letters(work, src.starts[l + 1], src.ends[bottom]) : 0;
    if (letters == 0) {
      // a title not in capitals, as the web edition prints it: only where nothing else stands
      // between the masthead's start and the issue line
      int top = aboveTitle(work, l, bottom, from, false);
      letters = top < l ? Words.letters(work, src.starts[top + 1], src.ends[l]) : 0;
      l = top;
      int under = firstNonBlankLine(issueLine + 1);
      if (l == bottom
          || !Character.isUpperCase(
              work.charAt(Chars.skipBlanks(work, src.starts[l + 1], src.ends[l + 1])))
          || previousTextLine(l + 1, from) >= 0
          || (under >= 0 && isCapitalsTitleLine(work, under))) {
        return -1; // text above a title in capitals under the issue line is no title
      }
      MastheadReader masthead = new MastheadReader(work, sink, settings.institutes());
      for (int k = l + 1; k < issueLine; k++) {
        if (masthead.isMastheadText(src.starts[k], src.ends[k])) {
          return -1; // the institutes or the staff, one a line
        }
      }
    }
    if (letters < 8 || (l >= 0 && src.starts[l] >= from && !src.isBlank(l))) {
      return -1; // no title, stray marks, or a line that goes on from one of the masthead
    }
    return src.starts[l + 1];
  }

  /**
   * The line above the lines of a title that go up from line {@code l}, four lines with text at
   * most from {@code bottom}, from {@code from} on, blank lines between them where the text is
   * spaced out ({@link #spacedOut()}): lines in capitals as a title is ({@link
   * #isCapitalsTitleLine}), or lines of a title not in capitals ({@link #isTitleLine}).
   */
  private int aboveTitle(String work, int l, int bottom, int from, boolean capitals) {
    int lines = 0;
    for (int k = bottom; k > l; k--) {
      lines += src.isBlank(k) ? 0 : 1;
    }
    while (l >= 0
        && src.starts[l] >= from
        && !src.isBlank(l)
        && lines < 4
        && (capitals ? isCapitalsTitleLine(work, l) : isTitleLine(work, l))) {
      lines++;
      // where extraction put a blank line after every line, blank lines part a title's lines too
      int above = l - 1;
      while (spacedOut() && above >= 0 && src.starts[above] >= from && src.isBlank(above)) {
        above--;
      }
      boolean titleAbove =
          above < l - 1
              && above >= 0
              && src.starts[above] >= from
              && (capitals ? isCapitalsTitleLine(work, above) : isTitleLine(work, above));
      l = titleAbove ? above : l - 1;
    }
    return l;
  }

  /**
   * Whether line {@code l} may be a line of a title not in capitals: it holds a small letter, and
   * is no staff post, nor the publisher's name.
   */
  private boolean isTitleLine(String work, int l) {
    List<Word> words = Words.split(work, src.starts[l], src.ends[l]);
    if (words.isEmpty()
        || isStaffPost(words.get(0).text)
        || !Words.hasLower(work.substring(src.starts[l], src.ends[l]))) {
      return false;
    }
    for (int k = 1; k < words.size(); k++) {
      String before = words.get(k - 1).text;
      String word = words.get(k).text;
      if ((before.equalsIgnoreCase("Japanese") && word.equalsIgnoreCase("Institutes"))
          || (before.equalsIgnoreCase("Strategic") && word.equalsIgnoreCase("Studies"))
          || (before.equalsIgnoreCase("Association")
              && word.equalsIgnoreCase("of")
              && k + 1 < words.size()
              && words.get(k + 1).text.regionMatches(true, 0, "Japan", 0, 5))) {
        return false; // the publisher's name, where it was not read as the publisher
      }
    }
    return true;
  }

  /** Whether a line's first word opens a staff post: EDITOR:, Editorial Board:, Online ... */
  private static boolean isStaffPost(String first) {
    return first.regionMatches(true, 0, "editor", 0, 6) || first.equalsIgnoreCase("online");
  }

  /** The last line with text before line {@code l} that starts at {@code from} or later, or -1. */
  private int previousTextLine(int l, int from) {
    int k = l - 1;
    while (k >= 0 && src.starts[k] >= from && src.isBlank(k)) {
      k--;
    }
    return k >= 0 && src.starts[k] >= from ? k : -1;
  }

  /**
   * Whether line {@code l} is a byline not in capitals: names, after a label or not, and an
   * affiliation after a name or not.
   */
  private boolean isBylineLine(String work, int l) {
    if (l < 0 || src.isBlank(l)) {
      return false;
    }
    List<Word> words = Words.split(work, src.starts[l], src.ends[l]);
    // a name and its affiliation after it: Taro Yamada (Senior Fellow, JIIA)
    int post = postAfterName(work, new int[] {src.starts[l], src.ends[l]}, words);
    List<Word> names = byline(post > 0 ? words.subList(0, post) : words);
    return !names.isEmpty()
        && names.size() <= 9
        && Words.hasLower(names.get(0).text)
        && isNameLike(names);
  }

  /**
   * Whether line {@code l} is in capitals as a title is, not the institutes' abbreviations or a
   * staff post.
   */
  private boolean isCapitalsTitleLine(String work, int l) {
    List<Word> words = Words.split(work, src.starts[l], src.ends[l]);
    if (words.isEmpty() || isStaffPost(words.get(0).text)) {
      return false; // a staff post in capitals: EDITOR:, EDITORIAL BOARD:, ONLINE PUBLISHER:
    }
    boolean abbreviations = true;
    for (Word w : words) {
      if (!isCapitalsWord(w.text)) {
        return false;
      }
      abbreviations &= isInstituteAbbreviation(w.text);
    }
    return !abbreviations;
  }

  /** Whether a word is a known institute's abbreviation, or one letter from one. */
  private boolean isInstituteAbbreviation(String word) {
    for (Institute known : settings.institutes()) {
      if (Words.distance(word, known.abbreviation(), 1) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most lines an issue line is read over: the mark and number, the day, the month and the year
   * each on a line of their own ({@code No.93.} / {@code 8} / {@code June} / {@code 2010}).
   */
  private static final int ISSUE_LINE_PARTS = 5;

  /**
   * The issue line from line {@code fromLine}, the series line, down: on one line, parted over
   * lines, or the date first and the number under it. A later page's running head that repeats the
   * issue line after the series name ({@code AJISS-Commentary No.241. 2 August 2021}) comes after
   * the first page's number and date on lines apart above it ({@code No.241.} / {@code 2 August
   * 2021}), as pdftotext sets them.
   */
  private IssueLine findIssue(String work, int fromLine) {
    int limit = Math.min(src.lineCount, fromLine + 80);
    IssueLine runningHead = null;
    for (int l = fromLine; l < limit; l++) {
      IssueLine found = IssueLine.find(work, src.starts[l], src.ends[l]);
      if (found != null && repeatsIssueLine(work, l, fromLine)) {
        runningHead = found;
        limit = l; // the issue line apart is sought above it only
        break;
      }
      if (found != null) {
        return found;
      }
    }
    // the line parted over up to ISSUE_LINE_PARTS lines, blank lines between allowed: the number
    // at a line's end and the date on the next, or each word on a line of its own
    for (int l = fromLine; l + 1 < limit; l++) {
      int last = l;
      for (int k = 1; k < ISSUE_LINE_PARTS; k++) {
        int next = firstNonBlankLine(last + 1);
        if (next < 0 || next >= limit) {
          break;
        }
        last = next;
      }
      if (last == l) {
        break;
      }
      IssueLine found = IssueLine.findAcrossLines(work, src.starts[l], src.ends[last]);
      if (found != null && found.start < src.ends[l] && found.end > src.ends[l]) {
        return found;
      }
    }
    // the date on a line of its own, then the number on the next
    for (int l = fromLine; l + 1 < limit; l++) {
      int next = firstNonBlankLine(l + 1);
      if (next < 0 || next >= limit) {
        break;
      }
      IssueLine found =
          IssueLine.findDateThenNumber(
              work, src.starts[l], src.ends[l], src.starts[next], src.ends[next]);
      if (found != null) {
        return found;
      }
    }
    return runningHead;
  }

  /**
   * Whether line {@code l}, below the series line {@code seriesLine}, opens with the series name
   * and so is a later page's running head ({@code AJISS-Commentary No.241. 2 August 2021}), not the
   * first page's header; or stands under a line below the series line that holds the series name
   * alone, a running head of two lines ({@code AJISS-Commentary} / {@code No.241. 2 August 2021},
   * as pypdf sets it).
   */
  private boolean repeatsIssueLine(String work, int l, int seriesLine) {
    if (l <= seriesLine) {
      return false;
    }
    if (Chars.opensWithSeriesName(work, src.starts[l], src.ends[l])) {
      return true;
    }
    int above = l - 1;
    while (above > seriesLine && src.isBlank(above)) {
      above--;
    }
    if (above <= seriesLine || seriesLine < 0) {
      return false;
    }
    int s = Chars.skipBlanks(work, src.starts[above], src.ends[above]);
    int named = s + 5 <= src.ends[above] ? Chars.seriesNameEnd(work, s, src.ends[above]) : -1;
    return named >= 0 && Chars.isBlank(work, named, src.ends[above]);
  }

  /**
   * The line that {@code Commentary} opens where {@code work[at, e)}, the last word of line {@code
   * l}, is {@code AJISS-}: the series name wrapped after its dash. The next line, or the one after
   * a blank line; else -1.
   */
  private int wrappedSeriesName(String work, int l, int at, int e) {
    if (e - at != 6
        || !Chars.isSeriesDash(work.charAt(at + 5))
        || Chars.trimBlanks(work, at, src.ends[l]) != e) {
      return -1;
    }
    for (int next = l + 1; next < Math.min(src.lineCount, l + 3); next++) {
      int c = Chars.skipBlanks(work, src.starts[next], src.ends[next]);
      if (c == src.ends[next]) {
        continue; // a blank line
      }
      boolean opens =
          c + 10 <= src.ends[next]
              && work.regionMatches(true, c, "Commentary", 0, 10)
              && (c + 10 == src.ends[next] || !Character.isLetterOrDigit(work.charAt(c + 10)));
      return opens ? next : -1;
    }
    return -1;
  }

  // ------------------------------------------------------------------ closing note

  /** The verbs of a closing note: the views are not to be attributed to, or do not reflect, ... */
  private static final String[] NOTE_VERBS = {
    "attributed", "reflect", "represent", " own", "those of the author"
  };

  /** The longest closing note, in characters. */
  private static final int NOTE_MAX = 400;

  /** How far before "views expressed" its sentence may start: "The views and opinions". */
  private static final int NOTE_LEAD = 40;

  /**
   * Drops the note that closes many commentaries, that the views expressed are the author's own,
   * and not the institutes': the last paragraph, or the last sentences of the last paragraph, which
   * is then the biography.
   */
  /** How many biographies a closing note may stand above: those of a commentary's authors. */
  private static final int MAX_AUTHORS = 3;

  private void dropClosingNote(List<Draft> all, String work) {
    // the notes that close the text stand after the closing note, or above the biographies and the
    // note after them, where the blocks under their heading run to the end
    int notes = notesAtEnd(all);
    if (!dropClosingNoteIn(all.subList(0, all.size() - notes), work) && notes > 0) {
      dropClosingNoteIn(all, work);
    }
  }

  /** Drops the closing note among the last blocks of {@code drafts}; whether one was found. */
  private boolean dropClosingNoteIn(List<Draft> drafts, String work) {
    if (drafts.isEmpty()) {
      return false;
    }
    boolean dropped = false;
    // a note of its own right before the biography, or the biographies of several authors, as
    // extraction may order a page's foot; or on the line after the biography's end, with no blank
    // line between them, before a note on the translation
    for (int k = drafts.size() - 2; k >= 0 && k >= drafts.size() - 1 - MAX_AUTHORS; k--) {
      Draft before = drafts.get(k);
      boolean brief = before.kind == Draft.Kind.PARAGRAPH && before.chars().length() <= NOTE_MAX;
      String t = brief ? before.chars().toString() : "";
      if (!t.isEmpty()
          && closingNote(t, 0, t.length()) == 0
          && Chars.indexOfIgnoreCase(t, "author", 0, t.length()) >= 0
          && !separateAfterNote(t)) {
        sink.report(
            DiagnosticCode.CLOSING_NOTE_DROPPED,
            before.start,
            before.end,
            "dropped the closing note that the views are the author's own: " + Sink.quote(t));
        drafts.remove(k);
        dropped = true;
        break;
      }
      if (before.kind == Draft.Kind.PARAGRAPH && cutClosingNote(drafts, k, work, true)) {
        dropped = true;
        break;
      }
    }
    int last = drafts.size() - 1;
    return (drafts.get(last).kind == Draft.Kind.PARAGRAPH
            && cutClosingNote(drafts, last, work, false))
        || dropped;
  }

  /**
   * Cuts the closing note from the end of block {@code k}, or drops the block where the note is all
   * of it; whether there was one. With {@code ownLine}, only a note that opens a line of its own
   * and speaks of the author counts: one glued to a block that more blocks follow.
   */
  private boolean cutClosingNote(List<Draft> drafts, int k, String work, boolean ownLine) {
    Draft last = drafts.get(k);
    CharSequence lastText = last.chars();
    int length = lastText.length();
    int from = Math.max(0, length - NOTE_MAX);
    // the paragraph's tail only: a biography may be long, and the note is short; a text that is
    // a string already is read in place
    int inText;
    if (lastText instanceof String whole) {
      inText = closingNote(whole, from, length);
    } else {
      int inTail = closingNote(lastText.subSequence(from, length).toString(), 0, length - from);
      inText = inTail < 0 ? -1 : from + inTail;
    }
    int inWork = inText < 0 ? -1 : closingNote(work, last.start, last.end);
    if (inWork < 0) {
      return false;
    }
    String note = lastText.subSequence(inText, length).toString();
    if (ownLine
        && (!opensLine(work, last.start, inWork)
            || Chars.indexOfIgnoreCase(note, "author", 0, note.length()) < 0)) {
      return false;
    }
    // the note ends with its sentence where a line ends after it: the lines after it in the same
    // block (a note on the translation, a notes' label and a note under a note in a wider measure,
    // which no blank line parts from it) open a block of their own and stay in the body
    String t = lastText.toString();
    int textEnd = noteEnd(t, inText, length);
    int workEnd = noteEnd(work, inWork, last.end);
    int rest = Chars.skipBlanks(work, workEnd, last.end);
    int restText = Chars.skipBlanks(t, textEnd, length);
    // and on its own line too, where the sentences after it no longer speak of views or authors:
    // a note on the translation or the original's publication, as a paragraph of its own
    boolean linesAfter =
        rest < last.end
            && restText < length
            && ((src.lineOf(rest) > src.lineOf(workEnd - 1)
                    && Chars.trimBlanks(work, workEnd, src.ends[src.lineOf(workEnd - 1)])
                        == workEnd)
                || !continuesNote(t, restText, length));
    sink.report(
        DiagnosticCode.CLOSING_NOTE_DROPPED,
        inWork,
        linesAfter ? workEnd : last.end,
        "dropped the closing note that the views are the author's own: "
            + Sink.quote(linesAfter ? t.substring(inText, textEnd) : note));
    if (linesAfter) {
      Draft after = new Draft(Draft.Kind.PARAGRAPH, rest);
      after.text().append(t, restText, length);
      after.end = last.end;
      after.lines = 1;
      after.widest = length - restText;
      after.lastWidth = after.widest;
      drafts.add(k + 1, after);
    }
    if (inText == 0) {
      drafts.remove(k);
      return true;
    }
    int keep = inText;
    while (keep > 0 && Chars.isBlank(t.charAt(keep - 1))) {
      keep--;
    }
    last.text().setLength(keep);
    last.end = Chars.trimBlanks(work, last.start, inWork);
    return true;
  }

  /** Words of a closing note's further sentences: who holds the views, and who does not. */
  private static final String[] NOTE_WORDS = {
    "view",
    "opinion",
    "author",
    "attribut",
    "reflect",
    "represent",
    "necessarily",
    "endorse",
    "responsib",
    "position"
  };

  /** Whether sentences that do not go on with it follow the closing note that opens {@code t}. */
  private static boolean separateAfterNote(String t) {
    int rest = Chars.skipBlanks(t, noteEnd(t, 0, t.length()), t.length());
    return rest < t.length() && !continuesNote(t, rest, t.length());
  }

  /** Whether {@code s[from, to)} goes on with a closing note: it speaks of views or authors. */
  private static boolean continuesNote(String s, int from, int to) {
    for (String w : NOTE_WORDS) {
      if (Chars.indexOfIgnoreCase(s, w, from, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code at} opens a line of {@code s}, or has only blanks before it on its line. */
  private static boolean opensLine(String s, int from, int at) {
    int p = at;
    while (p > from && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == '\t')) {
      p--;
    }
    return p == from || s.charAt(p - 1) == '\n' || s.charAt(p - 1) == '\r';
  }

  /**
   * Where the closing note starts in {@code s[from, to)}: the sentence, running to the end, that
   * says that the views or opinions expressed are not to be attributed to, or do not reflect, any
   * other than the author; or -1.
   */
  private static int closingNote(String s, int from, int to) {
    // the last "expressed", in any case, found by its x: a letter that English seldom writes
    int lo = Math.max(from, to - NOTE_MAX);
    int mark = Math.max(lastExpressed(s, 'x', lo, to), lastExpressed(s, 'X', lo, to));
    if (mark < 0) {
      return -1;
    }
    int wordEnd = mark;
    while (wordEnd > from && Chars.isBlank(s.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    int word = wordEnd;
    while (word > from && Character.isLetter(s.charAt(word - 1))) {
      word--;
    }
    if (!(wordEnd - word == 5 && s.regionMatches(true, word, "views", 0, 5))
        && !(wordEnd - word == 8 && s.regionMatches(true, word, "opinions", 0, 8))) {
      return -1;
    }
    boolean verb = false;
    for (String v : NOTE_VERBS) {
      for (int i = mark; !verb && i + v.length() <= to; i++) {
        verb = s.regionMatches(true, i, v, 0, v.length());
      }
    }
    if (!verb) {
      return -1;
    }
    // the sentence opens after the full stop before it, or where the paragraph does
    int start = word;
    while (start > from && word - start <= NOTE_LEAD) {
      if (Chars.isBlank(s.charAt(start - 1)) && endsSentence(s, from, start - 1)) {
        break;
      }
      start--;
    }
    if (word - start > NOTE_LEAD) {
      return -1;
    }
    // the series' own words before it, as its publisher's note has them: AJISS-Commentary is an
    // occasional op-ed type publication.
    int before = start;
    while (before > from && Chars.isBlank(s.charAt(before - 1))) {
      before--;
    }
    // its words parted by any run of blanks, a line end too, as in the block's text they are by
    // one space: the text and the work must find the same start
    int series = spacedPhraseBefore(s, from, before, SERIES_NOTE);
    if (series >= 0) {
      // and its subject, the series' name, from the sentence's start
      int subject = series;
      while (subject > from && series - subject <= NOTE_LEAD) {
        if (Chars.isBlank(s.charAt(subject - 1)) && endsSentence(s, from, subject - 1)) {
          break;
        }
        subject--;
      }
      return series - subject <= NOTE_LEAD ? subject : start;
    }
    return start;
  }

  /**
   * Where the closing note that starts at {@code start} in {@code s[start, to)} ends: after the
   * full stop (or question or exclamation mark, and the quotes or brackets after it) that ends its
   * sentence, the first after its "expressed" followed by a blank or the end; else {@code to}.
   */
  private static int noteEnd(String s, int start, int to) {
    int mark = Math.max(lastExpressed(s, 'x', start, to), lastExpressed(s, 'X', start, to));
    for (int i = Math.max(start, mark); i < to; i++) {
      if (".?!".indexOf(s.charAt(i)) >= 0) {
        int e = i + 1;
        while (e < to && "\"'”’)".indexOf(s.charAt(e)) >= 0) {
          e++;
        }
        if (e == to || Chars.isBlank(s.charAt(e))) {
          return e;
        }
      }
    }
    return to;
  }

  /**
   * Where {@code phrase}, in any case, ends at {@code end} in {@code s[from, end)}, each space of
   * it standing for a run of blanks (a line end too); where it starts, or -1.
   */
  private static int spacedPhraseBefore(String s, int from, int end, String phrase) {
    int p = end;
    for (int i = phrase.length() - 1; i >= 0; i--) {
      char c = phrase.charAt(i);
      if (c == ' ') {
        int q = p;
        while (q > from && Chars.isBlank(s.charAt(q - 1))) {
          q--;
        }
        if (q == p) {
          return -1;
        }
        p = q;
      } else if (p > from && s.regionMatches(true, p - 1, phrase, i, 1)) {
        p--;
      } else {
        return -1;
      }
    }
    return p;
  }

  /** The sentence that opens the series' own closing note. */
  private static final String SERIES_NOTE = "is an occasional op-ed type publication.";

  /** Where the last "expressed" in {@code s[from, to)} starts, found by its {@code x}; or -1. */
  private static int lastExpressed(String s, char x, int from, int to) {
    int found = -1;
    for (int i = s.indexOf(x, from + 1); i >= 0 && i + 8 <= to; i = s.indexOf(x, i + 1)) {
      if (s.regionMatches(true, i - 1, "expressed", 0, 9)) {
        found = i - 1;
      }
    }
    return found;
  }

  /** Whether {@code s[from, at)} ends with a full stop, a question or exclamation mark. */
  private static boolean endsSentence(CharSequence s, int from, int at) {
    int p = at;
    while (p > from && Chars.isBlank(s.charAt(p - 1))) {
      p--;
    }
    while (p > from && "\"'”’)".indexOf(s.charAt(p - 1)) >= 0) {
      p--; // closing quotes and brackets after the mark
    }
    return p > from && ".?!".indexOf(s.charAt(p - 1)) >= 0;
  }

  // ------------------------------------------------------------------ title and authors

  private static final class Header {
    final List<int[]> titleParts = new ArrayList<>();
    final List<int[]> pieces = new ArrayList<>();
    boolean titleInCapitals;

    /** The first of {@link #titleParts} that is a subtitle not in capitals, or -1. */
    int subtitleFrom = -1;

    int[] author;

    /** The lines of the authors after the first, where they stand one a line. */
    final List<int[]> moreAuthors = new ArrayList<>();

    /** Those of {@link #moreAuthors} that hold the affiliation of the name above. */
    final List<int[]> affiliations = new ArrayList<>();

    /** Whether each author's line gives a name and its affiliation: Taro Yamada (JIIA). */
    boolean namedWithPost;

    int bodyStart = -1;

    /**
     * The lines of a byline read above a title not in capitals ({@link #bylineOverTitle}): the
     * authors, where no byline stands under the title.
     */
    final List<int[]> bylineAbove = new ArrayList<>();
  }

  /**
   * The most words a line of a title takes: a longer line after the title is the body, even where
   * no author was found between them.
   */
  private static final int TITLE_LINE_WORDS = 20;

  /**
   * The lines of a title above the series name, as a web copy prints it, where the header under the
   * issue line holds no title: what it read as one is a byline, with no author under it. The
   * title's first and last line and 1 where it is in capitals, else 0; null for no such title.
   */
  private int[] titleAbove(String work, int[] stray, int seriesLine, Header h) {
    if (h.author != null || h.titleInCapitals || h.titleParts.isEmpty()) {
      return null;
    }
    if (!isBylineLine(work, src.lineOf(h.titleParts.get(0)[0]))) {
      return null;
    }
    int first = src.lineOf(stray[0]);
    int last = src.lineOf(Math.max(stray[0], stray[1] - 1));
    if (last >= seriesLine || Words.letters(work, stray[0], stray[1]) < 8) {
      return null; // text before the series name on its line: a file name or a running head
    }
    int lines = 0;
    boolean capitals = isCapitalsTitleLine(work, first);
    for (int l = first; l <= last; l++) {
      if (src.isBlank(l)) {
        continue;
      }
      if (++lines > 4 || !(capitals ? isCapitalsTitleLine(work, l) : isTitleLine(work, l))) {
        return null;
      }
    }
    return new int[] {first, last, capitals ? 1 : 0};
  }

  /**
   * Reads the header from {@code from} on: the title, the byline and where the body starts.
   *
   * @param title the lines of a title read above the series name ({@link #titleAbove}), or null
   */
  private Header readHeader(String work, int from, int[] title) {
    Header h = readHeaderLines(work, from, title);
    if (!h.bylineAbove.isEmpty() && h.author == null) {
      h.author = h.bylineAbove.get(0);
      h.moreAuthors.addAll(0, h.bylineAbove.subList(1, h.bylineAbove.size()));
    }
    return h;
  }

  /**
   * The most words that a column under the header read so far may hold and be the header's: more
   * make it the body, once the title or the byline is read; else no limit.
   */
  private static int headerWords(Header h) {
    return h.author != null ? 12 : !h.titleParts.isEmpty() ? TITLE_LINE_WORDS : Integer.MAX_VALUE;
  }

  private Header readHeaderLines(String work, int from, int[] title) {
    Header h = new Header();
    if (title != null) {
      for (int l = title[0]; l <= title[1]; l++) {
        if (!src.isBlank(l)) {
          h.titleParts.add(
              new int[] {
                Chars.skipBlanks(work, src.starts[l], src.ends[l]),
                Chars.trimBlanks(work, src.starts[l], src.ends[l])
              });
        }
      }
      h.titleInCapitals = title[2] == 1;
    }
    int line = src.lineOf(Math.min(from, Math.max(0, text.length() - 1)));
    boolean blankSinceTitle = title != null; // the series name and more between
    boolean blankSinceAuthor = false;
    int bylineUntil = -1; // the last line of a byline read above a title not in capitals
    for (int l = line; l < src.lineCount; l++) {
      if (l <= bylineUntil) {
        continue;
      }
      int ls = Math.max(src.starts[l], from);
      int le = src.ends[l];
      boolean rule = ls < le && Chars.isRule(work, ls, le);
      if (rule) {
        sink.report(
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            ls,
            le,
            "dropped the rule " + Sink.quote(work.substring(ls, le).trim()));
      }
      if (ls >= le || rule || Chars.isBlank(work, ls, le)) {
        if (!h.titleParts.isEmpty()) {
          blankSinceTitle = true;
        }
        blankSinceAuthor = h.author != null;
        continue;
      }
      // column by column, as far as they are needed: the first line of the body ends the header
      int[] seg = new int[2];
      for (int at = Words.nextColumn(work, ls, le, seg, headerWords(h));
          at >= 0;
          at = Words.nextColumn(work, at, le, seg, headerWords(h))) {
        if (seg[1] < 0) {
          h.bodyStart = seg[0]; // too long for a title piece: the body, whose words are not needed
          return h;
        }
        Words.Spans spans = Words.spans(work, seg[0], seg[1]);
        if (spans.size == 0) {
          continue;
        }
        List<Word> words = Words.split(work, spans);
        if (h.author == null) {
          words = partedAtCase(work, words);
        }
        if (h.author == null && h.titleInCapitals && isBetweenDashes(words)) {
          // a subtitle set between dashes under a title in capitals: kept as printed where it is
          // not in capitals, else cased with the title
          if (Words.hasLower(work.substring(seg[0], seg[1]))) {
            h.subtitleFrom = h.subtitleFrom < 0 ? h.titleParts.size() : h.subtitleFrom;
          }
          h.titleParts.add(seg.clone());
          continue;
        }
        if (h.author == null) {
          int caps = 0;
          while (caps < words.size() && isCapitalsWord(words.get(caps).text)) {
            caps++;
          }
          if (caps == 1 && words.size() > 1 && isOneLetter(words.get(0).text)) {
            caps = 0; // an article in capitals, as any line may open with: A European View
          }
          if (caps == 1
              && !h.titleParts.isEmpty()
              && isFamilyNameFirst(words)
              && !goesOn(work, h.titleParts.get(h.titleParts.size() - 1))) {
            h.author = seg.clone(); // HIROSE Yoshikazu, on a line of its own under the title
            continue;
          }
          if (caps > 0
              && caps < words.size()
              && caps == bylineLabelWords(words)
              && !h.titleParts.isEmpty()) {
            h.author =
                seg.clone(); // a label in capitals over names that are not: AUTHOR: Taro Yamada
            continue;
          }
          if (caps > 0
              && (h.titleParts.isEmpty() || h.titleInCapitals)
              && !(h.titleParts.isEmpty() && opensTitleInTitleCase(work, words, caps, l))) {
            h.titleInCapitals = true;
            h.titleParts.add(new int[] {seg[0], words.get(caps - 1).end});
            if (words.size() - caps > TITLE_LINE_WORDS && Chars.isBlank(work, seg[1], le)) {
              // the body on the title's line, as where extraction made the whole text one line
              int names = bylineEnd(words, caps);
              int piece = names;
              while (piece < words.size() && isCapitalsWord(words.get(piece).text)) {
                piece++;
              }
              piece = piece - names >= 2 && piece < words.size() ? piece : names;
              if (names > caps) {
                h.author = new int[] {words.get(caps).start, words.get(names - 1).end};
              }
              if (piece > names) {
                h.pieces.add(new int[] {words.get(names).start, words.get(piece - 1).end});
              }
              h.bodyStart = words.get(piece).start;
              return h;
            }
            if (caps < words.size()) {
              int names = trailingTitlePiece(words, caps);
              h.author = new int[] {words.get(caps).start, words.get(names - 1).end};
              if (names < words.size()) {
                h.pieces.add(new int[] {words.get(names).start, seg[1]});
              }
            }
            continue;
          }
          if (h.titleInCapitals && isSubtitle(work, h, words, l)) {
            // a subtitle not in capitals under a title in capitals
            h.subtitleFrom = h.subtitleFrom < 0 ? h.titleParts.size() : h.subtitleFrom;
            h.titleParts.add(seg.clone());
            continue;
          }
          if (h.titleParts.isEmpty() && isBylineOverCapitals(work, words, l)) {
            h.author = seg.clone(); // the byline above a title in capitals
            continue;
          }
          if (h.titleParts.isEmpty() && h.bylineAbove.isEmpty()) {
            bylineUntil = bylineOverTitle(work, words, l);
            if (bylineUntil >= 0) {
              // the byline above a title in title case: the authors', read as if under the title
              h.bylineAbove.add(seg.clone());
              if (bylineUntil > l) {
                h.bylineAbove.add(
                    new int[] {
                      Chars.skipBlanks(work, src.starts[bylineUntil], src.ends[bylineUntil]),
                      Chars.trimBlanks(work, src.starts[bylineUntil], src.ends[bylineUntil])
                    });
              }
              break;
            }
          }
          if (h.titleParts.isEmpty()) {
            h.titleParts.add(seg.clone()); // a title already in title case
            blankSinceTitle = false;
            continue;
          }
          int[] titleLine = h.titleParts.get(h.titleParts.size() - 1);
          boolean goesOn = goesOn(work, titleLine);
          boolean nameLike = isNameLike(byline(words));
          // where extraction put a blank line after every line, a title's next line is still the
          // title's where it opens with a small word in lower case (and the Quad?), where the
          // title's line ends in one (The Prospects of) and it lists no names, where the whole
          // line is one word (no name is), or where the title's line ends in a colon or dash and
          // it is no byline
          String first = words.get(0).text;
          boolean titleGoesOn =
              !blankSinceTitle
                  || (Character.isLowerCase(first.charAt(0))
                      && GOES_ON.contains(first)
                      && !first.equals("by"))
                  || (endsWithSmallWord(work, titleLine)
                      && !(nameLike && Chars.holds(work, ',', seg[0], seg[1])))
                  || (Character.isLetter(first.charAt(0))
                      && !Words.moreThan(work, src.starts[l], src.ends[l], 1))
                  || (goesOn && !nameLike);
          if (!h.titleInCapitals
              && titleGoesOn
              && ((!nameLike && !isBylineWithAffiliations(work, seg))
                  || words.size() == 1 // a name has two words at least
                  || goesOn)
              // under a byline read above the title, no byline ends the title: a line goes on
              // with it only in title case, as the body's first line is not
              && (h.bylineAbove.isEmpty()
                  || BodyReader.capitalisedWords(work.substring(seg[0], seg[1])) > 0)) {
            h.titleParts.add(seg.clone()); // a title in title case over two lines
            continue;
          }
          if (isNameLike(byline(words)) || isBylineWithAffiliations(work, seg)) {
            h.author = seg.clone();
            continue;
          }
          h.bodyStart = seg[0];
          return h;
        }
        // a blank line between the line above and this one, and not only further up the byline
        boolean apart = blankSinceAuthor && l > line && src.isBlank(l - 1);
        int[] namesAbove = lastAuthorLine(h);
        if (isAffiliationLine(work, seg, words, apart)
            && !h.affiliations.contains(namesAbove)
            // not a name with its post, under another (Taro Yamada Senior Fellow, JIIA)
            && !(postAfterName(work, seg, words) > 0
                && postAfterName(work, namesAbove, Words.split(work, namesAbove[0], namesAbove[1]))
                    > 0)
            // a comma above parts a name from its post, but for names parted by commas, as many
            // as the posts under them (Hirose, Yamada and Suzuki / Fellow; Professor; Professor)
            && (!Chars.holds(work, ',', namesAbove[0], namesAbove[1])
                || postsForEach(work, namesAbove, seg))) {
          int[] post = seg.clone(); // Senior Fellow, JIIA: under the name, as a byline of lines
          h.moreAuthors.add(post);
          h.affiliations.add(post);
          continue;
        }
        if (h.author != null && opensLineBelow(work, seg, l)) {
          // the first piece of a clipped copy, a line of its own, whose words open a longer line
          // below, the first paragraph's: the body starts with the copy, not another author
          h.bodyStart = seg[0];
          return h;
        }
        // after a name and its post, a blank line, and another name with its post under it
        boolean nextWithPost =
            blankSinceAuthor && h.affiliations.contains(lastAuthorLine(h)) && postUnder(work, l);
        // a name and its affiliation, where the line above gave its name so: Taro Yamada (JIIA)
        int post = postAfterName(work, seg, words);
        int[] above = lastAuthorLine(h);
        boolean withPost =
            post > 0
                && !h.affiliations.contains(above)
                && postAfterName(work, above, Words.split(work, above[0], above[1])) > 0;
        if (withPost
            && (isMoreAuthors(work, h, words.subList(0, post), blankSinceAuthor && !spacedOut())
                // after a blank line, where a biography opens with the name
                || (blankSinceAuthor
                    && isMoreAuthors(work, h, words.subList(0, post), false)
                    && opensBiographyBelow(
                        work, new int[] {words.get(0).start, words.get(post - 1).end}, l)))) {
          h.moreAuthors.add(seg.clone());
          h.namedWithPost = true;
          continue;
        }
        if (words.size() == 1
            && (words.get(0).text.equals("and") || words.get(0).text.equals("&"))
            && !blankSinceAuthor
            && !goesOn(work, lastAuthorLine(h))) {
          h.moreAuthors.add(seg.clone()); // and, a line of its own between two authors' names
          continue;
        }
        if (isMoreAuthors(work, h, words, blankSinceAuthor && !spacedOut() && !nextWithPost)) {
          h.moreAuthors.add(seg.clone()); // the next author, on the next line
          continue;
        }
        if (blankSinceAuthor
            && (isMoreAuthors(work, h, words, false) || isNameLike(words))
            && opensBiographyBelow(work, seg, l)) {
          h.moreAuthors.add(seg.clone()); // the next authors, after a blank line
          continue;
        }
        boolean allCaps = words.size() <= 12;
        for (Word w : words) {
          allCaps &= isCapitalsWord(w.text);
        }
        if (allCaps && h.titleParts.isEmpty() && !Chars.isBullet(words.get(0).text.charAt(0))) {
          h.titleInCapitals = true; // the title in capitals under the byline
          h.titleParts.add(seg.clone());
          continue;
        }
        if (allCaps && h.titleInCapitals && !Chars.isBullet(words.get(0).text.charAt(0))) {
          h.pieces.add(seg.clone());
          continue;
        }
        h.bodyStart = seg[0];
        return h;
      }
    }
    return h;
  }

  /**
   * The words with each that glues a name to capitals parted where they meet, as where extraction
   * dropped the blank between the title in capitals and the byline ({@code COOPERATIONYoshikazu},
   * {@code HiroseOF}): where the name, a capital and two small letters at least, stands elsewhere
   * in the text as a word of its own, as the biography writes it ({@code McCARTHY} stays whole).
   */
  private static List<Word> partedAtCase(String work, List<Word> words) {
    List<Word> parted = null;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      int cut = caseSeam(w.text);
      if (cut > 0 && writtenApart(work, w, cut)) {
        if (parted == null) {
          parted = new ArrayList<>(words.subList(0, i));
        }
        parted.add(new Word(w.start, w.start + cut, w.text.substring(0, cut), w.hardBreak));
        parted.add(new Word(w.start + cut, w.end, w.text.substring(cut), false));
      } else if (parted != null) {
        parted.add(w);
      }
    }
    return parted == null ? words : parted;
  }

  /**
   * Where a word parts into capitals and a name, either first ({@code POLICYKazuto}, {@code
   * HiroseOF}): the name a capital and two small letters at least, the capitals two letters at
   * least; else 0.
   */
  private static int caseSeam(String w) {
    int n = w.length();
    int i = 0;
    while (i < n
        && (Character.isUpperCase(w.charAt(i)) || w.charAt(i) == '\'' || w.charAt(i) == '-')) {
      i++;
    }
    if (i >= 3 && i < n && Character.isLowerCase(w.charAt(i))) {
      // capitals, then the name's capital: POLICY + Kazuto
      int j = i;
      while (j < n && Character.isLowerCase(w.charAt(j))) {
        j++;
      }
      return j == n && j - i >= 2 && Character.isUpperCase(w.charAt(i - 2)) ? i - 1 : 0;
    }
    if (i != 1) {
      return 0;
    }
    while (i < n && Character.isLowerCase(w.charAt(i))) {
      i++;
    }
    int name = i;
    while (i < n && (Character.isUpperCase(w.charAt(i)) || w.charAt(i) == '-')) {
      i++;
    }
    return name >= 3 && i == n && i - name >= 2 && Character.isUpperCase(w.charAt(name + 1))
        ? name
        : 0;
  }

  /**
   * Whether the name part of {@code w}, parted at {@code cut}, stands elsewhere in the text as a
   * word of its own.
   */
  private static boolean writtenApart(String work, Word w, int cut) {
    boolean nameFirst = Character.isLowerCase(w.text.charAt(1));
    String name = nameFirst ? w.text.substring(0, cut) : w.text.substring(cut);
    for (int at = work.indexOf(name); at >= 0; at = work.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at < w.start || at >= w.end)
          && (at == 0 || !Character.isLetter(work.charAt(at - 1)))
          && (end == work.length() || !Character.isLetter(work.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first {@code caps} words of a line, in capitals, are no title in capitals with the
   * byline after it but the acronym that opens a title in title case ({@code ASEAN Centrality Under
   * Strain}, {@code NATO: A Partner for Japan?}): one word of capitals, not counting a letter
   * alone, and no biography opens with the names after it.
   */
  private boolean opensTitleInTitleCase(String work, List<Word> words, int caps, int line) {
    if (caps >= words.size()) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < caps; i++) {
      capitals += isOneLetter(words.get(i).text) ? 0 : 1;
    }
    if (capitals > 1) {
      return false;
    }
    int names = trailingTitlePiece(words, caps);
    return !opensBiographyBelow(
        work, new int[] {words.get(caps).start, words.get(names - 1).end}, line);
  }

  /** How many lines below a line its words may open another: those of a clipped copy's column. */
  private static final int COPY_LINES = 16;

  /**
   * Whether the words of {@code seg}, on line {@code line}, three at least, open a longer line a
   * few lines below, and a word follows them there: the first piece of a clipped copy of the first
   * paragraph, one piece a line, above the paragraph's first line.
   */
  private boolean opensLineBelow(String work, int[] seg, int line) {
    String piece = Chars.oneSpace(work.substring(seg[0], seg[1])).trim();
    if (Words.split(piece, 0, piece.length()).size() < 3) {
      return false;
    }
    for (int l = line + 1; l < src.lineCount && l <= line + COPY_LINES; l++) {
      int from = Chars.skipBlanks(work, src.starts[l], src.ends[l]);
      int end = from + piece.length();
      if (end < src.ends[l]
          && work.charAt(end) == ' '
          && work.regionMatches(from, piece, 0, piece.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first line of the header, {@code words} on line {@code line}, is a byline above a
   * title not in capitals, as a web copy may print it: names, with lower-case letters, the first of
   * which a closing biography opens with ({@code Taro Yamada is}), on one line or two (the first
   * ending in "and" or a comma), and under them a line of a title in title case: two to twelve
   * words, each capitalised but the short function words, the first too, and no full stop after
   * them. The byline's last line, or -1.
   */
  private int bylineOverTitle(String work, List<Word> words, int line) {
    List<Word> names = byline(words);
    if (!isBylineNotInCapitals(names)) {
      return -1;
    }
    int last = line;
    Word end = names.get(names.size() - 1);
    int next = firstNonBlankLine(line + 1);
    if (next >= 0 && (end.text.equals("and") || end.text.endsWith(","))) {
      if (!isBylineLine(work, next)) {
        return -1;
      }
      last = next;
      next = firstNonBlankLine(next + 1);
    }
    if (next < 0 || !isTitleLine(work, next)) {
      return -1;
    }
    int ts = Chars.skipBlanks(work, src.starts[next], src.ends[next]);
    int te = Chars.trimBlanks(work, ts, src.ends[next]);
    int titleWords = BodyReader.capitalisedWords(work.substring(ts, te));
    char first = work.charAt(ts);
    if (titleWords < 2
        || titleWords > 12
        || work.charAt(te - 1) == '.'
        || !(Character.isUpperCase(first) || Chars.isOpeningQuote(first))) {
      return -1; // no title in title case: a key point, or a sentence of the body
    }
    // the first author's name, as the biography opens with it
    int nameEnd = 1;
    while (nameEnd < names.size()
        && !names.get(nameEnd).text.equals("and")
        && !names.get(nameEnd - 1).text.endsWith(",")) {
      nameEnd++;
    }
    Word lastName = names.get(nameEnd - 1);
    int nameTo = lastName.text.endsWith(",") ? lastName.end - 1 : lastName.end;
    String name = work.substring(names.get(0).start, nameTo);
    return work.indexOf(name + " is ", src.ends[next]) >= 0 ? last : -1;
  }

  /** Whether the names of a byline are as many as a byline holds, name-like, not in capitals. */
  private static boolean isBylineNotInCapitals(List<Word> names) {
    return names.size() >= 2
        && names.size() <= 9
        && isNameLike(names)
        && Words.hasLower(names.get(0).text);
  }

  /**
   * Whether the first line of the header, {@code words} on line {@code line}, is a byline above a
   * title in capitals: names, after a label or not, with lower-case letters, and under them, after
   * at most one more line of names, a line in capitals.
   */
  private boolean isBylineOverCapitals(String work, List<Word> words, int line) {
    if (!isBylineNotInCapitals(byline(words))) {
      return false;
    }
    int next = firstNonBlankLine(line + 1);
    if (next >= 0 && isBylineLine(work, next)) {
      next = firstNonBlankLine(next + 1);
    }
    return next >= 0
        && isCapitalsTitleLine(work, next)
        && Words.moreThan(work, src.starts[next], src.ends[next], 1)
        && !Words.moreThan(work, src.starts[next], src.ends[next], 12);
  }

  /**
   * Whether a line that is not in capitals, under a title in capitals, goes on with the title: the
   * title so far ends in a colon ({@code JAPAN'S CHOICE:}), or a byline that opens with "By"
   * follows it ({@code A European View} over {@code By Taro Yamada}), which it is not, even where
   * its words could be a name ({@code Rethinking Partnerships}); or the line is neither a name nor
   * a sentence, and names follow it ({@code A European View} over {@code Taro Yamada}).
   */
  /**
   * Whether a line is set between two dashes of a kind, as a subtitle is under a title: {@code
   * \u2013 Between Washington and Beijing \u2013}, {@code \u2014BETWEEN WASHINGTON AND
   * BEIJING\u2014}.
   */
  private static boolean isBetweenDashes(List<Word> words) {
    String opening = words.get(0).text;
    String closing = words.get(words.size() - 1).text;
    char dash = opening.charAt(0);
    return (dash == '\u2013' || dash == '\u2014')
        && words.size() <= TITLE_LINE_WORDS
        && (words.size() > 1 || opening.length() > 1) // a dash alone is none
        && closing.charAt(closing.length() - 1) == dash;
  }

  private boolean isSubtitle(String work, Header h, List<Word> words, int line) {
    if (words.size() > TITLE_LINE_WORDS
        || bylineLabelWords(words) > 0
        || Chars.isBullet(words.get(0).text.charAt(0))) {
      return false;
    }
    int[] last = h.titleParts.get(h.titleParts.size() - 1);
    int e = Chars.trimBlanks(work, last[0], last[1]);
    if (e > last[0] && Chars.isColon(work.charAt(e - 1))) {
      return true;
    }
    int next = firstNonBlankLine(line + 1);
    if (next < 0) {
      return false;
    }
    List<Word> after = Words.split(work, src.starts[next], src.ends[next]);
    int label = bylineLabelWords(after);
    if (label > 0
        && after.size() >= label + 2
        && after.size() <= label + 8
        && Words.hasLower(after.get(label).text)
        && isNameLike(after.subList(label, after.size()))) {
      return true;
    }
    // a byline without "By" under a line in title case that is neither a name nor a sentence
    char first = words.get(0).text.charAt(0);
    String lastWord = words.get(words.size() - 1).text;
    return words.size() >= 2
        && words.size() <= 12
        && (Character.isUpperCase(first) || Chars.isOpeningQuote(first))
        && !lastWord.endsWith(".")
        && !goesOn(work, new int[] {words.get(0).start, words.get(words.size() - 1).end})
        && !isNameLike(words)
        && after.size() >= 2
        && after.size() <= 9
        && Character.isUpperCase(after.get(0).text.charAt(0))
        && Words.hasLower(after.get(0).text)
        && isNameLike(after);
  }

  /**
   * Where the names of a byline that opens {@code words} at {@code from} end, where more text
   * follows on its line: words that open with a capital, commas and {@code and} between them, and a
   * family name in capitals ({@code Taro YAMADA}); nine words at most. {@code from} for none.
   */
  private static int bylineEnd(List<Word> words, int from) {
    int end = from;
    int limit = Math.min(words.size(), from + 9);
    while (end < limit) {
      String w = words.get(end).text;
      boolean capitals = isCapitalsWord(w);
      boolean name = Character.isUpperCase(w.charAt(0)) && (!capitals || w.length() == 1);
      boolean joiner = end > from && (w.equals("and") || w.equals("&"));
      boolean familyName =
          capitals
              && end > from
              && end + 1 < words.size()
              && !isCapitalsWord(words.get(end + 1).text);
      if (!(name || joiner || familyName)) {
        break;
      }
      end++;
      if (familyName || w.endsWith(".") && !isOneLetter(w.substring(0, w.length() - 1))) {
        break; // a family name in capitals, or a sentence's end, closes the byline
      }
    }
    while (end > from && words.get(end - 1).text.equals("and")) {
      end--;
    }
    return end > from && isNameLike(words.subList(from, end)) ? end : from;
  }

  /**
   * Where the author's name ends in {@code words}, which hold the authors from {@code from} on: a
   * title piece in capitals may follow where extraction turned the tab before it into a space. Two
   * or more words in capitals, or one that closes the title ({@code ?}, {@code !}), make a piece; a
   * single capitalised surname ({@code Taro YAMADA}) does not.
   */
  private static int trailingTitlePiece(List<Word> words, int from) {
    int t = words.size();
    while (t > from + 1 && isCapitalsWord(words.get(t - 1).text)) {
      t--;
    }
    int caps = words.size() - t;
    String last = words.get(words.size() - 1).text;
    boolean piece =
        caps >= 2 || (caps == 1 && (last.endsWith("?") || last.endsWith("!")) && last.length() > 2);
    return piece && isNameLike(words.subList(from, t)) ? t : words.size();
  }

  /**
   * Whether a line after the author's holds more authors, one a line: a name of two to six words,
   * right under the line before or after a line that ends in "and" or a comma; or the rest of a
   * name whose first word stands alone on the line before.
   */
  private static boolean isMoreAuthors(
      String work, Header h, List<Word> words, boolean blankSinceAuthor) {
    int[] last = lastAuthorLine(h);
    boolean oneWordBefore = endsInFirstName(work, last);
    if (words.size() > 6
        || (words.size() < 2 && !oneWordBefore)
        || !isNameLike(words)
        || isCapitalsWord(words.get(words.size() - 1).text)
        || words.get(0).text.equals("The")
        || (blankSinceAuthor && !goesOn(work, last))) {
      return false;
    }
    for (Word w : words) {
      if (w.text.endsWith(":")) {
        return false; // a label of the masthead
      }
    }
    return true;
  }

  /**
   * Whether a line of names after a blank line, {@code work[seg]} on line {@code line}, is the
   * byline's, as the closing biographies bear it out: each name on it ({@code Hanako Suzuki},
   * {@code Hanako Suzuki and Ken Jimbo}) followed by {@code is} opens a line further down, and not
   * the next line with text, where a paragraph may open with the name of the person its subheading
   * names ({@code Shinzo Abe} over {@code Shinzo Abe is ...}). Of several names, each has two words
   * at least, as {@code Japan and NATO} has not.
   */
  private boolean opensBiographyBelow(String work, int[] seg, int line) {
    int next = firstNonBlankLine(line + 1);
    if (next < 0) {
      return false;
    }
    List<String> names = splitNames(Chars.oneSpace(work.substring(seg[0], seg[1])).trim());
    if (names.isEmpty()) {
      return false;
    }
    for (String name : names) {
      if ((names.size() > 1 && name.indexOf(' ') < 0)
          || !opensLineBelow(work, name + " is ", src.ends[next])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code opening} opens a line of the text after offset {@code from}. */
  private boolean opensLineBelow(String work, String opening, int from) {
    for (int at = work.indexOf(opening, from); at >= 0; at = work.indexOf(opening, at + 1)) {
      int l = src.lineOf(at);
      if (Chars.skipBlanks(work, src.starts[l], src.ends[l]) == at) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #spacedOut()} was found, and its answer. */
  private int spacedOut = -1;

  /**
   * Whether extraction put a blank line after every line of the text, as some tools do with widely
   * spaced lines: twenty lines with text at least, nearly each followed by a blank line. Then a
   * blank line parts no more than a line does.
   */
  private boolean spacedOut() {
    if (spacedOut < 0) {
      int lines = 0;
      int together = 0; // lines with text followed by a line with text
      for (int l = 0; l < src.lineCount; l++) {
        if (!src.isBlank(l)) {
          lines++;
          together += l + 1 < src.lineCount && !src.isBlank(l + 1) ? 1 : 0;
        }
      }
      spacedOut = lines >= 20 && together * 20 <= lines ? 1 : 0;
    }
    return spacedOut == 1;
  }

  /**
   * Whether the author line {@code work[line]} ends in one word alone after the names before it, a
   * comma, {@code and}, {@code &} or {@code By}: the first word of a name that the next line ends
   * ({@code Yoshikazu Hirose, Taro} / {@code Yamada}), as a name has two words at least.
   */
  private static boolean endsInFirstName(String work, int[] line) {
    Words.Spans words = Words.spans(work, line[0], line[1]);
    if (words.size == 0) {
      return false;
    }
    int last = words.size - 1;
    if (last == 0) {
      return true;
    }
    String before = work.substring(words.starts[last - 1], words.ends[last - 1]);
    return before.endsWith(",")
        || before.endsWith(";")
        || before.equals("&")
        || before.equalsIgnoreCase("and")
        || (last == 1 && before.equalsIgnoreCase("by"));
  }

  /** The words that open a post: Senior Fellow, Professor, Director-General. */
  private static final Set<String> POSTS =
      Set.of(
          "Senior",
          "Research",
          "Fellow",
          "Professor",
          "Associate",
          "Assistant",
          "Adjunct",
          "Visiting",
          "Distinguished",
          "Director",
          "Director-General",
          "Deputy",
          "President",
          "Vice",
          "Vice-President",
          "Executive",
          "Chief",
          "Chairman",
          "Chair",
          "Head",
          "Former",
          "Principal",
          "Lecturer",
          "Researcher",
          "Analyst",
          "Economist",
          "Ambassador",
          "Special",
          "Adviser",
          "Advisor",
          "Member",
          "Emeritus");

  /** The words that name an institution: Keio University, National Defense Academy. */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "University",
          "Institute",
          "Academy",
          "College",
          "School",
          "Center",
          "Centre",
          "Foundation",
          "Ministry",
          "Agency",
          "Council",
          "Forum",
          "Association",
          "Department",
          "Faculty",
          "Office",
          "Bank",
          "Corporation",
          "Shimbun",
          "Studies",
          "Affairs",
          "Policy",
          "Times");

  /**
   * The words that name an institution and hardly a subheading's subject, so that a line of its own
   * that names one is an affiliation even a blank line under the name: Keio University, not Foreign
   * Policy.
   */
  private static final Set<String> INSTITUTION_NAMES =
      Set.of(
          "University",
          "Institute",
          "Academy",
          "College",
          "Foundation",
          "Center",
          "Centre",
          "Ministry",
          "Agency",
          "Corporation",
          "Shimbun");

  /** The small words inside an institution's name: University of Tokyo, Institute for ... */
  private static final Set<String> INSTITUTION_JOINERS = Set.of("of", "for", "and", "&");

  /**
   * Whether a short line under a name is that author's affiliation and no name or sentence: a post
   * and where it is held ({@code Senior Fellow, JIIA}), an institution ({@code Keio University}),
   * either in brackets; below a blank line, a post, or an institution's name and nothing else
   * ({@link #isInstitutionName}).
   */
  private boolean isAffiliationLine(String work, int[] seg, List<Word> words, boolean apart) {
    int e = Chars.trimBlanks(work, seg[0], seg[1]);
    if (words.size() < 2) {
      return false;
    }
    char last = work.charAt(e - 1);
    if (last == '.' || last == '?' || last == '!' || last == ':' || last == ';') {
      return false;
    }
    int semicolon = work.indexOf(';', seg[0]);
    if (semicolon >= 0 && semicolon < e && e - seg[0] <= 240) {
      // the affiliations of several authors, parted by semicolons: each one
      for (int from = seg[0], to = semicolon; from < e; ) {
        int[] part = {Chars.skipBlanks(work, from, to), Chars.trimBlanks(work, from, to)};
        if (part[0] >= part[1]
            || !isAffiliationLine(work, part, Words.split(work, part[0], part[1]), apart)) {
          return false;
        }
        from = to + 1;
        to = work.indexOf(';', from);
        to = to < 0 || to > e ? e : to;
      }
      return true;
    }
    if (e - seg[0] > 70 || words.size() > 10) {
      // longer than that only as a post and a name that a sentence is not: each word capitalised
      // (Professor, School of International Politics, Economics and Communication, Aoyama Gakuin
      // University)
      return e - seg[0] <= 160 && isLongPost(words);
    }
    String first = words.get(0).text;
    if (first.startsWith("(")) {
      return !apart && last == ')' && Character.isUpperCase(first.charAt(1 % first.length()));
    }
    if (!Character.isUpperCase(first.charAt(0))) {
      return false;
    }
    if (apart && isInstitutionName(words)) {
      return true;
    }
    boolean comma = false;
    for (Word w : words) {
      comma |= w.text.endsWith(",");
      String bare = Chars.oneSpace(w.text).replace(",", "");
      if (INSTITUTIONS.contains(bare) && !apart) {
        return true;
      }
    }
    if (!comma || !POSTS.contains(first.replace(",", ""))) {
      return false;
    }
    // a post, then where it is held: the last word a name or an abbreviation in capitals
    String tail = words.get(words.size() - 1).text;
    return Character.isUpperCase(tail.charAt(0));
  }

  /**
   * Whether the words of a line too long for a short affiliation are a post and where it is held,
   * parted by commas, each word capitalised but the small words inside a name ({@code of}, {@code
   * and}), an institution among them and a capitalised word last: {@code Associate Professor,
   * Graduate School of Asia-Pacific Studies, Waseda University}. A line of prose has words in lower
   * case, so it is never one.
   */
  private static boolean isLongPost(List<Word> words) {
    if (words.size() > 24 || !POSTS.contains(words.get(0).text.replace(",", ""))) {
      return false;
    }
    boolean comma = false;
    boolean institution = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text;
      boolean last = i == words.size() - 1;
      comma |= !last && w.endsWith(",");
      String bare = w.endsWith(",") && !last ? w.substring(0, w.length() - 1) : w;
      if (!last && (INSTITUTION_JOINERS.contains(bare) || bare.equals("the"))) {
        continue;
      }
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || !Words.hasLetter(bare)) {
        return false;
      }
      institution |= INSTITUTIONS.contains(bare) || INSTITUTION_NAMES.contains(bare);
    }
    return comma && institution;
  }

  /**
   * Whether the words of a line are an institution's name and nothing else: one of {@link
   * #INSTITUTION_NAMES} among them, each word capitalised but {@code of}, {@code for}, {@code and}
   * inside it, {@code The} first at most ({@code Keio University}, {@code The University of Tokyo},
   * {@code Institute for International Policy Studies}); an article anywhere else, as a subheading
   * has ({@code A New Role for the Academy}), makes it none.
   */
  private static boolean isInstitutionName(List<Word> words) {
    boolean named = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text;
      if (w.endsWith(",") && i < words.size() - 1) {
        w = w.substring(0, w.length() - 1); // Kyoto University, Japan
      }
      if (i > 0 && i < words.size() - 1 && INSTITUTION_JOINERS.contains(w)) {
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || (i > 0 && ARTICLES.contains(w))) {
        return false;
      }
      if (i == 0 && !w.equals("The") && ARTICLES.contains(w)) {
        return false;
      }
      named |= INSTITUTION_NAMES.contains(w);
    }
    return named;
  }

  /**
   * Where the affiliation after a name starts on a line of the byline, as a word's index: a word
   * that opens a bracket closed at the line's end ({@code Taro Yamada (JIIA)}), or the word after a
   * comma where the rest is a post ({@code Taro Yamada, Senior Fellow, JIIA}); else 0.
   */
  private int postAfterName(String work, int[] seg, List<Word> words) {
    for (int k = 2; k < words.size() && k <= 4; k++) {
      String w = words.get(k).text;
      int[] rest = {words.get(k).start, seg[1]};
      if (w.startsWith("(") && work.charAt(Chars.trimBlanks(work, rest[0], rest[1]) - 1) == ')') {
        return k;
      }
      if (words.get(k - 1).text.endsWith(",")
          && isAffiliationLine(work, rest, words.subList(k, words.size()), false)) {
        return k;
      }
      // a post with no comma before it: Taro Yamada Senior Fellow, JIIA, Taro Yamada Professor,
      if (POSTS.contains(w.endsWith(",") ? w.substring(0, w.length() - 1) : w)
          && Character.isUpperCase(words.get(k - 1).text.charAt(0))
          && !POSTS.contains(words.get(k - 1).text)
          && isAffiliationLine(work, rest, words.subList(k, words.size()), false)) {
        return k;
      }
    }
    return 0;
  }

  /**
   * The byline's line {@code work[line]}, a name and its affiliation ({@link #postAfterName}), with
   * the affiliation in brackets: {@code Taro Yamada, Senior Fellow, JIIA} as {@code Taro Yamada
   * (Senior Fellow, JIIA)}.
   */
  private String bracketedPost(String work, int[] line) {
    String whole = Chars.oneSpace(work.substring(line[0], line[1])).trim();
    List<Word> words = Words.split(work, line[0], line[1]);
    int post = postAfterName(work, line, words);
    if (post == 0 || words.get(post).text.startsWith("(")) {
      return whole;
    }
    String name = Chars.oneSpace(work.substring(words.get(0).start, words.get(post - 1).end));
    if (name.endsWith(",")) {
      name = name.substring(0, name.length() - 1); // its comma
    }
    return name
        + " ("
        + Chars.oneSpace(
            work.substring(words.get(post).start, Chars.trimBlanks(work, line[0], line[1])))
        + ")";
  }

  /** Whether the line after line {@code l} is an affiliation ({@link #isAffiliationLine}). */
  private boolean postUnder(String work, int l) {
    int next = firstNonBlankLine(l + 1);
    if (next != l + 1) {
      return false;
    }
    int[] seg = {src.starts[next], src.ends[next]};
    return isAffiliationLine(work, seg, Words.split(work, seg[0], seg[1]), false);
  }

  /** The author line before {@code line}, one of {@link Header#moreAuthors}. */
  private static int[] lastAuthorBefore(Header h, int[] line) {
    int i = h.moreAuthors.indexOf(line);
    return i == 0 ? h.author : h.moreAuthors.get(i - 1);
  }

  private static int[] lastAuthorLine(Header h) {
    return h.moreAuthors.isEmpty() ? h.author : h.moreAuthors.get(h.moreAuthors.size() - 1);
  }

  /** The words a line of a title or of authors may end in when the next line goes on with it. */
  private static final Set<String> GOES_ON =
      Set.of(
          "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "from", "at", "by",
          "as", "into", "over", "after", "between", "versus", "vs.", "&");

  /**
   * Whether the line {@code work[part]} ends where the next line must go on with it: in a small
   * word ({@code of}, {@code and}), a colon, a dash or a comma.
   */
  private static boolean goesOn(String work, int[] part) {
    int e = Chars.trimBlanks(work, part[0], part[1]);
    if (e == part[0]) {
      return false;
    }
    char last = work.charAt(e - 1);
    if (last == ':' || last == ',' || last == '-' || last == '\u2013' || last == '\u2014') {
      return true;
    }
    return endsWithSmallWord(work, part);
  }

  /** Whether the line {@code work[part]} ends in a small word that the next line goes on from. */
  private static boolean endsWithSmallWord(String work, int[] part) {
    int e = Chars.trimBlanks(work, part[0], part[1]);
    int w = e;
    while (w > part[0] && !Chars.isBlank(work.charAt(w - 1))) {
      w--;
    }
    return w < e && GOES_ON.contains(work.substring(w, e).toLowerCase(Locale.ROOT));
  }

  /**
   * The labels a byline may open with, in any case, the longer first: {@code By Yoshikazu Hirose},
   * {@code Author: Yoshikazu Hirose}.
   */
  private static final String[] BYLINE_LABELS = {"written by ", "authors: ", "author: ", "by "};

  /** How many characters the label that opens a byline takes, its space included; or 0. */
  private static int bylineLabel(String byline) {
    for (String label : BYLINE_LABELS) {
      if (byline.regionMatches(true, 0, label, 0, label.length())) {
        return label.length();
      }
    }
    return 0;
  }

  /** A byline without the label that may open it: By Yoshikazu Hirose. */
  private static String withoutBy(String byline) {
    int label = bylineLabel(byline);
    return label > 0 ? byline.substring(label).trim() : byline;
  }

  /**
   * How many words of a line the label that opens it as a byline takes ({@link #BYLINE_LABELS}),
   * where a word follows it; else 0.
   */
  private static int bylineLabelWords(List<Word> words) {
    for (String label : BYLINE_LABELS) {
      int n = 0;
      int at = 0;
      while (at < label.length() && n < words.size()) {
        String w = words.get(n).text;
        if (!label.regionMatches(true, at, w, 0, w.length())
            || label.charAt(at + w.length()) != ' ') {
          break;
        }
        at += w.length() + 1;
        n++;
      }
      if (at == label.length()) {
        return n < words.size() ? n : 0;
      }
    }
    return 0;
  }

  /** The words of an author's line without the label that may open it (By, Author:). */
  private static List<Word> byline(List<Word> words) {
    return words.subList(bylineLabelWords(words), words.size());
  }

  /**
   * Names of two words each, the family name first in capitals: {@code HIROSE Yoshikazu}, or
   * several parted by commas and {@code and}: {@code YAMADA Taro and SUZUKI Hanako}.
   */
  private static boolean isFamilyNameFirst(List<Word> words) {
    int i = 0;
    while (i + 1 < words.size()) {
      String family = words.get(i).text;
      String given = words.get(i + 1).text;
      boolean comma = given.endsWith(",") && given.length() > 1;
      if (!isFamilyNameFirst(family, comma ? given.substring(0, given.length() - 1) : given)) {
        return false;
      }
      i += 2;
      if (i == words.size()) {
        return true;
      }
      String next = words.get(i).text;
      if (next.equals("and") || next.equals("&")) {
        i++;
      } else if (!comma) {
        return false;
      }
    }
    return false;
  }

  private static boolean isFamilyNameFirst(String family, String given) {
    return Words.isAcronym(family) && Words.isCapitalised(given);
  }

  /**
   * Whether a word is printed in capitals, a name with a small Mc ({@code McCARTHY'S}) and a plural
   * acronym ({@code MPs}) among them, or is a number or a dash among such words.
   */
  private static boolean isCapitalsWord(String w) {
    return (!Words.hasLower(w) || TitleCase.isCapitals(w))
        && (Words.hasLetter(w)
            || Words.hasDigit(w)
            || w.equals("-")
            || w.equals(":")
            || w.equals("–")
            || w.equals("—")
            || w.equals("&"));
  }

  /** Whether a word holds one letter, with or without marks around it: {@code A}, {@code "A}. */
  private static boolean isOneLetter(String w) {
    int letters = 0;
    for (int i = 0; i < w.length() && letters < 2; i++) {
      letters += Character.isLetter(w.charAt(i)) ? 1 : 0;
    }
    return letters == 1;
  }

  /** The articles no name opens with: {@code A European View} is no author. */
  private static final Set<String> ARTICLES = Set.of("A", "An", "The");

  private static final List<String> PARTICLES =
      List.of(
          "and", "&", "de", "van", "von", "der", "den", "bin", "binti", "al", "da", "di", "le",
          "la", "du", "dos", "del");

  private static boolean isNameLike(List<Word> words) {
    if (words.size() > 16 || (!words.isEmpty() && ARTICLES.contains(words.get(0).text))) {
      return false;
    }
    for (Word w : words) {
      String t = w.text;
      if (t.endsWith(",")) {
        t = t.substring(0, t.length() - 1);
      }
      if (t.isEmpty() || PARTICLES.contains(t)) {
        continue;
      }
      if (!Character.isUpperCase(t.charAt(0))) {
        return false;
      }
      if (t.endsWith(".") && t.length() > 4 && !HONORIFICS.contains(t)) {
        return false;
      }
    }
    return true;
  }

  /** The words of the title's lines and of its moved pieces, in the order printed. */
  private static String titleWords(Header h, String work) {
    StringBuilder words = new StringBuilder();
    for (List<int[]> parts : List.of(h.titleParts, h.pieces)) {
      for (int[] part : parts) {
        words.append(work, part[0], part[1]).append(' ');
      }
    }
    return words.toString();
  }

  /**
   * The title as printed, its pieces put back in order and its ligatures written out.
   *
   * @param forms the body's spellings of the title's words, or null
   */
  private String printedTitle(Header h, String work, TitleCase.Forms forms) {
    if (h.titleParts.isEmpty()) {
      int at = h.bodyStart;
      SourceSpan span = src.span(at, at);
      throw new ParseFailure(
          DiagnosticCode.MISSING_TITLE,
          span,
          "expected the title after the issue line, but found none");
    }
    List<String> words = new ArrayList<>();
    for (int[] part : h.titleParts) {
      List<Word> partWords = Words.split(work, part[0], part[1]);
      for (int i = 0; i < partWords.size(); i++) {
        Word w = partWords.get(i);
        String before = i == 0 && !words.isEmpty() ? words.get(words.size() - 1) : null;
        if (before != null
            && before.length() > 1
            && Chars.isHyphen(before.charAt(before.length() - 1))
            && Character.isLetterOrDigit(before.charAt(before.length() - 2))
            && Character.isLetterOrDigit(w.text.charAt(0))) {
          // a line of the title that ends in a hyphen goes on with the next line's first word
          words.set(words.size() - 1, joinedAtHyphen(before, w));
        } else {
          words.add(w.text);
        }
      }
      sink.field("title", part[0], part[1]);
    }
    if (!h.pieces.isEmpty()) {
      StringBuilder piece = new StringBuilder();
      List<String> pieceTexts = new ArrayList<>(h.pieces.size());
      for (int[] p : h.pieces) {
        if (piece.length() > 0) {
          piece.append(' ');
        }
        List<Word> pieceWords = Words.split(work, p[0], p[1]);
        String t = Words.join(pieceWords, 0, pieceWords.size());
        piece.append(t);
        pieceTexts.add(t);
        sink.field("title", p[0], p[1]);
      }
      int at = insertionPoint(words, piece.toString(), body, forms);
      // pieces that, put back together, stand beside a word that no title holds beside them come
      // each from a line of its own, as a long title's lines that each cross the middle give them
      int[] cuts =
          pieceTexts.size() < 2 || readsOnWith(words, at, piece.toString())
              ? null
              : cutsPerLine(words, pieceTexts);
      if (cuts == null) {
        restorePiece(
            words, at, piece.toString(), h.pieces.get(0)[0], h.pieces.get(h.pieces.size() - 1)[1]);
      } else {
        for (int j = 0; j < cuts.length; j++) {
          int[] p = h.pieces.get(j);
          restorePiece(words, cuts[j] + j, pieceTexts.get(j), p[0], p[1]); // after j pieces
        }
      }
    }
    String title = written(String.join(" ", words));
    if (title.isBlank()) {
      int at = h.titleParts.get(0)[0];
      throw new ParseFailure(
          DiagnosticCode.MISSING_TITLE,
          src.span(at, at),
          "expected the title after the issue line, but found only characters that print nothing");
    }
    return title;
  }

  /** Puts a moved piece of the title, {@code text[start, end)}, back before {@code words[at]}. */
  private void restorePiece(List<String> words, int at, String piece, int start, int end) {
    words.add(at, piece);
    sink.report(
        DiagnosticCode.TITLE_PIECE_RESTORED,
        start,
        end,
        "put the title piece "
            + Sink.quote(piece)
            + ", which extraction moved behind the author's name, back after "
            + Sink.quote(String.join(" ", words.subList(0, at))));
  }

  /** Whether the title reads on with {@code piece} before {@code words[at]} ({@link #readsOn}). */
  private static boolean readsOnWith(List<String> words, int at, String piece) {
    return at > 0
        && readsOn(
            TitleWord.of(words, at - 1),
            new TitleWord(opening(piece)),
            new TitleWord(closing(piece)),
            at < words.size() ? new TitleWord(words.get(at)) : null,
            pieceEnd(piece));
  }

  /** The first word of a piece of the title. */
  private static String opening(String piece) {
    int space = piece.indexOf(' ');
    return space < 0 ? piece : piece.substring(0, space);
  }

  /** The last word of a piece of the title. */
  private static String closing(String piece) {
    return piece.substring(piece.lastIndexOf(' ') + 1);
  }

  /**
   * The mark that ends a piece of the title, inside the quotation marks that close it: ACHIEVE?"
   */
  private static char pieceEnd(String piece) {
    int e = piece.length() - 1;
    while (e > 0 && "\"'\u201D\u2019)".indexOf(piece.charAt(e)) >= 0) {
      e--;
    }
    return piece.charAt(e);
  }

  /**
   * Where each of two moved pieces or more goes back, one from each printed line of the title, the
   * words before each, from the piece before it, being the part of its line short of the middle of
   * the page: as wide as the other lines' such parts, within a third, and the words after the last
   * piece, a last line that does not reach the middle, no wider. The places, one a piece in order,
   * where the title reads on with each piece and ends where a title can; or null when no such
   * places, or two as good, are found.
   */
  private static int[] cutsPerLine(List<String> words, List<String> pieces) {
    int n = words.size();
    int k = pieces.size();
    if (k > n || k > 4) {
      return null;
    }
    int[] widths = new int[n + 1]; // widths[i]: of words[0, i) with a space after each
    for (int i = 0; i < n; i++) {
      widths[i + 1] = widths[i] + words.get(i).length() + 1;
    }
    String lastWord = words.get(n - 1);
    boolean mayEnd =
        !TITLE_OPEN_ENDINGS.contains(lastWord.toLowerCase(Locale.ROOT))
            && !lastWord.endsWith(":")
            && !BodyReader.endsWithPossessive(lastWord);
    int[] cuts = new int[k];
    int[] best = null;
    int bestSpread = Integer.MAX_VALUE;
    boolean tie = false;
    // every choice of k places in [1, n], in order, one word a line at least
    for (int j = 0; j < k; j++) {
      cuts[j] = j + 1;
    }
    while (true) {
      int spread = spread(words, pieces, cuts, widths, mayEnd);
      if (spread >= 0 && spread < bestSpread) {
        best = cuts.clone();
        bestSpread = spread;
        tie = false;
      } else if (spread >= 0 && spread == bestSpread) {
        tie = true;
      }
      int j = k - 1;
      while (j >= 0 && cuts[j] == n - (k - 1 - j)) {
        j--;
      }
      if (j < 0) {
        break;
      }
      cuts[j]++;
      for (int m = j + 1; m < k; m++) {
        cuts[m] = cuts[m - 1] + 1;
      }
    }
    return tie ? null : best;
  }

  /**
   * How much the widths of the lines' parts before the pieces differ, for pieces put back before
   * {@code words[cuts[j]]}; or -1 where the title does not read on, or where the parts are too
   * unlike for lines cut at one place.
   */
  private static int spread(
      List<String> words, List<String> pieces, int[] cuts, int[] widths, boolean mayEnd) {
    int n = words.size();
    int k = cuts.length;
    if (cuts[k - 1] < n && !mayEnd) {
      return -1;
    }
    int widest = 0;
    int narrowest = Integer.MAX_VALUE;
    for (int j = 0; j < k; j++) {
      int at = cuts[j];
      // the pieces stand apart: each between two words of the title, or last
      if (!readsOnWith(words, at, pieces.get(j))) {
        return -1;
      }
      int width = widths[at] - widths[j == 0 ? 0 : cuts[j - 1]];
      widest = Math.max(widest, width);
      narrowest = Math.min(narrowest, width);
    }
    int tail = widths[n] - widths[cuts[k - 1]];
    int spread = widest - narrowest;
    return spread * 3 <= widest && tail <= widest + 2 ? spread : -1;
  }

  /**
   * The subtitle not in capitals that ends the printed title, as printed: its parts' words, joined
   * as {@link #printedTitle} joins them; or null when there is none or a moved piece may stand in
   * it.
   */
  private String subtitle(Header h, String work, String title) {
    if (h.subtitleFrom < 0 || !h.pieces.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int[] part : h.titleParts.subList(h.subtitleFrom, h.titleParts.size())) {
      for (Word w : Words.split(work, part[0], part[1])) {
        words.add(w.text);
      }
    }
    String subtitle = written(String.join(" ", words));
    return title.length() > subtitle.length() && title.endsWith(" " + subtitle) ? subtitle : null;
  }

  /**
   * A word of the title that a line end parts after its hyphen, put together: without the hyphen
   * where the body writes the word whole and never with it ({@code COOPER-} / {@code ATION}),
   * reported; else with it, a compound ({@code JAPAN-} / {@code ROK}, a non-breaking hyphen,
   * digits), as a title in capitals shows no case to tell the two apart.
   */
  private String joinedAtHyphen(String head, Word tail) {
    String compound = head + tail.text;
    String bare = head.substring(0, head.length() - 1);
    String first = bare.substring(lastNonLetter(bare) + 1);
    String second = leadingLetters(tail.text);
    if (head.charAt(head.length() - 1) == '\u2011'
        || first.isEmpty()
        || second.isEmpty()
        || !body.writesWhole(first, second)) {
      return compound;
    }
    int hyphen = tail.start - 1; // the hyphen, before the line end and any blanks
    while (hyphen > 0 && Chars.isBlank(text.charAt(hyphen))) {
      hyphen--;
    }
    sink.report(
        DiagnosticCode.HYPHENATION_REMOVED,
        hyphen,
        tail.start,
        "joined "
            + Sink.quote(head)
            + " and "
            + Sink.quote(tail.text)
            + " in the title, hyphenated at a line end");
    return bare + tail.text;
  }

  private static int lastNonLetter(String s) {
    int i = s.length() - 1;
    while (i >= 0 && Character.isLetter(s.charAt(i))) {
      i--;
    }
    return i;
  }

  private static String leadingLetters(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  /** A title printed in capitals in title case, as the body spells its words. */
  private String recased(
      Header h, String title, String subtitle, TitleCase.Forms forms, String work) {
    String cased =
        namesAfterHyphens(TitleCase.apply(title, forms), work, h.bodyStart)
            + (subtitle == null ? "" : " " + subtitle);
    sink.report(
        DiagnosticCode.TITLE_RECASED,
        h.titleParts.get(0)[0],
        h.titleParts.get(h.titleParts.size() - 1)[1],
        "turned the title in capitals into title case: \"" + cased + "\"");
    return cased;
  }

  /**
   * The title case with the part after the hyphen of a name in lower case where the body writes the
   * name so, and never the name's first part alone nor the whole in lower case: {@code Kim
   * Jong-un}, {@code Moon Jae-in}; but {@code US-Led}, as the body writes {@code US} alone too, and
   * {@code Supply-Chain}, as it writes {@code supply-chain}.
   */
  private static String namesAfterHyphens(String cased, String work, int bodyStart) {
    StringBuilder out = null;
    for (int hyphen = cased.indexOf('-'); hyphen > 0; hyphen = cased.indexOf('-', hyphen + 1)) {
      int s = hyphen;
      while (s > 0 && Character.isLetter(cased.charAt(s - 1))) {
        s--;
      }
      int e = hyphen + 1;
      while (e < cased.length() && Character.isLetter(cased.charAt(e))) {
        e++;
      }
      if (s == hyphen
          || e < hyphen + 3
          || !Character.isUpperCase(cased.charAt(s))
          || !Character.isUpperCase(cased.charAt(hyphen + 1))
          || !isLowerCase(cased, hyphen + 2, e)) {
        continue; // Kim Jong-Un: a capital, then lower-case letters only, on each side
      }
      String head = cased.substring(s, hyphen);
      String name = head + "-" + cased.substring(hyphen + 1, e).toLowerCase(Locale.ROOT);
      if (wordAt(work, name, bodyStart) >= 0
          && wordAt(work, head, bodyStart) < 0
          // supply-chain, written so too, is no name
          && wordAt(work, name.toLowerCase(Locale.ROOT), bodyStart) < 0) {
        out = out == null ? new StringBuilder(cased) : out;
        out.setCharAt(hyphen + 1, name.charAt(head.length() + 1));
      }
    }
    return out == null ? cased : out.toString();
  }

  private static boolean isLowerCase(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where {@code word} stands in {@code s} from {@code from} as a word of its own, no letter and no
   * hyphen beside it; or -1.
   */
  private static int wordAt(String s, String word, int from) {
    for (int i = s.indexOf(word, from); i >= 0; i = s.indexOf(word, i + 1)) {
      int end = i + word.length();
      boolean before = i == 0 || !(Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-');
      boolean after =
          end == s.length() || !(Character.isLetter(s.charAt(end)) || s.charAt(end) == '-');
      if (before && after) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a moved piece of the title goes back: last where the title cannot end before it; else, as
   * the seed's, after the words that fill the first line of the printed title, whose width is about
   * that of the moved piece (the line's half beyond the middle of the page, where the main column
   * starts), and not after a function word where the piece opens with one; but where that parts two
   * words that the body writes together, where the body bears the piece out best, beside the words
   * that it writes beside the piece's and parting none.
   */
  private static int insertionPoint(
      List<String> words, String piece, BodyReader body, TitleCase.Forms forms) {
    char pieceEnd = pieceEnd(piece);
    // each word's kind is found once, as every place is weighed by the words on both sides of it
    TitleWord[] title = new TitleWord[words.size()];
    for (int k = 0; k < title.length; k++) {
      title[k] = TitleWord.of(words, k);
    }
    // the piece's words, each's kind found once too: its first and last are its opening and closing
    // words, but where a blank ends the piece, which the split drops
    String[] parts = piece.split(" ");
    TitleWord[] pieceWords = new TitleWord[parts.length];
    for (int k = 0; k < parts.length; k++) {
      pieceWords[k] = new TitleWord(parts[k]);
    }
    boolean split = !piece.isEmpty() && piece.charAt(piece.length() - 1) != ' ';
    TitleWord opening = split ? pieceWords[0] : new TitleWord(opening(piece));
    TitleWord closing = split ? pieceWords[parts.length - 1] : new TitleWord(closing(piece));
    String lastWord = words.get(words.size() - 1);
    boolean pieceEnds =
        pieceEnd != ':' && !closing.function && !BodyReader.endsWithPossessive(closing.word);
    if (pieceEnd == '?'
        || pieceEnd == '!'
        || pieceEnd == '.'
        || (pieceEnds
            && (TITLE_OPEN_ENDINGS.contains(lastWord.toLowerCase(Locale.ROOT))
                || lastWord.endsWith(":")
                || BodyReader.endsWithPossessive(lastWord)))) {
      return words.size(); // the title cannot end before the piece: it was the last line
    }
    // two words side by side that no title holds: the piece was taken out from between them
    for (int i = 1; i < words.size(); i++) {
      if (!readsOn(title, i, opening, closing, pieceEnd)) {
        continue;
      }
      TitleWord before = title[i - 1];
      TitleWord after = title[i];
      if (!joins(before, after)
          || BodyReader.withoutPossessive(before.bare)
              .equalsIgnoreCase(BodyReader.withoutPossessive(after.bare))) {
        return i;
      }
    }
    int at = byLayout(words, title, piece, opening, closing, pieceEnd, body);
    return byPhrase(title, at, pieceWords, opening, closing, pieceEnd, body, forms);
  }

  /**
   * The place for a moved piece that the body bears out alone: where, and nowhere else, the body
   * writes the words on both sides of a seam between the piece and the title on, through up to two
   * function words ({@code RELOCATION OF} / {@code FUTENMA}, as in "the relocation of Futenma"),
   * more of its seams than at {@code at}; else {@code at}.
   */
  private static int byPhrase(
      TitleWord[] title,
      int at,
      TitleWord[] piece,
      TitleWord opening,
      TitleWord closing,
      char pieceEnd,
      BodyReader body,
      TitleCase.Forms forms) {
    Seams seams = new Seams(title, piece, body, forms);
    int best = at;
    int bestScore = seams.score(at);
    boolean alone = true;
    for (int i = 1; i <= title.length; i++) {
      if (i == at || !readsOn(title, i, opening, closing, pieceEnd)) {
        continue;
      }
      int score = seams.score(i);
      if (score > bestScore) {
        best = i;
        bestScore = score;
        alone = true;
      } else if (score == bestScore && best != at) {
        alone = false;
      }
    }
    return alone ? best : at;
  }

  /**
   * The seams of a moved piece put back at each place of a title, and whether the body writes the
   * words on across each: from the nearest word before the seam that is no function word to the
   * nearest after it, with up to two function words on each side, and no mark that ends a clause in
   * between. The words are the title's, then the piece's; each word's kind is found once.
   */
  private static final class Seams {
    private final int titleWords;
    private final int size;
    private final String[] bare;
    private final boolean[] function;
    private final boolean[] endsClause;

    /** Per word, 1 where the body may write it, -1 where it does not, 0 not yet asked. */
    private final byte[] written;

    private final BodyReader body;
    private final TitleCase.Forms forms;

    Seams(TitleWord[] title, TitleWord[] piece, BodyReader body, TitleCase.Forms forms) {
      this.titleWords = title.length;
      this.size = titleWords + piece.length;
      this.bare = new String[size];
      this.function = new boolean[size];
      this.endsClause = new boolean[size];
      this.written = new byte[size];
      this.body = body;
      this.forms = forms;
      for (int k = 0; k < size; k++) {
        TitleWord w = k < titleWords ? title[k] : piece[k - titleWords];
        char last = w.word.charAt(w.word.length() - 1);
        bare[k] = w.bare;
        function[k] = w.function;
        endsClause[k] = last == ':' || last == ',' || last == ';' || last == '?';
      }
    }

    /** How many of the piece's seams before the title's word {@code i} the body writes on. */
    int score(int i) {
      int pieceSize = size - titleWords;
      int score = 0;
      for (int seam : new int[] {i, i + pieceSize}) {
        if (seam > 0 && seam < size && writesOn(i, seam)) {
          score++;
        }
      }
      return score;
    }

    /**
     * The index among the words of the {@code k}th word of the title with the piece at {@code i}.
     */
    private int word(int i, int k) {
      int pieceSize = size - titleWords;
      return k < i ? k : k < i + pieceSize ? titleWords + k - i : k - pieceSize;
    }

    private boolean writesOn(int i, int seam) {
      int from = seam - 1;
      while (from > 0 && seam - from <= 2 && function[word(i, from)]) {
        from--;
      }
      int to = seam;
      while (to < size - 1 && to - seam < 2 && function[word(i, to)]) {
        to++;
      }
      if (function[word(i, from)] || function[word(i, to)]) {
        return false;
      }
      for (int k = from; k <= to; k++) {
        int w = word(i, k);
        if ((k < to && endsClause[w]) || bare[w].isEmpty() || (!function[w] && !mayBeWritten(w))) {
          return false;
        }
      }
      List<String> phrase = new ArrayList<>(to - from + 1);
      for (int k = from; k <= to; k++) {
        phrase.add(bare[word(i, k)]);
      }
      return body.writesInOrder(phrase);
    }

    /**
     * Whether the body may write a word: no search where the title's spellings tell it does not.
     */
    private boolean mayBeWritten(int w) {
      if (forms == null) {
        return true;
      }
      if (written[w] == 0) {
        written[w] = (byte) (forms.mayWrite(bare[w]) ? 1 : -1);
      }
      return written[w] > 0;
    }
  }

  /**
   * The place for a moved piece as the printed lines' widths have it, where the title reads on
   * ({@link #insertionPoint}).
   */
  private static int byLayout(
      List<String> words,
      TitleWord[] title,
      String piece,
      TitleWord opening,
      TitleWord closing,
      char pieceEnd,
      BodyReader body) {
    // the place where the words before it and the piece make a line that the middle of the page,
    // where the main column starts, parts between them (each word going to the side where its
    // middle stands) and where the title reads on: of such, the one beside the words that the body
    // writes beside the piece's, then the one whose line is nearest in width to the seed's first
    // title line; where there is none, the last place that reads on
    int at = -1;
    int fallback = -1;
    int nearest = Integer.MAX_VALUE;
    for (int i = 1; i <= words.size(); i++) {
      if (readsOn(title, i, opening, closing, pieceEnd)) {
        int line = partedAtMiddle(words, i, piece, opening.word);
        if (line > 0 && Math.abs(line - TITLE_LINE) < nearest) {
          at = i;
          nearest = Math.abs(line - TITLE_LINE);
        }
        fallback = i;
      }
    }
    if (at < 0) {
      at = fallback > 0 ? fallback : words.size();
    }
    boolean partsPair = at < words.size() && together(title[at - 1], title[at], body);
    // the body is asked further only where another place the middle could part may stand beside
    // words that the body writes beside the piece's, as where the nearest parts such words
    int room = 0;
    for (int i = 1; i <= words.size() && !partsPair && room == 0; i++) {
      if (i != at
          && readsOn(title, i, opening, closing, pieceEnd)
          && partedAtMiddle(words, i, piece, opening.word) > 0) {
        room =
            mayBeTogether(title[i - 1], opening)
                    || (i < words.size() && mayBeTogether(closing, title[i]))
                ? 1
                : 0;
      }
    }
    if (!partsPair && room == 0) {
      return at; // no two words that the body writes together are parted, nor could be joined
    }
    if (!partsPair) {
      // of the places that the middle could part, the one beside the words that the body writes
      // beside the piece's, then the nearest in width
      int atScore = placeScore(title, at, opening, closing, body);
      for (int i = 1; i <= words.size(); i++) {
        int line =
            i == at || !readsOn(title, i, opening, closing, pieceEnd)
                ? 0
                : partedAtMiddle(words, i, piece, opening.word);
        if (line > 0) {
          int score = placeScore(title, i, opening, closing, body);
          if (score > atScore || (score == atScore && Math.abs(line - TITLE_LINE) < nearest)) {
            at = i;
            atScore = score;
            nearest = Math.abs(line - TITLE_LINE);
          }
        }
      }
      return at;
    }
    // the body writes the two words together: the place that it bears out best, of those that
    // read on, one that the middle parts first, then the first
    int best = at;
    int bestScore = placeScore(title, at, opening, closing, body);
    boolean bestParted = true;
    for (int i = 1; i <= words.size(); i++) {
      if (i == at || !readsOn(title, i, opening, closing, pieceEnd)) {
        continue;
      }
      int score = placeScore(title, i, opening, closing, body);
      boolean parted = partedAtMiddle(words, i, piece, opening.word) > 0;
      if (score > bestScore || (score == bestScore && parted && !bestParted)) {
        best = i;
        bestScore = score;
        bestParted = parted;
      }
    }
    return best;
  }

  /**
   * How well the body bears out a moved piece of the title before {@code words[i]}: one for each
   * word beside the piece that the body writes beside the piece's word, two off when the body
   * writes the two words that the piece parts together. A pair with a short function word in it
   * ({@code of the}) says nothing.
   */
  private static int placeScore(
      TitleWord[] title, int i, TitleWord pieceFirst, TitleWord pieceLast, BodyReader body) {
    TitleWord before = title[i - 1];
    int score = together(before, pieceFirst, body) ? 1 : 0;
    if (i < title.length) {
      TitleWord after = title[i];
      score += together(pieceLast, after, body) ? 1 : 0;
      score -= together(before, after, body) ? 2 : 0;
    }
    return score;
  }

  /**
   * The width of the line that the words before {@code words[i]} and the piece make, where the
   * line's middle parts them: the middle of the last word before it at the line's middle or left of
   * it, the middle of the piece's first word right of it; else 0.
   */
  private static int partedAtMiddle(List<String> words, int i, String piece, String opening) {
    int head = -1;
    for (int k = 0; k < i; k++) {
      head += 1 + words.get(k).length();
    }
    int lastStart = head - words.get(i - 1).length();
    int line = head + 1 + piece.length();
    // in half characters, twice a word's middle being its start and its end added; half a
    // character either way, as characters are not all as wide in print
    return lastStart + head <= line + 1 && 2 * (head + 1) + opening.length() > line - 1 ? line : 0;
  }

  /** The width of the seed's first title line, THE PROSPECTS OF JAPAN-NATO, in characters. */
  private static final int TITLE_LINE = 27;

  /**
   * Whether the title reads on with the piece before {@code words[i]}: no article or determiner
   * right before a function word ({@code THE OF}), no two prepositions or conjunctions side by side
   * ({@code AND OF}), and no function word or colon at the title's end.
   */
  private static boolean readsOn(
      TitleWord[] title, int i, TitleWord opening, TitleWord closing, char pieceEnd) {
    return readsOn(title[i - 1], opening, closing, i < title.length ? title[i] : null, pieceEnd);
  }

  /**
   * Whether the title reads on with a piece between {@code before} and {@code after}, or at its end
   * where {@code after} is null ({@link #readsOn(TitleWord[], int, TitleWord, TitleWord, char)}).
   */
  private static boolean readsOn(
      TitleWord before, TitleWord opening, TitleWord closing, TitleWord after, char pieceEnd) {
    return joins(before, opening)
        && (after == null
            ? pieceEnd != ':' && !closing.function && !BodyReader.endsWithPossessive(closing.word)
            : joins(closing, after));
  }

  /** Whether one word of a title may stand right before another, as far as their kind tells. */
  private static boolean joins(TitleWord first, TitleWord second) {
    if (first.modal && second.determiner) {
      return false; // SHOULD THE: a verb follows a modal
    }
    if (!first.function || !second.function) {
      return true;
    }
    // of the, and the, and its: a preposition or a conjunction before an article or a determiner
    return !first.determiner && second.determiner;
  }

  /**
   * A word of the title and what kind of word it is, as {@link #joins} and {@link #together} weigh
   * it.
   */
  private static final class TitleWord {
    /** The word as printed. */
    final String word;

    /** The word without the marks around it ({@link #bare}). */
    final String bare;

    /** Whether it is a short function word: {@code AND}, {@code OF}, {@code THE}. */
    final boolean function;

    /** Whether it is a modal verb ({@link #MODALS}). */
    final boolean modal;

    /** Whether it is an article or a determiner ({@link #DETERMINERS}). */
    final boolean determiner;

    /** Whether the body may write it beside another word ({@link #mayBeTogether}). */
    final boolean pairable;

    /**
     * Word {@code k} of the title: a modal that opens it, or its part after a colon, opens a
     * question, and an article may follow it ({@code CAN THE}), so it is not taken as a modal.
     */
    static TitleWord of(List<String> words, int k) {
      TitleWord w = new TitleWord(words.get(k));
      return w.modal && (k == 0 || words.get(k - 1).endsWith(":")) ? new TitleWord(w) : w;
    }

    /** {@code w} as a word of its kind that is no modal. */
    private TitleWord(TitleWord w) {
      this.word = w.word;
      this.bare = w.bare;
      this.function = w.function;
      this.modal = false;
      this.determiner = w.determiner;
      this.pairable = w.pairable;
    }

    TitleWord(String word) {
      this.word = word;
      this.bare = bare(word);
      if (bare.length() > LONGEST_FUNCTION_WORD) {
        // most of a title's words: longer than any function word or modal in any case, as a
        // change of case makes no word shorter
        this.function = false;
        this.modal = false;
        this.determiner = false;
        this.pairable = true;
      } else {
        String lower = bare.toLowerCase(Locale.ROOT);
        boolean openEnding = TITLE_OPEN_ENDINGS.contains(lower);
        // a title in capitals, most often: looked up as it stands
        this.function =
            FUNCTION_WORDS_IN_CAPITALS.contains(bare)
                || (openEnding && !TitleCase.isCapitals(bare));
        this.modal = MODALS.contains(bare.toUpperCase(Locale.ROOT));
        this.determiner = DETERMINERS.contains(lower);
        this.pairable = !bare.isEmpty() && !openEnding;
      }
    }
  }

  /** The modal verbs, in capitals: a verb follows each, never an article. */
  private static final java.util.Set<String> MODALS =
      java.util.Set.of(
          "SHOULD", "MUST", "CAN", "COULD", "WILL", "WOULD", "MAY", "MIGHT", "SHALL", "CANNOT");

  /** The articles and determiners among {@link #TITLE_OPEN_ENDINGS}: a noun follows each. */
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of(
          "the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those");

  private static boolean together(TitleWord first, TitleWord second, BodyReader body) {
    return mayBeTogether(first, second) && body.writesTogether(first.bare, second.bare);
  }

  /** Whether two words may be ones that the body writes together: neither a function word. */
  private static boolean mayBeTogether(TitleWord first, TitleWord second) {
    return first.pairable && second.pairable;
  }

  /** A word of the title without the quotation marks, brackets and punctuation around it. */
  private static String bare(String word) {
    int s = 0;
    int e = word.length();
    while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
      e--;
    }
    return word.substring(s, e);
  }

  private static final java.util.Set<String> TITLE_OPEN_ENDINGS =
      java.util.Set.of(
          "the", "a", "an", "of", "and", "or", "for", "to", "in", "on", "at", "with", "after",
          "before", "between", "from", "by", "as", "into", "toward", "towards", "&", "-", "under",
          "over", "about", "against", "amid", "among", "beyond", "through", "within", "without",
          "across", "behind", "via", "versus", "vs.", "than", "upon", "onto", "during", "since",
          "until", "despite", "around", "but", "nor", "its", "their", "our", "his", "her", "this",
          "these", "those");

  /**
   * Whether a word is a function word, in any case: an article, a preposition, a conjunction or a
   * determiner ({@link #TITLE_OPEN_ENDINGS}), which opens no name.
   */
  static boolean isFunctionWordInAnyCase(String word) {
    return TITLE_OPEN_ENDINGS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #TITLE_OPEN_ENDINGS} in capitals. */
  private static final java.util.Set<String> FUNCTION_WORDS_IN_CAPITALS = inCapitals();

  /** {@link #TITLE_OPEN_ENDINGS} in capitals, made with no lambda: none loads at start-up. */
  private static java.util.Set<String> inCapitals() {
    java.util.Set<String> upper = new java.util.HashSet<>();
    for (String w : TITLE_OPEN_ENDINGS) {
      upper.add(w.toUpperCase(Locale.ROOT));
    }
    return java.util.Set.copyOf(upper);
  }

  /**
   * The length of the longest function word or modal ({@link #TITLE_OPEN_ENDINGS}, {@link #MODALS},
   * {@link #DETERMINERS}): a {@link TitleWord} any longer is none.
   */
  private static final int LONGEST_FUNCTION_WORD = longestFunctionWord();

  private static int longestFunctionWord() {
    int longest = 0;
    for (java.util.Set<String> words :
        java.util.List.of(TITLE_OPEN_ENDINGS, FUNCTION_WORDS_IN_CAPITALS, MODALS, DETERMINERS)) {
      for (String w : words) {
        longest = Math.max(longest, w.length());
      }
    }
    return longest;
  }

  /**
   * The byline read above the title where a byline under it is the one read, as where extraction
   * printed the byline twice: the same names are the byline's too, and others are reported as
   * dropped, so that neither vanishes.
   */
  private void unreadBylineAbove(Header h, String work, String authorText) {
    if (h.bylineAbove.isEmpty() || h.author == h.bylineAbove.get(0)) {
      return;
    }
    StringBuilder above = new StringBuilder();
    for (int[] line : h.bylineAbove) {
      above.append(' ').append(work, line[0], line[1]);
    }
    String read = Chars.oneSpace(above.toString()).trim();
    boolean same = withoutBy(read).equals(authorText);
    for (int[] line : h.bylineAbove) {
      if (same) {
        sink.field("authors", line[0], line[1]);
      } else {
        sink.report(
            DiagnosticCode.STRAY_TEXT_DROPPED,
            line[0],
            line[1],
            "dropped the byline "
                + Sink.quote(Chars.oneSpace(work.substring(line[0], line[1])).trim())
                + " above the title, where another byline stands under it");
      }
    }
  }

  /**
   * The byline as one line writes it, {@code Name (Affiliation), Name (Affiliation)}, where the
   * names stand on one line and their affiliations, as many, on the next: in columns, one a column,
   * or on one line each, the affiliations parted by semicolons, or by "and" where there are two and
   * each part names an institution or a post; else null.
   */
  private String pairedByline(Header h, String work) {
    if (h.author == null || h.namedWithPost || h.moreAuthors.isEmpty()) {
      return null;
    }
    List<int[]> segs = new ArrayList<>(h.moreAuthors.size() + 1);
    segs.add(h.author);
    segs.addAll(h.moreAuthors);
    int namesLine = src.lineOf(h.author[0]);
    int split = 0;
    while (split < segs.size() && src.lineOf(segs.get(split)[0]) == namesLine) {
      split++;
    }
    List<int[]> nameSegs = segs.subList(0, split);
    List<int[]> postSegs = segs.subList(split, segs.size());
    if (postSegs.isEmpty()) {
      return null;
    }
    // the affiliations on the next line: the first read as one, the others in columns beside it
    int postsLine = src.lineOf(postSegs.get(0)[0]);
    if (!h.affiliations.contains(postSegs.get(0))) {
      return null;
    }
    for (int[] seg : postSegs) {
      if (src.lineOf(seg[0]) != postsLine
          || !(h.affiliations.contains(seg) || isAffiliation(work.substring(seg[0], seg[1])))) {
        return null;
      }
    }
    for (int[] seg : nameSegs) {
      if (h.affiliations.contains(seg)) {
        return null;
      }
    }
    List<String> names = new ArrayList<>();
    for (int[] seg : nameSegs) {
      names.addAll(splitNames(withoutBy(Chars.oneSpace(work.substring(seg[0], seg[1])).trim())));
    }
    List<String> posts = new ArrayList<>();
    for (int[] seg : postSegs) {
      posts.add(Chars.oneSpace(work.substring(seg[0], seg[1])).trim());
    }
    if (posts.size() == 1 && names.size() > 1) {
      posts = partedPosts(posts.get(0), names.size());
    }
    if (names.size() < 2 || posts.size() != names.size()) {
      return null;
    }
    StringBuilder byline = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String post = posts.get(i);
      boolean bracketed = post.startsWith("(") && post.endsWith(")");
      byline.append(i > 0 ? ", " : "").append(names.get(i)).append(' ');
      byline.append(bracketed ? post : "(" + post + ")");
    }
    return byline.toString();
  }

  /**
   * Whether the line {@code posts} holds one affiliation for each of the names on the line {@code
   * names}, two at least ({@link #partedPosts}).
   */
  private static boolean postsForEach(String work, int[] names, int[] posts) {
    int count =
        splitNames(withoutBy(Chars.oneSpace(work.substring(names[0], names[1])).trim())).size();
    return count > 1
        && partedPosts(Chars.oneSpace(work.substring(posts[0], posts[1])).trim(), count).size()
            == count;
  }

  /**
   * The affiliations of {@code count} authors on one line, parted by semicolons, or by "and" where
   * there are two and each part names an institution or a post; else the line alone.
   */
  private static List<String> partedPosts(String line, int count) {
    List<String> parts = new ArrayList<>();
    for (String part : line.split(";")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    if (parts.size() == count) {
      return parts;
    }
    int and = line.indexOf(" and ");
    if (count == 2 && and > 0 && line.indexOf(" and ", and + 1) < 0) {
      String first = line.substring(0, and).trim();
      String second = line.substring(and + 5).trim();
      if (isAffiliation(first) && isAffiliation(second)) {
        return List.of(first, second);
      }
    }
    return List.of(line);
  }

  private List<Author> authors(Header h, List<Draft> drafts, String work) {
    familyNameFromTitle(h, work, drafts);
    // a no-break space, or a run of spaces, may part a name's words: Yoshikazu\u00A0Hirose
    String authorText =
        h.author == null
            ? ""
            : h.namedWithPost
                ? bracketedPost(work, h.author)
                : Chars.oneSpace(work.substring(h.author[0], h.author[1])).trim();
    String paired = pairedByline(h, work);
    for (int[] more : paired != null ? List.<int[]>of() : h.moreAuthors) {
      if (h.namedWithPost) {
        // one author a line, each with the affiliation: the affiliation in brackets, as one line
        // of the byline writes it
        authorText = authorText + " and " + bracketedPost(work, more);
        sink.field("authors", more[0], more[1]);
        continue;
      }
      // one author a line: a line break parts two names, unless the line before ends in "and"
      String next = Chars.oneSpace(work.substring(more[0], more[1])).trim();
      if (h.affiliations.contains(more)) {
        // the affiliation under the name, in brackets as a byline of one line writes it
        boolean bracketed = next.startsWith("(") && next.endsWith(")");
        authorText = authorText + " " + (bracketed ? next : "(" + next + ")");
        sink.field("authors", more[0], more[1]);
        continue;
      }
      int[] before = lastAuthorBefore(h, more);
      boolean joined =
          next.regionMatches(true, 0, "and ", 0, 4)
              // a name after the post of the one above is another's
              || (!h.affiliations.contains(before)
                  && (goesOn(work, before)
                      // Yoshikazu / Hirose, or Hirose, Taro / Yamada
                      || (endsInFirstName(work, before) && bylineLabel(next) == 0)));
      authorText = authorText + (joined ? " " : ", ") + next;
      sink.field("authors", more[0], more[1]);
    }
    if (paired != null) {
      authorText = paired;
      for (int[] more : h.moreAuthors) {
        sink.field("authors", more[0], more[1]);
      }
    }
    authorText = withoutBy(authorText);
    if (h.author != null) {
      sink.field("authors", h.author[0], h.author[1]);
    }
    unreadBylineAbove(h, work, authorText);
    List<String> names = new ArrayList<>();
    Map<String, String> affiliations = new java.util.HashMap<>();
    readByline(authorText, names, affiliations);
    dropFootnoteMarks(h, work, names, affiliations);
    namesInAffiliations(work, names, affiliations);
    institutesInByline(h, work, names);
    // biographies: closing paragraphs that begin with an author's name
    List<Draft> bios = new ArrayList<>();
    List<String> bioNames = new ArrayList<>();
    partNamesByBiographies(drafts, names);
    splitGluedBiography(drafts, names, authorText);
    splitLastNote(drafts, names, work);
    findBiographies(drafts, drafts.size() - 1, names, authorText, bios, bioNames);
    // notes after the biographies (a translation, endnotes) stay in the body: a few blocks, and
    // any number of notes under their heading or numbered; only a byline's authors are looked for
    // there, never any name that opens a paragraph
    int notes = notesAtEnd(drafts);
    for (int skip = 1;
        skip <= notes + TRAILING_BLOCKS
            && skip < drafts.size()
            && bios.isEmpty()
            && !names.isEmpty()
            && (skip <= notes || drafts.get(drafts.size() - skip).length() <= TRAILING_CHARS);
        skip++) {
      findBiographies(drafts, drafts.size() - 1 - skip, names, authorText, bios, bioNames);
    }
    if (bios.isEmpty() && !names.isEmpty() && drafts.size() > 1) {
      // a biography printed under the byline, before the body, that names an author of the byline
      Draft top = drafts.get(0);
      String who =
          top.kind == Draft.Kind.LIST
              ? null
              : bioName(opening(top.chars(), names), names, authorText);
      if (who != null && namesOne(names, who)) {
        bios.add(top);
        bioNames.add(who);
      }
    }
    dropBiographyLabel(drafts, bios);
    if (names.size() == 1 && bioNames.size() > 1) {
      List<String> split = splitByBiographies(names.get(0), bioNames);
      if (split != null) {
        names = split;
      }
    }
    if (names.isEmpty() && !bioNames.isEmpty()) {
      names = new ArrayList<>(bioNames);
      if (!cutAuthorsFromTitle(h, work, names)) {
        cutBylineFromBody(drafts, work, names);
      }
    }
    List<String> printedNames = new ArrayList<>(names.size());
    for (String name : names) {
      if (!written(name).isBlank()) { // else only characters that print nothing: no name
        printedNames.add(name);
      }
    }
    names = printedNames;
    if (names.isEmpty()) {
      int at = h.bodyStart;
      SourceSpan span = src.span(at, at);
      throw new ParseFailure(
          DiagnosticCode.MISSING_AUTHOR,
          span,
          "expected the author's name after the title, but found none");
    }
    dropBylineAmongKeyPoints(drafts, names);
    // a biography that names no author of the byline stays in the body
    for (int i = bios.size() - 1; i >= 0; i--) {
      if (!(bios.size() == 1 && names.size() > 1) && !namesOne(names, bioNames.get(i))) {
        bios.remove(i);
        bioNames.remove(i);
      }
    }
    affiliationAboveBody(drafts, work, names, affiliations, bios, bioNames);
    Map<Draft, Draft> goingOn = biographiesGoingOn(drafts, bios);
    drafts.removeAll(bios);
    if (!goingOn.isEmpty()) {
      // an identity map's values are looked for through its whole table, however few it holds
      drafts.removeAll(goingOn.values());
    }
    for (Draft b : bios) {
      // each biography with the paragraph that goes on with it, in the text's order
      sink.field("biographies", b.start, b.end);
      Draft rest = goingOn.get(b);
      if (rest != null) {
        sink.field("biographies", rest.start, rest.end);
      }
    }
    List<Author> authors = new ArrayList<>();
    // each biography's text, made (and its dropped marks reported) once for all the authors
    String[] bioTexts = new String[bios.size()];
    for (String name : names) {
      // most authors have one biography: its text is the string, joined to no other
      String bio = "";
      for (int i = 0; i < bios.size(); i++) {
        if (bioTexts[i] == null) {
          Draft rest = goingOn.get(bios.get(i));
          bioTexts[i] =
              rest == null
                  ? withoutEmphasisMarks(bios.get(i))
                  : withoutEmphasisMarks(bios.get(i)) + " " + withoutEmphasisMarks(rest);
        }
        String bioText = bioTexts[i];
        String owner = bioNames.get(i);
        if (owns(name, owner, names) || (bios.size() == 1 && names.size() > 1)) {
          String part =
              bios.size() == 1 && names.size() > 1 ? sentencesOf(bioText, name, names) : bioText;
          if (part != null && !part.isBlank()) {
            bio = bio.isEmpty() ? part : bio + " " + part;
          }
        }
      }
      Author.Builder a = Author.builder().name(written(name));
      String affiliation = affiliations.get(name);
      if (affiliation != null) {
        a.affiliation(written(affiliation));
      }
      if (!bio.isEmpty()) {
        a.biography(written(bio));
      } else {
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        int at = last == null ? text.length() : last.end;
        sink.report(
            DiagnosticCode.MISSING_BIOGRAPHY,
            at,
            at,
            "no closing biography names the author \"" + name + "\"" + endsMidSentence(last));
      }
      authors.add(a.build());
    }
    return authors;
  }

  /**
   * Drops from the byline's names, where it holds more than one, each that is a member institute's
   * full name: a sidebar that stacks the institutes beside the title leaves one there as extraction
   * reads it (pdftotext), and no author is named so. Each is reported where the byline holds it.
   */
  private void institutesInByline(Header h, String work, List<String> names) {
    for (int i = names.size() - 1; i >= 0 && names.size() > 1 && h.author != null; i--) {
      String name = names.get(i);
      if (!isInstituteName(name)) {
        continue;
      }
      names.remove(i);
      int at = -1;
      List<int[]> lines = new ArrayList<>(h.moreAuthors);
      lines.add(0, h.author);
      for (int k = 0; k < lines.size() && at < 0; k++) {
        int found = work.indexOf(name, lines.get(k)[0]);
        at = found >= 0 && found + name.length() <= lines.get(k)[1] ? found : -1;
      }
      sink.report(
          DiagnosticCode.UNKNOWN_MASTHEAD_TEXT,
          at >= 0 ? at : h.author[0],
          at >= 0 ? at + name.length() : h.author[1],
          "dropped "
              + Sink.quote(name)
              + " from the authors: a member institute's name, which extraction read into the"
              + " byline from the masthead");
    }
  }

  /** Whether a text is a member institute's full name, with or without its opening "The". */
  private boolean isInstituteName(String text) {
    String bare = withoutThe(text);
    for (Institute institute : settings.institutes()) {
      if (withoutThe(institute.name()).equalsIgnoreCase(bare)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutThe(String name) {
    return name.regionMatches(true, 0, "The ", 0, 4) ? name.substring(4) : name;
  }

  /**
   * Takes out of the body an author's affiliation that extraction set apart from the byline, above
   * the first paragraph after the sidebar's last lines or a clipped copy (as pdftotext gives it): a
   * heading of one line that reads as an affiliation ({@link #isAffiliationLine}) where the
   * biography of one author who has none names the place after its post ({@code Professor, Faculty
   * of Law, Keio University} over {@code Hiroshi Jimbo is Professor ... at Faculty of Law, Keio
   * University.}).
   */
  private void affiliationAboveBody(
      List<Draft> drafts,
      String work,
      List<String> names,
      Map<String, String> affiliations,
      List<Draft> bios,
      List<String> bioNames) {
    for (int k = 0; k < drafts.size() && drafts.get(k).kind != Draft.Kind.PARAGRAPH; k++) {
      Draft d = drafts.get(k);
      if (d.kind != Draft.Kind.HEADING || d.lines != 1 || bios.contains(d)) {
        continue;
      }
      int[] seg = {d.start, d.end};
      if (!isAffiliationLine(work, seg, Words.split(work, seg[0], seg[1]), false)) {
        continue;
      }
      String post = Chars.oneSpace(d.string()).trim();
      int comma = post.indexOf(", ");
      String place = comma < 0 ? "" : post.substring(comma + 2);
      if (place.indexOf(' ') < 0) {
        continue; // one word (JIIA) is too little to know the author by
      }
      String owner = null;
      int owners = 0;
      for (String name : names) {
        if (affiliations.containsKey(name)) {
          continue;
        }
        for (int i = 0; i < bios.size(); i++) {
          if (owns(name, bioNames.get(i), names)
              && Chars.oneSpace(bios.get(i).string()).contains(place)) {
            owner = name;
            owners++;
            break;
          }
        }
      }
      if (owners != 1) {
        continue;
      }
      affiliations.put(owner, post);
      sink.field("authors", d.start, d.end);
      drafts.remove(k);
      k--;
    }
  }

  /**
   * Takes out of the body a byline that extraction moved among the key points or above them: a
   * heading before the first paragraph that holds nothing but authors' names, as they were found
   * ({@code Taro Yamada}, {@code Taro Yamada and Hanako Suzuki}); the key points it stood between
   * are one list again.
   */
  private void dropBylineAmongKeyPoints(List<Draft> drafts, List<String> names) {
    for (int k = 0; k < drafts.size() && drafts.get(k).kind != Draft.Kind.PARAGRAPH; k++) {
      Draft d = drafts.get(k);
      if (d.kind != Draft.Kind.HEADING || d.length() > 200) {
        continue;
      }
      List<String> parts = splitNames(Chars.oneSpace(d.string()).trim());
      if (parts.isEmpty() || !names.containsAll(parts)) {
        continue;
      }
      sink.report(
          DiagnosticCode.PAGE_FURNITURE_DROPPED,
          d.start,
          d.end,
          "dropped the byline "
              + Sink.quote(d.string())
              + ", which extraction moved into the body");
      drafts.remove(k);
      if (k > 0 && k < drafts.size()) {
        Draft before = drafts.get(k - 1);
        Draft after = drafts.get(k);
        if (before.kind == Draft.Kind.LIST && after.kind == Draft.Kind.LIST) {
          before.items.addAll(after.items);
          before.end = after.end;
          drafts.remove(k);
        }
      }
      k--;
    }
  }

  /**
   * The paragraph that goes on with each biography, where the one right after it does: the rest of
   * a biography that a page break cut in mid-sentence (reported as joined), or a second paragraph
   * of it that speaks of the author as he or she ({@code He specializes in ...}).
   */
  private Map<Draft, Draft> biographiesGoingOn(List<Draft> drafts, List<Draft> bios) {
    // as many entries as biographies at most, mostly one or two
    Map<Draft, Draft> goingOn = new java.util.IdentityHashMap<>(bios.size());
    for (Draft b : bios) {
      int at = drafts.indexOf(b);
      Draft next = at + 1 < drafts.size() ? drafts.get(at + 1) : null;
      // a biography cut short may have been read as a heading: it opens with the author's name all
      // the same
      if (next == null
          || next.kind != Draft.Kind.PARAGRAPH
          || bios.contains(next)
          || b.kind == Draft.Kind.LIST) {
        continue;
      }
      String bio = b.string();
      String rest = next.string();
      boolean cut = !bio.isEmpty() && !Chars.isSentenceEnd(bio.charAt(BodyReader.closing(bio)));
      if (cut && !rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
        goingOn.put(b, next);
        sink.report(
            DiagnosticCode.PAGE_BREAK_JOINED,
            b.end,
            next.start,
            "joined a biography split by a page break after "
                + Sink.quote(bio.substring(Math.max(0, bio.length() - 30))));
      } else if (!cut && rest.length() <= MAX_BIOGRAPHY_REST && opensWithPronoun(rest)) {
        goingOn.put(b, next);
      }
    }
    return goingOn;
  }

  /**
   * Whether a paragraph speaks of the author as he or she ({@code She is the author of ...}) right
   * after a paragraph that opens with an author's name: the biography's second paragraph, which may
   * stand before another author's biography.
   */
  private static boolean goesOnAsHeOrShe(
      Draft d, Draft before, List<String> names, String authorText) {
    return d.kind == Draft.Kind.PARAGRAPH
        && before.kind == Draft.Kind.PARAGRAPH
        && d.length() <= MAX_BIOGRAPHY_REST
        && opensWithPronoun(d.string())
        && bioName(opening(before.chars(), names), names, authorText) != null;
  }

  /** The longest biography looked for with a clause before the author's name. */
  private static final int MAX_LED_IN_BIOGRAPHY = 600;

  /** The longest paragraph that goes on with a biography as he or she. */
  private static final int MAX_BIOGRAPHY_REST = 400;

  private static boolean opensWithPronoun(String text) {
    for (String pronoun : BIOGRAPHY_PRONOUNS) {
      if (text.startsWith(pronoun)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] BIOGRAPHY_PRONOUNS = {"He ", "She ", "His ", "Her "};

  /** Whether one of the names is a print of the given name ({@link #sameName}). */
  private static boolean namesOne(List<String> names, String name) {
    for (String n : names) {
      if (sameName(n, name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes a footnote mark off the end of each name of the byline ({@code Yoshikazu Hirose*}): it
   * refers to the biography, which may open with it; reports it where it stands.
   */
  private void dropFootnoteMarks(
      Header h, String work, List<String> names, Map<String, String> affiliations) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int end = name.length();
      while (end > 0 && Chars.isFootnoteMark(name.charAt(end - 1))) {
        end--;
      }
      String bare = name.substring(0, end).strip();
      if (end == name.length() || bare.isEmpty()) {
        continue;
      }
      String mark = name.substring(end);
      names.set(i, bare);
      String affiliation = affiliations.remove(name);
      if (affiliation != null) {
        affiliations.put(bare, affiliation);
      }
      int at = markAfter(h, work, bare, mark);
      sink.report(
          DiagnosticCode.STRAY_TEXT_DROPPED,
          at,
          at + mark.length(),
          "dropped the footnote mark "
              + Sink.quote(mark)
              + " after the author's name "
              + Sink.quote(bare));
    }
  }

  /**
   * Where the mark after a name stands in the byline's lines: after the name's last word and any
   * spaces; else where the byline starts.
   */
  private static int markAfter(Header h, String work, String name, String mark) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    List<int[]> lines = new ArrayList<>(h.moreAuthors);
    if (h.author != null) {
      lines.add(0, h.author);
    }
    for (int[] line : lines) {
      for (int p = work.indexOf(last, line[0]);
          p >= 0 && p < line[1];
          p = work.indexOf(last, p + 1)) {
        int q = p + last.length();
        while (q < line[1] && work.charAt(q) == ' ') {
          q++;
        }
        if (work.startsWith(mark, q)) {
          return q;
        }
      }
    }
    return lines.isEmpty() ? h.bodyStart : lines.get(0)[0];
  }

  /**
   * Where the byline on the title's line opens with one word, alone or before another author's
   * name, and the title's last word, in capitals, is the family name that a closing biography gives
   * with it ({@code ... COOPERATION HIROSE Yoshikazu}, or {@code HIROSE Yoshikazu and Taro Yamada},
   * and "Yoshikazu Hirose is ..."), moves that word from the title to the byline.
   */
  private void familyNameFromTitle(Header h, String work, List<Draft> drafts) {
    if (h.author == null
        || !h.moreAuthors.isEmpty()
        || !h.titleInCapitals
        || h.titleParts.isEmpty()) {
      return;
    }
    List<Word> byline = Words.split(work, h.author[0], h.author[1]);
    if (byline.isEmpty()
        || (byline.size() > 1
            && !byline.get(0).text.endsWith(",")
            && !byline.get(1).text.equals("and")
            && !byline.get(1).text.equals("&"))) {
      return; // more than a given name, and no other author's name after it
    }
    int[] last = h.titleParts.get(h.titleParts.size() - 1);
    List<Word> titleWords = Words.split(work, last[0], last[1]);
    if (titleWords.size() < 2 || last[1] > h.author[0]) {
      return;
    }
    Word family = titleWords.get(titleWords.size() - 1);
    String given = byline.get(0).text;
    given = given.endsWith(",") ? given.substring(0, given.length() - 1) : given;
    if (given.isEmpty()
        || !Chars.isBlank(work, family.end, h.author[0])
        || !isCapitalsWord(family.text)
        || !Character.isUpperCase(given.charAt(0))) {
      return;
    }
    for (int k = drafts.size() - 1; k >= 0 && k >= drafts.size() - 1 - TRAILING_BLOCKS; k--) {
      String opening =
          drafts.get(k).kind == Draft.Kind.LIST ? "" : withoutHonorific(drafts.get(k).string());
      if (opensWithName(opening, given + " " + family.text)
          || opensWithName(opening, family.text + " " + given)) {
        last[1] = titleWords.get(titleWords.size() - 2).end;
        h.author = new int[] {family.start, h.author[1]};
        return;
      }
    }
  }

  /** A biography's text without the honorific that may open it ({@code Dr. KAMIYA Matake}). */
  private static String withoutHonorific(String text) {
    for (String honorific : BIO_HONORIFICS) {
      if (text.startsWith(honorific)) {
        return text.substring(honorific.length());
      }
    }
    return text;
  }

  /** Whether a text opens with a name, in any case, and a blank or a comma after it. */
  private static boolean opensWithName(String text, String name) {
    return text.length() > name.length()
        && text.regionMatches(true, 0, name, 0, name.length())
        && (text.charAt(name.length()) == ' ' || text.charAt(name.length()) == ',');
  }

  /**
   * Where no byline was found and the biographies name the authors, takes their names off the end
   * of the title, where a byline in capitals, like the title, was read as its last words ({@code
   * THE PROSPECTS OF JAPAN-NATO COOPERATION YOSHIKAZU HIROSE}), with the commas and "and" between
   * them.
   */
  private boolean cutAuthorsFromTitle(Header h, String work, List<String> names) {
    List<Word> words = new ArrayList<>();
    for (int[] part : h.titleParts) {
      words.addAll(Words.split(work, part[0], part[1]));
    }
    int end = words.size(); // the title's words are those before end
    while (true) {
      int at = end;
      if (at < words.size()) { // before a name taken off, "and" may part it from the one before
        String w = words.get(at - 1).text;
        at -= w.equalsIgnoreCase("and") || w.equals("&") ? 1 : 0;
      }
      int first = -1;
      for (int n = 0; n < names.size() && first < 0; n++) {
        first = nameBefore(words, at, names.get(n));
      }
      if (first < 1) {
        break; // no name, or the whole title: it stays
      }
      end = first;
    }
    if (end == words.size()) {
      return false;
    }
    String before = words.get(end - 1).text;
    if (before.equalsIgnoreCase("and") || before.equals("&") || before.endsWith(",")) {
      return false; // a name before these that no biography gives: the byline is not clear
    }
    if (before.equalsIgnoreCase("by") && end > 1) {
      end--; // By Yoshikazu Hirose
    }
    int cut = words.get(end).start;
    int authorEnd = words.get(words.size() - 1).end;
    // the title ends before the names: parts after it go, the part that holds it is cut short
    for (int k = h.titleParts.size() - 1; k >= 0; k--) {
      int[] part = h.titleParts.get(k);
      if (part[0] >= cut) {
        h.titleParts.remove(k);
      } else if (part[1] > cut) {
        h.titleParts.set(k, new int[] {part[0], words.get(end - 1).end});
      }
    }
    sink.field("authors", cut, authorEnd);
    return true;
  }

  /**
   * Where no byline was found and the biographies name the authors, takes the byline off the start
   * of the first paragraph, where extraction that joins a page's text with blanks put it: the
   * names, in order, parted by commas, "and" or "&", then a tab, two blanks or more, or one blank
   * before a capital, a figure or an opening quotation mark ({@code Yoko Sakurai Since the ...}).
   */
  private void cutBylineFromBody(List<Draft> drafts, String work, List<String> names) {
    Draft d = drafts.isEmpty() ? null : drafts.get(0);
    if (d == null || d.kind != Draft.Kind.PARAGRAPH) {
      return;
    }
    int lineEnd = src.ends[src.lineOf(d.start)];
    int p = d.start;
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        p = afterNameSeparator(work, p, lineEnd);
      }
      String name = names.get(i);
      if (p < 0 || !work.regionMatches(p, name, 0, name.length())) {
        return;
      }
      p += name.length();
    }
    int gapEnd = Chars.skipBlanks(work, p, lineEnd);
    if (gapEnd >= lineEnd || gapEnd == p) {
      return;
    }
    char next = work.charAt(gapEnd);
    boolean wide = gapEnd - p >= 2 || work.charAt(p) == '\t';
    boolean opens =
        Character.isUpperCase(next) || Character.isDigit(next) || Chars.isOpeningQuote(next);
    CharSequence t = d.chars();
    int cut = 0; // where the paragraph's text goes on, its blanks made one or kept
    for (int i = d.start; i < gapEnd && cut >= 0; i++) {
      char c = work.charAt(i);
      if (Chars.isBlank(c)) {
        while (cut < t.length() && Chars.isBlank(t.charAt(cut))) {
          cut++;
        }
      } else {
        cut = cut < t.length() && t.charAt(cut) == c ? cut + 1 : -1;
      }
    }
    if (!(wide || opens) || cut <= 0 || cut >= t.length()) {
      return;
    }
    d.text().delete(0, cut);
    sink.field("authors", d.start, p);
    d.start = gapEnd;
  }

  /**
   * Where the next name starts after a comma, "and" or "&" that part two names of a byline, from
   * {@code p}, blanks around them; or -1.
   */
  private static int afterNameSeparator(String work, int p, int to) {
    int i = Chars.skipBlanks(work, p, to);
    boolean parted = false;
    if (i < to && work.charAt(i) == ',') {
      i = Chars.skipBlanks(work, i + 1, to);
      parted = true;
    }
    if (i + 1 < to && work.charAt(i) == '&') {
      i = Chars.skipBlanks(work, i + 1, to);
      parted = true;
    } else if (i + 4 < to && work.startsWith("and ", i)) {
      i = Chars.skipBlanks(work, i + 4, to);
      parted = true;
    }
    return parted && i < to ? i : -1;
  }

  /**
   * Where the words of a name stand in {@code words}, ending at {@code end}, in any case and with a
   * comma after each word allowed; or -1.
   */
  private static int nameBefore(List<Word> words, int end, String name) {
    String[] nameWords = name.split(" ");
    int first = end - nameWords.length;
    if (first < 0) {
      return -1;
    }
    for (int i = 0; i < nameWords.length; i++) {
      String w = words.get(first + i).text;
      if (w.endsWith(",")) {
        w = w.substring(0, w.length() - 1);
      }
      if (!w.equalsIgnoreCase(nameWords[i])) {
        return -1;
      }
    }
    return first;
  }

  /** The headings over a commentary's notes, in lower case. */
  private static final Set<String> NOTES_HEADINGS =
      Set.of(
          "notes",
          "endnotes",
          "footnotes",
          "references",
          "sources",
          "bibliography",
          "notes and references");

  /** How many notes may close a text. */
  private static final int MAX_NOTES = 60;

  /** How long a note may be: a reference with its web address, not a paragraph of the body. */
  private static final int NOTE_CHARS = 800;

  /**
   * How many blocks close the text as its notes: a heading such as {@code Notes} or {@code
   * References} and the blocks under it, each of a note's length; else the blocks that each open
   * with a note's number ({@code 1.}, {@code [1]}, {@code (1)}, {@code 1 }), two at least.
   */
  private static int notesAtEnd(List<Draft> drafts) {
    int n = drafts.size();
    int numbered = 0;
    boolean counting = true;
    for (int k = n - 1; k >= 0 && n - k <= MAX_NOTES + 1; k--) {
      Draft d = drafts.get(k);
      if (d.kind != Draft.Kind.LIST && d.length() <= 40 && isNotesHeading(d.string())) {
        return n - k;
      }
      if (d.length() > NOTE_CHARS) {
        break;
      }
      counting &= BodyReader.noteNumber(d.chars(), 0, d.length()) > 0;
      numbered += counting ? 1 : 0;
    }
    return numbered >= 2 ? numbered : 0;
  }

  /** Whether a short block is a heading over notes ({@code Notes}, {@code References:}). */
  private static boolean isNotesHeading(String block) {
    String t = Chars.oneSpace(block).strip().toLowerCase(Locale.ROOT);
    if (t.endsWith(":") || t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return NOTES_HEADINGS.contains(t);
  }

  /** How many blocks after the biographies may stand between them and the end. */
  private static final int TRAILING_BLOCKS = 3;

  /** How long such a block may be: a note, not a paragraph of the body. */
  private static final int TRAILING_CHARS = 400;

  /**
   * Collects the biographies that end at block {@code last}: the paragraphs before it, and it, that
   * open with an author's name, as many as there are authors and two more at most.
   */
  private static void findBiographies(
      List<Draft> drafts,
      int last,
      List<String> names,
      String authorText,
      List<Draft> bios,
      List<String> bioNames) {
    for (int i = last; i >= 0 && bios.size() < Math.max(names.size(), 1) + 2; i--) {
      Draft d = drafts.get(i);
      if (d.kind == Draft.Kind.LIST) {
        break;
      }
      String who = bioName(opening(d.chars(), names), names, authorText);
      if (who == null) {
        who = afterLeadIn(d.chars(), names);
      }
      if (who == null && i > 0 && goesOnAsHeOrShe(d, drafts.get(i - 1), names, authorText)) {
        continue; // the second paragraph of the biography before it, which goes on with it
      }
      if (who == null) {
        break;
      }
      bios.add(0, d);
      bioNames.add(0, who);
    }
  }

  /**
   * The author of the byline whose biography a closing paragraph is where a clause leads into the
   * name in its first sentence ({@code A former speechwriter for the Prime Minister, Taro Yamada is
   * ...}); or null.
   */
  private static String afterLeadIn(CharSequence chars, List<String> names) {
    if (chars.length() > MAX_LED_IN_BIOGRAPHY) {
      return null; // a body paragraph, longer than a biography
    }
    String text = chars.toString();
    int sentence = text.indexOf(". ");
    for (String name : names) {
      int at = indexOfSetOff(text, name);
      int verb = at + name.length() + 3;
      if (at > 0
          && (sentence < 0 || at < sentence)
          && (text.startsWith("is ", verb)
              || text.startsWith("was ", verb)
              || text.startsWith("has ", verb))) {
        return name;
      }
    }
    return null;
  }

  /**
   * Where {@code text} first holds {@code ", " + name + " "}, found without making that string; or
   * -1.
   */
  static int indexOfSetOff(String text, String name) {
    int n = text.length();
    for (int at = text.indexOf(name, 2); at >= 2 && at < n; at = text.indexOf(name, at + 1)) {
      int after = at + name.length();
      if (text.charAt(at - 2) == ','
          && text.charAt(at - 1) == ' '
          && after < n
          && text.charAt(after) == ' ') {
        return at - 2;
      }
    }
    return -1;
  }

  /** How many closing blocks are looked at for the biographies that part a byline's names. */
  private static final int BIO_BLOCKS = 3;

  /**
   * Parts a byline of one name of four words or more, nothing between its names (the seed's header
   * line glues the authors), where the closing blocks hold a sentence that opens with each part, a
   * name of two words or more, and a verb in lower case: {@code Yoshikazu Hirose Ken Jimbo} as
   * {@code Yoshikazu Hirose is ...} and {@code Ken Jimbo is ...} show. Only one such parting may
   * fit.
   */
  /**
   * Parts the next author out of an affiliation that runs on into them, as a byline of one line
   * with no mark between two authors gives it ({@code Ken Jimbo Professor, Keio University Mie Oba
   * Professor, Kanagawa University}): at two capitalised words that a line opens with, before
   * {@code is}, as a biography does, the second author, with the rest as their affiliation; and the
   * end of an affiliation out of the next name that it opens ({@code RIPS Taro Yamada}).
   */
  private void namesInAffiliations(
      String work, List<String> names, Map<String, String> affiliations) {
    // the end of an affiliation read as the next name's first words: RIPS Taro Yamada
    for (int k = 1; k < names.size(); k++) {
      String name = names.get(k);
      int space = name.indexOf(' ');
      int last = name.lastIndexOf(' ', name.lastIndexOf(' ') - 1);
      if (space < 0 || last < space || opensLineBelow(work, name + " is ", 0)) {
        continue;
      }
      String tail = name.substring(last + 1);
      if (opensLineBelow(work, tail + " is ", 0) && !affiliations.containsKey(tail)) {
        String previous = names.get(k - 1);
        String before = affiliations.get(previous);
        String head = name.substring(0, last);
        affiliations.put(previous, before == null ? head : before + ", " + head);
        names.set(k, tail);
        String own = affiliations.remove(name);
        if (own != null) {
          affiliations.put(tail, own);
        }
      }
    }
    for (int k = 0; k < names.size(); k++) {
      String affiliation = affiliations.get(names.get(k));
      if (affiliation == null) {
        continue;
      }
      String[] w = affiliation.split(" ");
      for (int i = 1; i + 1 < w.length; i++) {
        String name = w[i] + " " + w[i + 1];
        if (!Words.isCapitalised(w[i])
            || !Words.isCapitalised(w[i + 1].replace(",", ""))
            || names.contains(name.replace(",", ""))
            || !opensLineBelow(work, name.replace(",", "") + " is ", 0)) {
          continue;
        }
        String before = String.join(" ", Arrays.copyOfRange(w, 0, i)).trim();
        String after = String.join(" ", Arrays.copyOfRange(w, i + 2, w.length)).trim();
        name = name.replace(",", "");
        affiliations.put(
            names.get(k), before.endsWith(",") ? before.substring(0, before.length() - 1) : before);
        names.add(k + 1, name);
        if (!after.isEmpty()) {
          affiliations.put(name, after);
        }
        break;
      }
    }
  }

  private void partNamesByBiographies(List<Draft> drafts, List<String> names) {
    if (names.size() != 1 || drafts.isEmpty()) {
      return;
    }
    String[] words = names.get(0).split(" ");
    if (words.length < 4 || words.length > 9) {
      return;
    }
    StringBuilder closing = new StringBuilder();
    for (int i = Math.max(0, drafts.size() - BIO_BLOCKS); i < drafts.size(); i++) {
      closing.append(drafts.get(i).chars()).append('\n');
    }
    String tail = closing.toString();
    List<String> found = null;
    // two parts, or three, of two words at least each
    for (int a = 2; a + 2 <= words.length; a++) {
      for (int b = a + 2; b <= words.length; b++) {
        if (b < words.length && b + 2 > words.length) {
          continue;
        }
        List<String> parts = new ArrayList<>(3);
        parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, a)));
        parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, a, b)));
        if (b < words.length) {
          parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, b, words.length)));
        }
        boolean all = true;
        for (String part : parts) {
          all &= opensBiography(tail, part);
        }
        if (all) {
          if (found != null) {
            return; // two partings fit: neither is taken
          }
          found = parts;
        }
        if (b == words.length) {
          break; // two parts: one end only
        }
      }
    }
    if (found != null) {
      names.clear();
      names.addAll(found);
    }
  }

  /**
   * Whether a text holds a sentence that opens with {@code name}, then a space and a word in lower
   * case: at a line's start or after a sentence's end.
   */
  static boolean opensBiography(String text, String name) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean opens =
          i == 0 || text.charAt(i - 1) == '\n' || (i >= 2 && endsSentence(text, 0, i - 1));
      if (opens
          && end + 1 < text.length()
          && text.charAt(end) == ' '
          && Character.isLowerCase(text.charAt(end + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits the last paragraph, and each biography after it, before each sentence that opens an
   * author's biography: in hard-wrapped text the biographies may follow the last paragraph with no
   * blank line, and the biographies of several authors may share one line. The last paragraph is
   * the last that opens with no author's name: the first biography may be glued to it and the next
   * stand apart.
   */
  private void splitGluedBiography(List<Draft> drafts, List<String> names, String authorText) {
    if (drafts.isEmpty() || names.isEmpty()) {
      return;
    }
    // the last paragraph that is no biography itself, and the biographies after it
    int index = drafts.size() - 1;
    while (index > 0
        && drafts.size() - 1 - index < names.size()
        && drafts.get(index).kind == Draft.Kind.PARAGRAPH
        && bioName(opening(drafts.get(index).chars(), names), names, authorText) != null) {
      index--;
    }
    for (int k = drafts.size() - 1; k >= index; k--) {
      splitBiographies(drafts, k, names);
    }
  }

  /** Splits paragraph {@code k} before each sentence that opens an author's biography. */
  private void splitBiographies(List<Draft> drafts, int k, List<String> names) {
    Draft last = drafts.get(k);
    if (last.kind != Draft.Kind.PARAGRAPH) {
      return;
    }
    // the text is made a string, and the cuts a set, only where a sentence opens with a name
    String t = null;
    java.util.TreeSet<Integer> cuts = null;
    for (String name : names) {
      String mark = ". " + name + " ";
      if (t == null) {
        CharSequence chars = last.chars();
        if (chars instanceof StringBuilder sb && sb.indexOf(mark) < 0) {
          continue;
        }
        t = chars.toString();
      }
      for (int at = t.indexOf(mark); at > 0; at = t.indexOf(mark, at + 1)) {
        if (!afterHonorific(t, at) && bioName(t.substring(at + 2), names, name) != null) {
          if (cuts == null) {
            cuts = new java.util.TreeSet<>();
          }
          cuts.add(at + 2);
        }
      }
    }
    if (cuts != null) {
      cutBefore(drafts, k, cuts);
    }
  }

  /**
   * Splits the last note among the blocks that close the text before each line of it that opens an
   * author's biography with the name and a verb ({@code Taro Yamada is}), after a line that ends a
   * sentence: where no blank line parts paragraphs, the biographies may follow the notes with none,
   * and a note on the translation after them leaves the note that takes in the first biography no
   * last paragraph of the text.
   */
  private static void splitLastNote(List<Draft> drafts, List<String> names, String work) {
    for (int k = drafts.size() - 1;
        k >= 0 && drafts.size() - 1 - k <= names.size() + TRAILING_BLOCKS;
        k--) {
      Draft note = drafts.get(k);
      if (note.kind == Draft.Kind.PARAGRAPH
          && BodyReader.noteNumber(note.chars(), 0, note.length()) > 0) {
        String t = note.string();
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (String name : names) {
          for (String verb : BIO_VERBS) {
            String opening = name + " " + verb + " ";
            int at = t.lastIndexOf(" " + opening);
            if (at > 0 && opensLineAfterSentence(work, note.start, note.end, opening)) {
              cuts.add(at + 1);
            }
          }
        }
        cutBefore(drafts, k, cuts);
        return;
      }
    }
  }

  /**
   * Whether a line of {@code s[from, to)} after its first opens with {@code opening}, the line
   * before it ending a sentence.
   */
  private static boolean opensLineAfterSentence(String s, int from, int to, String opening) {
    for (int at = s.indexOf(opening, from + 1);
        at >= 0 && at + opening.length() <= to;
        at = s.indexOf(opening, at + 1)) {
      int line = at;
      while (line > from && (s.charAt(line - 1) == ' ' || s.charAt(line - 1) == '\t')) {
        line--;
      }
      if (line > from
          && (s.charAt(line - 1) == '\n' || s.charAt(line - 1) == '\r')
          && endsSentence(s, from, line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits paragraph {@code k} at each of {@code cuts}, indices into its text, each a new block.
   */
  private static void cutBefore(List<Draft> drafts, int k, java.util.TreeSet<Integer> cuts) {
    if (cuts.isEmpty()) {
      return;
    }
    Draft last = drafts.get(k);
    String t = last.string();
    last.text().setLength(cuts.first() - 1);
    List<Integer> bounds = new ArrayList<>(cuts);
    bounds.add(t.length() + 1);
    for (int i = 0; i + 1 < bounds.size(); i++) {
      // the split points are inside the block; the spans share its end
      Draft bio = new Draft(Draft.Kind.PARAGRAPH, last.end);
      bio.text().append(t, bounds.get(i), bounds.get(i + 1) - 1);
      bio.end = last.end;
      drafts.add(k + 1 + i, bio);
    }
  }

  /**
   * Whether the full stop at {@code dot} ends an honorific such as "Dr." rather than a sentence.
   */
  private static boolean afterHonorific(String t, int dot) {
    int s = dot;
    while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
      s--;
    }
    return HONORIFICS.contains(t.substring(s, dot + 1));
  }

  /** The honorifics a name may open with, which end in a full stop that ends no sentence. */
  private static final Set<String> HONORIFICS =
      Set.of(
          "Dr.", "Prof.", "Mr.", "Ms.", "Mrs.", "Amb.", "Gen.", "Adm.", "Lt.", "Col.", "Capt.",
          "Sen.");

  /** The verbs after the name that a biography opens with ({@code Taro Yamada is}). */
  private static final List<String> BIO_VERBS =
      List.of("is", "was", "has", "serves", "served", "joined", "teaches", "heads", "holds");

  /** The honorifics {@link #bioName} drops, in the order it drops them. */
  private static final String[] BIO_HONORIFICS = {
    "Dr. ", "Prof. ", "Professor ", "Mr. ", "Ms. ", "Ambassador "
  };

  /**
   * The labels a biography may open with, before the name, in any case, with a colon or not: the
   * longer first.
   */
  private static final String[] BIO_LABELS = {"About the authors", "About the author"};

  /** The labels a biography may open with that count as such only before a colon. */
  private static final String[] BIO_LABELS_WITH_COLON = {
    "Authors' profiles",
    "Authors\u2019 profiles",
    "Author's profile",
    "Author\u2019s profile",
    "Author profile",
    "Biographies",
    "Biography",
    "Profiles",
    "Profile",
    "Authors",
    "Author",
    "About the contributors",
    "About the contributor",
    "Note"
  };

  /**
   * Where the biography after a label that opens a text starts, past the label, a colon and the
   * spaces after them; 0 when no label opens it. A label alone, as on a line of its own, ends at
   * the text's end.
   */
  private static int bioLabelEnd(String s) {
    if (s.length() > 1 && s.charAt(0) == '(' && Character.isLetter(s.charAt(1))) {
      return 1; // a biography in brackets, whose closing one dropBiographyLabel drops
    }
    // most paragraphs open with no label's first letter: the labels are not compared one by one
    boolean labelled = !s.isEmpty() && opensLabel(s.charAt(0));
    for (String label : labelled ? BIO_LABELS_WITH_COLON : NO_LABELS) {
      int n = label.length();
      if (s.length() > n && s.regionMatches(true, 0, label, 0, n) && Chars.isColon(s.charAt(n))) {
        int end = n + 1;
        while (end < s.length() && Chars.isBlank(s.charAt(end))) {
          end++;
        }
        return end;
      }
    }
    int marks = 0;
    while (marks < s.length() && Chars.isFootnoteMark(s.charAt(marks))) {
      marks++;
    }
    if (marks > 0) {
      // a footnote mark before a name; an asterisk that another closes opens emphasis
      int end = marks;
      while (end < s.length() && Chars.isBlank(s.charAt(end))) {
        end++;
      }
      boolean name = end < s.length() && Character.isLetter(s.charAt(end));
      boolean emphasis = s.charAt(0) == '*' && s.indexOf('*', end) >= 0;
      return name && !emphasis ? end : 0;
    }
    for (String label : labelled ? BIO_LABELS : NO_LABELS) {
      int n = label.length();
      if (s.regionMatches(true, 0, label, 0, n)) {
        int end = n;
        if (end < s.length() && Chars.isColon(s.charAt(end))) {
          end++;
        }
        if (end < s.length() && !Chars.isBlank(s.charAt(end))) {
          return 0; // About the authors' views...: no label
        }
        while (end < s.length() && Chars.isBlank(s.charAt(end))) {
          end++;
        }
        return end;
      }
    }
    return 0;
  }

  private static final String[] NO_LABELS = {};

  /** The first letters of the labels a biography may open with, in capitals. */
  private static final String LABEL_INITIALS = labelInitials();

  private static String labelInitials() {
    StringBuilder initials = new StringBuilder();
    for (String[] labels : new String[][] {BIO_LABELS, BIO_LABELS_WITH_COLON}) {
      for (String label : labels) {
        char c = Character.toUpperCase(label.charAt(0));
        if (initials.indexOf(String.valueOf(c)) < 0) {
          initials.append(c);
        }
      }
    }
    return initials.toString();
  }

  /**
   * Whether a character may open a label ({@link #bioLabelEnd}): one that {@link
   * String#regionMatches(boolean, int, String, int, int)}, ignoring case, takes for a label's first
   * letter.
   */
  private static boolean opensLabel(char c) {
    char upper = Character.toUpperCase(c);
    for (int k = 0; k < LABEL_INITIALS.length(); k++) {
      char initial = LABEL_INITIALS.charAt(k);
      if (upper == initial || Character.toLowerCase(upper) == Character.toLowerCase(initial)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a label over the biographies from the body when it stands on a line of its own before
   * them, and from the text of a biography that it opens; reports each.
   */
  private void dropBiographyLabel(List<Draft> drafts, List<Draft> bios) {
    if (bios.isEmpty()) {
      return;
    }
    int first = drafts.indexOf(bios.get(0));
    if (first > 0) {
      Draft before = drafts.get(first - 1);
      if (before.kind != Draft.Kind.LIST && isBioLabelOnly(before.chars())) {
        drafts.remove(first - 1);
        sink.field("biographies", before.start, before.end);
        reportBioLabel(before.string().strip(), before.start, before.end);
      }
    }
    for (Draft bio : bios) {
      int end = bioLabelEnd(opening(bio.chars(), List.of()));
      if (end > 0) {
        String label = bio.chars().subSequence(0, end).toString().strip();
        StringBuilder t = bio.text();
        t.delete(0, end);
        // the label's span, where the biography's text stands in the input as it reads
        boolean inPlace = text.regionMatches(bio.start, label, 0, label.length());
        int labelEnd = inPlace ? bio.start + label.length() : bio.start;
        // a biography set in italics (*...*) or in brackets closes with its mark's twin
        char close = label.equals("*") ? '*' : label.equals("(") ? ')' : 0;
        int last = t.length() - 1;
        while (last >= 0 && Chars.isBlank(t.charAt(last))) {
          last--;
        }
        if (close != 0 && last >= 0 && t.charAt(last) == close && closes(t, last)) {
          t.setLength(last);
          sink.report(
              DiagnosticCode.BIOGRAPHY_LABEL_DROPPED,
              bio.start,
              labelEnd,
              "dropped the " + (close == ')' ? "brackets" : "asterisks") + " around the biography");
        } else {
          reportBioLabel(label, bio.start, labelEnd);
        }
      }
    }
  }

  /**
   * Whether the mark at {@code last} closes the one dropped before the text: the only asterisk
   * left, or the one closing bracket more than the text opens.
   */
  private static boolean closes(CharSequence t, int last) {
    int depth = 0;
    for (int i = 0; i < last; i++) {
      char c = t.charAt(i);
      if (c == '*' && t.charAt(last) == '*') {
        return false;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false; // the opening bracket closes before the end
      }
    }
    return depth == 0;
  }

  private static boolean isBioLabelOnly(CharSequence text) {
    if (text.length() > 2 * BIO_LABELS[0].length()) {
      return false; // a paragraph, not copied to be told so
    }
    String s = text.toString().strip();
    if (s.isEmpty()) {
      return false;
    }
    for (String label : BIO_LABELS_WITH_COLON) {
      if (s.equalsIgnoreCase(label)) {
        return true; // on a line of its own, such a label needs no colon
      }
    }
    return bioLabelEnd(s) == s.length();
  }

  private void reportBioLabel(String label, int start, int end) {
    sink.report(
        DiagnosticCode.BIOGRAPHY_LABEL_DROPPED,
        start,
        end,
        Chars.isFootnoteMark(label.charAt(0))
            ? "dropped the footnote mark " + Sink.quote(label) + " that opens the biography"
            : "dropped the label " + Sink.quote(label) + " over the biography");
  }

  /** How a biography that does not name its one author opens: "The author is Professor ...". */
  private static final String[] THE_AUTHOR = {
    "The author is ", "The author was ", "The author has ", "The author serves ", "The author, "
  };

  /** The characters that a label and the honorifics before a biography's name may take at most. */
  private static final int OPENING_CHARS;

  /** The spaces that a label and the honorifics before a biography's name may hold at most. */
  private static final int OPENING_SPACES;

  static {
    int chars = 0;
    int spaces = 0;
    for (String label : BIO_LABELS) {
      chars = Math.max(chars, label.length() + 2); // and a colon and a space after it
      // the space after it, and those in it, counted in a loop: a lambda would link the lambda
      // machinery at start-up
      int inLabel = 1;
      for (int i = 0; i < label.length(); i++) {
        inLabel += label.charAt(i) == ' ' ? 1 : 0;
      }
      spaces = Math.max(spaces, inLabel);
    }
    for (String h : BIO_HONORIFICS) {
      chars += h.length();
      spaces++; // each holds one space
    }
    OPENING_CHARS = chars;
    OPENING_SPACES = spaces;
  }

  /**
   * As much of the start of a paragraph as {@link #bioName} reads, so that a paragraph that is no
   * biography is not copied whole to find so: the honorifics it may drop, each holding one space,
   * then an author's name and the character after it, or seven more spaces for the words it looks
   * at, whichever reaches further.
   */
  private static String opening(CharSequence text, List<String> names) {
    int longest = 0;
    for (String name : names) {
      longest = Math.max(longest, name.length());
    }
    int n = text.length();
    int end = OPENING_CHARS + longest + 1;
    int spaces = 0;
    int i = 0;
    while (i < n && spaces < OPENING_SPACES + 7) {
      if (text.charAt(i++) == ' ') {
        spaces++;
      }
    }
    return Chars.plainSpaces(text.subSequence(0, Math.min(n, Math.max(end, i))).toString());
  }

  /** The name a biography opens with, if it is an author's; else null. */
  private static String bioName(String t, List<String> names, String authorText) {
    String s = t;
    if (names.size() == 1) {
      for (String opening : THE_AUTHOR) {
        if (s.startsWith(opening)) {
          return names.get(0);
        }
      }
    }
    s = s.substring(bioLabelEnd(s));
    for (String honorific : BIO_HONORIFICS) {
      if (s.startsWith(honorific)) {
        s = s.substring(honorific.length());
      }
    }
    for (String name : names) {
      if (s.startsWith(name)
          && s.length() > name.length()
          && !Character.isLetter(s.charAt(name.length()))) {
        return name;
      }
    }
    // the name as the biography prints it: capitalised words before "is", "was", "has", ","
    String[] words = leadingWords(s, 8);
    int n = 0;
    while (n < words.length - 1
        && n < 5
        && !words[n].isEmpty()
        && (Character.isUpperCase(words[n].charAt(0)) || isInitialOrParticle(words[n]))) {
      n++;
    }
    // without a byline to check it against, one capitalised word before a comma opens many a
    // paragraph ("Secondly, ..."), as a small word does ("For Japan, ..."), not a biography
    if (n < 1
        || n >= words.length
        || (authorText.isEmpty()
            && (n == 1 || GOES_ON.contains(words[0].toLowerCase(Locale.ROOT))))) {
      return null;
    }
    String verb = words[n];
    String lastWord = words[n - 1];
    boolean comma = lastWord.endsWith(",");
    if (comma) {
      lastWord = lastWord.substring(0, lastWord.length() - 1);
    }
    if (!comma && !BIO_VERBS.contains(verb)) {
      return null;
    }
    String surname = lastWord;
    // the byline may print the family name in capitals: Yoshikazu HIROSE
    if (authorText.isEmpty()
        || containsWord(
            withoutMarks(authorText).toLowerCase(Locale.ROOT),
            withoutMarks(surname).toLowerCase(Locale.ROOT))) {
      StringBuilder who = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (who.length() > 0) {
          who.append(' ');
        }
        who.append(i == n - 1 ? lastWord : words[i]);
      }
      return who.toString();
    }
    return null;
  }

  /**
   * What {@code s.split(" ", limit)} gives, but for its last piece when the split is full: that
   * piece, the rest of the text (a whole biography), is left null, as no caller reads it.
   */
  private static String[] leadingWords(String s, int limit) {
    String[] out = new String[limit];
    int count = 0;
    int from = 0;
    while (count < limit - 1) {
      int space = s.indexOf(' ', from);
      if (space < 0) {
        out[count++] = s.substring(from); // the last piece, after the last space
        return java.util.Arrays.copyOf(out, count);
      }
      out[count++] = s.substring(from, space);
      from = space + 1;
    }
    return out; // limit pieces; the last, the rest of the text, left null
  }

  private static boolean isInitialOrParticle(String w) {
    return PARTICLES.contains(w) || (w.length() == 2 && w.charAt(1) == '.');
  }

  /**
   * Whether a word, not empty, is one of the pieces of a text split at runs of white space ({@code
   * [ \t\n\x0B\f\r]}), commas and ampersands, as {@code text.split("[\\s,&]+")} splits it.
   */
  static boolean containsWord(String text, String word) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isWordSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isWordSeparator(text.charAt(i))) {
        i++;
      }
      if (i - start == word.length() && text.startsWith(word, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordSeparator(char c) {
    return c == ' ' || c == ',' || c == '&' || (c >= '\t' && c <= '\r');
  }

  /** What {@link #splitNames} splits at, in the order tried at each position. */
  private static final String[] NAME_SEPARATORS = {",", ";", " and ", " & ", "・"};

  /**
   * Whether two prints of a name are one person's: the same surname, in any case, or the same two
   * words in the other order ({@code HIROSE Yoshikazu}, {@code Yoshikazu Hirose}).
   */
  private static boolean sameName(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String[] x = withoutMarks(a).split(" ");
    String[] y = withoutMarks(b).split(" ");
    if (x[x.length - 1].equalsIgnoreCase(y[y.length - 1])) {
      return true;
    }
    return x.length == 2
        && y.length == 2
        && x[0].equalsIgnoreCase(y[1])
        && x[1].equalsIgnoreCase(y[0]);
  }

  /**
   * Whether the biography whose opening names {@code owner} is the author {@code name}'s: the same
   * full name ({@link #sameFullName}), or, where it is no author's full name, the same surname
   * ({@link #sameName}), so that of co-authors who share a family name ({@code Shin Hayashi},
   * {@code Takeshi Hayashi}) each keeps the biography that opens with their own name.
   */
  private static boolean owns(String name, String owner, List<String> names) {
    if (sameFullName(owner, name)) {
      return true;
    }
    for (String other : names) {
      if (sameFullName(owner, other)) {
        return false;
      }
    }
    return sameName(owner, name);
  }

  /**
   * Whether two prints of a name are one person's by all their words: the same in any case, with or
   * without the marks over the letters, or the same two words in the other order.
   */
  private static boolean sameFullName(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String x = withoutMarks(a);
    String y = withoutMarks(b);
    if (x.equalsIgnoreCase(y)) {
      return true;
    }
    int i = x.indexOf(' ');
    int j = y.indexOf(' ');
    return i > 0
        && j > 0
        && x.indexOf(' ', i + 1) < 0
        && y.indexOf(' ', j + 1) < 0
        && x.substring(0, i).equalsIgnoreCase(y.substring(j + 1))
        && x.substring(i + 1).equalsIgnoreCase(y.substring(0, j));
  }

  /**
   * A name without the marks over its letters, as a byline may print {@code Ota} and a biography
   * {@code Ōta}; the name itself where it is in ASCII.
   */
  private static String withoutMarks(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
      }
    }
    return name;
  }

  static List<String> splitNames(String authorText) {
    List<String> names = new ArrayList<>();
    if (authorText.isEmpty()) {
      return names;
    }
    int n = authorText.length();
    int start = 0;
    int i = 0;
    int depth = 0; // a name's affiliation in brackets may hold commas: (Senior Fellow, NPI)
    while (i < n) {
      char c = authorText.charAt(i);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      String separator = depth > 0 ? null : nameSeparatorAt(authorText, i);
      if (separator == null) {
        i++;
        continue;
      }
      addName(names, authorText.substring(start, i));
      i += separator.length();
      start = i;
    }
    addName(names, authorText.substring(start));
    return names;
  }

  private static String nameSeparatorAt(String text, int at) {
    // most characters open no separator: each is looked up by its first character
    char c = text.charAt(at);
    if (c != ',' && c != ';' && c != ' ' && c != '・') {
      return null;
    }
    if (c == ' '
        && at > 0
        && text.charAt(at - 1) == ')'
        && at + 1 < text.length()
        && Character.isUpperCase(text.charAt(at + 1))) {
      return " "; // a name after the affiliation in brackets of the one before: (JIIA) Taro Yamada
    }
    for (String separator : NAME_SEPARATORS) {
      if (text.startsWith(separator, at)) {
        return separator;
      }
    }
    return null;
  }

  private static void addName(List<String> names, String part) {
    String p = part.trim();
    if (p.startsWith("and ")) {
      p = p.substring(4).trim();
    }
    if (p.endsWith(" and") || p.endsWith(" &")) {
      // the last word of a byline whose next line was lost: Taro Yamada and
      p = p.substring(0, p.lastIndexOf(' ')).trim();
    }
    if (!p.isEmpty()) {
      names.add(p);
    }
  }

  /**
   * The words that make a part of a byline, between commas or in brackets, an affiliation rather
   * than a name: an institution's, a post's or a rank's.
   */
  private static final Set<String> AFFILIATION_WORDS = union(INSTITUTIONS, POSTS);

  /** Two sets as one, made with no lambda: none loads at start-up. */
  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * Splits a byline into the authors' names and, for each name followed by one, an affiliation: in
   * brackets after the name ({@code Taro Yamada (Keio University)}), or the parts after it between
   * commas that name an institution, a post or a rank, or are one word ({@code Taro Yamada,
   * Professor, University of Tokyo, Japan}).
   */
  static void readByline(String byline, List<String> names, Map<String, String> affiliations) {
    for (String part : splitNames(byline)) {
      String name = part;
      String bracketed = null;
      int open = part.indexOf('(');
      if (open > 0 && part.endsWith(")")) {
        bracketed = part.substring(open + 1, part.length() - 1).trim();
        name = part.substring(0, open).trim();
      }
      // a name has two words at least: one word after a name is its affiliation's (NPI, Japan)
      if (!names.isEmpty()
          && bracketed == null
          && (isAffiliation(name) || (name.indexOf(' ') < 0 && Words.hasLetter(name)))) {
        String last = names.get(names.size() - 1);
        String before = affiliations.get(last);
        affiliations.put(last, before == null ? name : before + ", " + name);
        continue;
      }
      // a post after the name with no comma between: Shinji Ito Research Fellow, IIPS
      // a run of spaces parts two words as one space does: Taro  Yamada Research Fellow
      // (a post is the third word or later: a name of fewer words is not split to find none)
      String spaced = bracketed == null ? Chars.oneSpace(name.trim()) : "";
      String[] words =
          spaced.indexOf(' ') != spaced.lastIndexOf(' ') ? spaced.split(" ") : new String[0];
      for (int k = 2; k < words.length; k++) {
        if (POSTS.contains(words[k]) && Character.isUpperCase(words[k - 1].charAt(0))) {
          bracketed = String.join(" ", Arrays.copyOfRange(words, k, words.length));
          name = String.join(" ", Arrays.copyOfRange(words, 0, k));
          break;
        }
      }
      names.add(name);
      if (bracketed != null && !bracketed.isEmpty()) {
        affiliations.put(name, bracketed);
      }
    }
  }

  /** Whether a part of a byline names an institution, a post or a rank. */
  private static boolean isAffiliation(String part) {
    for (String word : part.split(" ")) {
      int e = word.length();
      while (e > 0 && !Character.isLetter(word.charAt(e - 1))) {
        e--; // University, or University)
      }
      if (AFFILIATION_WORDS.contains(word.substring(0, e))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line under the title is a byline whose names carry affiliations: its first part a
   * name, and some part an affiliation.
   */
  private static boolean isBylineWithAffiliations(String work, int[] seg) {
    String line = work.substring(seg[0], seg[1]).trim();
    if (line.length() > 160 || line.indexOf('"') >= 0 || line.indexOf('\u201C') >= 0) {
      return false;
    }
    List<String> names = new ArrayList<>();
    Map<String, String> affiliations = new java.util.HashMap<>();
    readByline(withoutBy(line), names, affiliations);
    if (names.isEmpty() || affiliations.isEmpty()) {
      return false;
    }
    for (String name : names) {
      String[] words = name.split(" ");
      if (words.length < 2 || words.length > 5 || isAffiliation(name)) {
        return false;
      }
      for (String w : words) {
        if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || PARTICLES.contains(w))) {
          return false;
        }
      }
    }
    return true;
  }

  /** "Taro Yamada Jiro Suzuki" split by the names the biographies open with. */
  private static List<String> splitByBiographies(String joined, List<String> bioNames) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (String name : bioNames) {
      int found = joined.indexOf(name, at);
      if (found < 0) {
        return null;
      }
      if (found > at && !joined.substring(at, found).isBlank()) {
        return null;
      }
      out.add(name);
      at = found + name.length();
    }
    return joined.substring(at).isBlank() ? out : null;
  }

  /**
   * The sentences of a shared biography that speak of one author: from their name to the next
   * sentence that opens with another's name. A sentence that opens with several names, theirs among
   * them ("Taro Yamada and Jiro Suzuki are ..."), is each one's.
   */
  private static String sentencesOf(String bio, String name, List<String> names) {
    int start = indexOfName(bio, name, 0);
    if (start < 0) {
      return null;
    }
    int sentence = sentenceStart(bio, start);
    if (sentence < start
        && (isNameList(bio.substring(sentence, start)) || isLeadIn(bio, sentence, start, name))) {
      start = sentence;
    }
    int end = bio.length();
    for (String other : names) {
      if (other.equals(name)) {
        continue;
      }
      for (int o = indexOfName(bio, other, start + 1);
          o >= 0 && o < end;
          o = indexOfName(bio, other, o + 1)) {
        int opens = sentenceStart(bio, o);
        if (opens > start
            && (isHonorifics(bio.substring(opens, o)) || isLeadIn(bio, opens, o, other))) {
          end = opens; // a sentence that opens with another's name, an honorific before it or not
          break;
        }
      }
    }
    return bio.substring(start, end).trim();
  }

  /**
   * Whether the sentence from {@code sentence} leads into the name at {@code at} with a clause, a
   * comma before the name and a verb after it: {@code Formerly an aide to ..., Sugio Takahashi is}.
   */
  private static boolean isLeadIn(String bio, int sentence, int at, String name) {
    int verb = at + name.length() + 1;
    return at - sentence > 2
        && bio.startsWith(", ", at - 2)
        && (bio.startsWith("is ", verb)
            || bio.startsWith("was ", verb)
            || bio.startsWith("has ", verb));
  }

  /**
   * Where a name stands in a text from {@code from}, in any case, as printed or with its last word
   * first ({@code KAWASHIMA Shin} for {@code Shin Kawashima}); or -1.
   */
  private static int indexOfName(String text, String name, int from) {
    int space = name.lastIndexOf(' ');
    String reversed =
        space < 0 ? null : name.substring(space + 1) + " " + name.substring(0, name.indexOf(' '));
    for (int i = from;
        i + Math.min(name.length(), reversed == null ? 0 : reversed.length()) <= text.length();
        i++) {
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (text.regionMatches(true, i, name, 0, name.length())
              || (reversed != null
                  && text.regionMatches(true, i, reversed, 0, reversed.length())))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a word is an honorific before a name, abbreviated or not: Prof., Professor. */
  private static boolean isHonorific(String w) {
    return HONORIFICS.contains(w) || w.equals("Professor") || w.equals("Ambassador");
  }

  /** Whether text holds nothing but honorifics ("Prof. ", "Professor "), or nothing. */
  private static boolean isHonorifics(String text) {
    for (String w : text.trim().split(" ")) {
      if (!w.isEmpty() && !isHonorific(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Names that a list goes on after, or an honorific that a name goes on after: "Taro Yamada and ",
   * "Taro Yamada, Jiro Suzuki and ", "Prof. ".
   */
  private static boolean isNameList(String text) {
    String[] words = text.trim().split(" ");
    String last = words[words.length - 1]; // text.trim() ends in a word
    if (!last.equals("and") && !last.equals("&") && !last.endsWith(",") && !isHonorific(last)) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty()
          && !w.equals("and")
          && !w.equals("&")
          && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Where the sentence that holds {@code at} starts: after the full stop before it, if any. */
  private static int sentenceStart(String text, int at) {
    for (int p = at - 2; p >= 0; p--) {
      if (text.charAt(p) != '.' || text.charAt(p + 1) != ' ') {
        continue;
      }
      if (!afterHonorific(text, p)) {
        return p + 2; // a full stop that does not close an honorific ("Prof.") ends a sentence
      }
    }
    return at < 0 ? at : 0;
  }

  // ------------------------------------------------------------------ blocks and inlines

  /**
   * Builds a block, or reports and returns null for a block with no text (a bare bullet).
   *
   * @param text the draft's text, or null for a list
   */
  private Block block(Draft d, String text) {
    SourceSpan span = src.span(d.start, d.end);
    if (d.kind == Draft.Kind.LIST) {
      List<ListItem> items = new ArrayList<>(d.items.size());
      for (StringBuilder item : d.items) {
        List<Inline> content =
            item.length() > 0 ? inlines(written(item.toString(), true), d) : List.of();
        if (!content.isEmpty()) {
          items.add(ListItem.of(content));
        }
      }
      if (!items.isEmpty()) {
        return BulletList.builder().addAllItems(items).source(span).build();
      }
    } else {
      List<Inline> content = inlines(text, d);
      if (!content.isEmpty()) {
        return d.kind == Draft.Kind.HEADING
            ? Heading.builder().addAllContent(content).source(span).build()
            : Paragraph.builder().addAllContent(content).source(span).build();
      }
    }
    sink.report(DiagnosticCode.STRAY_TEXT_DROPPED, d.start, d.end, "dropped a block with no text");
    return null;
  }

  /**
   * Splits text, its ligatures written out, into plain text and emphasis: {@code *emphasis*}, and
   * as a PDF-to-Markdown tool writes it, {@code **bold**}, {@code _emphasis_} and {@code __bold__}.
   * An asterisk that opens or closes none is kept and reported; an underscore, as in a name such as
   * {@code snake_case}, is kept.
   */
  private List<Inline> inlines(String s, Draft d) {
    List<Inline> out = new ArrayList<>(1);
    int n = s.length();
    int plainStart = 0;
    int i = 0;
    int star = s.indexOf('*');
    int underscore = s.indexOf('_');
    while (i < n) {
      if (star >= 0 && star < i) {
        star = s.indexOf('*', i);
      }
      if (underscore >= 0 && underscore < i) {
        underscore = s.indexOf('_', i);
      }
      int open = star < 0 ? underscore : underscore < 0 ? star : Math.min(star, underscore);
      if (open < 0) {
        break;
      }
      if (escapes && isEscaped(s, open)) {
        i = open + 1; // a mark escaped with a backslash is text
        continue;
      }
      char mark = s.charAt(open);
      int marks = open + 1 < n && s.charAt(open + 1) == mark ? 2 : 1;
      boolean canOpen =
          open + marks < n
              && !Character.isWhitespace(s.charAt(open + marks))
              && s.charAt(open + marks) != mark
              && (open == 0 || !Character.isLetterOrDigit(s.charAt(open - 1)));
      String closing = marks == 1 ? String.valueOf(mark) : mark == '*' ? "**" : "__";
      int close = canOpen ? s.indexOf(closing, open + marks) : -1;
      while (escapes && close >= 0 && isEscaped(s, close)) {
        close = s.indexOf(closing, close + 1);
      }
      if (close > open + marks
          && !Character.isWhitespace(s.charAt(close - 1))
          && (close + marks >= n || !Character.isLetterOrDigit(s.charAt(close + marks)))) {
        if (open > plainStart) {
          out.add(io.github.ajiss4j.model.Text.of(unescaped(s.substring(plainStart, open))));
        }
        out.add(io.github.ajiss4j.model.Emphasis.of(unescaped(s.substring(open + marks, close))));
        plainStart = close + marks;
        i = close + marks;
      } else {
        if (mark == '*') {
          int at = sourceOfMark(d, s, open);
          sink.report(
              DiagnosticCode.UNMATCHED_EMPHASIS,
              at,
              at + 1,
              "kept an asterisk that opens or closes no emphasis as text");
        }
        i = open + 1;
        while (mark == '_' && i < n && s.charAt(i) == '_') {
          i++; // a run of underscores, as a rule or a blank to fill in, opens nothing
        }
      }
    }
    if (plainStart < n) {
      out.add(io.github.ajiss4j.model.Text.of(unescaped(s.substring(plainStart))));
    }
    return out;
  }

  /**
   * Where the mark at {@code at} of a block's text {@code s} stands in the input: the input's mark
   * of the same count within the block's lines, the block's start where there is none.
   */
  private int sourceOfMark(Draft d, String s, int at) {
    char mark = s.charAt(at);
    int before = 0;
    for (int i = s.indexOf(mark); i >= 0 && i < at; i = s.indexOf(mark, i + 1)) {
      before++;
    }
    int found = text.indexOf(mark, d.start);
    for (; found >= 0 && found < d.end && before > 0; before--) {
      found = text.indexOf(mark, found + 1);
    }
    return found >= 0 && found < d.end ? found : d.start;
  }

  /**
   * A biography's text with the marks of what it sets in italics ({@code *Foreign Affairs*})
   * dropped, each reported: a biography is plain text.
   */
  private String withoutEmphasisMarks(Draft d) {
    String s = d.plain();
    if (s.indexOf('*') < 0 && s.indexOf('_') < 0) {
      return s;
    }
    List<Inline> parts = inlines(s, d);
    for (Inline part : parts) {
      if (part instanceof io.github.ajiss4j.model.Emphasis e) {
        sink.report(
            DiagnosticCode.MARKUP_DROPPED,
            d.start,
            d.end,
            "dropped the marks of emphasis around "
                + Sink.quote(e.text())
                + " in a biography, which is plain text");
      }
    }
    return Inline.plainText(parts);
  }

  /** Whether an odd number of backslashes stands right before {@code s[at]}. */
  private static boolean isEscaped(String s, int at) {
    int b = at;
    while (b > 0 && s.charAt(b - 1) == '\\') {
      b--;
    }
    return (at - b) % 2 == 1;
  }

  /** Text of {@link #inlines}, the escapes it kept for its marks undone. */
  private String unescaped(String s) {
    return escapes ? Chars.unescapeMarkdown(s, false) : s;
  }
}
