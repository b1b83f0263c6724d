package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Heading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed as extraction that keeps the page's layout ({@code pdftotext -layout}) gives it: the
 * institutes a table of three centred columns whose names wrap, the staff in a sidebar beside the
 * issue line, the title, the author and the first paragraph, and the body hard-wrapped and indented
 * to the main column's edge, with a page number and a form feed between the pages. It reads as the
 * same commentary as the masthead given one item a line above the main column.
 */
class LayoutColumnsTest {

  private static final String TOP =
      "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n";

  private static final String ISSUE =
      "No.93. 8 June 2010\n\nTHE PROSPECTS OF JAPAN-NATO COOPERATION\n\nYoshikazu Hirose\n\n";

  private static final String FIRST =
      "\"Japan and NATO are partners,\" Shinzo Abe told the North Atlantic Council in January 2007"
          + " in what became the first address delivered by a Japanese head of government to the top"
          + " decision-making body of the North Atlantic Treaty Organization.";

  /** The main column's left edge, in characters. */
  private static final int EDGE = 30;

  private static final int WIDTH = 64;

  /** The staff, one item a line, as the sidebar prints them. */
  private static final List<String> STAFF =
      List.of(
          Fixtures.MASTHEAD_ONE_A_LINE
              .substring(Fixtures.MASTHEAD_ONE_A_LINE.indexOf("Editor:"))
              .strip()
              .split("\n"));

  private static final String TABLE =
      String.join(
          "\n",
          "        IIPS                          JIIA                           RIPS",
          "Institute for International    The Japan Institute of       Research Institute for",
          "      Policy Studies            International Affairs         Peace and Security",
          "                                    (Secretariat)",
          "",
          "");

  private static List<String> paragraphs() {
    String seed = Fixtures.read("seed-093.txt");
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(FIRST);
    for (String p : seed.substring(seed.indexOf("The timing")).split("\n\n")) {
      paragraphs.add(p.strip());
    }
    return paragraphs;
  }

  /** The same commentary, its masthead one item a line above the main column. */
  private static Commentary inPlace() {
    return Fixtures.parse(
            TOP + Fixtures.MASTHEAD_ONE_A_LINE + ISSUE + String.join("\n\n", paragraphs()) + "\n")
        .commentary();
  }

  /** Lines of at most {@link #WIDTH} characters, broken at spaces; the first indented by three. */
  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("   ");
    for (String word : paragraph.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH && line.toString().strip().length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0 && !line.toString().isBlank()) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String pad(String left, String right) {
    return right.isEmpty() ? left : left + " ".repeat(EDGE - left.length()) + right;
  }

  /** The commentary laid out as on the page. */
  private static String layout(String lineEnd) {
    List<String> right = new ArrayList<>();
    right.add("No.93. 8 June 2010");
    right.add("");
    right.add("THE PROSPECTS OF JAPAN-NATO");
    right.add("COOPERATION");
    right.add("");
    right.add("Yoshikazu Hirose");
    right.add("");
    List<String> paragraphs = paragraphs();
    right.addAll(wrap(paragraphs.get(0)));
    List<String> lines = new ArrayList<>();
    lines.add("                         AJISS-Commentary");
    lines.add("");
    lines.add("      The Association of Japanese Institutes of Strategic Studies");
    lines.add("");
    lines.addAll(List.of(TABLE.split("\n", -1)));
    lines.remove(lines.size() - 1);
    for (int i = 0; i < Math.max(STAFF.size(), right.size()); i++) {
      String left = i < STAFF.size() ? STAFF.get(i) : "";
      lines.add(pad(left, i < right.size() ? right.get(i) : "").stripTrailing());
    }
    for (int p = 1; p < paragraphs.size(); p++) {
      lines.add("");
      String pageBreak = "";
      if (p == 3) { // the page number, and a form feed before the next page's first line
        lines.add(" ".repeat(EDGE + 30) + "1");
        pageBreak = "\f";
      }
      for (String l : wrap(paragraphs.get(p))) {
        lines.add(pageBreak + " ".repeat(EDGE) + l);
        pageBreak = "";
      }
    }
    return String.join(lineEnd, lines) + lineEnd;
  }

