package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

/**
 * The header's fields in another order, as a tool that reads a page's top band or its sidebar first
 * gives them: each field is found, and the commentary is the one the usual order gives.
 */
class HeaderOrderTest {

  private static final String FIXTURE = "pdftotext-clipped-lines.txt";

  private static final String ISSUE = "No.93. 8 June 2010";

  /** The later fixture, and its issue line, title and byline, each with the blank line after it. */
  private static final String LATER = "pdftotext-one-a-line-later-masthead.txt";

  private static final String LATER_ISSUE = "No.250. 23 March 2018\n\n";

  private static final String LATER_TITLE = "JAPAN'S CHOICE: \"GLOBAL NATO\"\nAND THE QUAD?\n\n";

  private static final String LATER_BYLINE = "By Taro Yamada and\nHanako Suzuki\n\n";

  /** The issue line after the series name, on its line or the next, before the publisher. */
  @Test
  void theIssueLineBeforeThePublisherAndTheMasthead() throws Exception {
    String text = Fixtures.read(FIXTURE);
    assertThat(text).startsWith("AJISS-Commentary\n").contains("\n" + ISSUE + "\n");
    ParseResult expected = CommentaryParser.create().parse(text);
    String without = text.replace("\n" + ISSUE + "\n", "\n");
    for (String series : new String[] {"AJISS-Commentary " + ISSUE, "AJISS-Commentary\n" + ISSUE}) {
      ParseResult r =
          CommentaryParser.create().parse(without.replaceFirst("AJISS-Commentary", series));

      assertThat(r.commentary()).as(series).isEqualTo(expected.commentary());
      assertThat(r.diagnostics())
          .as(series)
          .noneMatch(
              d ->
                  d.code() == DiagnosticCode.MISSING_FIELD
                      || d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT
                      || d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
    }
  }

  /**
   * The issue line after the series name, before the publisher wrapped over two lines, as a narrow
   * column leaves it: the publisher is found, and not taken for the title.
   */
  @Test
  void theIssueLineBeforeThePublisherWrappedOverTwoLines() throws Exception {
    String text = Fixtures.read(FIXTURE);
    ParseResult expected = CommentaryParser.create().parse(text);
    String publisher = "The Association of Japanese Institutes of Strategic Studies\n";
    String without = text.replace("\n" + ISSUE + "\n", "\n");
    assertThat(without).contains(publisher);
    String wrapped =
        without
            .replace(publisher, "The Association of Japanese\nInstitutes of Strategic Studies\n")
            .replaceFirst("AJISS-Commentary", "AJISS-Commentary\n" + ISSUE);
    ParseResult r = CommentaryParser.create().parse(wrapped);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_FIELD);
  }

  /** The staff before the institutes: both are read, and neither takes in the other. */
  @Test
  void theStaffBeforeTheInstitutes() throws Exception {
    String text = Fixtures.read(FIXTURE);
    int institutes = text.indexOf("IIPS JIIA RIPS");
    int staff = text.indexOf("Editor: Akio");
    int issue = text.indexOf(ISSUE);
    assertThat(institutes).isPositive().isLessThan(staff);
    String swapped =
        text.substring(0, institutes)
            + text.substring(staff, issue)
            + text.substring(institutes, staff)
            + text.substring(issue);
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(swapped);

    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
  }

  /**
   * The whole header on one line, its fields parted by single spaces, as a tool that joins a text
   * block's lines gives it: the publisher ends with its name, and the institutes and the staff
   * after it are read.
   */
  @Test
  void theHeaderOnOneLine() throws Exception {
    String text = Fixtures.read(FIXTURE);
    int body = text.indexOf("the North Atlantic Council\nbecame");
    String header = text.substring(0, body).strip().replaceAll("\\s+", " ");
    assertThat(header)
        .startsWith(
            "AJISS-Commentary The Association of Japanese Institutes of Strategic Studies IIPS")
        .endsWith("Yoshikazu Hirose");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(header + "\n\n" + text.substring(body));

    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
  }

