package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Commentary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title in capitals may hold a name printed with a small Mc or Mac, or a plural acronym: such a
 * word is still the title's, in the seed's glued header line and in a header one field a line.
 */
class TitleCapitalsTest {

  private static final String SEED = Fixtures.read("seed-093.txt");

  private static final String ONE_A_LINE = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WHAT SPEAKER McCARTHY'S FALL MEANS FOR NATO|What Speaker McCarthy's Fall Means for NATO",
        "WHY JAPAN'S MPs IGNORE NATO|Why Japan's MPs Ignore NATO",
        "GENERAL MacARTHUR AND NATO|General MacArthur and NATO",
        "THE mRNA RACE AND NATO|The mRNA Race and NATO",
        "NATO IN THE 2020s: A DECADE OF RISK|NATO in the 2020s: A Decade of Risk",
        "JAPAN vs. NATO IN THE 21st CENTURY|Japan vs. NATO in the 21st Century"
      })
  void aWordWithASmallLetterOfANameOrAPluralStaysInTheTitle(String printed, String title) {
    String seed = SEED.replace("THE PROSPECTS COOPERATION", printed).replace("\tOF JAPAN-NATO", "");
    Commentary c = Fixtures.parse(seed).commentary();
    assertThat(c.title()).isEqualTo(title);
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");

    String lines = ONE_A_LINE.replace("JAPAN'S CHOICE: \"GLOBAL NATO\"\nAND THE QUAD?", printed);
    assertThat(lines).isNotEqualTo(ONE_A_LINE);
    Commentary d = Fixtures.parse(lines).commentary();
    assertThat(d.title()).isEqualTo(title);
    assertThat(d.authors())
        .extracting(Author::name)
        .containsExactly("Taro Yamada", "Hanako Suzuki");
  }

  @org.junit.jupiter.api.Test
  void aKoreanGivenNameKeepsItsLowerCaseAfterTheHyphenAsTheBodyWritesIt() {
    String seed =
        SEED.replace("THE PROSPECTS COOPERATION", "KIM JONG-UN AND US-LED SELF-DEFENSE")
            .replace("\tOF JAPAN-NATO", "")
            .replace(
                "Against this background,",
                "Kim Jong-un tested missiles, and the US-led coalition and the US spoke of"
                    + " self-defense. Against this background,");
    assertThat(Fixtures.parse(seed).commentary().title())
        .isEqualTo("Kim Jong-un and US-Led Self-Defense");
  }

  /**
   * A compound that opens a sentence, capitalised there only, and in lower case elsewhere, is no
   * name: each part capitalised in the title.
   */
  @org.junit.jupiter.api.Test
  void aCompoundThatOpensASentenceIsNoName() {
    String seed =
        SEED.replace("THE PROSPECTS COOPERATION", "AN AGE OF SUPPLY-CHAIN RISKS")
            .replace("\tOF JAPAN-NATO", "")
            .replace(
                "Against this background,",
                "Supply-chain risks matter. The supply-chain question is open. Against this"
                    + " background,");
    assertThat(Fixtures.parse(seed).commentary().title()).isEqualTo("An Age of Supply-Chain Risks");
  }

  /**
   * A title in title case that opens with an acronym ({@code ASEAN Centrality Under Strain}, as the
   * web edition and a text written back print it) is the whole line, not an acronym in capitals
   * with the byline after it.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ASEAN Centrality Under Strain",
        "NATO and Japan",
        "NATO: A Partner for Japan?",
        "US Policy in the Indo-Pacific"
      })
  void aTitleInTitleCaseThatOpensWithAnAcronymIsTheWholeLine(String title) {
    String text =
        SEED.replace("THE PROSPECTS COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO", "")
            .replace(
                "No.93. 8 June 2010",
                "\n\nNo.93. 8 June 2010\n\n" + title + "\n\nYoshikazu Hirose\n");
    Commentary c = Fixtures.parse(text).commentary();
    assertThat(c.title()).isEqualTo(title);
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
  }

  /** A title of one word in capitals glued to the byline that the biography opens with. */
  @org.junit.jupiter.api.Test
  void aTitleOfOneWordInCapitalsBeforeTheBylineIsTheTitle() {
    Commentary c =
        Fixtures.parse(
                SEED.replace("THE PROSPECTS COOPERATION", "DETERRENCE")
                    .replace("\tOF JAPAN-NATO", ""))
            .commentary();
    assertThat(c.title()).isEqualTo("Deterrence");
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
  }
}
