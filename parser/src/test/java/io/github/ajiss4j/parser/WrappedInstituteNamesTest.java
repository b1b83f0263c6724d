package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The institutes' names wrapped over two lines in the narrow columns under their logos, the
 * secretariat's role in brackets at the end of its name's second line ({@code The Japan Institute
 * of} / {@code International Affairs (Secretariat)}), as the tools that keep the PDF's lines give
 * them: each logo's column read whole, one after another, or the abbreviations on one row and the
 * names' lines row by row, each row holding the next words of every name.
 */
class WrappedInstituteNamesTest {

  private static final String TOP =
      "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n";

  private static final String MASTHEAD = Fixtures.MASTHEAD_ONE_A_LINE;

  private static final String POSTS = MASTHEAD.substring(MASTHEAD.indexOf("Editor:"));

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

  private static Commentary inPlace() throws CommentaryParseException {
    Commentary c =
        CommentaryParser.create().parse(TOP + MASTHEAD + ISSUE + FIRST + rest()).commentary();
    assertThat(c.masthead().institutes()).hasSize(3);
    assertThat(c.masthead().institutes().get(1).role()).contains("Secretariat");
    return c;
  }

  /**
   * The institutes read as the one-a-line masthead's, nothing dropped, above and after the text.
   */
  private static void readsTheInstitutes(String institutes) throws CommentaryParseException {
    Commentary expected = inPlace();
    for (String text :
        List.of(
            TOP + institutes + POSTS + ISSUE + FIRST + rest(),
            TOP + ISSUE + FIRST + rest() + "\n\n" + institutes + POSTS)) {
      ParseResult r = CommentaryParser.create().parse(text);
      assertThat(r.commentary()).as(institutes).isEqualTo(expected);
      assertThat(r.diagnostics())
          .as(institutes)
          .noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT)
          .noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_INSTITUTE);
      assertThat(Accounting.lost(text, r)).as(institutes).isEmpty();
    }
  }

  private static final String EACH_UNDER_ITS_LOGO =
      String.join(
          "\n",
          "IIPS",
          "Institute for International",
          "Policy Studies",
          "JIIA",
          "The Japan Institute of",
          "International Affairs (Secretariat)",
          "RIPS",
          "Research Institute for",
          "Peace and Security",
          "",
          "");

  /**
   * Each logo's column read whole, the name's second line completing it with the role after it: no
   * blank lines (pdftotext -raw, PDFBox), a blank line after every line (mutool), after each
   * institute (pdfminer), or a space opening a name's second line (pypdf).
   */
  @Test
  void aNamesSecondLineUnderItsLogoCompletesItWithTheRole() throws Exception {
    String[] lines = EACH_UNDER_ITS_LOGO.split("\n", -1);
    readsTheInstitutes(EACH_UNDER_ITS_LOGO);
    readsTheInstitutes(String.join("\n\n", List.of(lines).subList(0, 9)) + "\n\n");
    readsTheInstitutes(
        EACH_UNDER_ITS_LOGO
            .replace("Studies\n", "Studies\n\n")
            .replace("(Secretariat)\n", "(Secretariat)\n\n"));
    readsTheInstitutes(
        EACH_UNDER_ITS_LOGO
            .replace("\nPolicy", "\n Policy")
            .replace("\nInternational Affairs", "\n International Affairs"));
  }

  /**
   * The three abbreviations on one row, and the names' lines row by row, each row the next words of
   * every name with single spaces between them, the role inline after its name (PDFBox with -sort,
   * pdf.js lines).
   */
  @Test
  void namesRowByRowUnderTheAbbreviationsCompleteEachOther() throws Exception {
    readsTheInstitutes(
        "IIPS JIIA RIPS\n"
            + "Institute for International The Japan Institute of Research Institute for\n"
            + "Policy Studies International Affairs (Secretariat) Peace and Security\n\n");
  }

  /** A letter misread in a name's second line is corrected and reported, in either shape. */
  @Test
  void aMisreadLetterOfANamesSecondLineIsCorrected() throws Exception {
    Commentary expected = inPlace();
    for (String institutes :
        List.of(
            EACH_UNDER_ITS_LOGO.replace("International Affairs", "Internatlonal Affairs"),
            "IIPS JIIA RIPS\n"
                + "Institute for International The Japan Institute of Research Institute for\n"
                + "Policy Studies Internatlonal Affairs (Secretariat) Peace and Security\n\n")) {
      String text = TOP + institutes + POSTS + ISSUE + FIRST + rest();
      ParseResult r = CommentaryParser.create().parse(text);
      assertThat(r.commentary()).as(institutes).isEqualTo(expected);
      assertThat(r.diagnostics())
          .as(institutes)
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.INSTITUTE_CORRECTED);
                assertThat(text.substring(d.span().offset(), d.span().endOffset()))
                    .isEqualTo("Internatlonal");
              });
      assertThat(Accounting.lost(text, r)).as(institutes).isEmpty();
    }
  }

  /**
   * A first line that opens no known name is no start of a wrapped one: the next line is not taken
   * to complete it, and what is not read is reported.
   */
  @Test
  void aLineThatCompletesNoKnownNameIsNotTaken() throws Exception {
    String institutes =
        EACH_UNDER_ITS_LOGO.replace(
            "International Affairs (Secretariat)", "Foreign Affairs (Secretariat)");
    String text = TOP + institutes + POSTS + ISSUE + FIRST + rest();
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().masthead().institutes().get(1).name())
        .isNotEqualTo("The Japan Institute of International Affairs");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }
}
