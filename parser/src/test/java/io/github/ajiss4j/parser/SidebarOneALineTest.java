package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The masthead as extraction that keeps the PDF's lines gives it, one item a line in groups parted
 * by blank lines, read where it stands, before the issue line, or after the main column, under the
 * author or after the biography; the staff alone after the issue line, the institutes above it; and
 * the institutes' names wrapped in the narrow columns under their logos.
 */
class SidebarOneALineTest {

  private static final String TOP =
      "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n";

  private static final String MASTHEAD = Fixtures.MASTHEAD_ONE_A_LINE;

  private static final String ISSUE =
      "No.93. 8 June 2010\n\nTHE PROSPECTS OF JAPAN-NATO COOPERATION\n\nYoshikazu Hirose\n\n";

  private static final String FIRST =
      "\"Japan and NATO are partners,\" Shinzo Abe told the North Atlantic Council in January 2007"
          + " in what became the first address delivered by a Japanese head of government to the top"
          + " decision-making body of the North Atlantic Treaty Organization.\n\n";

  private static String rest() {
    String seed = Fixtures.read("seed-093.txt");
    return seed.substring(seed.indexOf("The timing"));
  }

  private static Commentary parse(String text) throws CommentaryParseException {
    return CommentaryParser.create().parse(text).commentary();
  }

  private static Commentary inPlace() throws CommentaryParseException {
    Commentary c = parse(TOP + MASTHEAD + ISSUE + FIRST + rest());
    assertThat(c.masthead().institutes()).hasSize(3);
    assertThat(c.masthead().editorialBoard()).hasSize(3);
    assertThat(c.masthead().onlinePublisher()).isPresent();
    return c;
  }

  /**
   * Asserts that {@code text} reads as the masthead in place does, every character accounted for.
   */
  private static void assertReadsAsInPlace(String text) throws CommentaryParseException {
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary()).isEqualTo(inPlace());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  @Test
  void aMastheadAfterTheBiographyIsReadWhole() throws Exception {
    Commentary c = parse(TOP + ISSUE + FIRST + rest() + "\n\n" + MASTHEAD);
    assertThat(c).isEqualTo(inPlace());
  }

