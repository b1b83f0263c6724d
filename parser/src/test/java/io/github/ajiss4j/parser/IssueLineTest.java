package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

  /** A month's name with a letter misread, added, left out or swapped: corrected, and reported. */
  @ParameterizedTest
  @ValueSource(strings = {"Jume", "JuIy", "Jnne"})
  void aMisreadMonthIsCorrected(String month) {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult r =
        Fixtures.parse(seed.replace("No.93. 8 June 2010", "No.93. 8 " + month + " 2010"));
    assertThat(r.commentary().date().getMonthValue()).isEqualTo(month.equals("JuIy") ? 7 : 6);
    assertThat(r.commentary().title()).isEqualTo(SEED.title());
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.DATE_CORRECTED);
              assertThat(d.message()).contains("\"" + month + "\"");
            });
  }

  /**
   * A year outside the series' life, from April 2007 to the year after this one (a misread digit,
   * 2910 or 1010): kept as printed, and reported at the issue line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"8 June 2910", "8 June 1010", "8 March 2007", "8 June 2000"})
  void aDateOutsideTheSeriesIsReported(String date) {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult r = Fixtures.parse(seed.replace("8 June 2010", date));
    assertThat(r.commentary().date().getYear())
        .isEqualTo(Integer.parseInt(date.substring(date.length() - 4)));
    assertThat(r.commentary().title()).isEqualTo(SEED.title());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.IMPLAUSIBLE_DATE)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().line()).isEqualTo(7);
              assertThat(d.message()).contains(date, "April 2007");
            });
    for (String fine :
        new String[] {"8 April 2007", "31 December " + (java.time.Year.now().getValue() + 1)}) {
      assertThat(Fixtures.parse(seed.replace("8 June 2010", fine)).diagnostics())
          .noneMatch(d -> d.code() == DiagnosticCode.IMPLAUSIBLE_DATE);
    }
  }

  /** A date with no day is refused at the issue line, saying so. */
  @Test
  void aDateWithNoDayIsRefusedWhereItStands() {
    String seed = Fixtures.read("seed-093.txt");
    String text = seed.replace("No.93. 8 June 2010", "No.93. June 2010");
    assertThatThrownBy(() -> CommentaryParser.create().parse(text))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DiagnosticCode.BAD_ISSUE_LINE);
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.reason()).contains("a date with no day, \"June 2010\"");
            });
  }

  /**
   * A letter read for a digit of the number or the year, or a digit for the letter o of {@code No}
   * (as OCR and some fonts' maps give them): read as the digit or the letter, and reported where it
   * stands.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "N0.93. 8 June 2010",
        "No.93. 8 June 2O10",
        "No.93. 8 June 20l0",
        "No.93. 8 June 2OI0",
        "No.O93. 8 June 2010",
        "N\u03bf.93. 8 June 2010", // a Greek omicron
        "No.93. O8 June 2010"
      })
  void aLetterReadForADigitOfTheIssueLineIsCorrected(String issue) {
    String seed = Fixtures.read("seed-093.txt");
    String text = seed.replace("No.93. 8 June 2010", issue);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(SEED);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.DATE_CORRECTED)
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.span().line()).isEqualTo(7);
              assertThat(issue)
                  .contains(
                      text.substring(d.span().offset(), d.span().offset() + d.span().length()));
              assertThat(d.message()).contains("as \"");
            });
  }

  /**
   * The issue line glued to the title after the Online Publisher's name, as where extraction
   * dropped the tab between them ({@code President, JIIANo.93. 8 June 2010}).
   */
  @Test
  void theIssueLineGluedToTheWordBeforeItIsRead() {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains("JIIA\tNo.93.");
    ParseResult r = Fixtures.parse(seed.replace("JIIA\tNo.93.", "JIIANo.93."));
    assertThat(r.commentary()).isEqualTo(SEED);
  }

  /** Longer months with two letters wrong, a digit for a letter, rn for m. */
  @ParameterizedTest
  @ValueSource(
      strings = {"0ctober 2010:10", "Septernber 2010:9", "Feburary 2010:2", "Decmeber 2010:12"})
  void aLongMonthWithTwoLettersWrongIsCorrected(String spec) {
    String[] parts = spec.split(":");
    String seed = Fixtures.read("seed-093.txt");
    ParseResult r = Fixtures.parse(seed.replace("No.93. 8 June 2010", "No.93. 8 " + parts[0]));
    assertThat(r.commentary().date().getMonthValue()).isEqualTo(Integer.parseInt(parts[1]));
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.DATE_CORRECTED);
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
        "No.93. Tuesday, 8 June 2010",
        "No.93, Tue. June 8, 2010",
        "No.93 / 8 June 2010",
        "[No.93] 8 June 2010",
        "(No.93, 8 June 2010)",
        "No.93, Date: 8 June 2010",
        "No.93, 08.06.2010",
        "No.93. June 8th, 2010",
        "No.93. 8-June-2010",
        "No.93. 8 JUNE 2010",
        "No.93. 2010-06-08",
        "No.93. 2010/6/8",
        // the spaces of typesetting: no-break, en, em, thin, hair, narrow no-break, ideographic
        "No.93.\u00A08\u00A0June\u00A02010",
        "No.93.\u20028\u2002June\u20022010",
        "No.\u200393.\u20038 June 2010",
        "No.93.\u20098\u200AJune\u202F2010",
        "No.93.\u30008 June 2010",
        // fullwidth forms, as a Japanese input method types them
        "No\uFF0E93\uFF0E 8 June 2010",
        "\uFF2E\uFF4F.\uFF19\uFF13. \uFF18 June \uFF12\uFF10\uFF11\uFF10",
        // a character that prints nothing beside a space
        "No.93.\u200B 8 June 2010",
        "No.93. 8 June\u2060 2010",
        // the numero sign for No
        "\u211693. 8 June 2010",
        "\u2116 93, June 8, 2010",
        // a full stop after the year, before the title
        "No.93. 8 June 2010.",
        "No.93. June 8, 2010.",
        // a blank before the mark's full stop, a comma for it
        "No .93. 8 June 2010",
        "No,93. 8 June 2010"
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
        "No.93\nDate: 8 June 2010\n",
        "8 June 2010\nNo.93\n",
        "June 8, 2010\n\nNo. 93.\n\n",
        "\u211693\n8 June 2010\n",
        // the mark, the number and the date each on a line, or the date parted over lines
        "No.\n93.\n8 June 2010\n",
        "No.\n\n93\n\n8 June 2010\n\n",
        "No.93. 8 June\n2010\n",
        "No.93. June 8,\n2010\n",
        "No.93.\n8\nJune\n2010\n",
        "No. 93, 8\nJune 2010\n"
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

  /**
   * The number and the date on lines of their own on the first page, as pdftotext sets them, and a
   * later page's running head that repeats the whole issue line on one line ({@code
   * AJISS-Commentary No.250. 23 March 2018}): the first page's are the issue line, and the running
   * head is dropped as the page's furniture.
   */
  @ParameterizedTest
  @ValueSource(strings = {"No.250.\n\n23 March 2018\n", "No.250.\n23 March 2018\n"})
  void theFirstPagesIssueLineApartComesBeforeARunningHeadThatRepeatsIt(String apart) {
    String text =
        Fixtures.read("pdftotext-one-a-line-later-masthead.txt")
            .replace(
                "\f\nAJISS-Commentary No.250\n", "\f\nAJISS-Commentary No.250. 23 March 2018\n");
    assertThat(text)
        .contains("\nNo.250. 23 March 2018\n")
        .contains("\f\nAJISS-Commentary No.250. ");
    ParseResult expected = Fixtures.parse(text);
    assertThat(expected.commentary().title())
        .isEqualTo("Japan's Choice: \"Global NATO\" and the Quad?");
    ParseResult r = Fixtures.parse(text.replace("\nNo.250. 23 March 2018\n", "\n" + apart));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .anySatisfy(
            d -> assertThat(d.message()).contains("AJISS-Commentary No.250. 23 March 2018"));
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  /**
   * The number and the date on lines of their own on the first page, and a later page's running
   * head of two lines, the series name alone over the whole issue line ({@code AJISS-Commentary} /
   * {@code No.250. 23 March 2018}, as pypdf sets it, between the page's lines or after the page
   * break): the first page's are the issue line, and the running head is the page's furniture.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "NATO\n\n2\n\f\nAJISS-Commentary\nNo.250.  23 March 2018\n\nmembers",
        "NATO\nAJISS-Commentary\nNo.250.  23 March 2018\nmembers"
      })
  void theFirstPagesIssueLineApartComesBeforeARunningHeadOfTwoLines(String head) {
    String text =
        Fixtures.read("pdftotext-one-a-line-later-masthead.txt")
            .replace("\nNo.250. 23 March 2018\n", "\nNo.250.\n23 March 2018\n");
    String cut = "NATO\n\n2\n\f\nAJISS-Commentary No.250\n\nmembers";
    assertThat(text).contains(cut).contains("\nNo.250.\n23 March 2018\n");
    ParseResult expected = Fixtures.parse(text);
    assertThat(expected.commentary().title())
        .isEqualTo("Japan's Choice: \"Global NATO\" and the Quad?");
    String paged = text.replace(cut, head);
    ParseResult r = Fixtures.parse(paged);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .anySatisfy(d -> assertThat(d.message()).contains("No.250.  23 March 2018"));
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(Accounting.lost(paged, r)).isEmpty();
  }

  /**
   * The number after the series name, as the running head of a later page prints it ({@code
   * AJISS-Commentary No.250}): with the issue line below, the same number printed twice; with the
   * date alone below the publisher, the issue line's number. Either way the publisher stays the
   * publisher.
   */
  @ParameterizedTest
  @ValueSource(strings = {"No.250. 23 March 2018\n", "23 March 2018\n", "March 23, 2018\n", ""})
  void theNumberAfterTheSeriesNameIsTheIssueNumber(String issueLine) {
    theNumberAfterTheSeriesNameIsTheIssueNumber(issueLine, "No.250");
    theNumberAfterTheSeriesNameIsTheIssueNumber(issueLine, "\u2116250");
  }

  private static void theNumberAfterTheSeriesNameIsTheIssueNumber(String issueLine, String head) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    assertThat(text).startsWith("AJISS-Commentary\n").contains("No.250. 23 March 2018\n");
    Commentary expected = parse(text);
    String moved =
        text.replaceFirst("AJISS-Commentary\n", "AJISS-Commentary " + head + "\n")
            .replace("No.250. 23 March 2018\n", issueLine);
    if (issueLine.isEmpty()) {
      assertThatThrownBy(() -> CommentaryParser.create().parse(moved))
          .isInstanceOfSatisfying(
              CommentaryParseException.class,
              e -> assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_ISSUE_LINE));
      return;
    }
    ParseResult r = Fixtures.parse(moved);
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  /**
   * A web copy: the number after the series name, the title and the byline, then the date alone in
   * figures, year first or day first, as in words.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2010/06/08", "2010-06-08", "2010.06.08", "08.06.2010"})
  void aDateInFiguresUnderTheBylineIsTheIssuesDate(String date) {
    String seed = Fixtures.read("seed-093.txt");
    String body = seed.substring(seed.indexOf("\"Japan and NATO are partners,\""));
    String head =
        "AJISS-Commentary No.93\n\nThe Prospects of Japan-NATO Cooperation\n\nYoshikazu Hirose\n\n";
    Commentary worded = parse(head + "8 June 2010\n\n" + body);
    assertThat(worded.date()).isEqualTo(LocalDate.of(2010, 6, 8));
    assertThat(parse(head + date + "\n\n" + body)).isEqualTo(worded);
  }

  /**
   * The number alone on the line under the series name, and the date alone further down, under the
   * publisher or right under the number: the number is not read as the publisher.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "AJISS-Commentary\nNo.250\n\nThe Association of Japanese Institutes of Strategic Studies"
            + "\n\n23 March 2018\n",
        "AJISS-Commentary\n\nNo. 250.\n\nThe Association of Japanese Institutes of Strategic"
            + " Studies\n23 March 2018\n",
        "AJISS-Commentary\nNo.250\n23 March 2018\n\nThe Association of Japanese Institutes of"
            + " Strategic Studies\n"
      })
  void theNumberUnderTheSeriesNameIsTheIssueNumber(String header) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String printed =
        "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n"
            + "No.250. 23 March 2018\n";
    assertThat(text).startsWith(printed);
    ParseResult r = Fixtures.parse(header + text.substring(printed.length()));
    assertThat(r.commentary()).isEqualTo(parse(text));
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  /** A number after the series name that is not the issue line's is dropped, and reported. */
  @Test
  void aSecondNumberThatDiffersIsReported() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    ParseResult r =
        Fixtures.parse(text.replaceFirst("AJISS-Commentary\n", "AJISS-Commentary No.251\n"));
    assertThat(r.commentary()).isEqualTo(parse(text));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().line()).isEqualTo(1);
              assertThat(d.span().column()).isEqualTo(18);
              assertThat(d.message()).contains("\"No.251\"").contains("250");
            });
  }

  /**
   * The number alone on its line and the date alone further down the masthead, as pdftotext sets
   * the institutes' block between them where the page prints the date right-aligned on the number's
   * row: the number and the date are the issue line's, and the institutes between them the
   * masthead's.
   */
  @Test
  void theDateFarUnderTheNumberPastTheInstitutesIsTheIssuesDate() {
    String input = INSTITUTES_BETWEEN.replace("%s", INSTITUTES);
    ParseResult r = Fixtures.parse(input);
    Commentary c = r.commentary();
    assertThat(c.number()).isEqualTo(168);
    assertThat(c.date()).isEqualTo(LocalDate.of(2018, 10, 3));
    assertThat(c.title()).isEqualTo("Toward a New Strategy on Energy Security");
    assertThat(c.masthead().institutes())
        .extracting(Institute::abbreviation)
        .containsExactly("NPI", "JIIA", "RIPS");
    assertThat(c.masthead().institutes())
        .extracting(Institute::name)
        .containsExactly(
            "Nakasone Yasuhiro Peace Institute",
            "The Japan Institute of International Affairs",
            "Research Institute for Peace and Security");
    assertThat(c.masthead().editorialCommittee()).hasSize(2);
    assertThat(c.masthead().onlinePublisher()).isPresent();
    assertThat(c.authors()).hasSize(1);
    assertThat(c.bodyText()).startsWith("The debate over energy security").doesNotContain("NPI");
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * The number and the date far apart past the institutes, and a later page's running head that
   * repeats the issue line on one line: the first page's are the issue line.
   */
  @Test
  void theDateFarUnderTheNumberComesBeforeARunningHeadThatRepeatsIt() {
    String input = INSTITUTES_BETWEEN.replace("%s", INSTITUTES);
    String paged =
        input.replace(
            "alignment.\n", "alignment.\n\n2\n\f\nAJISS-Commentary No.168. 3 October 2018\n\n");
    assertThat(paged).isNotEqualTo(input);
    ParseResult r = Fixtures.parse(paged);
    // the page break after a full stop ends the paragraph, as a blank line does
    Commentary expected = parse(input.replace("alignment.\n", "alignment.\n\n"));
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .anySatisfy(d -> assertThat(d.message()).contains("AJISS-Commentary No.168."));
    assertThat(Accounting.lost(paged, r)).isEmpty();
  }

  /**
   * The first page's number and date on lines apart, and a later page's running head whose series
   * name stands alone on the line above its issue line, as pdftotext, mutool and pypdf set it
   * ({@code AJISS-Commentary} / blank / {@code No.168. 3 October 2018}) in the middle of a
   * paragraph: the first page's are the issue line, and the running head goes as page furniture,
   * not the masthead, the title and the page's text above it as the staff's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\f\nAJISS-Commentary\n\n", "- 1 -\n\n\fAJISS-Commentary\n"})
  void theNumberAndTheDateApartComeBeforeARunningHeadUnderTheSeriesName(String above) {
    String input = INSTITUTES_BETWEEN.replace("%s", "");
    String paged =
        input.replace(
            "has become the most visible symbol of this new\n",
            "has become the most visible symbol of this new\n"
                + above
                + "No.168. 3 October 2018\n");
    assertThat(paged).isNotEqualTo(input);
    ParseResult r = Fixtures.parse(paged);
    Commentary c = r.commentary();
    assertThat(c.number()).isEqualTo(168);
    assertThat(c.title()).isEqualTo("Toward a New Strategy on Energy Security");
    assertThat(c.masthead().editorialCommittee()).hasSize(2);
    assertThat(c.masthead().onlinePublisher().orElseThrow().role()).hasValue("President, JIIA");
    assertThat(c.bodyText())
        .startsWith("The debate over energy security")
        .contains("this new alignment.")
        .doesNotContain("No.168");
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
    assertThat(Accounting.lost(paged, r)).isEmpty();
  }

  /**
   * The number alone on its line and the date alone further down with staff posts between them, the
   * names and the title under each label, as pdfminer sets a sidebar whose posts stand beside the
   * issue line and the date right-aligned in a box of its own: the number and the date are the
   * issue line's, and the posts between them the masthead's, as they are above the number.
   */
  @Test
  void theDateFarUnderTheNumberPastStaffPostsIsTheIssuesDate() {
    String staff =
        "Editorial Committee:\nKen Jimbo\nShin Kawashima\nOnline Publisher:\n"
            + "Kenichiro Sasae\nPresident, JIIA\n\n";
    String above = INSTITUTES_BETWEEN.replace("%s", INSTITUTES);
    String between =
        above.replace(staff, INSTITUTES).replace("No.168.\n\n" + INSTITUTES, "No.168.\n\n" + staff);
    assertThat(between).isNotEqualTo(above).contains("No.168.\n\nEditorial Committee:");
    ParseResult r = Fixtures.parse(between);
    assertThat(r.commentary()).isEqualTo(parse(above));
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
    assertThat(Accounting.lost(between, r)).isEmpty();
  }

  /** A title in capitals under a staff post between the number and a later date: no issue line. */
  @Test
  void aTitleInCapitalsUnderAStaffPostPastTheNumberIsNoMasthead() {
    String text =
        INSTITUTES_BETWEEN.replace(
            "%s", "Editorial Board:\nKen Jimbo\nShin Kawashima\n\nTOWARD A NEW STRATEGY\n\n");
    assertThatThrownBy(() -> CommentaryParser.create().parse(text))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_ISSUE_LINE));
  }

  /** Text that is no masthead's between the number and a date further down: no issue line. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "TOWARD A NEW STRATEGY\n\n",
        "The debate over energy security has intensified in recent years.\n\n"
      })
  void aDateFarUnderTheNumberPastOtherTextIsNoIssueLine(String between) {
    String text = INSTITUTES_BETWEEN.replace("%s", INSTITUTES + between);
    assertThatThrownBy(() -> CommentaryParser.create().parse(text))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_ISSUE_LINE));
  }

  private static final String INSTITUTES =
      "NPI\n\nJIIA\n\nRIPS\n\nNakasone Yasuhiro Peace\nInstitute\n\nThe Japan Institute of\n"
          + "International Affairs\n(Secretariat)\n\nResearch Institute for\nPeace and Security\n\n";

  private static final String INSTITUTES_BETWEEN =
      "AJISS-Commentary\nThe Association of Japanese Institutes of Strategic Studies\n\n"
          + "Editorial Committee:\nKen Jimbo\nShin Kawashima\nOnline Publisher:\n"
          + "Kenichiro Sasae\nPresident, JIIA\n\nNo.168.\n\n%s3 October 2018\n\n"
          + "TOWARD A NEW STRATEGY ON ENERGY SECURITY\nTaro Ueno\n"
          + "The debate over energy security has intensified in recent years, and the\n"
          + "Quadrilateral Security Dialogue has become the most visible symbol of this new\n"
          + "alignment.\n"
          + "In short, Japan needs a strategy that is both realistic and principled.\n\n"
          + "Taro Ueno is Senior Research Fellow at Nakasone Yasuhiro Peace Institute (NPI).\n";
}
