package io.github.ajiss4j.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Finds the issue line, {@code No.93. 8 June 2010}, in a line of text. Also reads {@code No. 93,
 * June 8, 2010}, abbreviated months, ordinal days ({@code 8th}), the day of the week before the
 * date ({@code Tuesday, 8 June 2010}) or the label {@code Date:}, dates parted by hyphens ({@code
 * 8-June-2010}), dates in numbers year first ({@code 2010-06-08}, {@code 2010/6/8}) or day first
 * with full stops ({@code 08.06.2010}), and a colon, dash, bar, slash or bracket between the number
 * and the date ({@code [No.93] 8 June 2010}), and the numero sign for {@code No} ({@code №93}). A
 * hand-written scanner: linear, no backtracking.
 */
final class IssueLine {

  final int start;
  final int end;
  final int numberStart;
  final long number;
  final LocalDate date;
  final String dateProblem;

  /** Where a month's name with a misread letter stands, read as the month; or null. */
  final int[] misreadMonth;

  private IssueLine(
      int start,
      int end,
      int numberStart,
      long number,
      LocalDate date,
      String dateProblem,
      int[] misreadMonth) {
    this.start = start;
    this.end = end;
    this.numberStart = numberStart;
    this.number = number;
    this.date = date;
    this.dateProblem = dateProblem;
    this.misreadMonth = misreadMonth;
  }

  /** What may stand between the number and the date, besides blanks. */
  private static final String BETWEEN = ".,:;-\u2013\u2014|/()[]";

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /** The English name of {@code month} (1 to 12) as the issue line prints it: {@code June}. */
  static String monthName(int month) {
    String m = MONTHS[month - 1];
    return Character.toUpperCase(m.charAt(0)) + m.substring(1);
  }

  /**
   * Whether an issue line that {@link #find} finds may start with {@code c}: the first character of
   * its number's mark ({@code No}, or the numero sign), or a bracket before the mark.
   */
  static boolean mayStartWith(char c) {
    return (c | 0x20) == 'n' || c == NUMERO || c == '[' || c == '(';
  }

