package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Person;
import org.junit.jupiter.api.Test;

/**
 * A staff list whose names are parted by commas, wrapped at the sidebar's width: the line ends
 * inside it cut names and part none, so a name cut by the wrap stays one name.
 */
class StaffCommaListTest {

  private static final String STAFF =
      "Editor: Akio Watanabe\nEditorial Board: Masashi Nishihara, Naoko Saiki, Taizo Yakushiji\n";

  private static ParseResult parseWithStaff(String staff) throws Exception {
    String text = Fixtures.read("pdftotext-clipped-lines.txt");
    assertThat(text).contains(STAFF);
    return CommentaryParser.create().parse(text.replace(STAFF, staff));
  }

  @Test
  void aNameCutByTheWrapOfACommaListIsOneName() throws Exception {
    ParseResult r =
        parseWithStaff(
            String.join(
                "\n",
                "Editor:",
                "Akio Watanabe",
                "Editorial Advisory Board:",
                "Tomoyuki Kojima (Chair), Naoko Saiki, Masashi",
                "Nishihara, Taizo Yakushiji",
                "Editorial Board:",
                "Hiroyasu Akutsu, Tsutomu",
                "Kikuchi, Naoko Saiki, Tomohiko",
                "Taniguchi, Akio Takahara",
                ""));
    Masthead m = r.commentary().masthead();
    assertThat(m.editorialAdvisoryBoard())
        .extracting(Person::name)
        .containsExactly("Tomoyuki Kojima", "Naoko Saiki", "Masashi Nishihara", "Taizo Yakushiji");
    assertThat(m.editorialAdvisoryBoard().get(0).role()).contains("Chair");
    assertThat(m.editorialBoard())
        .extracting(Person::name)
        .containsExactly(
            "Hiroyasu Akutsu",
            "Tsutomu Kikuchi",
            "Naoko Saiki",
            "Tomohiko Taniguchi",
            "Akio Takahara");
  }

  @Test
  void aCommaListWrappedAfterItsCommasPartsEveryName() throws Exception {
    ParseResult r =
        parseWithStaff(
            String.join(
                "\n",
                "Editor: Akio Watanabe",
                "Editorial Board:",
                "Masashi Nishihara (Chair),",
                "Taizo Yakushiji, Naoko Saiki,",
                "Yoshihide Soeya",
                ""));
    assertThat(r.commentary().masthead().editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Taizo Yakushiji", "Naoko Saiki", "Yoshihide Soeya");
  }

  @Test
  void namesOneALineWithoutCommasArePartedByTheLineEnds() throws Exception {
    ParseResult r =
        parseWithStaff(
            String.join(
                "\n",
                "Editor: Akio Watanabe",
                "Editorial Board:",
                "Masashi Nishihara",
                "Naoko Saiki",
                "Taizo Yakushiji",
                "Ken Jimbo",
                ""));
    assertThat(r.commentary().masthead().editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki", "Taizo Yakushiji", "Ken Jimbo");
  }
}
