package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

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

  /**
   * Title lines beside staff names and on rows of their own, and a byline of three authors between
   * the publisher's label and name.
   */
  @Test
  void titleLinesAndABylineBetweenTheStaffAreTheMainColumns() throws Exception {
    String rows =
        TOP
            + "No.224. 19 April 2016\n"
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Masashi Nishihara CAN JAPAN-CHINA MARITIME CRISIS\n"
            + "Taizo Yakushiji\n"
            + "MANAGEMENT WORK? LESSONS FROM THE\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki US-SOVIET INCSEA AGREEMENT\n"
            + "Tsutomu Kikuchi\n"
            + "Online Publisher:\n"
            + "Yoko Sakurai, Kenta Morimoto and Hiroki Ueda\n"
            + "Kenichiro Sasae\n"
            + "President, JIIA\n"
            + SENKAKU
            + THREE_BIOGRAPHIES;
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
        TOP
            + "No.224. 19 April 2016\n"
            + "Editorial Advisory Board:\n"
            + "Akio Watanabe (Chair)\n"
            + "Masashi Nishihara CAN JAPAN-CHINA MARITIME CRISIS\n"
            + "Taizo Yakushiji\n"
            + "MANAGEMENT WORK? LESSONS FROM THE\n"
            + "Editorial Committee:\n"
            + "Naoko Saiki US-SOVIET INCSEA AGREEMENT\n"
            + "Tsutomu Kikuchi\n"
            + "Online Publisher:\n"
            + "Yoko Sakurai\n"
            + "Kenichiro Sasae\n"
            + "President, JIIA\n"
            + SENKAKU
            + bio;
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
}
