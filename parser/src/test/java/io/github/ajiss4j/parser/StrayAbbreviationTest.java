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

  /** The institutes one item a line, RIPS's abbreviation missing, and the staff posts. */
  private static final String INSTITUTES_AND_EDITORS =
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
          "");

  private static final String PUBLISHER = "Online Publisher:\nYoshiji Nogami\nPresident, JIIA\n";

  /** The seed's text in pdftotext's lines with {@code header} for its masthead, parsed. */
  private static ParseResult parseWithHeader(String header) {
    String text = Fixtures.read("pdftotext-clipped-lines.txt");
    assertThat(text).contains(HEADER);
    String changed = text.replace(HEADER, header);
    ParseResult r = Fixtures.parse(changed);
    assertThat(Accounting.lost(changed, r)).isEmpty();
    return r;
  }

  @Test
  void anAbbreviationUnderThePublishersTitleIsAnInstitute() {
    ParseResult r = parseWithHeader(INSTITUTES_AND_EDITORS + PUBLISHER + "\nRIPS\n");
    Masthead m = r.commentary().masthead();
    assertThat(m.institutes())
        .extracting(Institute::abbreviation)
        .containsExactly("IIPS", "JIIA", "RIPS");
    assertThat(m.onlinePublisher().orElseThrow().role()).contains("President, JIIA");
  }

  @Test
  void anAbbreviationUnderTheEditorIsNoMemberOfTheStaff() {
    ParseResult r = parseWithHeader(INSTITUTES_AND_EDITORS + "\nRIPS\n\n" + PUBLISHER);
    Masthead m = r.commentary().masthead();
    assertThat(m.editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki");
    assertThat(m.institutes())
        .extracting(Institute::abbreviation)
        .containsExactly("IIPS", "JIIA", "RIPS");
    assertThat(m.onlinePublisher().orElseThrow().role()).contains("President, JIIA");
  }
}
