package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter CITATION = DateTimeFormatter.ofPattern("uuuu/MM/dd");

  @Test
  void theSeedsDate() {
    LocalDate date = LocalDate.of(2010, 6, 8);

    assertThat(Dates.display(date)).isEqualTo("8 June 2010");
    assertThat(Dates.citation(date)).isEqualTo("2010/06/08");
  }

  @Test
  void writesWhatTheFormatterWritesForEveryMonthDayAndKindOfYear() {
    int[] years = {
      Year.MIN_VALUE,
      -10_000,
      -9999,
      -1,
      0,
      7,
      99,
      999,
      1000,
      1999,
      2026,
      9999,
      10_000,
      123_456,
      Year.MAX_VALUE
    };
    for (int year : years) {
      for (int month = 1; month <= 12; month++) {
        for (int day : new int[] {1, 9, 10, 28}) {
          assertSame(LocalDate.of(year, month, day));
        }
      }
    }
    SplittableRandom random = new SplittableRandom(93);
    for (int i = 0; i < 10_000; i++) {
      assertSame(LocalDate.ofEpochDay(random.nextLong(-1_000_000, 3_000_000)));
    }
  }

  private static void assertSame(LocalDate date) {
    assertThat(Dates.display(date)).as("%s", date).isEqualTo(date.format(DISPLAY));
    assertThat(Dates.citation(date)).as("%s", date).isEqualTo(date.format(CITATION));
  }
}
