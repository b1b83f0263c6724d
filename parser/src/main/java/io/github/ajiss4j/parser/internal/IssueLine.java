package io.github.ajiss4j.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Finds the issue line, {@code No.93. 8 June 2010}, in a line of text. Also reads {@code No. 93,
 * June 8, 2010} and abbreviated months. A hand-written scanner: linear, no backtracking.
 */
final class IssueLine {

  final int start;
  final int end;
  final int numberStart;
  final long number;
  final LocalDate date;
  final String dateProblem;

  private IssueLine(
      int start, int end, int numberStart, long number, LocalDate date, String dateProblem) {
    this.start = start;
    this.end = end;
    this.numberStart = numberStart;
    this.number = number;
    this.date = date;
    this.dateProblem = dateProblem;
  }

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

  /** Finds the first issue line in {@code s[from, to)}, or null. */
  static IssueLine find(String s, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      char c = s.charAt(i);
      if ((c != 'N' && c != 'n') || (s.charAt(i + 1) != 'o' && s.charAt(i + 1) != 'O')) {
        continue;
      }
      if (i > from && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      int j = i + 2;
      if (j < to && (s.charAt(j) == '.' || s.charAt(j) == ':')) {
        j++;
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
      IssueLine withDate = date(s, i, j, to, numberStart, number);
      if (withDate != null) {
        return withDate;
      }
    }
    return null;
  }

  private static IssueLine date(String s, int start, int j, int to, int numberStart, long number) {
    // separators between the number and the date: ". " or ", " or " "
    int k = j;
    while (k < to && (s.charAt(k) == '.' || s.charAt(k) == ',' || Chars.isSpace(s.charAt(k)))) {
      k++;
    }
    int[] day = new int[1];
    int[] month = new int[1];
    int[] year = new int[1];
    int end = dayMonthYear(s, k, to, day, month, year);
    if (end < 0) {
      end = monthDayYear(s, k, to, day, month, year);
    }
    if (end < 0) {
      return null;
    }
    try {
      return new IssueLine(
          start, end, numberStart, number, LocalDate.of(year[0], month[0], day[0]), null);
    } catch (DateTimeException e) {
      return new IssueLine(
          start,
          end,
          numberStart,
          number,
          null,
          "no such date: day " + day[0] + " of month " + month[0] + " of " + year[0]);
    }
  }

  private static int dayMonthYear(String s, int k, int to, int[] day, int[] month, int[] year) {
    int d = readNumber(s, k, to, 2);
    if (d < 0) {
      return -1;
    }
    day[0] = (int) parse(s, k, d);
    int m = skipSpaces(s, d, to);
    int mEnd = readMonth(s, m, to, month);
    if (mEnd < 0) {
      return -1;
    }
    int y = skipSpaces(s, skipOne(s, mEnd, to, ','), to);
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
    int y = skipSpaces(s, skipOne(s, dEnd, to, ','), to);
    int yEnd = readNumber(s, y, to, 4);
    if (yEnd < 0 || yEnd - y != 4) {
      return -1;
    }
    year[0] = (int) parse(s, y, yEnd);
    return yEnd;
  }

  private static int readMonth(String s, int k, int to, int[] month) {
    int e = k;
    while (e < to && Character.isLetter(s.charAt(e))) {
      e++;
    }
    if (e - k < 3) {
      return -1;
    }
    String word = s.substring(k, e).toLowerCase(Locale.ROOT);
    for (int m = 0; m < MONTHS.length; m++) {
      if (MONTHS[m].equals(word) || (word.length() >= 3 && MONTHS[m].startsWith(word))) {
        month[0] = m + 1;
        return e < to && s.charAt(e) == '.' ? e + 1 : e;
      }
    }
    return -1;
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