  /**
   * The title in capitals above the issue line, with the byline between them or under the issue
   * line, as a tool that reads the issue line's box after the title gives them; and the byline
   * above the title, with its label or not.
   */
  @Test
  void theTitleAboveTheIssueLineOrUnderTheByline() throws Exception {
    String text = Fixtures.read(LATER);
    assertThat(text).contains(LATER_ISSUE + LATER_TITLE + LATER_BYLINE);
    ParseResult expected = CommentaryParser.create().parse(text);
    String unlabelled = LATER_BYLINE.replace("By ", "");
    for (String moved :
        new String[] {
          LATER_TITLE + LATER_BYLINE + LATER_ISSUE,
          LATER_TITLE + LATER_ISSUE + LATER_BYLINE,
          LATER_ISSUE + LATER_BYLINE + LATER_TITLE,
          LATER_ISSUE + unlabelled + LATER_TITLE
        }) {
      String input = text.replace(LATER_ISSUE + LATER_TITLE + LATER_BYLINE, moved);
      readsAs(input, expected);
      // and with one or two more blank lines after every line, as some tools space lines out
      readsAs(input.replace("\n", "\n\n"), expected);
      readsAs(input.replace("\n", "\n\n\n"), expected);
    }
  }

  /**
   * The title as the web edition prints it, not in capitals, and the byline above the issue line or
   * above a date alone under the series name and number, with nothing else between them; or the
   * byline above the title, its names those that the closing biographies open with.
   */
  @Test
  void aTitleNotInCapitalsAboveTheIssueLine() throws Exception {
    String text = Fixtures.read(LATER);
    String series = "AJISS-Commentary\n\n";
    String title = "Japan's Choice: \"Global NATO\"\nand the Quad?\n\n";
    String printed = LATER_ISSUE + LATER_TITLE + LATER_BYLINE;
    assertThat(text).startsWith(series).contains(printed);
    String inPlace = text.replace(printed, LATER_ISSUE + title + LATER_BYLINE);
    ParseResult expected = CommentaryParser.create().parse(inPlace);
    assertThat(expected.commentary().title())
        .isEqualTo("Japan's Choice: \"Global NATO\" and the Quad?");
    String dateAlone = text.replace(printed, title + LATER_BYLINE + "23 March 2018\n\n");
    for (String input :
        new String[] {
          text.replace(printed, title + LATER_BYLINE + LATER_ISSUE),
          text.replace(printed, title + LATER_ISSUE + LATER_BYLINE),
          dateAlone.replaceFirst(series, "AJISS-Commentary No.250\n\n"),
          dateAlone.replaceFirst(series, series + "No.250\n\n"),
          text.replace(printed, LATER_ISSUE + LATER_BYLINE.replace("By ", "") + title),
          text.replace(printed, LATER_ISSUE + "Taro Yamada and Hanako Suzuki\n\n" + title),
          text.replace(printed, LATER_ISSUE + "Taro Yamada and Hanako Suzuki\n" + title),
          // the first paragraph right under the title, no blank line between them
          text.replace(printed, LATER_ISSUE + "Taro Yamada and Hanako Suzuki\n" + title)
              .replace("and the Quad?\n\n\u2022", "and the Quad?\n\u2022")
        }) {
      readsAs(input, expected);
    }
  }

