package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Person;
import org.junit.jupiter.api.Test;

/**
 * The abbreviation of a logo that stands under the sidebar, which pdftotext sets after the staff
 * posts with a blank line before it: it names a member institute, never a member of the staff.
 */
class StrayAbbreviationTest {

  private static final String HEADER =
      "IIPS JIIA RIPS\n"
          + "Institute for International Policy Studies   The Japan Institute of International"
          + " Affairs (Secretariat)   Research Institute for Peace and Security\n"
          + "Editor: Akio Watanabe\n"
          + "Editorial Board: Masashi Nishihara, Naoko Saiki, Taizo Yakushiji\n"
          + "Online Publisher: Yoshiji Nogami\n"
          + "President, JIIA\n";

  private static ParseResult parseWithHeader(String header) throws Exception {
    String text = Fixtures.read("pdftotext-clipped-lines.txt");
    assertThat(text).contains(HEADER);
    return CommentaryParser.create().parse(text.replace(HEADER, header));
  }

  @Test
  void anAbbreviationUnderThePublishersTitleIsAnInstitute() throws Exception {
    ParseResult r =
        parseWithHeader(
            String.join(
                "\n",
                "IIPS",
                "",
                "JIIA",
                "",
                "Institute for International Policy Studies",
                "",
                "The Japan Institute of International Affairs (Secretariat)",
                "Research Institute for Peace and Security",
                "",
                "Editor:",
                "Akio Watanabe",
                "Editorial Board:",
                "Masashi Nishihara",
                "Naoko Saiki",
                "Online Publisher:",
                "Yoshiji Nogami",
                "President, JIIA",
                "",
                "RIPS",
                ""));
    Masthead m = r.commentary().masthead();
    assertThat(m.institutes())
        .extracting(Institute::abbreviation)
        .containsExactly("IIPS", "JIIA", "RIPS");
    assertThat(m.onlinePublisher().orElseThrow().role()).contains("President, JIIA");
  }

  @Test
  void anAbbreviationUnderTheEditorIsNoMemberOfTheStaff() throws Exception {
    ParseResult r =
        parseWithHeader(
            String.join(
                "\n",
                "IIPS",
                "",
                "JIIA",
                "",
                "Institute for International Policy Studies",
                "",
                "The Japan Institute of International Affairs (Secretariat)",
                "Research Institute for Peace and Security",
                "",
                "Editor:",
                "Akio Watanabe",
                "Editorial Board:",
                "Masashi Nishihara",
                "Naoko Saiki",
                "",
                "RIPS",
                "",
                "Online Publisher:",
                "Yoshiji Nogami",
                "President, JIIA",
                ""));
    Masthead m = r.commentary().masthead();
    assertThat(m.editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki");
    assertThat(m.institutes())
        .extracting(Institute::abbreviation)
        .containsExactly("IIPS", "JIIA", "RIPS");
  }
}