  /**
   * The laid-out text with its line ends lost, as spaces, many times over on each of two lines: two
   * lines of thousands of pieces parted by runs of spaces near the top, which is no table of
   * institutes. It is parsed or refused in bounded time (the timeout), where a step that compared
   * every piece with every column would take minutes.
   */
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void twoLinesOfThousandsOfPiecesAreNoTable() throws Exception {
    String oneLine = layout("\n").replace('\n', ' ').repeat(60);
    String text = oneLine + "\n" + oneLine;
    assertThat(text.length()).isGreaterThan(500_000);
    try {
      ParseResult r = CommentaryParser.create().parse(text);
      assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ);
    } catch (CommentaryParseException refused) {
      ParserFuzzTest.checkRefusal(refused);
    }
  }

  @Test
  void theSidebarAndTheTableAreReadOneColumnAfterAnother() {
    String text = layout("\n");
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(inPlace());
    assertThat(Accounting.lost(text, r)).isEmpty();
    Diagnostic read =
        r.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ)
            .findFirst()
            .orElseThrow();
    assertThat(read.message()).contains("lines 5 to 18");
    assertThat(read.span().line()).isEqualTo(5);
  }

  /**
   * The logos stacked down the sidebar, each over its name, beside the main column's title set in
   * from its edge and its byline set right, the issue line above the sidebar at the main column's
   * edge or beside the series name, as pdftotext -layout and pypdf write such a page: read one
   * column after another from the issue line's row down, the sidebar's lines no part of the title,
   * the byline or the body.
   */
  @Test
  void stackedInstitutesBesideTheTitleUnderTheIssueLineAreTheSidebars() {
    int edge = 39;
    List<String> left =
        new ArrayList<>(
            List.of(
                "IIPS",
                "Institute for International Policy",
                "Studies",
                "",
                "JIIA",
                "The Japan Institute of International",
                "Affairs (Secretariat)",
                "",
                "RIPS",
                "Research Institute for Peace and",
                "Security",
                ""));
    left.addAll(STAFF);
    List<String> right = new ArrayList<>();
    right.add(" ".repeat(7) + "THE PROSPECTS OF JAPAN-NATO");
    right.add("");
    right.add("");
    right.add(" ".repeat(18) + "COOPERATION");
    right.add(" ".repeat(77) + "Yoshikazu Hirose");
    right.add("");
    right.add("");
    List<String> paragraphs = paragraphs();
    right.addAll(wrap(paragraphs.get(0)));
    right.add("");
    right.addAll(wrap(paragraphs.get(1)));
    for (boolean besideSeries : new boolean[] {false, true}) {
      stackedInstitutes(edge, left, right, paragraphs, besideSeries);
    }

    // the publisher's title on the row of the blank line after a paragraph, a row of the main
    // column's alone between it and the publisher's name: the sidebar's all the same
    List<String> apart = new ArrayList<>(left.subList(0, left.size() - 1));
    apart.add("");
    apart.add(left.get(left.size() - 1));
    right.add("");
    while (apart.size() < right.size()) {
      apart.add(12, "");
    }
    assertThat(right.get(apart.size() - 1)).isEmpty();
    assertThat(right.get(apart.size() - 2)).isNotEmpty();
    stackedInstitutes(edge, apart, right, paragraphs, false);
  }

  private static void stackedInstitutes(
      int edge, List<String> left, List<String> right, List<String> paragraphs, boolean beside) {
    List<String> lines = new ArrayList<>();
    String issue = " ".repeat(edge) + "No.93. 8 June 2010";
    if (beside) { // on the series name's row, as pypdf's layout mode writes it
      lines.add("AJISS-Commentary" + issue.substring("AJISS-Commentary".length()));
    } else {
      lines.add("AJISS-Commentary");
      lines.add(issue);
    }
    lines.add("The Association of Japanese");
    lines.add("Institutes of Strategic Studies");
    lines.add("");
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String l = i < left.size() ? left.get(i) : "";
      String r = i < right.size() ? right.get(i) : "";
      lines.add((r.isEmpty() ? l : l + " ".repeat(edge - l.length()) + r).stripTrailing());
    }
    for (String paragraph : paragraphs.subList(2, paragraphs.size())) {
      lines.add("");
      for (String l : wrap(paragraph)) {
        lines.add(" ".repeat(edge) + l);
      }
    }
    String text = String.join("\n", lines) + "\n";
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).as("beside the series name: %s", beside).isEqualTo(inPlace());
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The institutes a table of two rows, as ghostscript writes the page, and under it the row that
   * holds the editor's label, the issue number and the date far to the right of it, under the third
   * institute: the table ends above that row, which is read as it stands, the issue line whole.
   */
  @Test
  void theIssueLinesRowUnderTheTableIsNoRowOfIt() {
    List<String> lines = new ArrayList<>();
    lines.add(row(17, "AJISS-Commentary"));
    lines.add(row(17, "The Association of Japanese Institutes of Strategic Studies"));
    lines.add(row(17, "IIPS", 82, "JIIA", 146, "RIPS"));
    lines.add(
        row(
            17,
            "Institute for International Policy Studies",
            82,
            "The Japan Institute of International Affairs (Secretariat)",
            146,
            "Research Institute for Peace and Security"));
    lines.add(row(17, STAFF.get(0), 73, "No.93.", 190, "8 June 2010"));
    for (String staff : STAFF.subList(1, STAFF.size())) {
      lines.add(row(17, staff));
    }
    lines.add("");
    lines.add(row(17, "THE PROSPECTS OF JAPAN-NATO COOPERATION"));
    lines.add("");
    lines.add(row(17, "Yoshikazu Hirose"));
    for (String paragraph : paragraphs()) {
      lines.add("");
      lines.add(row(17, paragraph));
    }
    String text = String.join("\n", lines) + "\n";
    ParseResult r = Fixtures.parse(text);
    Commentary expected = inPlace();
    assertThat(r.commentary().number()).isEqualTo(expected.number());
    assertThat(r.commentary().date()).isEqualTo(expected.date());
    assertThat(r.commentary().masthead().institutes()).isEqualTo(expected.masthead().institutes());
    assertThat(r.commentary().bodyText()).isEqualTo(expected.bodyText());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The page as ghostscript writes it: the institutes' logo row far to the right beside the series
   * name, each name in the column its abbreviation heads, and under it the sidebar's rows
   * alternating with the main column's, the issue line on the editor's label's row. The logo row is
   * the header's, though the issue line's row under it holds pieces as many: the sidebar is read
   * from the issue line's row down, and the title, the byline and the staff come out as laid out
   * one column after another.
   */
  @Test
  void theLogoRowBesideTheSeriesNameLeavesTheSidebarBelowIt() {
    List<String> lines = new ArrayList<>();
    lines.add(row(127, "IIPS", 164, "JIIA", 198, "RIPS"));
    lines.add(
        row(
            17,
            "AJISS-Commentary",
            127,
            "Institute for International",
            164,
            "The Japan Institute of",
            198,
            "Research Institute for"));
    lines.add(row(127, "Policy Studies", 164, "International Affairs", 198, "Peace and Security"));
    lines.add(
        row(
            17,
            "The Association of Japanese Institutes of Strategic Studies",
            164,
            "(Secretariat)"));
    lines.add(row(17, STAFF.get(0), 75, "No.93.", 96, "8 June 2010"));
    lines.add(row(17, STAFF.get(1)));
    lines.add(row(17, STAFF.get(2), 82, "THE PROSPECTS OF JAPAN-NATO"));
    lines.add(row(17, STAFF.get(3)));
    lines.add(row(17, STAFF.get(4), 100, "COOPERATION"));
    lines.add(row(17, STAFF.get(5)));
    lines.add(row(17, STAFF.get(6), 110, "Yoshikazu Hirose"));
    for (String staff : STAFF.subList(7, STAFF.size())) {
      lines.add(row(17, staff));
    }
    for (String paragraph : paragraphs()) {
      lines.add("");
      for (String line : wrap(paragraph)) {
        lines.add(row(75, line));
      }
    }
    String text = String.join("\n", lines) + "\n";
    ParseResult r = Fixtures.parse(text);
    Commentary expected = inPlace();
    assertThat(r.commentary().title()).isEqualTo(expected.title());
    assertThat(r.commentary().authors()).isEqualTo(expected.authors());
    assertThat(r.commentary().number()).isEqualTo(expected.number());
    assertThat(r.commentary().date()).isEqualTo(expected.date());
    assertThat(r.commentary().masthead()).isEqualTo(expected.masthead());
    assertThat(r.commentary().bodyText()).isEqualTo(expected.bodyText());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The logo row beside the series name as ghostscript writes the later pages, the institutes'
   * columns nearer the series name: the publisher's name under the series name reaches past the
   * middle of the blanks before the first institute's column, so the rows are no table whose every
   * piece keeps to its column, but they are still the header's. The institutes' columns, three rows
   * starting a piece at one character column, are not the main column's edge: the sidebar is read
   * from the issue line's row down.
   */
  @Test
  void theLogoRowBesideTheSeriesNameUnderWhichThePublishersNameReachesFar() {
    List<String> lines = new ArrayList<>();
    lines.add(row(98, "IIPS", 128, "JIIA", 154, "RIPS"));
    lines.add(
        row(
            13,
            "AJISS-Commentary",
            98,
            "Institute for International",
            128,
            "The Japan Institute of",
            154,
            "Research Institute for"));
    lines.add(row(98, "Policy Studies", 128, "International Affairs", 154, "Peace and Security"));
    lines.add(
        row(
            13,
            "The Association of Japanese Institutes of Strategic Studies",
            128,
            "(Secretariat)"));
    lines.add(row(13, STAFF.get(0), 58, "No.93.", 75, "8 June 2010"));
    lines.add(row(13, STAFF.get(1)));
    lines.add(row(13, STAFF.get(2), 64, "THE PROSPECTS OF JAPAN-NATO"));
    lines.add(row(13, STAFF.get(3)));
    lines.add(row(13, STAFF.get(4), 84, "COOPERATION"));
    lines.add(row(13, STAFF.get(5)));
    lines.add(row(13, STAFF.get(6), 90, "Yoshikazu Hirose"));
    for (String staff : STAFF.subList(7, STAFF.size())) {
      lines.add(row(13, staff));
    }
    for (String paragraph : paragraphs()) {
      lines.add("");
      for (String line : wrap(paragraph)) {
        lines.add(row(58, line));
      }
    }
    String text = String.join("\n", lines) + "\n";
    ParseResult r = Fixtures.parse(text);
    Commentary expected = inPlace();
    assertThat(r.commentary().title()).isEqualTo(expected.title());
    assertThat(r.commentary().authors()).isEqualTo(expected.authors());
    assertThat(r.commentary().masthead()).isEqualTo(expected.masthead());
    assertThat(r.commentary().bodyText()).isEqualTo(expected.bodyText());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The logo row beside the series name, as above, but the staff, the issue line and the title
   * below it one item a line, with no sidebar beside the main column: nothing is read as columns,
   * and the text is read as it stands, every character of it kept or reported.
   */
  @Test
  void theLogoRowBesideTheSeriesNameWithNoSidebarBelowIt() {
    List<String> lines = new ArrayList<>();
    lines.add(row(127, "IIPS", 164, "JIIA", 198, "RIPS"));
    lines.add(
        row(
            17,
            "AJISS-Commentary",
            127,
            "Institute for International",
            164,
            "The Japan Institute of",
            198,
            "Research Institute for"));
    lines.add(row(127, "Policy Studies", 164, "International Affairs", 198, "Peace and Security"));
    lines.add(
        row(
            17,
            "The Association of Japanese Institutes of Strategic Studies",
            164,
            "(Secretariat)"));
    lines.add("");
    for (String staff : STAFF) {
      lines.add(row(17, staff));
    }
    String text =
        String.join("\n", lines) + "\n\n" + ISSUE + String.join("\n\n", paragraphs()) + "\n";
    ParseResult r = Fixtures.parse(text);
    Commentary expected = inPlace();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.LAYOUT_COLUMNS_READ);
    assertThat(r.commentary().title()).isEqualTo(expected.title());
    assertThat(r.commentary().authors()).isEqualTo(expected.authors());
    assertThat(r.commentary().number()).isEqualTo(expected.number());
    assertThat(r.commentary().bodyText()).isEqualTo(expected.bodyText());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /** A row of pieces, each set from its column on: {@code column, text, column, text, ...}. */
  private static String row(Object... pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces.length; i += 2) {
      b.append(" ".repeat(Math.max(1, (Integer) pieces[i] - b.length()))).append(pieces[i + 1]);
    }
    return b.toString();
  }

  @Test
  void crlfLineEndsReadAlike() {
    assertThat(Fixtures.parse(layout("\r\n")).commentary()).isEqualTo(inPlace());
  }

  @Test
  void spansPointIntoTheInput() {
    String text = layout("\n");
    ParseResult r = Fixtures.parse(text);
    var author = r.fieldSpans().get("authors").get(0);
    assertThat(text.substring(author.offset(), author.endOffset())).isEqualTo("Yoshikazu Hirose");
    assertThat(author.line()).isEqualTo(15);
    assertThat(author.column()).isEqualTo(EDGE + 1);
    var issue = r.fieldSpans().get("issue").get(0);
    assertThat(text.substring(issue.offset(), issue.endOffset())).isEqualTo("No.93. 8 June 2010");
  }

  /**
   * The main column justified, as the layout of a justified page gives it: the blanks between its
   * words widened so that every line but a paragraph's last fills the column.
   */
  @Test
  void aJustifiedMainColumnBesideTheSidebar() {
    String text = justify(layout("\n"), EDGE + WIDTH);
    assertThat(text).contains("  ");
    assertThat(Fixtures.parse(text).commentary()).isEqualTo(inPlace());
  }

  /**
   * Justified text with no sidebar: the widened blanks of lines that line up by chance are no
   * columns, whatever the width the lines are justified to.
   */
  @Test
  void justifiedTextIsNoColumns() {
    for (String fixture :
        List.of("pdftotext-clipped-lines.txt", "pdftotext-one-a-line-later-masthead.txt")) {
      String text = Fixtures.read(fixture);
      Commentary expected = Fixtures.parse(text).commentary();
      int body = text.indexOf("\"Japan and NATO are partners");
      for (int width = 90; width <= 120; width += 10) {
        String justified = text.substring(0, body) + justify(text.substring(body), width);
        ParseResult r = Fixtures.parse(justified);
        assertThat(r.commentary()).as(fixture + " at " + width).isEqualTo(expected);
        assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ);
      }
    }
  }

  /**
   * Each line of more than 50 characters that a line follows, and of one column, widened to {@code
   * width} characters by spreading blanks over the gaps between its words, the first gaps taking
   * one more.
   */
  private static String justify(String text, int width) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i];
      int indent = line.length() - line.stripLeading().length();
      String[] words = line.strip().split(" ");
      int gaps = words.length - 1;
      if (line.length() <= 50
          || line.length() >= width
          || gaps == 0
          || line.strip().contains("  ") // a sidebar's line beside the main column's, or a table's
          || lines[i + 1].isBlank()) {
        continue;
      }
      int extra = width - line.length();
      StringBuilder out = new StringBuilder(line.substring(0, indent));
      for (int g = 0; g < words.length; g++) {
        out.append(words[g]);
        if (g < gaps) {
          out.append(" ".repeat(1 + extra / gaps + (g < extra % gaps ? 1 : 0)));
        }
      }
      lines[i] = out.toString();
    }
    return String.join("\n", lines);
  }

  @Test
  void textWithoutColumnsIsReadAsItStands() {
    ParseResult r = Fixtures.parse(Fixtures.read("hard-wrapped-later-masthead.txt"));
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ);
  }

  /** A later commentary: the later masthead, two authors, key points, a subheading. */
  private static final String LATER =
      """
                                   AJISS-Commentary

                The Association of Japanese Institutes of Strategic Studies

                  NPI                           JIIA                           RIPS
             Nakasone Yasuhiro           The Japan Institute of       Research Institute for
              Peace Institute             International Affairs         Peace and Security
                                              (Secretariat)

          Editorial Advisory Board:     No.250. 23 March 2018
          Akio Watanabe (Chair)
          Masashi Nishihara             JAPAN'S CHOICE: "GLOBAL NATO"
          Taizo Yakushiji               AND THE QUAD?
          Editorial Committee:
          Naoko Saiki                   Taro Yamada and Hanako Suzuki
          Tsutomu Kikuchi
          Online Publisher:             • Japan and NATO share fundamental values and should cooperate
          Kenichiro Sasae                 in nonmilitary areas first.
          President, JIIA               • The Quad and ASEAN give Japan a second track for multilateral
                                          security cooperation.

                                           "Japan and NATO are partners," Shinzo Abe told the North
                                        Atlantic Council in January 2007 in what became the first
                                        address delivered by a Japanese head of government to the top
                                        decision-making body of the North Atlantic Treaty Organization.

                                           A Second Track for Japan

                                           Secondly, cooperation with NATO members will provide Japan
                                        with a valuable opportunity to learn about a multilateral
                                        security framework. ASEAN and the Quad matter too.

                                           Taro Yamada is Senior Fellow at the Nakasone Yasuhiro Peace
                                        Institute.

                                           Hanako Suzuki is Professor of International Relations at Keio
                                        University. She specializes in European security.
          """;

  @Test
  void aLaterCommentaryReadsWhole() {
    ParseResult r = Fixtures.parse(LATER);
    Commentary c = r.commentary();
    assertThat(c.number()).isEqualTo(250);
    assertThat(c.title()).isEqualTo("Japan's Choice: \"Global NATO\" and the Quad?");
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Taro Yamada", "Hanako Suzuki");
    assertThat(c.authors()).allMatch(a -> a.biography().isPresent());
    // the masthead of the same commentary as other extraction gives it, institutes and staff
    assertThat(c.masthead())
        .isEqualTo(
            Fixtures.parse(Fixtures.read("hard-wrapped-later-masthead.txt"))
                .commentary()
                .masthead());
    assertThat(c.body()).hasSize(4);
    assertThat(((BulletList) c.body().get(0)).items()).hasSize(2);
    assertThat(c.body().get(2)).isInstanceOf(Heading.class);
    assertThat(Accounting.lost(LATER, r)).isEmpty();
  }

  /**
   * A longer advisory board beside the title, whose lines stand on rows of their own: the rows with
   * text on both sides of the edge lie eight rows apart, and all of it is the sidebar.
   */
  @Test
  void aLongSidebarWhoseRowsBesideTheMainColumnLieFarApart() {
    String rows =
        """
          Editorial Advisory Board:     No.250. 23 March 2018
          Akio Watanabe (Chair)
          Masashi Nishihara
          Taizo Yakushiji
                                        JAPAN'S CHOICE: "GLOBAL NATO"
          Yoshiji Nogami
                                        AND THE QUAD?
          Editorial Committee:
          Naoko Saiki                   Taro Yamada and Hanako Suzuki
          """;
    int from = LATER.indexOf("\nEditorial Advisory Board:") + 1;
    int to = LATER.indexOf("\nTsutomu Kikuchi") + 1;
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    String text = LATER.substring(0, from) + rows + LATER.substring(to);
    ParseResult r = Fixtures.parse(text);
    Commentary expected = Fixtures.parse(LATER).commentary();
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.authors()).isEqualTo(expected.authors());
    assertThat(c.body()).isEqualTo(expected.body());
    assertThat(c.masthead().editorialAdvisoryBoard())
        .extracting(p -> p.name())
        .containsExactly("Akio Watanabe", "Masashi Nishihara", "Taizo Yakushiji", "Yoshiji Nogami");
    assertThat(c.masthead().editorialCommittee())
        .isEqualTo(expected.masthead().editorialCommittee());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  @Test
  void twoBlanksBeforeTheMainColumnPartALongLabelFromIt() {
    // the main column three characters further left: "Editorial Advisory Board:" leaves two blanks
    StringBuilder closer = new StringBuilder();
    boolean sidebar = false;
    for (String line : LATER.split("\n", -1)) {
      sidebar |= line.startsWith("Editorial Advisory Board:");
      if (sidebar && line.length() > 30 && line.substring(27, 30).isBlank()) {
        line = line.substring(0, 27) + line.substring(30);
      }
      closer.append(line).append('\n');
    }
    String text = closer.toString();
    assertThat(text).contains("Editorial Advisory Board:  No.250.");
    assertThat(Fixtures.parse(text).commentary()).isEqualTo(Fixtures.parse(LATER).commentary());
  }

  /**
   * The sidebar's type smaller than the main column's, so that its rows and the main column's
   * alternate: a post on a row of its own at the left margin, then a line of the title, centred and
   * so set in further than the main column's edge, on a row of its own, and the byline set to the
   * right. Only the issue line's row holds both columns; from it down to the publisher's title what
   * starts at the left margin is the sidebar's, what starts at the edge or further right the main
   * column's.
   */
  @Test
  void aSidebarWhoseRowsAlternateWithTheMainColumns() {
    String rows =
        """
          Editorial Advisory Board:     No.250. 23 March 2018
          Akio Watanabe (Chair)
          Masashi Nishihara
                                             JAPAN'S CHOICE: "GLOBAL NATO"
          Taizo Yakushiji
                                                   AND THE QUAD?
          Editorial Committee:
          Naoko Saiki
                                                          Taro Yamada and Hanako Suzuki
          Tsutomu Kikuchi
          Online Publisher:
          Kenichiro Sasae
          President, JIIA
                                        • Japan and NATO share fundamental values and should cooperate
                                          in nonmilitary areas first.
                                        • The Quad and ASEAN give Japan a second track for multilateral
          """;
    String text = replaceSidebar(rows);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(Fixtures.parse(LATER).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("lines 5 to 22"));
  }

  /**
   * The institutes' names on one row under their abbreviations, the third wrapped to a row of its
   * own, and the staff in comma-parted lists that wrap, so that the title's lines, centred, start
   * near where the second institute's column does: the rows above the one where a staff label opens
   * the issue line are no sidebar's, and the issue line's row is not cut between its number and its
   * date.
   */
  @Test
  void aCommaListBesideTheTitleUnderInstitutesOnOneRow() {
    String rows =
        """
        AJISS-Commentary
        The Association of Japanese Institutes of Strategic Studies

        NPI                                       JIIA                                          RIPS
        Nakasone Yasuhiro Peace Institute         The Japan Institute of International Affairs (Secretariat)
                                                                                                   Research Institute for Peace and Security




        Editorial Advisory Board:     No.250.                                         23 March 2018
        Akio Watanabe (Chair),
        Masashi Nishihara, Taizo
        Yakushiji, Yoshiji Nogami                  JAPAN'S CHOICE:
        Editorial Committee:
        Naoko Saiki, Tsutomu                      "GLOBAL NATO"
        Kikuchi
        Online Publisher:                           AND THE QUAD?
        Kenichiro Sasae
        President, JIIA                                                 Taro Yamada and Hanako Suzuki
                                      • Japan and NATO share fundamental values and should cooperate
                                        in nonmilitary areas first.
                                      • The Quad and ASEAN give Japan a second track for multilateral
        """;
    String text =
        rows + LATER.substring(LATER.lastIndexOf('\n', LATER.indexOf("security cooperation.")) + 1);
    ParseResult r = Fixtures.parse(text);
    Commentary expected = Fixtures.parse(LATER).commentary();
    Commentary c = r.commentary();
    assertThat(c.number()).isEqualTo(expected.number());
    assertThat(c.date()).isEqualTo(expected.date());
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.authors()).isEqualTo(expected.authors());
    assertThat(c.body()).isEqualTo(expected.body());
    assertThat(c.masthead().editorialAdvisoryBoard())
        .extracting(p -> p.name())
        .containsExactly("Akio Watanabe", "Masashi Nishihara", "Taizo Yakushiji", "Yoshiji Nogami");
    assertThat(c.masthead().editorialCommittee())
        .extracting(p -> p.name())
        .containsExactly("Naoko Saiki", "Tsutomu Kikuchi");
    assertThat(c.masthead().onlinePublisher()).isEqualTo(expected.masthead().onlinePublisher());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A sidebar whose rows alternate with the main column's, and a few rows under it a clipped copy
   * of the first paragraph beside it, each line the start of one of its lines, at the edge where
   * the issue line starts: the two are read as one sidebar, from the issue line's row down, and the
   * copy dropped, not the copy's rows read alone and the sidebar and the title left as they stand.
   */
  @Test
  void aClippedCopyBesideTheFirstParagraphUnderASidebarWhoseRowsAlternate() {
    String rows =
        """
        Editorial Advisory Board:     No.250. 23 March 2018
        Akio Watanabe (Chair)
        Masashi Nishihara
                                             JAPAN'S CHOICE: "GLOBAL NATO"
        Taizo Yakushiji
                                                   AND THE QUAD?
        Editorial Committee:
        Naoko Saiki
                                                          Taro Yamada and Hanako Suzuki
        Tsutomu Kikuchi
        Online Publisher:
        Kenichiro Sasae
        President, JIIA
                                      • Japan and NATO share fundamental values and should cooperate
                                        in nonmilitary areas first.
                                      • The Quad and ASEAN give Japan a second track for multilateral
        """;
    List<String> lines = new ArrayList<>(List.of(replaceSidebar(rows).split("\n", -1)));
    int first =
        lines.indexOf(
            lines.stream().filter(l -> l.contains("are partners")).findFirst().orElseThrow());
    List<String> clip =
        List.of(
            "\"Japan and NATO ar",
            "Atlantic Council in",
            "address delivered b",
            "decision-making bo");
    for (int k = 0; k < clip.size(); k++) {
      String line = lines.get(first + k);
      assertThat(line.substring(0, EDGE)).isBlank();
      lines.set(first + k, pad(clip.get(k), line.substring(EDGE)));
    }
    String text = String.join("\n", lines);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(Fixtures.parse(LATER).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  /**
   * A sidebar whose rows alternate with the main column's, its last row beside the first key point,
   * more than {@code SIDEBAR_GAP} rows under the issue line's, and under it a clipped copy of the
   * first paragraph beside the key points: the two are read as one sidebar from the issue line's
   * row down.
   */
  @Test
  void aClippedCopyBetweenTheKeyPointsLinesFarUnderTheIssueLine() {
    List<String> lines = copyBesideKeyPoints("\n");
    String text = String.join("\n", lines);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(Fixtures.parse(LATER).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  /**
   * Parses the later masthead's sidebar beside the title, {@code title} under the publisher's name,
   * then {@code rows}, then the rest of the later text, and asserts that it parses as it does with
   * each of the copy's {@code pieces} blank, the publisher's title whole and nothing lost.
   */
  private static ParseResult parseCopyUnderPublisher(String title, String rows, String... pieces) {
    String top =
        LATER.substring(0, LATER.indexOf("\nEditorial Advisory Board:") + 1)
            + """
        Editorial Advisory Board:     No.250. 23 March 2018
        Akio Watanabe (Chair)
        Masashi Nishihara             JAPAN'S CHOICE: "GLOBAL NATO"
        Taizo Yakushiji               AND THE QUAD?
        Editorial Committee:
        Naoko Saiki                   Taro Yamada and Hanako Suzuki
        Tsutomu Kikuchi
        Online Publisher:
        Kenichiro Sasae
        """
            + title;
    String rest = LATER.substring(LATER.indexOf("\n", LATER.indexOf("Treaty Organization.")) + 1);
    String blanked = rows;
    for (String piece : pieces) {
      blanked =
          blanked.contains("\n" + piece + "\n")
              ? blanked.replace("\n" + piece + "\n", "\n\n")
              : blanked.replace("\n" + piece, "\n" + " ".repeat(piece.length()));
    }
    String text = top + rows + rest;
    ParseResult r = Fixtures.parse(text);
    Commentary c = r.commentary();
    assertThat(c.masthead().onlinePublisher().orElseThrow().role()).hasValue("President, JIIA");
    assertThat(c).isEqualTo(Fixtures.parse(top + blanked + rest).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
    return r;
  }

  /**
   * Under the sidebar's last row, a clipped copy of the first paragraph whose box wraps it at its
   * own width from its second line on, its pieces on the sidebar's rows parted by rows where the
   * main column alone has text, blank in the sidebar read down: the pieces are one copy, dropped,
   * not lines of the publisher's title.
   */
  @Test
  void aClippedCopyWhoseRowsBlankRowsPartUnderThePublishersTitle() {
    String rows =
        """
        President, JIIA                  "Japan and NATO are partners," Shinzo Abe told the North
                                      Atlantic Council in January 2007 in what became the first
        Council in January 20
                                      address delivered by a Japanese head of government to the top
        became the first addre        decision-making body of the North Atlantic Treaty Organization.
        a Japanese head of gov        It matters to Japan.
        """;
    ParseResult r =
        parseCopyUnderPublisher(
            "", rows, "Council in January 20", "became the first addre", "a Japanese head of gov");
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  /**
   * Under the sidebar's last row, the first piece of a clipped copy of the first paragraph that its
   * box wraps at its own width, then a row where the main column alone has text, blank in the
   * sidebar read down, then the rest beside the paragraph's lines: the copy is dropped whole, not
   * its first piece read as the publisher's title.
   */
  @Test
  void aClippedCopyUnderABlankRowUnderThePublishersTitle() {
    String rows =
        """
                                         "Japan and NATO are partners," Shinzo Abe told the North
        "Japan and NATO ar
                                      Atlantic Council in January 2007 in what became the first
        Shinzo Abe told the           address delivered by a Japanese head of government to the top
        January 2007 in wha           decision-making body of the North Atlantic Treaty Organization.
        """;
    ParseResult r =
        parseCopyUnderPublisher(
            "President, JIIA\n",
            rows,
            "\"Japan and NATO ar",
            "Shinzo Abe told the",
            "January 2007 in wha");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("(3 lines,"));
  }

  /**
   * The lines of {@link #aClippedCopyBetweenTheKeyPointsLinesFarUnderTheIssueLine}, {@code gap}
   * before the publisher's label.
   */
  private static List<String> copyBesideKeyPoints(String gap) {
    String rows =
        """
        Editorial Advisory Board:     No.250. 23 March 2018
        Akio Watanabe (Chair)
        Masashi Nishihara
                                             JAPAN'S CHOICE: "GLOBAL NATO"
        Taizo Yakushiji
                                                   AND THE QUAD?
        Editorial Committee:
        Naoko Saiki
                                                          Taro Yamada and Hanako Suzuki
        Tsutomu Kikuchi
        %sOnline Publisher:
        Kenichiro Sasae
        President, JIIA               • Japan and NATO share fundamental values and should cooperate
                                        in nonmilitary areas first.
        "Japan and NATO ar
        Atlantic Council in           • The Quad and ASEAN give Japan a second track for multilateral
        """
            .formatted(gap);
    List<String> lines = new ArrayList<>(List.of(replaceSidebar(rows).split("\n", -1)));
    int at =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.contains("security cooperation."))
                .findFirst()
                .orElseThrow());
    String line = lines.get(at);
    assertThat(line.substring(0, EDGE)).isBlank();
    lines.set(at, pad("address delivered b", line.substring(EDGE)));
    return lines;
  }

  /**
   * Notes at the end whose numbers stand apart from their text, as many lines as the rows side by
   * side beside the sidebar: the main column's edge is the sidebar's, not where the notes' text
   * starts.
   */
  @Test
  void notesWhoseNumbersStandApartLeaveTheEdgeAtTheSidebar() {
    String notes =
        "\n"
            + "     1   Noted first.\n"
            + "     2   Noted second.\n"
            + "     3   Noted third.\n"
            + "     4   Noted fourth.\n";
    List<String> lines = copyBesideKeyPoints("");
    String text = String.join("\n", lines) + notes;
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(Fixtures.parse(LATER + notes).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A row beside the main column whose name in the sidebar stands on the byline's row, the byline
   * set to the right, far from the main column's edge: the name is the sidebar's, not a second
   * author's.
   */
  @Test
  void aSidebarNameOnTheBylinesRowSetFarRight() {
    String rows =
        """
          Editorial Advisory Board:     No.250. 23 March 2018
          Akio Watanabe (Chair)
          Masashi Nishihara             JAPAN'S CHOICE: "GLOBAL NATO"
          Taizo Yakushiji               AND THE QUAD?
          Editorial Committee:
          Naoko Saiki                                       Taro Yamada and Hanako Suzuki
          Tsutomu Kikuchi
          Online Publisher:             • Japan and NATO share fundamental values and should cooperate
          Kenichiro Sasae                 in nonmilitary areas first.
          President, JIIA               • The Quad and ASEAN give Japan a second track for multilateral
          """;
    String text = replaceSidebar(rows);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(Fixtures.parse(LATER).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * pypdf's layout text whose key points' bullets, U+007F (the code of a symbol font's bullet),
   * stand a tab stop apart from their text ({@code \u007F ASEAN states value}) beside the sidebar:
   * no piece of their own, as a bullet so set is not, so that the main column's edge is where the
   * issue line and the paragraphs start, and the title and the byline are the main column's.
   */
  @Test
  void aSymbolFontsBulletSetApartFromItsTextIsNoPieceOfItsOwn() {
    String text = Fixtures.read("generated-pypdf-layout-symbol-bullets-set-apart.txt");
    assertThat(text).contains("Naoko Saiki                           \u007F   ASEAN states value");
    ParseResult r = Fixtures.parse(text);
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo("Why Southeast Asia Matters to Japan");
    assertThat(c.authors()).extracting(Author::name).containsExactly("Daisuke Kawai", "Emi Fujita");
    assertThat(c.masthead().editorialAdvisoryBoard()).hasSize(3);
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The publisher's name and title under a blank row, below the last row that the sidebar shares
   * with the main column ({@code Online Publisher: Prime Minister Abe ...} / blank / {@code
   * Kenichiro Sasae} / {@code President, JIIA}), as pypdf's layout text gives a sidebar whose last
   * post stands lower: the sidebar's, not the body's.
   */
  @Test
  void thePublishersNameUnderABlankRowAfterTheSidebarsLastSharedRowIsTheSidebars() {
    String original =
        Fixtures.read("generated-pdftotext-layout-first-lines-set-in-beside-the-sidebar.txt");
    String rows =
        "Kenichiro Sasae\nPresident, JIIA                        emphasizes connectivity,";
    assertThat(original).contains(rows);
    String text =
        original.replace(
            rows,
            "\nKenichiro Sasae\nPresident, JIIA\n                                       emphasizes"
                + " connectivity,");
    ParseResult r = Fixtures.parse(text);
    Commentary c = r.commentary();
    assertThat(c).isEqualTo(Fixtures.parse(original).commentary());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A long sidebar whose only rows side by side far from the issue line's are its last three: the
   * sidebar is read from the issue line's row down, not from the rows above those three.
   */
  @Test
  void aLongSidebarReadFromTheIssueLinesRowDown() {
    String rows =
        """
          Editorial Advisory Board:     No.250. 23 March 2018
          Akio Watanabe (Chair)
          Masashi Nishihara                  JAPAN'S CHOICE: "GLOBAL NATO"
          Taizo Yakushiji
          Yoshiji Nogami                            AND THE QUAD?
          Editorial Committee:
          Naoko Saiki                                       Taro Yamada and Hanako Suzuki
          Tsutomu Kikuchi
          Ken Jimbo
          Satoru Mori
          Akio Takahara
          Online Publisher:             • Japan and NATO share fundamental values and should cooperate
          Kenichiro Sasae                 in nonmilitary areas first.
          President, JIIA               • The Quad and ASEAN give Japan a second track for multilateral
          """;
    String text = replaceSidebar(rows);
    ParseResult r = Fixtures.parse(text);
    Commentary expected = Fixtures.parse(LATER).commentary();
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.authors()).isEqualTo(expected.authors());
    assertThat(c.body()).isEqualTo(expected.body());
    assertThat(c.masthead().editorialAdvisoryBoard())
        .extracting(p -> p.name())
        .containsExactly("Akio Watanabe", "Masashi Nishihara", "Taizo Yakushiji", "Yoshiji Nogami");
    assertThat(c.masthead().editorialCommittee())
        .extracting(p -> p.name())
        .containsExactly(
            "Naoko Saiki", "Tsutomu Kikuchi", "Ken Jimbo", "Satoru Mori", "Akio Takahara");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * Key points under the sidebar whose bullets stand a tab stop from their text, as ghostscript
   * sets them apart: a bullet is no piece of its own, and the text after three bullets, all
   * starting at one character column, is no main column's edge with the bullets a sidebar beside
   * it.
   */
  @Test
  void keyPointsWhoseBulletsStandApartFromTheirText() {
    String rows =
        """
          Editorial Advisory Board:     No.250. 23 March 2018
          Akio Watanabe (Chair)
          Masashi Nishihara
                                             JAPAN'S CHOICE: "GLOBAL NATO"
          Taizo Yakushiji
                                                   AND THE QUAD?
          Editorial Committee:
          Naoko Saiki
                                                          Taro Yamada and Hanako Suzuki
          Tsutomu Kikuchi
          Online Publisher:
          Kenichiro Sasae
          President, JIIA
                                        \u2022    Tokyo must invest in diplomatic capacity as well.
                                        \u2022    Japan and NATO share fundamental values and should cooperate
                                             in nonmilitary areas first.
                                        \u2022    The Quad and ASEAN give Japan a second track for multilateral
                                             security cooperation.
          """;
    int from = LATER.indexOf("\nEditorial Advisory Board:") + 1;
    int to = LATER.indexOf('\n', LATER.indexOf("security cooperation.")) + 1;
    String text = LATER.substring(0, from) + rows + LATER.substring(to);
    ParseResult r = Fixtures.parse(text);
    Commentary expected = Fixtures.parse(LATER).commentary();
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.authors()).isEqualTo(expected.authors());
    assertThat(c.masthead()).isEqualTo(expected.masthead());
    assertThat(c.body().subList(1, c.body().size()))
        .isEqualTo(expected.body().subList(1, expected.body().size()));
    assertThat(((BulletList) c.body().get(0)).items())
        .extracting(i -> i.plainText())
        .containsExactly(
            "Tokyo must invest in diplomatic capacity as well.",
            "Japan and NATO share fundamental values and should cooperate in nonmilitary areas"
                + " first.",
            "The Quad and ASEAN give Japan a second track for multilateral security cooperation.");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * {@link #LATER} with its rows from the issue line's to the second key point's first replaced.
   */
  private static String replaceSidebar(String rows) {
    int from = LATER.indexOf("\nEditorial Advisory Board:") + 1;
    int to = LATER.lastIndexOf('\n', LATER.indexOf("security cooperation.")) + 1;
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    return LATER.substring(0, from) + rows + LATER.substring(to);
  }
}
