package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Institute;
import org.junit.jupiter.api.Test;

/**
 * The logo row printed to the right of the series name, as tools that sort a page's text by its
 * height give it: the abbreviations after the series name on its line or on a line of their own
 * above it, the names' words run together on the lines down to the publisher, and the secretariat's
 * role after the publisher's name.
 */
class LogoRowBesideSeriesTest {

  private static final String REST =
      "Editor: No.133. 22 November 2014\n"
          + "Akio Watanabe\n"
          + "Editorial Board:\n"
          + "Ken Jimbo WHAT NEXT FOR TAIWAN STRAIT\n"
          + "Tomohiko Taniguchi STABILITY?\n"
          + "Naoko Saiki\n"
          + "Online Publisher:\n"
          + "Yoshiji Nogami Daisuke Hosoya\n"
          + "President, JIIA\n"
          + "The debate over Taiwan Strait stability has intensified in recent years, and the\n"
          + "AUKUS partnership is now part of the same conversation. Japan's defense budget\n"
          + "rose by 12 percent in a single year, the largest increase since the end of the Cold"
          + " War.\n";

  private static final String NAMES =
      "Institute for International The Japan Institute of Research Institute for\n"
          + "Policy Studies International Affairs Peace and Security\n"
          + "The Association of Japanese Institutes of Strategic Studies (Secretariat)\n";

  private static void readsTheInstitutes(String text) throws Exception {
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary c = r.commentary();
    assertThat(c.masthead().institutes())
        .extracting(Institute::abbreviation, Institute::name, i -> i.role().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "IIPS", "Institute for International Policy Studies", null),
            org.assertj.core.groups.Tuple.tuple(
                "JIIA", "The Japan Institute of International Affairs", "Secretariat"),
            org.assertj.core.groups.Tuple.tuple(
                "RIPS", "Research Institute for Peace and Security", null));
    assertThat(c.series().name()).isEqualTo("AJISS-Commentary");
    assertThat(c.series().publisher())
        .isEqualTo("The Association of Japanese Institutes of Strategic Studies");
    assertThat(c.masthead().editor()).isPresent();
    assertThat(c.masthead().onlinePublisher()).isPresent();
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT)
        .noneMatch(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /** The abbreviations after the series name on its line (PDFBox with -sort). */
  @Test
  void abbreviationsAfterTheSeriesName() throws Exception {
    readsTheInstitutes("AJISS-Commentary IIPS JIIA RIPS\n" + NAMES + REST);
  }

  /** The abbreviations on a line above the series name, the names after it (pdf.js rows). */
  @Test
  void abbreviationsAboveTheSeriesName() throws Exception {
    readsTheInstitutes("IIPS JIIA RIPS\nAJISS-Commentary " + NAMES + REST);
  }

  /**
   * The abbreviations on a line above the series name at a wide indent, each name in its own column
   * at its abbreviation's indent, on the lines beside the series name and the publisher (pdftotext
   * -layout).
   */
  @Test
  void namesInColumnsUnderTheAbbreviations() throws Exception {
    String pad = " ".repeat(63);
    readsTheInstitutes(
        pad
            + "IIPS                          JIIA                     RIPS\n"
            + "AJISS-Commentary                                               Institute for"
            + " International\n"
            + pad
            + "Policy Studies\n"
            + pad
            + "                              The Japan Institute of\n"
            + pad
            + "                              International Affairs\n"
            + pad
            + "                                                       Research Institute for\n"
            + pad
            + "                                                       Peace and Security\n"
            + "The Association of Japanese Institutes of Strategic Studies                     "
            + "             (Secretariat)\n"
            + "\n\n"
            + REST);
  }

  /**
   * The names centred under their abbreviations, so a name wider than its abbreviation starts well
   * to its left, each in the column whose abbreviation its middle stands nearest, and the role
   * under JIIA's name: as ghostscript writes the row, every name's lines side by side beside the
   * series name, and as pdftotext -layout writes it, each name's lines under the one before.
   */
  @Test
  void namesCentredUnderTheAbbreviations() throws Exception {
    readsTheInstitutes(
        String.join(
                "\n",
                row(147, "IIPS", 189, "JIIA", 229, "RIPS"),
                row(
                    19,
                    "AJISS-Commentary",
                    138,
                    "Institute for International",
                    182,
                    "The Japan Institute",
                    223,
                    "Research Institute for"),
                row(
                    144,
                    "Policy Studies",
                    181,
                    "of International Affairs",
                    224,
                    "Peace and Security"),
                row(
                    19,
                    "The Association of Japanese Institutes of Strategic Studies",
                    186,
                    "(Secretariat)"))
            + "\n"
            + REST);
    readsTheInstitutes(
        String.join(
                "\n",
                row(74, "IIPS", 103, "JIIA", 128, "RIPS"),
                row(0, "AJISS-Commentary", 66, "Institute for International"),
                row(72, "Policy Studies"),
                row(97, "The Japan Institute"),
                row(96, "of International Affairs"),
                row(123, "Research Institute for"),
                row(124, "Peace and Security"),
                row(
                    0,
                    "The Association of Japanese Institutes of Strategic Studies",
                    102,
                    "(Secretariat)"))
            + "\n\n\n"
            + REST);
  }

  /** Pieces of text each at its character column: column, text, column, text. */
  private static String row(Object... pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces.length; i += 2) {
      b.append(" ".repeat((Integer) pieces[i] - b.length())).append(pieces[i + 1]);
    }
    return b.toString();
  }

  /** Names whose words do not stand in their abbreviation's column are not read as the row. */
  @Test
  void aNameOutOfItsColumnIsNoRow() throws Exception {
    String pad = " ".repeat(63);
    String text =
        pad
            + "IIPS                          JIIA                     RIPS\n"
            + "AJISS-Commentary                                               Institute for"
            + " International\n"
            + pad
            + "Policy Studies\n"
            + pad
            + "                              The Japan Institute of\n"
            + pad
            + "                                                       International Affairs\n"
            + pad
            + "                                                       Research Institute for\n"
            + pad
            + "                                                       Peace and Security\n"
            + "The Association of Japanese Institutes of Strategic Studies                     "
            + "             (Secretariat)\n"
            + "\n\n"
            + REST;
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().masthead().institutes()).isEmpty();
    assertThat(Accounting.lost(text, r)).isEmpty();
  }
}