  /** Finds the first issue line in {@code s[from, to)}, or null. */
  static IssueLine find(String s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      // N or n, then O or o: no other character is either of them with 0x20 set; or the numero sign
      char c = s.charAt(i);
      int j;
      if ((c | 0x20) == 'n' && (s.charAt(i + 1) | 0x20) == 'o' && i + 2 < to) {
        j = i + 2;
      } else if (c == NUMERO) {
        j = i + 1;
      } else {
        continue;
      }
      if (i > from && Character.isLetterOrDigit(s.charAt(i - 1)) && !gluedMark(s, i, to)) {
        continue;
      }
      // the mark's full stop, colon or comma, a blank before it allowed: No.93, No .93, No,93
      int mark = j;
      while (mark < to && Chars.isSpace(s.charAt(mark))) {
        mark++;
      }
      if (mark < to && (s.charAt(mark) == '.' || s.charAt(mark) == ':' || s.charAt(mark) == ',')) {
        j = mark + 1;
      }
      while (j < to && Chars.isSpace(s.charAt(j))) {
        j++;
      }
      int numberStart = j;
      long number = 0;
      while (j < to && isDigit(s.charAt(j)) && j - numberStart < 9) {
        number = number * 10 + (s.charAt(j) - '0');
        j++;
      }
      if (j == numberStart || (j < to && isDigit(s.charAt(j)))) {
        continue;
      }
      // a bracket that opens the number is the issue line's: [No.93] 8 June 2010
      int open = i > from && (s.charAt(i - 1) == '[' || s.charAt(i - 1) == '(') ? i - 1 : i;
      IssueLine withDate = date(s, open, j, to, numberStart, number);
      if (withDate != null) {
        return withDate;
      }
    }
    return null;
  }

  /**
   * Whether the {@code No} at {@code i}, glued to the word before it, is an issue number's mark all
   * the same: {@code No.} in that case, then the number ({@code President, JIIANo.93.}), as where
   * extraction dropped the tab before the issue line.
   */
  private static boolean gluedMark(String s, int i, int to) {
    return i + 3 < to
        && s.charAt(i) == 'N'
        && s.charAt(i + 1) == 'o'
        && s.charAt(i + 2) == '.'
        && Character.isLetter(s.charAt(i - 1))
        && isDigit(s.charAt(i + 3));
  }

  /**
   * The text with the letters that OCR and some fonts' maps give for digits read as digits, in a
   * word that holds a digit besides them ({@code 2O10}, {@code 20l0}, {@code O8}), and the digit
   * zero or a Greek or Cyrillic o after {@code N} read as the letter o ({@code N0.93}): a text of
   * the same length, each character in its place, for finding an issue line that has none of its
   * own.
   */
  static String foldLookAlikes(String s, int from, int to) {
    char[] out = null;
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int e = i;
      boolean digit = false;
      boolean other = false;
      while (e < to && Character.isLetterOrDigit(s.charAt(e))) {
        char c = s.charAt(e);
        digit |= isDigit(c);
        other |= !isDigit(c) && digitFor(c) < 0;
        e++;
      }
      if (e - i == 2
          && s.charAt(i) == 'N'
          && "0\u03bf\u043e".indexOf(s.charAt(i + 1)) >= 0
          && e < to
          && (s.charAt(e) == '.' || s.charAt(e) == ':' || Chars.isSpace(s.charAt(e)))) {
        out = out == null ? s.toCharArray() : out;
        out[i + 1] = 'o'; // N0.93
      } else if (digit && !other) {
        for (int k = i; k < e; k++) {
          if (!isDigit(s.charAt(k))) {
            out = out == null ? s.toCharArray() : out;
            out[k] = (char) ('0' + digitFor(s.charAt(k)));
          }
        }
      }
      i = e;
    }
    return out == null ? s : new String(out);
  }

  /** The digit that a letter stands for where OCR misread it ({@code O} for 0, {@code l} for 1). */
  private static int digitFor(char c) {
    return c == 'O' || c == 'o' ? 0 : c == 'l' || c == 'I' ? 1 : -1;
  }

  /**
   * Finds the first issue line in {@code s[from, to)}, where line ends may stand wherever a blank
   * may, as where extraction put its words on lines of their own ({@code No.} / {@code 93.} /
   * {@code 8 June} / {@code 2010}); or null.
   */
  static IssueLine findAcrossLines(String s, int from, int to) {
    char[] flat = s.substring(from, to).toCharArray();
    for (int i = 0; i < flat.length; i++) {
      if (flat[i] == '\n' || flat[i] == '\r') {
        flat[i] = ' ';
      }
    }
    IssueLine found = find(new String(flat), 0, flat.length);
    return found == null
        ? null
        : new IssueLine(
            found.start + from,
            found.end + from,
            found.numberStart + from,
            found.number,
            found.date,
            found.dateProblem,
            found.misreadMonth == null
                ? null
                : new int[] {found.misreadMonth[0] + from, found.misreadMonth[1] + from});
  }

  /**
   * The date that ends a line, {@code s[dateFrom, dateTo)}, alone on it or after a tab, and the
   * number alone on a later one, {@code s[numberFrom, numberTo)} ({@code 8 June 2010} / {@code
   * No.93}), as one issue line from the date's start to the number's end; or null.
   */
  static IssueLine findDateThenNumber(
      String s, int dateFrom, int dateTo, int numberFrom, int numberTo) {
    return apart(s, dateFrom, dateTo, numberFrom, numberTo, true);
  }

  /**
   * The number alone at the end of a line, {@code s[numberFrom, numberTo)}, as the series line may
   * carry it ({@code AJISS-Commentary No.93}), and the date alone on a later line, {@code
   * s[dateFrom, dateTo)}: an issue line that spans the date, its number read from before it; or
   * null.
   */
  static IssueLine findNumberThenDate(
      String s, int numberFrom, int numberTo, int dateFrom, int dateTo) {
    return apart(s, dateFrom, dateTo, numberFrom, numberTo, false);
  }

  /**
   * The date alone in {@code s[dateFrom, dateTo)} and the number alone in {@code s[numberFrom,
   * numberTo)} as one issue line: from the date's start to the number's end where the date stands
   * first, else over the date alone; or null.
   */
  private static IssueLine apart(
      String s, int dateFrom, int dateTo, int numberFrom, int numberTo, boolean dateFirst) {
    int[] date = dateAlone(s, dateFrom, dateTo);
    int[] number = date == null ? null : numberAlone(s, numberFrom, numberTo);
    if (number == null) {
      return null;
    }
    int end = dateFirst ? number[2] : date[1];
    return of(
        date[0],
        end,
        number[0],
        parse(s, number[0], number[1]),
        date[2],
        new int[] {date[3], -1, -1},
        date[4]);
  }

  /** The numero sign, {@code №}, which some fonts and tools write for {@code No}. */
  static final char NUMERO = '\u2116';

  /**
   * Where the issue number's mark that starts at {@code j}, {@code No} or {@code №}, ends; or -1.
   */
  private static int afterMark(String s, int j, int to) {
    if (j < to && s.charAt(j) == NUMERO) {
      return j + 1;
    }
    return j + 1 < to && (s.charAt(j) | 0x20) == 'n' && (s.charAt(j + 1) | 0x20) == 'o'
        ? j + 2
        : -1;
  }

  /**
   * The number alone in {@code s[from, to)}, blanks around it allowed ({@code No.93}, {@code No.
   * 93.}): its digits' start and end and where it ends, as {@code {start, end, after}}; or null.
   */
  static int[] numberAlone(String s, int from, int to) {
    int j = skipSpaces(s, from, to);
    int m = afterMark(s, j, to);
    if (m < 0 || m >= to) {
      return null;
    }
    int numberStart = skipSpaces(s, s.charAt(m) == '.' ? m + 1 : m, to);
    int numberEnd = readNumber(s, numberStart, to, 9);
    if (numberEnd < 0) {
      return null;
    }
    int after = numberEnd < to && s.charAt(numberEnd) == '.' ? numberEnd + 1 : numberEnd;
    if (skipSpaces(s, after, to) < to) {
      return null;
    }
    return new int[] {numberStart, numberEnd, after};
  }

  /**
   * The issue number that opens {@code s[from, to)}, blanks before it allowed ({@code No.93.},
   * {@code No: 93}), whatever follows it: where {@code No} starts and the digits end, as {@code
   * {start, end}}; or null.
   */
  static int[] numberOpening(String s, int from, int to) {
    int j = skipSpaces(s, from, to);
    int m = afterMark(s, j, to);
    if (m < 0 || m >= to) {
      return null;
    }
    int k = s.charAt(m) == '.' || s.charAt(m) == ':' ? m + 1 : m;
    int numberEnd = readNumber(s, skipSpaces(s, k, to), to, 9);
    return numberEnd < 0 ? null : new int[] {j, numberEnd};
  }

  /**
   * The date that ends {@code s[from, to)}, alone there or after a tab, in words or in figures: its
   * start and end, day, month and year, as {@code {start, end, day, month, year}}; or null.
   */
  private static int[] dateAlone(String s, int from, int to) {
    int tab = to - 1;
    while (tab >= from && s.charAt(tab) != '\t') {
      tab--; // within the range only
    }
    int k = skipSpaces(s, tab >= from ? tab + 1 : from, to);
    int[] day = new int[1];
    int[] month = new int[1];
    int[] year = new int[1];
    int end = readDate(s, k, to, day, month, year, true);
    if (end < 0 || skipSpaces(s, end, to) < to) {
      return null;
    }
    return new int[] {k, end, day[0], month[0], year[0]};
  }

  /**
   * The date alone in {@code s[from, to)}, blanks around it allowed ({@code 8 June 2010}, {@code
   * June 8, 2010}); or null, also where there is no such day.
   */
  static LocalDate dateOnly(String s, int from, int to) {
    int[] date = dateAlone(s, from, to);
    if (date == null || date[0] != skipSpaces(s, from, to)) {
      return null;
    }
    try {
      return LocalDate.of(date[4], date[3], date[2]);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * An issue line with its date, or with what is wrong with the date where there is no such day.
   */
  private static IssueLine of(
      int start, int end, int numberStart, long number, int day, int[] month, int year) {
    int[] misread = month[1] >= 0 ? new int[] {month[1], month[2]} : null;
    try {
      return new IssueLine(
          start, end, numberStart, number, LocalDate.of(year, month[0], day), null, misread);
    } catch (DateTimeException e) {
      return new IssueLine(
          start,
          end,
          numberStart,
          number,
          null,
          "no such date: day " + day + " of month " + month[0] + " of " + year,
          misread);
    }
  }

  private static IssueLine date(String s, int start, int j, int to, int numberStart, long number) {
    // separators between the number and the date: ". ", ", ", " ", ": ", " - ", " | ", " ("
    int k = j;
    // the brackets opened before the date and not closed: [No.93] 8 June, (No.93 8 June 2010)
    int open = s.charAt(start) == '(' || s.charAt(start) == '[' ? 1 : 0;
    while (k < to && (BETWEEN.indexOf(s.charAt(k)) >= 0 || Chars.isSpace(s.charAt(k)))) {
      char c = s.charAt(k);
      open += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      k++;
    }
    int[] day = new int[1];
    int[] month = {0, -1, -1}; // a misread month's name may be read, and where it stands kept
    int[] year = new int[1];
    int end = readDate(s, k, to, day, month, year, true);
    if (end < 0) {
      return withoutDay(s, start, k, to, numberStart, number);
    }
    if (end + 1 < to && s.charAt(end) == '.' && Chars.isBlank(s.charAt(end + 1))) {
      end++; // a full stop after the year, before the title: 8 June 2010. THE PROSPECTS
    }
    if (open > 0) {
      int close = skipSpaces(s, end, to);
      end = close < to && (s.charAt(close) == ')' || s.charAt(close) == ']') ? close + 1 : end;
    }
    return of(start, end, numberStart, number, day[0], month, year[0]);
  }

  /**
   * The issue line whose date gives the month and the year but no day ({@code No.93. June 2010}),
   * with what is wrong with it; or null.
   */
  private static IssueLine withoutDay(
      String s, int start, int k, int to, int numberStart, long number) {
    int[] month = {0, -1, -1};
    int mEnd = readMonth(s, skipWeekday(s, skipDateLabel(s, k, to), to), to, month);
    if (mEnd < 0) {
      return null;
    }
    int y = skipSpaces(s, skipOne(s, mEnd, to, ','), to);
    int yEnd = readNumber(s, y, to, 4);
    if (yEnd < 0 || yEnd - y != 4) {
      return null;
    }
    return new IssueLine(
        start,
        yEnd,
        numberStart,
        number,
        null,
        "a date with no day, " + Sink.quote(s.substring(k, yEnd)),
        null);
  }

  /**
   * Reads the date at {@code k}: day, month and year ({@code 8 June 2010}), month, day and year
   * ({@code June 8, 2010}), or, where {@code inNumbers}, year, month and day in numbers ({@code
   * 2010-06-08}); where it ends, or -1.
   */
  private static int readDate(
      String s, int from, int to, int[] day, int[] month, int[] year, boolean inNumbers) {
    int k = skipWeekday(s, skipDateLabel(s, from, to), to);
    int end = dayMonthYear(s, k, to, day, month, year);
    if (end < 0) {
      end = monthDayYear(s, k, to, day, month, year);
    }
    if (end < 0 && inNumbers) {
      end = yearMonthDay(s, k, to, day, month, year);
    }
    if (end < 0 && inNumbers) {
      end = dayMonthYearInNumbers(s, k, to, day, month, year);
    }
    return end;
  }

  /** Skips a label before the date, {@code Date:} or {@code Dated}, and the blanks after it. */
  private static int skipDateLabel(String s, int k, int to) {
    if (k + 4 <= to && s.regionMatches(true, k, "date", 0, 4)) {
      int e = k + 4;
      if (e < to && (s.charAt(e) == ':' || s.charAt(e) == 'd' || s.charAt(e) == 'D')) {
        return skipSpaces(s, e + 1, to);
      }
    }
    return k;
  }

  /** A date in numbers, day first, parted by full stops: {@code 8.6.2010}, {@code 08.06.2010}. */
  private static int dayMonthYearInNumbers(
      String s, int k, int to, int[] day, int[] month, int[] year) {
    int dEnd = readNumber(s, k, to, 2);
    if (dEnd < 0 || dEnd >= to || s.charAt(dEnd) != '.') {
      return -1;
    }
    int mEnd = readNumber(s, dEnd + 1, to, 2);
    if (mEnd < 0 || mEnd >= to || s.charAt(mEnd) != '.') {
      return -1;
    }
    int yEnd = readNumber(s, mEnd + 1, to, 4);
    if (yEnd < 0 || yEnd - (mEnd + 1) != 4) {
      return -1;
    }
    day[0] = (int) parse(s, k, dEnd);
    month[0] = (int) parse(s, dEnd + 1, mEnd);
    year[0] = (int) parse(s, mEnd + 1, yEnd);
    return yEnd;
  }

  private static int dayMonthYear(String s, int k, int to, int[] day, int[] month, int[] year) {
    int d = readNumber(s, k, to, 2);
    if (d < 0) {
      return -1;
    }
    day[0] = (int) parse(s, k, d);
    int m = skipDash(s, skipSpaces(s, skipOrdinal(s, d, to), to), to);
    int mEnd = readMonth(s, m, to, month);
    if (mEnd < 0) {
      return -1;
    }
    int y = skipSpaces(s, skipDash(s, skipOne(s, mEnd, to, ','), to), to);
    int yEnd = readNumber(s, y, to, 4);
    if (yEnd < 0 || yEnd - y != 4) {
      return -1;
    }
    year[0] = (int) parse(s, y, yEnd);
    return yEnd;
  }

  private static int monthDayYear(String s, int k, int to, int[] day, int[] month, int[] year) {
    int mEnd = readMonth(s, k, to, month);
    if (mEnd < 0) {
      return -1;
    }
    int d = skipSpaces(s, mEnd, to);
    int dEnd = readNumber(s, d, to, 2);
    if (dEnd < 0) {
      return -1;
    }
    day[0] = (int) parse(s, d, dEnd);
    int y = skipSpaces(s, skipOne(s, skipOrdinal(s, dEnd, to), to, ','), to);
    int yEnd = readNumber(s, y, to, 4);
    if (yEnd < 0 || yEnd - y != 4) {
      return -1;
    }
    year[0] = (int) parse(s, y, yEnd);
    return yEnd;
  }

  /** A date in numbers, year first: {@code 2010-06-08}, {@code 2010/6/8}. */
  private static int yearMonthDay(String s, int k, int to, int[] day, int[] month, int[] year) {
    int yEnd = readNumber(s, k, to, 4);
    if (yEnd < 0 || yEnd - k != 4 || yEnd >= to || "-/.".indexOf(s.charAt(yEnd)) < 0) {
      return -1;
    }
    char separator = s.charAt(yEnd);
    int mEnd = readNumber(s, yEnd + 1, to, 2);
    if (mEnd < 0 || mEnd >= to || s.charAt(mEnd) != separator) {
      return -1;
    }
    int dEnd = readNumber(s, mEnd + 1, to, 2);
    if (dEnd < 0) {
      return -1;
    }
    year[0] = (int) parse(s, k, yEnd);
    month[0] = (int) parse(s, yEnd + 1, mEnd);
    day[0] = (int) parse(s, mEnd + 1, dEnd);
    return dEnd;
  }

  private static final String[] WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  /**
   * Skips the day of the week that may open a date, whole or cut to three letters or more, and the
   * comma or full stop and blanks after it: {@code Tuesday, 8 June 2010}, {@code Tue. 8 June}.
   */
  private static int skipWeekday(String s, int k, int to) {
    int e = k;
    while (e < to && Character.isLetter(s.charAt(e))) {
      e++;
    }
    if (e - k < 3) {
      return k;
    }
    String word = s.substring(k, e).toLowerCase(Locale.ROOT);
    for (String weekday : WEEKDAYS) {
      if (weekday.startsWith(word)) {
        return skipSpaces(s, skipOne(s, skipOne(s, e, to, '.'), to, ','), to);
      }
    }
    return k;
  }

  /** Skips the ordinal suffix of a day: 1st, 2nd, 3rd, 8th. */
  private static int skipOrdinal(String s, int k, int to) {
    if (k + 2 <= to && !(k + 2 < to && Character.isLetter(s.charAt(k + 2)))) {
      for (String suffix : ORDINALS) {
        if (s.regionMatches(true, k, suffix, 0, 2)) {
          return k + 2;
        }
      }
    }
    return k;
  }

  private static final String[] ORDINALS = {"st", "nd", "rd", "th"};

  /** Skips one hyphen or slash between the parts of a date: 8-June-2010. */
  private static int skipDash(String s, int k, int to) {
    return k < to && (s.charAt(k) == '-' || s.charAt(k) == '/') ? k + 1 : k;
  }

  /**
   * Reads the month's name at {@code k} into {@code month[0]}, whole or cut to three letters or
   * more; where {@code month} has room for it, a name with a misread letter too ({@link
   * #misreadMonth}), its place then in {@code month[1]} and {@code month[2]}.
   */
  private static int readMonth(String s, int k, int to, int[] month) {
    int e = k;
    while (e < to && Character.isLetter(s.charAt(e))) {
      e++;
    }
    String word = e - k < 3 ? null : s.substring(k, e).toLowerCase(Locale.ROOT);
    for (int m = 0; word != null && m < MONTHS.length; m++) {
      if (MONTHS[m].equals(word) || MONTHS[m].startsWith(word)) {
        month[0] = m + 1;
        return e < to && s.charAt(e) == '.' ? e + 1 : e;
      }
    }
    if (month.length < 3) {
      return -1;
    }
    while (e < to && (Character.isLetter(s.charAt(e)) || "015".indexOf(s.charAt(e)) >= 0)) {
      e++; // a digit that extraction read for a letter: 0ctober
    }
    int m = e - k >= 3 ? misreadMonth(s.substring(k, e)) : -1;
    if (m < 0) {
      return -1;
    }
    month[0] = m + 1;
    month[1] = k;
    month[2] = e;
    return e;
  }

  /**
   * The month whose name a word is with letters misread: once its look-alikes are read as the
   * letters they stand for ({@code 0} for o, {@code 1} and a capital I inside it for l, {@code rn}
   * for m), one letter from the name, or two from a name of seven letters or more; the one month
   * nearest, or -1.
   */
  private static int misreadMonth(String printed) {
    StringBuilder b = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      b.append(c == '0' ? 'o' : c == '1' || (c == 'I' && i > 0) ? 'l' : c == '5' ? 's' : c);
    }
    String word = b.toString().toLowerCase(Locale.ROOT).replace("rn", "m");
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int m = 0; m < MONTHS.length; m++) {
      int max = MONTHS[m].length() >= 7 ? 2 : 1;
      int d = Words.distance(word, MONTHS[m], max);
      if (d <= max && d < bestDistance) {
        best = m;
        bestDistance = d;
        tie = false;
      } else if (d <= max && d == bestDistance) {
        tie = true;
      }
    }
    return tie || word.length() < 4 ? -1 : best;
  }

  private static int readNumber(String s, int k, int to, int maxDigits) {
    int e = k;
    while (e < to && isDigit(s.charAt(e)) && e - k < maxDigits) {
      e++;
    }
    if (e == k || (e < to && isDigit(s.charAt(e)))) {
      return -1;
    }
    return e;
  }

  private static long parse(String s, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static int skipSpaces(String s, int k, int to) {
    while (k < to && Chars.isSpace(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int skipOne(String s, int k, int to, char c) {
    return k < to && s.charAt(k) == c ? k + 1 : k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
