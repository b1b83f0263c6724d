package io.github.ajiss4j.render.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The ways a page writes a date, without {@link java.time.format.DateTimeFormatter}: its first use
 * of a month name loads the JDK's locale data, which was a fifth of a one-file conversion. Each
 * date method writes exactly what the pattern in its name would, for every {@link LocalDate}, and
 * {@link #instant} what {@link Instant#toString()} would.
 */
public final class Dates {

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private Dates() {}

  /**
   * The date for readers, as the pattern {@code d MMMM uuuu} in English: {@code 8 June 2010}.
   *
   * @param date the date
   * @return the date in words
   */
  public static String display(LocalDate date) {
    StringBuilder sb = new StringBuilder(24);
    sb.append(date.getDayOfMonth()).append(' ').append(MONTHS[date.getMonthValue() - 1]);
    return year(sb.append(' '), date.getYear()).toString();
  }

  /**
   * The date as the pattern {@code uuuu/MM/dd}, the form of {@code citation_publication_date}:
   * {@code 2010/06/08}.
   *
   * @param date the date
   * @return the date in digits
   */
  public static String citation(LocalDate date) {
    StringBuilder sb = new StringBuilder(16);
    year(sb, date.getYear()).append('/');
    twoDigits(sb, date.getMonthValue()).append('/');
    return twoDigits(sb, date.getDayOfMonth()).toString();
  }

  /**
   * An instant as {@link Instant#toString()} writes it, {@code 2010-06-08T00:00:00Z}, without the
   * {@link java.time.format.DateTimeFormatter} that it uses: by hand for a whole second of the
   * years 1000 to 9999, else by {@code toString()}.
   *
   * @param instant the instant
   * @return the instant in ISO-8601 form
   */
  public static String instant(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (instant.getNano() != 0 || t.getYear() < 1000 || t.getYear() > 9999) {
      return instant.toString();
    }
    StringBuilder sb = new StringBuilder(20).append(t.toLocalDate()).append('T');
    twoDigits(sb, t.getHour()).append(':');
    twoDigits(sb, t.getMinute()).append(':');
    return twoDigits(sb, t.getSecond()).append('Z').toString();
  }

  /** A year as {@code uuuu} writes it: at least four digits, {@code +} above 9999, {@code -}. */
  private static StringBuilder year(StringBuilder sb, int year) {
    if (year > 9999) {
      sb.append('+');
    } else if (year < 0) {
      sb.append('-');
    }
    String digits = Integer.toString(Math.abs(year));
    for (int i = digits.length(); i < 4; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }

  private static StringBuilder twoDigits(StringBuilder sb, int n) {
    return sb.append(n < 10 ? "0" : "").append(n);
  }
}
