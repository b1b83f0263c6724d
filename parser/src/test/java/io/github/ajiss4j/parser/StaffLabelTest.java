package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A staff label that is none of the known ones, glued to the names before it as the staff line
 * glues every label: the post under it is reported and dropped, and no name takes in the label.
 */
class StaffLabelTest {

  private static ParseResult parseSeedWith(String known, String unknown) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains(known);
    return CommentaryParser.create().parse(seed.replace(known, unknown));
  }

  private static Diagnostic unknownText(ParseResult r) {
    return r.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPostUnderAnUnknownLabelIsReportedAndTheNamesBeforeItStayWhole() throws Exception {
    ParseResult r = parseSeedWith("Online Publisher:", "Publisher:");
    Masthead m = r.commentary().masthead();
    assertThat(m.editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki", "Taizo Yakushiji");
    assertThat(m.onlinePublisher()).isEmpty();
    assertThat(unknownText(r).message()).contains("Publisher:Yoshiji Nogami President, JIIA");
  }

  @Test
  void anUnknownLabelOfSeveralWordsIsTakenWhole() throws Exception {
    ParseResult r = parseSeedWith("Editorial Board:", "Editorial Board Members:");
    Masthead m = r.commentary().masthead();
    assertThat(m.editor().orElseThrow().name()).isEqualTo("Akio Watanabe");
    assertThat(m.editorialBoard()).isEmpty();
    assertThat(m.onlinePublisher().orElseThrow().name()).isEqualTo("Yoshiji Nogami");
    assertThat(unknownText(r).message()).contains("Editorial Board Members:Masashi Nishihara");
  }

  /**
   * Each label alone on its line with no colon, the names one a line under it: the staff are read
   * as with colons. "Editor" without a colon is a label only so, never within a line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void labelsWithoutColonsAloneOnTheirLines(String lineEnd) throws Exception {
    String text = Fixtures.read("pdftotext-clipped-lines.txt");
    String staff =
        "Editor: Akio Watanabe\nEditorial Board: Masashi Nishihara, Naoko Saiki, Taizo Yakushiji\n";
    assertThat(text).contains(staff);
    String oneALine =
        String.join(
            lineEnd,
            "Editor",
            "Akio Watanabe",
            "Editorial Board",
            "Masashi Nishihara",
            "Naoko Saiki",
            "Taizo Yakushiji",
            "");
    Masthead expected = CommentaryParser.create().parse(text).commentary().masthead();
    ParseResult r = CommentaryParser.create().parse(text.replace(staff, oneALine));
    assertThat(r.commentary().masthead()).isEqualTo(expected);
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
  }

  /** The online publisher's title as other years print it: after a comma, in brackets. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshiji Nogami, President, JIIA",
        "Yoshiji Nogami (President, JIIA)",
        "Yoshiji Nogami ( President, JIIA )"
      })
  void theOnlinePublishersTitleIsHisRole(String publisher) throws Exception {
    ParseResult r = parseSeedWith("Yoshiji Nogami President, JIIA", publisher);
    assertThat(r.commentary().masthead().onlinePublisher())
        .contains(Person.of("Yoshiji Nogami", "President, JIIA"));
  }

  /** The names of a board parted as lists print them: with slashes, bars, dots or bullets. */
  @ParameterizedTest
  @ValueSource(strings = {" / ", " | ", " \u00B7 ", " \u2022 ", ", ", "; ", "\u30FB"})
  void theNamesOfABoardArePartedAtAnyListMark(String mark) throws Exception {
    String board = String.join(mark, "Masashi Nishihara", "Naoko Saiki", "Taizo Yakushiji");
    ParseResult r = parseSeedWith("Masashi Nishihara Naoko Saiki Taizo Yakushiji", board);
    assertThat(r.commentary().masthead().editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki", "Taizo Yakushiji");
  }

  /**
   * The later staff line, glued as the seed's is: the chair's role in brackets glued to the names
   * around it is the chair's, and the names after it stay whole.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Akio Watanabe (Chair)Masashi Nishihara",
        "Akio Watanabe(Chair)Masashi Nishihara",
        "Akio Watanabe(Chair) Masashi Nishihara",
        "Akio Watanabe (Chair) Masashi Nishihara"
      })
  void aRoleGluedToTheNamesIsTheChairs(String chair) throws Exception {
    theChairsRoleIsKept(chair);
  }

  /** The chair's role with a letter misread: read as the chair's, reported. */
  @Test
  void aMisreadChairIsTheChair() throws Exception {
    ParseResult r = theChairsRoleIsKept("Akio Watanabe (Chalr) Masashi Nishihara");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.LABEL_CORRECTED)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("\"Chalr\""));
  }

  private static ParseResult theChairsRoleIsKept(String chair) throws Exception {
    ParseResult r =
        parseSeedWith(
            "Editor:Akio WatanabeEditorial Board:Masashi Nishihara Naoko Saiki Taizo Yakushiji",
            "Editorial Advisory Board:"
                + chair
                + " Taizo YakushijiEditorial Committee:Naoko Saiki Tsutomu Kikuchi");
    assertThat(r.commentary().masthead().editorialAdvisoryBoard())
        .containsExactly(
            Person.of("Akio Watanabe", "Chair"),
            Person.of("Masashi Nishihara"),
            Person.of("Taizo Yakushiji"));
    assertThat(r.commentary().masthead().editorialCommittee())
        .extracting(Person::name)
        .containsExactly("Naoko Saiki", "Tsutomu Kikuchi");
    return r;
  }

  /**
   * The last name of a board after "and", as the later mastheads print it: on the line of the name
   * before it, glued to it, or opening the line of the name after it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Masashi Nishihara Naoko Saiki and Taizo Yakushiji",
        "Masashi Nishihara, Naoko Saiki, and Taizo Yakushiji",
        "Masashi Nishihara\nNaoko Saiki and\nTaizo Yakushiji",
        "Masashi Nishihara\nNaoko Saiki\nand Taizo Yakushiji",
        "Masashi Nishihara\nNaoko Saiki\nand\nTaizo Yakushiji"
      })
  void andBeforeTheLastNameIsNoNamesWord(String board) throws Exception {
    ParseResult r = parseSeedWith("Masashi Nishihara Naoko Saiki Taizo Yakushiji", board);
    assertThat(r.commentary().masthead().editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki", "Taizo Yakushiji");
  }

  /**
   * The names glued to each other as the staff line glues the labels, where each stood on a line of
   * its own in the sidebar ({@code NishiharaNaoko}, {@code NogamiPresident}): each name is read
   * whole, and the publisher's title after the name; a name such as {@code McDonald} or {@code
   * MacArthur} stays whole.
   */
  @Test
  void namesGluedToEachOtherArePartedAtTheCapital() throws Exception {
    String staff =
        "Editor:Akio WatanabeEditorial Board:Masashi Nishihara Naoko Saiki Taizo Yakushiji"
            + "Online Publisher:Yoshiji Nogami President, JIIA";
    ParseResult expected = parseSeedWith(staff, staff);
    ParseResult r =
        parseSeedWith(
            staff,
            "Editor:Akio WatanabeEditorial Board:Masashi NishiharaNaoko SaikiTaizo Yakushiji"
                + "Online Publisher:Yoshiji NogamiPresident, JIIA");
    assertThat(r.commentary()).isEqualTo(expected.commentary());

    Masthead m =
        parseSeedWith(
                staff, staff.replace("Naoko Saiki", "Ian McDonaldDouglas MacArthurNaoko Saiki"))
            .commentary()
            .masthead();
    assertThat(m.editorialBoard())
        .extracting(Person::name)
        .containsExactly(
            "Masashi Nishihara",
            "Ian McDonald",
            "Douglas MacArthur",
            "Naoko Saiki",
            "Taizo Yakushiji");
  }

  /**
   * A character that prints nothing (a byte-order mark, a zero-width space) standing alone between
   * a post's names and the next label, or among the names, is no name: the staff read as without
   * it. Before, a name of nothing but such a character failed the parse with an exception.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\uFEFF", "\u200B"})
  void aCharacterThatPrintsNothingIsNoName(String invisible) throws Exception {
    String text = Fixtures.read("generated-short-paragraph-and-heading.txt");
    String board = "\nEditorial Board:";
    String publisher = "\nOnline Publisher:";
    ParseResult expected = Fixtures.parse(text);
    for (String found : new String[] {board, publisher}) {
      String changed = Fixtures.replacingEach(text, f -> "\n" + invisible + f.substring(1), found);
      ParseResult r = Fixtures.parse(changed);
      assertThat(r.commentary()).as(found).isEqualTo(expected.commentary());
    }
    String names = Fixtures.replacingEach(text, f -> f + " " + invisible + " ", board);
    assertThat(Fixtures.parse(names).commentary()).isEqualTo(expected.commentary());
  }

  /**
   * A label that a narrow sidebar wraps after any of its words reads as the label, in a masthead
   * one item a line, with LF or CRLF line ends.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Editorial Advisory\nBoard:",
        "Editorial\nAdvisory Board:",
        "Editorial\nCommittee:",
        "Online\nPublisher:",
        "Editorial Advisory\r\nBoard:"
      })
  void aLabelWrappedOverTwoLinesIsTheLabel(String wrapped) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String label = wrapped.replace("\r\n", " ").replace('\n', ' ');
    assertThat(text).contains("\n" + label + "\n");
    ParseResult expected = CommentaryParser.create().parse(text);
    String input = text.replace("\n" + label + "\n", "\n" + wrapped + "\n");
    if (wrapped.contains("\r")) {
      input = input.replace("\n", "\r\n").replace("\r\r\n", "\r\n");
    }
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * A staff label with a letter misread, as the seed's institutes have them ({@code JIIN}): read as
   * the known label and reported, its post kept.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Editorial Board:|Editoria1 Board:",
        "Editorial Board:|Editorial Boad:",
        "Online Publisher:|OnIine Publisher:",
        "Editor:|Edltor:",
        "Editor:|Edior:",
        "Online Publisher:|Online Publislher:"
      })
  void aLabelWithAMisreadLetterIsTheKnownLabel(String pair) throws Exception {
    String[] parts = pair.split("\\|");
    ParseResult expected = CommentaryParser.create().parse(Fixtures.read("seed-093.txt"));
    ParseResult r = parseSeedWith(parts[0], parts[1]);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.LABEL_CORRECTED)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains(parts[1].replace(":", ""));
              assertThat(d.span().length()).isEqualTo(parts[1].length());
            });
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
  }

  /** "rn" read for "m", the commonest misreading of text recognition, in a label of two words. */
  @Test
  void aLabelWithRnForMIsTheKnownLabel() throws Exception {
    String text = oneALine("Editorial Committee:");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(text.replace("Committee:", "Cornmittee:"));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.commentary().masthead().editorialCommittee())
        .extracting(Person::name)
        .containsExactly("Naoko Saiki", "Taizo Yakushiji");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.LABEL_CORRECTED)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("\"Editorial Cornmittee\""));
  }

  /**
   * An unknown label of several words alone at its line's start, each post on a line of its own:
   * the whole label is reported with its post, and no word of it goes to the names above.
   */
  @Test
  void anUnknownLabelOpeningItsLineIsTakenWhole() throws Exception {
    ParseResult r = CommentaryParser.create().parse(oneALine("Editorial Secretary:"));
    Masthead m = r.commentary().masthead();
    assertThat(m.editorialAdvisoryBoard())
        .extracting(Person::name)
        .containsExactly("Akio Watanabe", "Masashi Nishihara");
    assertThat(unknownText(r).message())
        .contains("\"Editorial Secretary: Naoko Saiki, Taizo Yakushiji\"");
  }

  /**
   * A known label after a word that makes it another post (Managing Editor:, Deputy Editor:), on a
   * line of its own or glued after the names before it: the post is not the known one, and is
   * reported whole with its names; no word of it goes to the names above.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Managing Editor:", "Deputy Editor:", "Associate Editor:"})
  void aKnownLabelAfterAWordThatMakesItAnotherPostIsThatPost(String label) throws Exception {
    ParseResult r = CommentaryParser.create().parse(oneALine(label));
    Masthead m = r.commentary().masthead();
    assertThat(m.editor()).isEmpty();
    assertThat(m.editorialAdvisoryBoard())
        .extracting(Person::name)
        .containsExactly("Akio Watanabe", "Masashi Nishihara");
    assertThat(unknownText(r).message()).contains("\"" + label + " Naoko Saiki, Taizo Yakushiji\"");

    ParseResult glued =
        parseSeedWith("Editorial Board:", label.replace("Editor:", "Editorial Board:"));
    assertThat(glued.commentary().masthead().editor().orElseThrow().name())
        .isEqualTo("Akio Watanabe");
    assertThat(glued.commentary().masthead().editorialBoard()).isEmpty();
    assertThat(unknownText(glued).message())
        .contains(label.replace("Editor:", "Editorial Board:") + "Masashi Nishihara");
  }

  /** The seed with its staff one post a line, the second post under {@code label}. */
  private static String oneALine(String label) {
    String seed = Fixtures.read("seed-093.txt");
    String staff =
        "Editor:Akio WatanabeEditorial Board:Masashi Nishihara Naoko Saiki Taizo YakushijiOnline"
            + " Publisher:Yoshiji Nogami President, JIIA\t";
    assertThat(seed).contains(staff);
    return seed.replace(
        staff,
        "Editorial Advisory Board: Akio Watanabe (Chair), Masashi Nishihara\n"
            + label
            + " Naoko Saiki, Taizo Yakushiji\nOnline Publisher: Yoshiji Nogami, President, JIIA\n\n");
  }
}
