package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first page as tools that read a page row by row give it (pdfplumber's {@code extract_text},
 * pdf.js text put in lines by their height): the sidebar's staff and the main column's issue line,
 * title, byline and first paragraph on the same rows, so that a row holds a piece of the sidebar, a
 * line of the main column, or both with a space between them ({@code Masashi Nishihara CAN
 * JAPAN-CHINA MARITIME CRISIS}). The sidebar is read apart, as when it stands before the issue
 * line.
 */
class SidebarRowByRowTest {

  private static final String TOP =
      "AJISS-Commentary\n"
          + "The Association of Japanese Institutes of Strategic Studies\n"
          + "IIPS\n"
          + "Institute for International Policy Studies\n"
          + "JIIA\n"
          + "The Japan Institute of International Affairs (Secretariat)\n"
          + "RIPS\n"
          + "Research Institute for Peace and Security\n";

  private static final String SENKAKU =
      "Since the Japanese government purchased three of the Senkaku Islands from\n"
          + "a private owner in September 2012, Chinese government vessels have\n"
          + "entered the territorial waters around the islands almost every month.\n"
          + "In 2012 the defense authorities of the two countries agreed in principle on a\n"
          + "maritime communication mechanism, including an annual meeting, a hotline\n"
          + "between senior officials and common procedures for communication at sea.\n";

  private static final String THREE_BIOGRAPHIES =
      "Yoko Sakurai is Professor of International Relations at Keio University.\n"
          + "Kenta Morimoto is Research Fellow at the Japan Institute of International Affairs.\n"
          + "Hiroki Ueda is a retired Vice Admiral of the Maritime Self-Defense Force.\n";

  /** The same commentary with its sidebar whole before the issue line, as the control. */
  private static final String SENKAKU_CONTROL =
      TOP
          + "Editorial Advisory Board:\n"
          + "Akio Watanabe (Chair)\n"
          + "Masashi Nishihara\n"
          + "Taizo Yakushiji\n"
          + "Editorial Committee:\n"
          + "Naoko Saiki\n"
          + "Tsutomu Kikuchi\n"
          + "Online Publisher:\n"
          + "Kenichiro Sasae\n"
          + "President, JIIA\n"
          + "No.224. 19 April 2016\n"
          + "CAN JAPAN-CHINA MARITIME CRISIS\n"
          + "MANAGEMENT WORK? LESSONS FROM THE\n"
          + "US-SOVIET INCSEA AGREEMENT\n";

  private static ParseResult parse(String text) throws CommentaryParseException {
    return CommentaryParser.create().parse(text);
  }

