package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

/**
 * A piece of the title that extraction moved behind the author's name goes back where the title
 * reads on: not between two words that the body writes together, and last after a word that cannot
 * end a title.
 */
class TitlePieceTest {

  private static final String SEED = Fixtures.read("seed-093.txt");

  private static final String PRINTED = "THE PROSPECTS COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO";

  /** The seed with another title, its first part before the author and the piece after him. */
  private static ParseResult titled(String printed, String piece, String sentence) {
    assertThat(SEED).contains(PRINTED);
    String text =
        SEED.replace(PRINTED, printed + " Yoshikazu Hirose\t" + piece)
            .replace("Against this background,", sentence + " Against this background,");
    return Fixtures.parse(text);
  }

  @Test
  void thePieceDoesNotPartWordsThatTheBodyWritesTogether() {
    ParseResult r =
        titled(
            "JAPAN'S NEW NATIONAL SECURITY STRATEGY",
            "AND ITS IMPLICATIONS",
            "Japan's new National Security Strategy was adopted in 2022.");
    assertThat(r.commentary().title())
        .isEqualTo("Japan's New National Security Strategy and Its Implications");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.TITLE_PIECE_RESTORED)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .contains("back after \"JAPAN'S NEW NATIONAL SECURITY STRATEGY\""));
  }

  /**
   * Where the body writes the piece's words on, through a function word, with the words at one
   * place and not at another ({@code the relocation of Futenma}), the piece goes there, whatever
   * the width of the printed lines would have it.
   */
  @Test
  void thePieceGoesWhereTheBodyWritesItsWordsOnWithTheTitles() {
    assertThat(
            titled(
                    "OKINAWA AND THE FUTENMA",
                    "RELOCATION OF",
                    "The relocation of Futenma has been delayed again.")
                .commentary()
                .title())
        .isEqualTo("Okinawa and the Relocation of Futenma");
    assertThat(
            titled(
                    "THE WTO CRISIS AND THE TRADING ORDER",
                    "RULES-BASED",
                    "The crisis of the WTO threatens the rules-based trading order.")
                .commentary()
                .title())
        .isEqualTo("The WTO Crisis and the Rules-Based Trading Order");
    assertThat(
            titled(
                    "WHY ASEAN STILL MATTERS",
                    "TO JAPAN",
                    "Southeast Asia still matters to Japan more than ever.")
                .commentary()
                .title())
        .isEqualTo("Why ASEAN Still Matters to Japan");
  }

  @Test
  void aTitleThatEndsInAPrepositionGoesOnWithThePiece() {
    ParseResult r = titled("ASEAN CENTRALITY UNDER", "STRAIN", "ASEAN matters.");
    assertThat(r.commentary().title()).isEqualTo("ASEAN Centrality Under Strain");
  }

  @Test
  void withNoWordOfTheBodyToGoByThePieceEndsTheFirstLineAsInTheSeed() {
    assertThat(Fixtures.parse(SEED).commentary().title())
        .isEqualTo("The Prospects of Japan-NATO Cooperation");
    ParseResult r = titled("THE PROSPECTS COOPERATION", "OF JAPAN-ROK", "Seoul and Tokyo talk.");
    assertThat(r.commentary().title()).isEqualTo("The Prospects of Japan-ROK Cooperation");
  }

  @Test
  void thePieceGoesWhereTheTitleReadsOn() {
    // the first line, THE PROSPECTS AND THE LIMITS OF, parted at the page's middle before THE:
    // PROSPECTS THE LIMITS OF AND would read on neither after PROSPECTS nor before AND
    ParseResult r =
        titled("THE PROSPECTS AND JAPAN-NATO COOPERATION", "THE LIMITS OF", "Abe spoke.");
    assertThat(r.commentary().title())
        .isEqualTo("The Prospects and the Limits of Japan-NATO Cooperation");
    assertThat(
            titled("RARE EARTHS AND 2010", "THE LESSONS OF", "China spoke.").commentary().title())
        .isEqualTo("Rare Earths and the Lessons of 2010");
    assertThat(
            titled("HUMAN SECURITY JAPAN'S UNFINISHED AGENDA", "AT THE UN:", "Japan spoke.")
                .commentary()
                .title())
        .isEqualTo("Human Security at the UN: Japan's Unfinished Agenda");
  }

  /**
   * Two words side by side that no title holds, where the piece was taken out from between them:
   * two prepositions ({@code OF IN}), a word and its possessive ({@code JAPAN JAPAN'S}), a modal
   * before an article ({@code SHOULD THE}); the piece goes back between them.
   */
  @Test
  void thePieceGoesBetweenTwoWordsThatNoTitleHoldsSideBySide() {
    assertThat(
            titled("THE LIMITS OF IN SOUTHEAST ASIA", "JAPAN'S SOFT POWER", "Asia spoke.")
                .commentary()
                .title())
        .isEqualTo("The Limits of Japan's Soft Power in Southeast Asia");
    assertThat(
            titled(
                    "JAPAN'S ROLE IN BEYOND FREEDOM OF NAVIGATION",
                    "THE SOUTH CHINA SEA:",
                    "Japan spoke.")
                .commentary()
                .title())
        .isEqualTo("Japan's Role in the South China Sea: Beyond Freedom of Navigation");
    assertThat(
            titled(
                    "WHAT DOES THE GREAT EAST JAPAN JAPAN'S FOREIGN POLICY?",
                    "EARTHQUAKE MEAN FOR",
                    "Tokyo spoke.")
                .commentary()
                .title())
        .isEqualTo("What Does the Great East Japan Earthquake Mean for Japan's Foreign Policy?");
    assertThat(
            titled("WHY JAPAN SHOULD JOIN", "THE TPP NEGOTIATIONS", "Tokyo spoke.")
                .commentary()
                .title())
        .isEqualTo("Why Japan Should Join the TPP Negotiations");
  }

  /**
   * A modal that opens the title, or its part after a colon, opens a question, and an article may
   * follow it ({@code CAN THE}): a piece is not put back between them as between a modal and the
   * article that no title holds after it, and may go back right after the modal of a colon's part.
   */
  @Test
  void aModalThatOpensAQuestionMayStandBeforeAnArticle() {
    String said = "The Japan-ROK relationship has improved since 2023.";
    assertThat(
            titled("CAN THE JAPAN-ROK OVERCOME HISTORY?", "RELATIONSHIP", said)
                .commentary()
                .title())
        .isEqualTo("Can the Japan-ROK Relationship Overcome History?");
    assertThat(
            titled("TOKYO: CAN RELATIONSHIP OVERCOME HISTORY?", "THE JAPAN-ROK", said)
                .commentary()
                .title())
        .isEqualTo("Tokyo: Can the Japan-ROK Relationship Overcome History?");
  }

  /** A possessive cannot end a title, and a piece that ends in a colon cannot end it either. */
  @Test
  void thePieceGoesLastAfterAPossessiveAndNeverLastWithAColon() {
    assertThat(titled("COP26 AND JAPAN'S", "CLIMATE DIPLOMACY", "COP26 met.").commentary().title())
        .isEqualTo("COP26 and Japan's Climate Diplomacy");
    assertThat(
            titled(
                    "\"UKRAINE TODAY, EAST JAPAN AND THE WAR IN UKRAINE TWO YEARS ON",
                    "ASIA TOMORROW\":",
                    "East Asia is watching.")
                .commentary()
                .title())
        .isEqualTo(
            "\"Ukraine Today, East Asia Tomorrow\": Japan and the War in Ukraine Two Years On");
  }

  /** A piece that ends in a possessive cannot end the title. */
  @Test
  void aPieceThatEndsInAPossessiveGoesBeforeTheNextWord() {
    assertThat(titled("GLOBAL NATO CHOICE", "AND JAPAN'S", "NATO spoke.").commentary().title())
        .isEqualTo("Global NATO and Japan's Choice");
  }

  /**
   * Where the middle of the page could part the first line at more than one place, the one beside
   * the words that the body writes beside the piece's, a compound's parts capitalised or not.
   */
  @Test
  void ofThePlacesThatTheMiddleCouldPartTheBodyChooses() {
    assertThat(
            titled(
                    "JAPAN'S NEW NATIONAL WHAT HAS CHANGED?",
                    "SECURITY STRATEGY:",
                    "The National Security Strategy was adopted in 2022.")
                .commentary()
                .title())
        .isEqualTo("Japan's New National Security Strategy: What Has Changed?");
    assertThat(
            titled(
                    "JAPAN'S CLIMATE ASIA ZERO EMISSION COMMUNITY",
                    "DIPLOMACY AND THE",
                    "Its climate diplomacy is active.")
                .commentary()
                .title())
        .isEqualTo("Japan's Climate Diplomacy and the Asia Zero Emission Community");
    assertThat(
            titled(
                    "THE FREE AND OPEN A VISION FOR ASEAN?",
                    "INDO-PACIFIC:",
                    "Japan's vision of a Free and Open Indo-Pacific was set out in 2016.")
                .commentary()
                .title())
        .isEqualTo("The Free and Open Indo-Pacific: A Vision for ASEAN?");
  }

  @Test
  void aWordThatTheMiddleOfThePageCrossesStaysBeforeThePiece() {
    // THE GLOBAL PARTNERSHIP OF JAPAN-NATO: the middle falls in PARTNERSHIP
    assertThat(
            titled("THE GLOBAL PARTNERSHIP COOPERATION", "OF JAPAN-NATO", "Tokyo spoke.")
                .commentary()
                .title())
        .isEqualTo("The Global Partnership of Japan-NATO Cooperation");
  }

  /**
   * Two printed lines of a long title that each cross the middle of the page give two pieces, one
   * from each line: each goes back after the words of its own line, which are about as wide as the
   * other line's, where the pieces put back together would stand side by side with a word that no
   * title holds beside them ({@code AFTER OF}).
   */
  @Test
  void twoPiecesFromTwoLinesGoEachAfterItsOwnLine() {
    // THE PROSPECTS | OF JAPAN-NATO / COOPERATION AFTER | THE COLD WAR
    for (String pieces :
        new String[] {"OF JAPAN-NATO\tTHE COLD WAR", "OF JAPAN-NATO\n\tTHE COLD WAR"}) {
      ParseResult r =
          titled("THE PROSPECTS COOPERATION AFTER", pieces, "NATO was at a crossroads.");
      assertThat(r.commentary().title())
          .isEqualTo("The Prospects of Japan-NATO Cooperation After the Cold War");
      assertThat(r.diagnostics())
          .filteredOn(d -> d.code() == DiagnosticCode.TITLE_PIECE_RESTORED)
          .extracting(d -> d.message())
          .satisfiesExactly(
              m -> assertThat(m).contains("\"OF JAPAN-NATO\"").contains("after \"THE PROSPECTS\""),
              m ->
                  assertThat(m)
                      .contains("\"THE COLD WAR\"")
                      .contains("after \"THE PROSPECTS OF JAPAN-NATO COOPERATION AFTER\""));
    }
  }

  /**
   * Pieces that read on after the title's last word, as the lines after a first line that
   * extraction moved whole, stay together.
   */
  @Test
  void piecesThatReadOnTogetherStayTogether() {
    assertThat(
            titled(
                    "“QUAD PLUS”?",
                    "AUSTRALIA AND THE\tEUROPEANS IN THE INDO-PACIFIC",
                    "The Quad is not an alliance.")
                .commentary()
                .title())
        .isEqualTo("“Quad Plus”? Australia and the Europeans in the Indo-Pacific");
  }
}