  /**
   * A web copy's header: the series name with the number, the title not in capitals, the byline
   * with the author's affiliation after the name, then the date alone: each field is read, and
   * nothing of it is taken for the masthead.
   */
  @Test
  void aBylineWithAnAffiliationAboveADateAlone() throws Exception {
    String text = Fixtures.read(FIXTURE);
    String body = text.substring(text.indexOf("the North Atlantic Council\nbecame"));
    for (String byline :
        new String[] {
          "Yoshikazu Hirose (Professor, National Defense Academy)",
          "Yoshikazu Hirose, Professor, National Defense Academy"
        }) {
      String web =
          "AJISS-Commentary No.93\n\nThe Prospects of Japan-NATO Cooperation\n\n"
              + byline
              + "\n\n8 June 2010\n\n"
              + body;
      ParseResult r = parse(web);
      assertThat(r.commentary().title())
          .as(byline)
          .isEqualTo("The Prospects of Japan-NATO Cooperation");
      assertThat(r.commentary().authors())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.name()).isEqualTo("Yoshikazu Hirose");
                assertThat(a.affiliation()).contains("Professor, National Defense Academy");
              });
      assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
    }
  }

  /**
   * The title above the series name, as a web copy prints it, and the byline alone under the issue
   * line: the title is the one above, in title case or in capitals, and the byline the authors'.
   * Above a header that prints its own title, such text is a second copy, dropped and reported.
   */
  @Test
  void aTitleAboveTheSeriesName() throws Exception {
    String later = Fixtures.read(LATER);
    String printed = LATER_ISSUE + LATER_TITLE + LATER_BYLINE;
    String title = "Japan's Choice: \"Global NATO\"\nand the Quad?\n\n";
    ParseResult inPlace =
        CommentaryParser.create().parse(later.replace(printed, LATER_ISSUE + title + LATER_BYLINE));
    readsAs(title + later.replace(printed, LATER_ISSUE + LATER_BYLINE), inPlace);
    readsAs(LATER_TITLE + later.replace(printed, LATER_ISSUE + LATER_BYLINE), parse(later));

    String text = Fixtures.read(FIXTURE);
    String header = "THE PROSPECTS OF JAPAN-NATO\nCOOPERATION\n\n";
    assertThat(text).contains(header);
    readsAs(header + text.replace(header, ""), parse(text));

    String copy = "The Prospects of Japan-NATO Cooperation\n\n";
    ParseResult r = parse(copy + text);
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED)
        .extracting(d -> d.span().line())
        .contains(1);
  }

  /**
   * A title not in capitals with the byline right under it, no blank line between them, the byline
   * giving each author's affiliation: the byline is no line of the title.
   */
  @Test
  void aBylineWithAffiliationsRightUnderATitleNotInCapitals() throws Exception {
    String later = Fixtures.read(LATER);
    String printed = LATER_ISSUE + LATER_TITLE + LATER_BYLINE;
    String header =
        LATER_ISSUE
            + "Japan's Choice: \"Global NATO\" and the Quad?\n"
            + "Taro Yamada (Senior Fellow, NPI) and Hanako Suzuki (Professor, Keio University)\n\n";
    ParseResult r = parse(later.replace(printed, header));
    assertThat(r.commentary().title()).isEqualTo("Japan's Choice: \"Global NATO\" and the Quad?");
    assertThat(r.commentary().authors())
        .extracting(a -> a.name() + " / " + a.affiliation().orElseThrow())
        .containsExactly(
            "Taro Yamada / Senior Fellow, NPI", "Hanako Suzuki / Professor, Keio University");
    assertThat(r.commentary().authors()).allSatisfy(a -> assertThat(a.biography()).isPresent());
  }

  /** The publisher above the series name: it is the publisher, and nothing is dropped. */
  @Test
  void thePublisherAboveTheSeriesName() throws Exception {
    String text = Fixtures.read(FIXTURE);
    String top = "AJISS-Commentary\nThe Association of Japanese Institutes of Strategic Studies\n";
    assertThat(text).startsWith(top);
    String swapped =
        "The Association of Japanese Institutes of Strategic Studies\nAJISS-Commentary\n"
            + text.substring(top.length());
    ParseResult r = parse(swapped);
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertThat(r.diagnostics())
        .noneMatch(
            d ->
                d.code() == DiagnosticCode.STRAY_TEXT_DROPPED
                    || d.code() == DiagnosticCode.MISSING_FIELD);
    assertThat(Accounting.lost(swapped, r)).isEmpty();
  }

  private static ParseResult parse(String text) throws CommentaryParseException {
    return CommentaryParser.create().parse(text);
  }

  /** The input reads as the expected commentary, with nothing lost and no masthead text left. */
  private static void readsAs(String input, ParseResult expected) throws CommentaryParseException {
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary()).as(input).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .as(input)
        .noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * The masthead one item a line before the series name, as pdfminer or PyMuPDF read the sidebar
   * first: it is the masthead, nothing of it dropped, and no field is missed.
   */
  @Test
  void theMastheadBeforeTheSeriesName() throws Exception {
    String text = Fixtures.read(LATER);
    int masthead = text.indexOf("\nNPI\n");
    assertThat(masthead).isPositive();
    String first = text.substring(masthead + 1).strip() + "\n\n" + text.substring(0, masthead + 1);
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(first);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED)
        .noneMatch(d -> d.code() == DiagnosticCode.MISSING_FIELD);
    assertThat(Accounting.lost(first, r)).isEmpty();
  }
}