  /** Parses both texts and checks that the rows give what the control gives, nothing lost. */
  private static void readsAsTheControl(String rows, String control) throws Exception {
    Commentary expected = parse(control).commentary();
    assertThat(expected.masthead().onlinePublisher()).isPresent();
    ParseResult r = parse(rows);
    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.authors()).isEqualTo(expected.authors());
    assertThat(c.masthead()).isEqualTo(expected.masthead());
    assertThat(c.body())
        .extracting(b -> b.plainText())
        .containsExactlyElementsOf(expected.body().stream().map(b -> b.plainText()).toList());
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.LAYOUT_COLUMNS_READ);
    assertThat(Accounting.lost(rows, r)).isEmpty();
  }

  /** The issue line and the label on rows of their own, the first label under the issue line. */
  private static final String ISSUE_THEN_LABEL =
      "No.224. 19 April 2016\nEditorial Advisory Board:\n";

  /**
   * The Senkaku commentary read row by row: the sidebar's first label placed as {@code start} gives
   * it, title lines beside staff names and on rows of their own, {@code publisher} the rows under
   * the publisher's label, then the body and {@code biographies}.
   */
  private static String senkakuRows(String start, String publisher, String biographies) {
    return TOP
        + start
        + "Akio Watanabe (Chair)\n"
        + "Masashi Nishihara CAN JAPAN-CHINA MARITIME CRISIS\n"
        + "Taizo Yakushiji\n"
        + "MANAGEMENT WORK? LESSONS FROM THE\n"
        + "Editorial Committee:\n"
        + "Naoko Saiki US-SOVIET INCSEA AGREEMENT\n"
        + "Tsutomu Kikuchi\n"
        + "Online Publisher:\n"
        + publisher
        + SENKAKU
        + biographies;
  }

  /**
   * Title lines beside staff names and on rows of their own, and a byline of three authors between
   * the publisher's label and name.
   */
  @Test
  void titleLinesAndABylineBetweenTheStaffAreTheMainColumns() throws Exception {
    String rows =
        senkakuRows(
            ISSUE_THEN_LABEL,
            "Yoko Sakurai, Kenta Morimoto and Hiroki Ueda\nKenichiro Sasae\nPresident, JIIA\n",
            THREE_BIOGRAPHIES);
    readsAsTheControl(
        rows,
        SENKAKU_CONTROL
            + "Yoko Sakurai, Kenta Morimoto and Hiroki Ueda\n"
            + SENKAKU
            + THREE_BIOGRAPHIES);
    assertThat(parse(rows).commentary().authors()).hasSize(3);
  }

  /** A byline of one author under the publisher's label, above the publisher's own name. */
  @Test
  void aBylineOfOneAuthorUnderThePublishersLabelIsTheAuthors() throws Exception {
    String bio = "Yoko Sakurai is Professor of International Relations at Keio University.\n";
    String rows =
        senkakuRows(ISSUE_THEN_LABEL, "Yoko Sakurai\nKenichiro Sasae\nPresident, JIIA\n", bio);
    readsAsTheControl(rows, SENKAKU_CONTROL + "Yoko Sakurai\n" + SENKAKU + bio);
  }

  /**
   * A sidebar longer than the title block: the publisher's title on a row between two lines of the
   * first paragraph, the byline between two posts.
   */
  @Test
  void thePublishersTitleBetweenLinesOfTheFirstParagraphIsTheSidebars() throws Exception {
    String body =
        "both economic revival and a stronger defense. His economic program,\n"
            + "quickly dubbed \"Abenomics,\" rests on three \"arrows\": bold monetary easing,\n"
            + "flexible fiscal policy and a growth strategy.\n"
            + "\n"
            + "The numbers are sobering. Japan's gross public debt exceeds 230 percent\n"
            + "of GDP, and the cost of social security rises every year.\n"
            + "\n"
            + "Hiroshi Kanda is Professor of Economics at Waseda University.\n";
    String first = "Prime Minister Shinzo Abe returned to office in December 2012 promising\n";
    String rows =
        TOP
            + "No.176. 4 June 2013\n"
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki\n"
            + "ABENOMICS AND THE SECURITY AGENDA: CAN GROWTH FUND DEFENSE?\n"
            + "Hiroshi Kanda\n"
            + "Online Publisher:\n"
            + "Yoshiji Nogami\n"
            + first
            + "President, JIIA\n"
            + body;
    String control =
        TOP
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki\n"
            + "Online Publisher:\n"
            + "Yoshiji Nogami\n"
            + "President, JIIA\n"
            + "No.176. 4 June 2013\n"
            + "ABENOMICS AND THE SECURITY AGENDA: CAN GROWTH FUND DEFENSE?\n"
            + "Hiroshi Kanda\n"
            + first
            + body;
    readsAsTheControl(rows, control);
  }

  /**
   * A byline on a row of its own among the board's names, under the title: the author's, whom the
   * closing biography names; the first title line on a row of its own between two posts.
   */
  @Test
  void aBylineAmongTheBoardsNamesIsTheAuthorsWhomTheBiographyNames() throws Exception {
    String body =
        "When the Maritime Self-Defense Force resumed its refueling operations in\n"
            + "the Indian Ocean in February 2008, the government presented the mission as\n"
            + "Japan's principal contribution to the international effort in Afghanistan.\n"
            + "\n"
            + "Kenji Morita is Senior Research Fellow at the Japan Institute of International"
            + " Affairs.\n";
    String rows =
        TOP
            + "No.41. 15 July 2008\n"
            + "Editor:\n"
            + "Akio Watanabe\n"
            + "JAPAN'S PEACEBUILDING IN AFGHANISTAN:\n"
            + "Editorial Board:\n"
            + "Masashi Nishihara BEYOND THE REFUELING MISSION\n"
            + "Naoko Saiki\n"
            + "Taizo Yakushiji\n"
            + "Kenji Morita\n"
            + "Online Publisher:\n"
            + "Yukio Satoh\n"
            + "President, JIIA\n"
            + body;
    String control =
        TOP
            + "Editor:\n"
            + "Akio Watanabe\n"
            + "Editorial Board:\n"
            + "Masashi Nishihara\n"
            + "Naoko Saiki\n"
            + "Taizo Yakushiji\n"
            + "Online Publisher:\n"
            + "Yukio Satoh\n"
            + "President, JIIA\n"
            + "No.41. 15 July 2008\n"
            + "JAPAN'S PEACEBUILDING IN AFGHANISTAN:\n"
            + "BEYOND THE REFUELING MISSION\n"
            + "Kenji Morita\n"
            + body;
    readsAsTheControl(rows, control);
  }

  /**
   * A byline beside a staff name, and the first paragraph beside the publisher's name, a word
   * hyphenated across the sidebar's label ({@code In-} / {@code do-Pacific}).
   */
  @Test
  void aBylineAndTheFirstParagraphBesideStaffNames() throws Exception {
    String rest =
        "Netherlands, which did so in November 2020. European interest in the Indo-Pacif-\n"
            + "ic is no longer rhetorical.\n"
            + "\n"
            + "Naoki Fujisawa is Research Fellow at the Japan Institute of International Affairs.\n";
    String rows =
        TOP.replace("IIPS", "NPI")
                .replace(
                    "Institute for International Policy Studies",
                    "Nakasone Yasuhiro Peace Institute")
            + "No.301. 16 February 2021\n"
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Masashi Nishihara \u201CQUAD PLUS\u201D? JAPAN, AUSTRALIA AND THE\n"
            + "Taizo Yakushiji\n"
            + "Yoshiji Nogami EUROPEANS IN THE INDO-PACIFIC\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki Naoki Fujisawa\n"
            + "Tsutomu Kikuchi\n"
            + "Ken Jimbo\n"
            + "In September 2020 Germany published its first \u201CPolicy Guidelines for the In-\n"
            + "Online Publisher:\n"
            + "Kenichiro Sasae do-Pacific,\u201D following France, which had issued its strategy"
            + " in 2018, and the\n"
            + "President, JIIA\n"
            + rest;
    String control =
        TOP.replace("IIPS", "NPI")
                .replace(
                    "Institute for International Policy Studies",
                    "Nakasone Yasuhiro Peace Institute")
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Masashi Nishihara\n"
            + "Taizo Yakushiji\n"
            + "Yoshiji Nogami\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki\n"
            + "Tsutomu Kikuchi\n"
            + "Ken Jimbo\n"
            + "Online Publisher:\n"
            + "Kenichiro Sasae\n"
            + "President, JIIA\n"
            + "No.301. 16 February 2021\n"
            + "\u201CQUAD PLUS\u201D? JAPAN, AUSTRALIA AND THE\n"
            + "EUROPEANS IN THE INDO-PACIFIC\n"
            + "Naoki Fujisawa\n"
            + "In September 2020 Germany published its first \u201CPolicy Guidelines for the In-\n"
            + "do-Pacific,\u201D following France, which had issued its strategy in 2018, and the\n"
            + rest;
    readsAsTheControl(rows, control);
  }

  /**
   * The sidebar's first label on the issue line's row, on the row above it, or under the title's
   * first row; the byline between the publisher's name and title.
   */
  @Test
  void theFirstLabelBesideAboveOrBelowTheIssueLine() throws Exception {
    String control =
        SENKAKU_CONTROL
            + "Yoko Sakurai, Kenta Morimoto and Hiroki Ueda\n"
            + SENKAKU
            + THREE_BIOGRAPHIES;
    String publisher =
        "Kenichiro Sasae\nYoko Sakurai, Kenta Morimoto and Hiroki Ueda\nPresident, JIIA\n";
    readsAsTheControl(
        senkakuRows(
            "Editorial Advisory Board: No.224. 19 April 2016\n", publisher, THREE_BIOGRAPHIES),
        control);
    readsAsTheControl(
        senkakuRows(
            "Editorial Advisory Board:\nNo.224. 19 April 2016\n", publisher, THREE_BIOGRAPHIES),
        control);
    String below =
        senkakuRows(
                "No.224. 19 April 2016\nCAN JAPAN-CHINA MARITIME CRISIS\nEditorial Advisory Board:\n",
                publisher,
                THREE_BIOGRAPHIES)
            .replace("Masashi Nishihara CAN JAPAN-CHINA MARITIME CRISIS\n", "Masashi Nishihara\n");
    readsAsTheControl(below, control);
  }

  /**
   * A second author, one a line, between the publisher's name and title: the author's, whom a
   * biography names, and the publisher's the name above it, whom none does.
   */
  @Test
  void anAuthorBetweenThePublishersNameAndTitleIsTheBylines() throws Exception {
    String bios =
        "Takashi Endo is Senior Research Fellow at the Research Institute for Peace and Security.\n"
            + "Yoko Sakurai is Professor of International Relations at Keio University.\n";
    String body =
        "On 25 May 2009 North Korea conducted its second underground nuclear test,\n"
            + "less than two months after launching a long-range rocket over the Japanese\n"
            + "archipelago.\n\n";
    String rows =
        TOP
            + "No.67. 2 June 2009\n"
            + "Editor:\n"
            + "Akio Watanabe\n"
            + "Editorial Board: NORTH KOREA'S SECOND NUCLEAR TEST AND\n"
            + "Masashi Nishihara\n"
            + "Naoko Saiki JAPAN'S MISSILE-DEFENSE DILEMMA\n"
            + "Taizo Yakushiji\n"
            + "Takashi Endo\n"
            + "Online Publisher:\n"
            + "Yukio Satoh\n"
            + "Yoko Sakurai\n"
            + "President, JIIA\n"
            + body
            + bios;
    String control =
        TOP
            + "Editor:\nAkio Watanabe\nEditorial Board:\nMasashi Nishihara\nNaoko Saiki\n"
            + "Taizo Yakushiji\nOnline Publisher:\nYukio Satoh\nPresident, JIIA\n"
            + "No.67. 2 June 2009\n"
            + "NORTH KOREA'S SECOND NUCLEAR TEST AND\nJAPAN'S MISSILE-DEFENSE DILEMMA\n"
            + "Takashi Endo\nYoko Sakurai\n"
            + body
            + bios;
    readsAsTheControl(rows, control);
  }

  /**
   * Key points beside the staff's names, their marks unmapped glyphs ({@code (cid:127)}, which is
   * no role in brackets after a name), and rows that keep the page's layout, the byline set in at
   * the main column among the board's names.
   */
  @Test
  void keyPointsBesideNamesAndABylineSetInAtTheMainColumn() throws Exception {
    String bio =
        "Sayuri Kobayashi is Associate Professor at the Graduate School of Public Policy.\n";
    String rows =
        TOP
            + "No.276. 9 July 2019\n"
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Masashi Nishihara ECONOMIC STATECRAFT IN THE DIGITAL AGE\n"
            + "Taizo Yakushiji\n"
            + "Sayuri Kobayashi\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki\n"
            + "Tsutomu Kikuchi (cid:127) At the G20 Osaka summit, Japan launched the \"Osaka Track\" to make\n"
            + "Ken Jimbo\n"
            + "rules for cross-border data flows.\n"
            + "Online Publisher:\n"
            + "Kenichiro Sasae (cid:127) The initiative faces resistance from countries that require data to be\n"
            + "President, JIIA\n"
            + "stored at home.\n"
            + "(cid:127) Japan should build coalitions with the EU and ASEAN before seeking a\n"
            + "global agreement.\n\n"
            + "Japan invented the vocabulary of data governance. It now has the chance to lead.\n\n"
            + bio;
    String control =
        TOP
            + "Editorial Advisory Board:\nAkio Watanabe (Chair)\nTaizo Yakushiji\n"
            + "Editorial Committee:\nNaoko Saiki\nTsutomu Kikuchi\nKen Jimbo\n"
            + "Online Publisher:\nKenichiro Sasae\nPresident, JIIA\n"
            + "No.276. 9 July 2019\n"
            + "ECONOMIC STATECRAFT IN THE DIGITAL AGE\n"
            + "Sayuri Kobayashi\n"
            + "(cid:127) At the G20 Osaka summit, Japan launched the \"Osaka Track\" to make\n"
            + "rules for cross-border data flows.\n"
            + "(cid:127) The initiative faces resistance from countries that require data to be\n"
            + "stored at home.\n"
            + "(cid:127) Japan should build coalitions with the EU and ASEAN before seeking a\n"
            + "global agreement.\n\n"
            + "Japan invented the vocabulary of data governance. It now has the chance to lead.\n\n"
            + bio;
    String withoutNishihara =
        control.replace("(Chair)\nTaizo", "(Chair)\nMasashi Nishihara\nTaizo");
    readsAsTheControl(rows, withoutNishihara);
    // the page's layout kept: the sidebar at the ninth column, the main column at the twenty-fifth
    StringBuilder laidOut = new StringBuilder();
    String[] lines = rows.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean top = i < 8;
      boolean main =
          line.startsWith("No.")
              || line.startsWith("rules")
              || line.startsWith("stored")
              || line.startsWith("(cid")
              || line.startsWith("global")
              || line.equals("Sayuri Kobayashi");
      laidOut.append(top || line.isEmpty() || i > 20 ? "" : main ? " ".repeat(24) : " ".repeat(8));
      laidOut.append(line);
      laidOut.append(i + 1 < lines.length ? "\n" : "");
    }
    readsAsTheControl(laidOut.toString(), withoutNishihara);
  }

  /** The board and the committee as comma lists wrapped at the sidebar's width, whole. */
  private static final String LISTS_CONTROL =
      TOP
          + "Editorial Advisory Board:\n"
          + "Masashi Nishihara (Chair),\n"
          + "Taizo Yakushiji, Akihiko\n"
          + "Tanaka\n"
          + "Editorial Committee:\n"
          + "Junichi Nishino, Ken Jimbo,\n"
          + "Tetsuo Kotani, Chikako Ueki,\n"
          + "Shin Kawashima, Hiroyasu\n"
          + "Akutsu, Satoru Mori\n"
          + "Online Publisher:\n"
          + "Kenichiro Sasae\n"
          + "President, JIIA\n"
          + "No.224. 19 April 2016\n"
          + "CAN JAPAN-CHINA MARITIME CRISIS\n"
          + "MANAGEMENT WORK? LESSONS FROM THE\n"
          + "US-SOVIET INCSEA AGREEMENT\n"
          + "Yoko Sakurai\n";

  private static final String SAKURAI =
      "Yoko Sakurai is Professor of International Relations at Keio University.\n";

  /**
   * Comma lists wrapped at the sidebar's width beside the title, as PDFBox sorted by position gives
   * them: a row ends in a comma or a given name whose family name opens the next row, before a
   * title line ({@code Tanaka CAN JAPAN-CHINA MARITIME CRISIS}).
   */
  @Test
  void commaListsWrappedAtTheSidebarsWidthBesideTheTitle() throws Exception {
    String rows =
        TOP
            + "Editorial Advisory Board: No.224. 19 April 2016\n"
            + "Masashi Nishihara (Chair),\n"
            + "Taizo Yakushiji, Akihiko\n"
            + "Tanaka CAN JAPAN-CHINA MARITIME CRISIS\n"
            + "Editorial Committee: MANAGEMENT WORK? LESSONS FROM THE\n"
            + "Junichi Nishino, Ken Jimbo,\n"
            + "Tetsuo Kotani, Chikako Ueki, US-SOVIET INCSEA AGREEMENT\n"
            + "Shin Kawashima, Hiroyasu\n"
            + "Akutsu, Satoru Mori\n"
            + "Online Publisher:\n"
            + "Kenichiro Sasae Yoko Sakurai\n"
            + "President, JIIA\n"
            + SENKAKU
            + SAKURAI;
    readsAsTheControl(rows, LISTS_CONTROL + SENKAKU + SAKURAI);
  }

  /**
   * The same lists as pdf.js gives them, title lines on rows of their own between a row that ends
   * in a comma and the next name, and a title line beside a family name and a whole name.
   */
  @Test
  void commaListsWrappedAtTheSidebarsWidthWithTitleRowsBetween() throws Exception {
    String rows =
        TOP
            + "Editorial Advisory Board: No.224. 19 April 2016\n"
            + "Masashi Nishihara (Chair),\n"
            + "Taizo Yakushiji, Akihiko\n"
            + "Tanaka CAN JAPAN-CHINA MARITIME CRISIS\n"
            + "Editorial Committee:\n"
            + "MANAGEMENT WORK? LESSONS FROM THE\n"
            + "Junichi Nishino, Ken Jimbo,\n"
            + "Tetsuo Kotani, Chikako Ueki,\n"
            + "Shin Kawashima, Hiroyasu\n"
            + "Akutsu, Satoru Mori US-SOVIET INCSEA AGREEMENT\n"
            + "Online Publisher:\n"
            + "Kenichiro Sasae\n"
            + "Yoko Sakurai\n"
            + "President, JIIA\n"
            + SENKAKU
            + SAKURAI;
    readsAsTheControl(rows, LISTS_CONTROL + SENKAKU + SAKURAI);
  }

  /** The committee's list whole, a byline under the title. */
  private static final String BYLINE_CONTROL =
      TOP
          + "Editorial Advisory Board:\n"
          + "Masashi Nishihara (Chair),\n"
          + "Taizo Yakushiji, Akihiko\n"
          + "Tanaka\n"
          + "Editorial Committee:\n"
          + "Shin Kawashima, Tetsuo\n"
          + "Kotani, Hiroyasu Akutsu,\n"
          + "Junichi Nishino, Kazuhiko\n"
          + "Togo\n"
          + "Online Publisher:\n"
          + "Kenichiro Sasae\n"
          + "President, JIIA\n"
          + "No.224. 19 April 2016\n"
          + "CAN JAPAN-CHINA MARITIME CRISIS\n"
          + "MANAGEMENT WORK?\n"
          + "Yoko Sakurai\n";

  /**
   * A byline beside a list's given name whose family name stands alone on the next row ({@code
   * Junichi Nishino, Kazuhiko Yoko Sakurai} / {@code Togo}), and on a row of its own between them,
   * as pdf.js gives it: the author's, whom the closing biography names.
   */
  @Test
  void aBylineBetweenAGivenNameAndItsFamilyNameIsTheAuthors() throws Exception {
    String row = "Junichi Nishino, Kazuhiko Yoko Sakurai\n";
    readsAsTheControl(SORTED_HEAD + SENKAKU + SAKURAI, BYLINE_CONTROL + SENKAKU + SAKURAI);
    readsAsTheControl(
        SORTED_HEAD.replace(row, "Junichi Nishino, Kazuhiko\nYoko Sakurai\n") + SENKAKU + SAKURAI,
        BYLINE_CONTROL + SENKAKU + SAKURAI);
  }

  /**
   * The rows of a page whose wrapped comma lists share their rows with the title and byline, down
   * to the publisher's title: the first paragraph's rows follow.
   */
  private static final String SORTED_HEAD =
      TOP
          + "Editorial Advisory Board: No.224. 19 April 2016\n"
          + "Masashi Nishihara (Chair),\n"
          + "Taizo Yakushiji, Akihiko\n"
          + "Tanaka CAN JAPAN-CHINA MARITIME CRISIS\n"
          + "Editorial Committee: MANAGEMENT WORK?\n"
          + "Shin Kawashima, Tetsuo\n"
          + "Kotani, Hiroyasu Akutsu,\n"
          + "Junichi Nishino, Kazuhiko Yoko Sakurai\n"
          + "Togo\nOnline Publisher:\nKenichiro Sasae\nPresident, JIIA\n";

  /**
   * The clipped box under the sidebar, which repeats the first paragraph wrapped at a width of its
   * own and cut at its edge, read row by row with the main column: a row opens with a piece of the
   * box cut mid-word, the main column's line after it ({@code Since the Japanese governm Since the
   * Japanese government purchased ...}), or the piece stands on a row of its own. Each piece is
   * dropped and reported with its span; the rest of its row is the main column's. A piece after the
   * first may end a whole word where it repeats words on its row or above.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Islands from a private own", "Islands from a private"})
  void theClippedBoxSharingTheParagraphsRowsIsDroppedPieceByPiece(String second) throws Exception {
    String[] pieces = {
      "Since the Japanese governm",
      second,
      "government vessels have e",
      "the islands almost every m"
    };
    String boxed =
        pieces[0]
            + " Since the Japanese government purchased three of the Senkaku Islands from\n"
            + pieces[1]
            + " a private owner in September 2012, Chinese government vessels have\n"
            + pieces[2]
            + "\n"
            + "entered the territorial waters around the islands almost every month.\n"
            + pieces[3]
            + " In 2012 the defense authorities of the two countries agreed in principle on a\n"
            + "maritime communication mechanism, including an annual meeting, a hotline\n"
            + "between senior officials and common procedures for communication at sea.\n";
    String rows = SORTED_HEAD + boxed + SAKURAI;
    readsAsTheControl(rows, BYLINE_CONTROL + SENKAKU + SAKURAI);
    ParseResult r = parse(rows);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
        .extracting(d -> rows.substring(d.span().offset(), d.span().endOffset()))
        .containsExactly(pieces);
  }

  /** A paragraph whose rows only open as others do, no piece cut mid-word, keeps every word. */
  @Test
  void rowsThatOpenAsOtherRowsDoAreNoCopy() throws Exception {
    String body =
        "Since the Japanese government purchased three of the Senkaku Islands from\n"
            + "Since the Japanese government was slow, a private owner in September 2012\n"
            + "a private owner sold them, and Chinese government vessels have\n"
            + "entered the territorial waters around the islands almost every month.\n";
    String rows = SORTED_HEAD + body + SAKURAI;
    readsAsTheControl(rows, BYLINE_CONTROL + body + SAKURAI);
    assertThat(parse(rows).diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }
}
