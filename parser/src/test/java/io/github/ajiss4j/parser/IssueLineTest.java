package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The issue line as the series prints it, {@code No.93. 8 June 2010}, and as other years and other
 * extraction tools write its separators, months and dates.
 */
class IssueLineTest {

  private static final Commentary SEED = parse(Fixtures.read("seed-093.txt"));

  private static Commentary parse(String text) {
    return Fixtures.parse(text).commentary();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "No.93. 8 June 2010",
        "No.93, 8 June 2010",
        "No. 93. June 8, 2010",
        "No.93 8 Jun. 2010",
        "No.93. 08 June 2010",
        "No.93. 8 June, 2010",
        "No.93: 8 June 2010",
        "No.93 \u2013 8 June 2010",
        "No.93 - 8 June 2010",
        "No.93 | 8 June 2010",
        "No.93 (8 June 2010)",
        "No.93. 8th June 2010",
        "No.93. June 8th, 2010",
        "No.93. 8-June-2010",
        "No.93. 8 JUNE 2010",
        "No.93. 2010-06-08",
        "No.93. 2010/6/8"
      })
  void isReadWithItsNumberAndDateAndTheTitleAfterIt(String issue) {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains("No.93. 8 June 2010");
    Commentary c = parse(seed.replace("No.93. 8 June 2010", issue));
    assertThat(c.number()).isEqualTo(93);
    assertThat(c.date()).isEqualTo(LocalDate.of(2010, 6, 8));
    assertThat(c.title()).isEqualTo(SEED.title());
    assertThat(c).isEqualTo(SEED);
  }

  /**
   * The number at the end of a line and the date on the next, or the date first and the number
   * under it, as extraction that gives each text object its own line writes them: the same
   * commentary, a line further down.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "No.93.\n8 June 2010\n",
        "No.93\n\n8 June 2010\n\n",
        "8 June 2010\nNo.93\n",
        "June 8, 2010\n\nNo. 93.\n\n"
      })
  void isReadAcrossALineEnd(String issue) {
    String seed = Fixtures.read("seed-093.txt");
    Commentary c = parse(seed.replace("No.93. 8 June 2010 ", issue));
    assertThat(c.number()).isEqualTo(93);
    assertThat(c.date()).isEqualTo(LocalDate.of(2010, 6, 8));
    assertThat(c.title()).isEqualTo(SEED.title());
    assertThat(c.authors()).isEqualTo(SEED.authors());
    assertThat(c.masthead()).isEqualTo(SEED.masthead());
    assertThat(c.bodyText()).isEqualTo(SEED.bodyText());
  }
}