  /**
   * The staff before the series name and the institutes after the publisher, as pdfminer reads a
   * sidebar whose staff stand apart from the logos: both read, nothing dropped.
   */
  @Test
  void theStaffBeforeTheSeriesNameJoinTheInstitutesAfterIt() throws Exception {
    int staff = MASTHEAD.indexOf("Editor:");
    String institutes = MASTHEAD.substring(0, staff);
    ParseResult r =
        CommentaryParser.create()
            .parse(MASTHEAD.substring(staff) + TOP + institutes + ISSUE + FIRST + rest());
    assertThat(r.commentary()).isEqualTo(inPlace());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED);
  }

  @Test
  void aMastheadUnderTheAuthorIsReadWhole() throws Exception {
    Commentary c = parse(TOP + ISSUE + MASTHEAD + "\n" + FIRST + rest());
    assertThat(c).isEqualTo(inPlace());
  }

  /**
   * The last two names of a post joined by "and" over two lines ({@code Naoko Saiki and} / {@code
   * Taizo Yakushiji}), as the masthead sometimes prints them: both on the post, wherever the
   * sidebar stands.
   */
  @Test
  void namesJoinedByAndOverTwoLinesAreBothThePosts() throws Exception {
    String and = MASTHEAD.replace("Naoko Saiki\nTaizo", "Naoko Saiki and\nTaizo");
    assertThat(and).isNotEqualTo(MASTHEAD);
    for (String text :
        List.of(
            TOP + and + ISSUE + FIRST + rest(),
            TOP + ISSUE + FIRST + rest() + "\n\n" + and,
            TOP + ISSUE + and + "\n" + FIRST + rest())) {
      assertThat(parse(text)).isEqualTo(inPlace());
    }
    String between = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    ParseResult r =
        CommentaryParser.create()
            .parse(between.replace("Naoko Saiki\nTaizo", "Naoko Saiki and\nTaizo"));
    assertThat(r.commentary()).isEqualTo(parse(between));
  }

  /**
   * The author's name right under the publisher's title, no blank line between them, as a sidebar
   * read between the main column's lines gives it: the author's, not the title's.
   */
  @Test
  void aNameUnderThePublishersTitleIsNoPartOfIt() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String printed = "President, JIIA\n\nYoshikazu Hirose\n";
    assertThat(text).contains(printed);
    ParseResult r =
        CommentaryParser.create()
            .parse(text.replace(printed, "President, JIIA\nYoshikazu Hirose\n"));
    assertThat(r.commentary()).isEqualTo(parse(text));
  }

  /**
   * The first page's number right under the sidebar, as tools that read the sidebar first give it:
   * dropped and reported, no part of the publisher's title.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1", "- 1 -", "-1-", "\u2013 1 \u2013", "Page 1 of 2", "1 / 2", "p. 1"})
  void aPageNumberUnderTheSidebarIsNoPartOfThePublishersTitle(String number) throws Exception {
    String numbered = MASTHEAD.replace("President, JIIA\n", "President, JIIA\n" + number + "\n");
    assertThat(numbered).isNotEqualTo(MASTHEAD);
    // or on the title's line, after a tab or a wider gap, as tools that read in the order of the
    // page's content give it
    String tab = MASTHEAD.replace("President, JIIA\n", "President, JIIA\t" + number + "\n");
    String gap = MASTHEAD.replace("President, JIIA\n", "President, JIIA  " + number + "\n");
    for (String text :
        List.of(
            TOP + numbered + ISSUE + FIRST + rest(),
            TOP + numbered.strip() + "\n" + ISSUE + FIRST + rest(),
            TOP + tab + ISSUE + FIRST + rest(),
            TOP + gap + ISSUE + FIRST + rest())) {
      ParseResult r = CommentaryParser.create().parse(text);
      assertThat(r.commentary()).isEqualTo(inPlace());
      assertThat(r.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.PAGE_FURNITURE_DROPPED);
                assertThat(text.substring(d.span().offset(), d.span().endOffset()))
                    .isEqualTo(number);
              });
    }
  }

  @Test
  void theStaffAfterTheIssueLineJoinTheInstitutesAboveIt() throws Exception {
    int staff = MASTHEAD.indexOf("Editor:");
    String institutes = MASTHEAD.substring(0, staff);
    String posts = MASTHEAD.substring(staff);
    String issueLine = ISSUE.substring(0, ISSUE.indexOf('\n') + 1);
    String underIt = ISSUE.substring(issueLine.length());
    for (String gap : new String[] {"", "\n"}) {
      Commentary c = parse(TOP + institutes + issueLine + gap + posts + underIt + FIRST + rest());
      assertThat(c).isEqualTo(inPlace());
    }
  }

  /**
   * The logos stacked down the sidebar, each over its name, and pdftotext reading the first beside
   * the series name, the issue line, title and author, and then the rest of the sidebar: the
   * institutes after the author join the first, in their order, and none is taken for a piece of
   * the title, the author's affiliation or the body.
   */
  @Test
  void institutesStackedAroundTheIssueLineAreReadInOrder() throws Exception {
    String first = "IIPS\nInstitute for International Policy Studies\n\n";
    String others =
        "JIIA\nThe Japan Institute of International\nAffairs (Secretariat)\n\n"
            + "RIPS\nResearch Institute for Peace and\nSecurity\n\n";
    String staff = MASTHEAD.substring(MASTHEAD.indexOf("Editor:"));
    String byline =
        "No.93. 8 June 2010\n\nTHE PROSPECTS OF JAPAN-NATO\nCOOPERATION\nYoshikazu Hirose\n\n";
    String text = TOP + first + byline + others + staff + FIRST + rest();
    assertReadsAsInPlace(text);
  }

  /**
   * The logos stacked down the sidebar, and pdftotext reading the sidebar's blocks and the main
   * column's by their height on the page: an abbreviation parted from its name by the issue line,
   * the title, the byline or a key point. Each name goes with its abbreviation, in the institutes'
   * order, and none is taken for a heading, the author's affiliation or the body.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the second abbreviation above the issue line, its name under the title
        "IIPS\nInstitute for International Policy\nStudies\n\nJIIA\n\n@ISSUE@TITLE"
            + "The Japan Institute of International\nAffairs (Secretariat)\n\n"
            + "RIPS\nResearch Institute for Peace and\nSecurity\n\n@STAFF\n@AUTHOR",
        // the second abbreviation under the title, the byline between it and its name, the
        // third abbreviation and its name parted by a blank line
        "IIPS\nInstitute for International Policy Studies\n\n@ISSUE@TITLE"
            + "JIIA\n\n@AUTHOR\nThe Japan Institute of International\nAffairs (Secretariat)\n\n"
            + "RIPS\n\nResearch Institute for Peace and\nSecurity\n\n@STAFF\n",
        // the role on a line of its own under the name
        "IIPS\nInstitute for International Policy Studies\n\nJIIA\n\n@ISSUE@TITLE"
            + "The Japan Institute of International Affairs\n(Secretariat)\n\n"
            + "RIPS\nResearch Institute for Peace and Security\n\n@STAFF\n@AUTHOR",
        // the first abbreviation above the issue line, its name under the title
        "IIPS\n\n@ISSUE@TITLEInstitute for International Policy\nStudies\n\n"
            + "JIIA\nThe Japan Institute of International\nAffairs (Secretariat)\n\n"
            + "RIPS\nResearch Institute for Peace and\nSecurity\n\n@STAFF\n@AUTHOR"
      })
  void institutesPartedFromTheirNamesByTheMainColumnAreReadWhole(String layout) throws Exception {
    String text =
        TOP
            + layout
                .replace("@ISSUE", "No.93. 8 June 2010\n\n")
                .replace("@TITLE", "THE PROSPECTS OF JAPAN-NATO\nCOOPERATION\n\n")
                .replace("@AUTHOR", "Yoshikazu Hirose\n")
                .replace("@STAFF", MASTHEAD.substring(MASTHEAD.indexOf("Editor:")))
            + "\n"
            + FIRST
            + rest();
    assertReadsAsInPlace(text);
  }

  /**
   * An institute's name under the byline, the author's affiliation, where the masthead above the
   * issue line prints that name wrapped over two lines: the author's, and the masthead's institute
   * as printed there.
   */
  @Test
  void aNameThatTheMastheadPrintsWrappedIsTheAffiliationUnderTheByline() throws Exception {
    String institutes =
        "IIPS\nInstitute for International Policy\nStudies\n\n"
            + "JIIA\nThe Japan Institute of International\nAffairs (Secretariat)\n\n"
            + "RIPS\nResearch Institute for Peace and\nSecurity\n\n";
    String text =
        TOP
            + institutes
            + MASTHEAD.substring(MASTHEAD.indexOf("Editor:"))
            + "No.93. 8 June 2010\n\nTHE PROSPECTS OF JAPAN-NATO COOPERATION\n\n"
            + "Yoshikazu Hirose\n\nInstitute for International Policy Studies\n\n"
            + FIRST
            + rest();
    Commentary c = parse(text);
    assertThat(c.masthead()).isEqualTo(inPlace().masthead());
    assertThat(c.authors().get(0).affiliation())
        .contains("Institute for International Policy Studies");
  }

  /**
   * The logos stacked down the sidebar over the staff, and the sidebar merged row by row with the
   * main column, one space between them, as pdfplumber's {@code extract_text} and PDFBox sorting by
   * position write it ({@code RIPS More than a third} / {@code Research Institute for Peace and
   * construction of}): each abbreviation, the words of a known institute's name that open a row,
   * and the staff are the sidebar's, the rest the main column's, the title, the byline and the
   * body. So too where pdfplumber keeps the layout ({@code layout=True}): there the sidebar's
   * longer lines run past the main column's edge, and push the main column's text on their row
   * right of them, one space apart.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "generated-plumber-logos-stacked-beside-the-main-column.txt",
        "generated-pdfbox-sorted-logos-stacked-beside-the-main-column.txt",
        "generated-plumber-layout-logos-stacked-beside-the-main-column.txt"
      })
  void logosStackedDownASidebarMergedRowByRowAreTheMastheads(String fixture) throws Exception {
    String text = Fixtures.read(fixture);
    assertThat(text).containsPattern("\n *RIPS +More than a third of global maritime trade");
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo("The South China Sea and the Rule of Law");
    assertThat(c.authors()).extracting(a -> a.name()).containsExactly("Aiko Shimizu");
    assertThat(c.masthead().institutes())
        .extracting(i -> i.abbreviation() + " | " + i.name() + " | " + i.role().orElse(""))
        .containsExactly(
            "IIPS | Institute for International Policy Studies | ",
            "JIIA | The Japan Institute of International Affairs | Secretariat",
            "RIPS | Research Institute for Peace and Security | ");
    assertThat(c.masthead().editorialAdvisoryBoard())
        .extracting(p -> p.name())
        .containsExactly("Akio Watanabe", "Masashi Nishihara", "Taizo Yakushiji");
    assertThat(c.masthead().editorialCommittee())
        .extracting(p -> p.name())
        .containsExactly("Tsutomu Kikuchi", "Hiroyasu Akutsu", "Naoko Saiki");
    assertThat(c.masthead().onlinePublisher().orElseThrow().name()).isEqualTo("Yoshiji Nogami");
    assertThat(c.body().get(0).plainText())
        .startsWith("Maritime security in the South China Sea has direct implications")
        .contains("shipping. More than a third of global maritime trade")
        .endsWith("strengthens the rule of law at sea without direct confrontation.");
    assertThat(c.body().get(1).plainText()).startsWith("China poses the most complex challenge.");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A comma list of names wrapped after a given name, its family name opening a row further down
   * before the next name ({@code Nishihara, Akihiko Tanaka}), in a sidebar merged row by row with
   * the main column: the capitalised word after the given name on its row ({@code Masashi Ukraine
   * would ...}), or opening the row between ({@code Japan can help ...}), is the main column's.
   */
  @ParameterizedTest
  @CsvSource({
    "generated-plumber-given-name-beside-the-main-column.txt, Ukraine would embolden",
    "generated-plumber-given-name-over-a-row-of-the-main-column.txt, Japan can help shape"
  })
  void aGivenNameWrappedInACommaListTakesTheFamilyNameThatOpensARowFurtherDown(
      String fixture, String main) throws Exception {
    String text = Fixtures.read(fixture);
    assertThat(text).containsPattern("Taizo Yakushiji \\(Chair\\), Masashi\\b[^\\n]*\\n");
    assertThat(text).contains("\nNishihara, Akihiko Tanaka\n");
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary c = r.commentary();
    assertThat(c.masthead().editorialAdvisoryBoard())
        .extracting(p -> p.name())
        .containsExactly("Taizo Yakushiji", "Masashi Nishihara", "Akihiko Tanaka");
    assertThat(c.bodyText()).contains(main);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A row of the main column that opens with two capitalised English words ({@code United States})
   * under a staff label, in a sidebar merged row by row with the main column: no staff member's
   * name, but the main column's text.
   */
  @Test
  void englishWordsOpeningARowUnderAStaffLabelAreNoName() throws Exception {
    String text =
        Fixtures.read("generated-plumber-logos-stacked-beside-the-main-column.txt")
            .replace(
                "\nindispensable market for Japanese firms,",
                "\nUnited States market for Japanese firms,");
    assertThat(text).contains("Editorial Committee:\nUnited States market for Japanese firms,");
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary c = r.commentary();
    assertThat(c.masthead().editorialCommittee())
        .extracting(p -> p.name())
        .containsExactly("Tsutomu Kikuchi", "Hiroyasu Akutsu", "Naoko Saiki");
    assertThat(c.body().get(1).plainText())
        .contains("trading partner and an United States market for Japanese firms,");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  @Test
  void institutesNamesWrappedInNarrowColumnsAreReadWhole() throws Exception {
    int staff = MASTHEAD.indexOf("Editor:");
    String posts = MASTHEAD.substring(staff);
    String abbreviationsThenNames =
        String.join(
            "\n",
            "IIPS",
            "",
            "JIIA",
            "",
            "RIPS",
            "",
            "Institute for International",
            "Policy Studies",
            "",
            "The Japan Institute of",
            "International Affairs",
            "(Secretariat)",
            "",
            "Research Institute for",
            "Peace and Security",
            "",
            "");
    String eachUnderItsLogo =
        String.join(
            "\n",
            "IIPS",
            "Institute for International",
            "Policy Studies",
            "",
            "JIIA",
            "The Japan Institute of",
            "International Affairs",
            "(Secretariat)",
            "",
            "RIPS",
            "Research Institute for",
            "Peace and Security",
            "",
            "");
    for (String institutes : new String[] {abbreviationsThenNames, eachUnderItsLogo}) {
      Commentary c = parse(TOP + institutes + posts + ISSUE + FIRST + rest());
      assertThat(c).isEqualTo(inPlace());
    }
  }

  /**
   * An institute's role on a line of its own under the names, or beside its abbreviation ({@code
   * JIIA (Secretariat)}), one a line or parted by tabs: read above the issue line and after the
   * biography alike.
   */
  @Test
  void aRoleUnderTheNamesOrBesideTheAbbreviationIsTheInstitutes() throws Exception {
    String names =
        "Institute for International Policy Studies\n"
            + "The Japan Institute of International Affairs\n";
    String[] shapes = {
      "IIPS\nJIIA\nRIPS\n\n"
          + names
          + "(Secretariat)\nResearch Institute for Peace and Security\n\n",
      "IIPS\nJIIA (Secretariat)\nRIPS\n\n"
          + names
          + "Research Institute for Peace and Security\n\n",
      "IIPS\tJIIA (Secretariat)\tRIPS\n"
          + names.replace("Studies\n", "Studies\t").replace("Affairs\n", "Affairs\t")
          + "Research Institute for Peace and Security\n\n",
      "IIPS\nInstitute for International Policy Studies\n"
          + "JIIA\nThe Japan Institute of International Affairs\n(Secretariat)\n"
          + "RIPS\nResearch Institute for Peace and Security\n\n"
    };
    for (String institutes : shapes) {
      readAboveTheIssueLineAndAfterTheBiography(institutes);
    }
  }

  /**
   * Each abbreviation glued to its institute's name, as the text of a table of logos beside names
   * gives it ({@code NPINakasone Yasuhiro Peace Institute}): one a line, or parted by tabs.
   */
  @Test
  void anAbbreviationGluedToItsNameIsParted() throws Exception {
    String[] shapes = {
      "IIPSInstitute for International Policy Studies\n"
          + "JIIAThe Japan Institute of International Affairs (Secretariat)\n"
          + "RIPSResearch Institute for Peace and Security\n\n",
      "IIPSInstitute for International Policy Studies\t"
          + "JIIAThe Japan Institute of International Affairs (Secretariat)\t"
          + "RIPSResearch Institute for Peace and Security\n\n"
    };
    for (String institutes : shapes) {
      readAboveTheIssueLineAndAfterTheBiography(institutes);
    }
  }

  /**
   * The names on one line with single spaces between them, wrapped by extraction wherever the width
   * ran out, mid-name: each name is read whole, at every width from 30 to 100 characters; and so
   * where a run of spaces or a tab parts them.
   */
  @Test
  void namesWrappedMidNameWithoutTabsAreReadWhole() throws Exception {
    String names =
        "Institute for International Policy Studies The Japan Institute of International Affairs"
            + " (Secretariat) Research Institute for Peace and Security";
    String later = Fixtures.read("hard-wrapped-later-masthead.txt");
    String laterNames =
        "Nakasone Yasuhiro Peace Institute\tThe Japan Institute of International Affairs"
            + " (Secretariat)\tResearch Institute for Peace and Security";
    assertThat(later).contains(laterNames + "\r\n");
    Commentary expected = parse(later);
    for (String gap : new String[] {"   ", "\t"}) {
      // parted by a run of spaces or a tab, and wrapped mid-name all the same
      readAboveTheIssueLineAndAfterTheBiography(
          "IIPS JIIA RIPS\n"
              + "Institute for International Policy Studies"
              + gap
              + "The Japan Institute of\n"
              + "International Affairs (Secretariat)"
              + gap
              + "Research Institute for Peace and\nSecurity\n\n");
    }
    for (int width = 30; width <= 100; width += 10) {
      readAboveTheIssueLineAndAfterTheBiography("IIPS JIIA RIPS\n" + wrapped(names, width) + "\n");
      String lines = wrapped(laterNames.replace('\t', ' '), width).replace("\n", "\r\n");
      String rewrapped = later.replace(laterNames + "\r\n", lines);
      assertThat(parse(rewrapped)).as(rewrapped).isEqualTo(expected);
    }
  }

  /** The words of a text on lines of at most {@code width} characters. */
  private static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.append('\n').toString();
  }

  /** The institutes, then the staff, read above the issue line and after the biography alike. */
  private static void readAboveTheIssueLineAndAfterTheBiography(String institutes)
      throws CommentaryParseException {
    String posts = MASTHEAD.substring(MASTHEAD.indexOf("Editor:"));
    assertThat(parse(TOP + institutes + posts + ISSUE + FIRST + rest()))
        .as(institutes)
        .isEqualTo(inPlace());
    assertThat(parse(TOP + ISSUE + FIRST + rest() + "\n\n" + institutes + posts))
        .as(institutes)
        .isEqualTo(inPlace());
  }

  /**
   * pdftotext without {@code -layout}, of a page whose sidebar stands beside the issue line, the
   * title and the byline (the fixture: the seed's text set as a PDF in that layout, two columns of
   * institutes and staff over a justified body in Times Roman, and extracted so), reads the blocks
   * of both columns by their height on the page: the staff's posts fall one by one between the main
   * column's lines. Each post is the masthead's, and the header and the body read as the seed's.
   * The body, justified in a proportional font, has no blank line between paragraphs: a line that
   * ends a sentence ends a paragraph where the next line's first word would have fitted on it as
   * set, not as counted in characters.
   */
  @Test
  void staffPostsBetweenTheMainColumnsLinesAreTheMastheads() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    assertThat(text).contains("No.93. 8 June 2010\n\nEditorial Board:\n");
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary seed = parse(Fixtures.read("seed-093.txt"));
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(seed.title());
    assertThat(c.authors()).isEqualTo(seed.authors());
    assertThat(c.masthead()).isEqualTo(seed.masthead());
    // the paragraphs as the seed's, though no blank line parts them
    assertThat(text).contains("territorial defense.\nThe timing of the speech");
    assertThat(text).contains("the Bush administration.\nDelivered in this context");
    assertThat(c.body())
        .extracting(b -> b.plainText())
        .containsExactlyElementsOf(seed.body().stream().map(b -> b.plainText()).toList());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The same text with a blank line here and there in mid-sentence, as extraction leaves one around
   * a key point or where a line's height differs, but still none between paragraphs: the paragraphs
   * are found as in the text with none.
   */
  @Test
  void aBlankLineHereAndThereInMidSentencePartsNoParagraph() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String spaced =
        Fixtures.replacingEach(
            text,
            gap -> gap.replace("\n", "\n\n"),
            "Council in\nJanuary 2007",
            "the failure\nto garner",
            "the\nUnited States began",
            "with NATO was\nalso listened");
    ParseResult r = CommentaryParser.create().parse(spaced);
    assertThat(r.commentary().body())
        .extracting(b -> b.plainText())
        .containsExactlyElementsOf(
            CommentaryParser.create().parse(text).commentary().body().stream()
                .map(b -> b.plainText())
                .toList());
    assertThat(Accounting.lost(spaced, r)).isEmpty();
  }

  /**
   * Text sorted by its height on the page (the same PDF through PDFBox with sorting, as other tools
   * that merge the text of a line across the page give it), the sidebar and the main column on the
   * same lines with one space between them ({@code Editor: No.93. 8 June 2010}, {@code Naoko Saiki
   * COOPERATION}): the sidebar is known by its labels and the names under them, read before the
   * main column, and reported; the masthead, the title, the author and the body are the seed's.
   */
  @Test
  void aSidebarMergedLineByLineWithTheMainColumnIsReadApart() throws Exception {
    String text = Fixtures.read("pdfbox-sorted-sidebar-merged.txt");
    assertThat(text)
        .contains("\nEditor: No.93. 8 June 2010\n")
        .contains("\nNaoko Saiki COOPERATION\n");
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary seed = parse(Fixtures.read("seed-093.txt"));
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(seed.title());
    assertThat(c.authors()).isEqualTo(seed.authors());
    // the institutes' names on one line, the role alone under it: the secretariat's, JIIA's
    assertThat(text).contains("Peace and Security\n(Secretariat)\n");
    assertThat(c.masthead()).isEqualTo(seed.masthead());
    assertThat(c.body())
        .extracting(b -> b.plainText())
        .containsExactlyElementsOf(seed.body().stream().map(b -> b.plainText()).toList());
    assertThat(r.diagnostics())
        .anyMatch(d -> d.code() == io.github.ajiss4j.model.DiagnosticCode.LAYOUT_COLUMNS_READ);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }
}
