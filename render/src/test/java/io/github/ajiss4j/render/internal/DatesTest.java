package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

  @Test
  void writesAnInstantAsItsToStringDoes() {
    long[] seconds = {
      Long.MIN_VALUE / 1000,
      -62_167_219_200L,
      -30_610_224_001L,
      -30_610_224_000L,
      -1,
      0,
      59,
      60,
      3599,
      3600,
      86_399,
      86_400,
      1_275_955_200L,
      253_402_300_799L,
      253_402_300_800L,
      1L << 40
    };
    for (long s : seconds) {
      assertThat(Dates.instant(Instant.ofEpochSecond(s)))
          .isEqualTo(Instant.ofEpochSecond(s).toString());
      assertThat(Dates.instant(Instant.ofEpochSecond(s, 500)))
          .isEqualTo(Instant.ofEpochSecond(s, 500).toString());
    }
    SplittableRandom random = new SplittableRandom(93);
    for (int i = 0; i < 10_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 260_000_000_000L));
      assertThat(Dates.instant(instant)).isEqualTo(instant.toString());
    }
  }

  private static void assertSame(LocalDate date) {
    assertThat(Dates.display(date)).as("%s", date).isEqualTo(date.format(DISPLAY));
    assertThat(Dates.citation(date)).as("%s", date).isEqualTo(date.format(CITATION));
  }
}
