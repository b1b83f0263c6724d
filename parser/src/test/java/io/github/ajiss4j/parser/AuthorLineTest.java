package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Heading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The author's line as extraction that keeps the PDF's lines gives it, on a line of its own under
 * the title, in the forms a byline takes: with "By", or with the family name in capitals, first or
 * last. The biography that names the author in another case or order is still found.
 */
class AuthorLineTest {

  private static final String HEADER =
      "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n"
          + Fixtures.MASTHEAD_ONE_A_LINE
          + "No.93. 8 June 2010\n\nTHE PROSPECTS OF JAPAN-NATO COOPERATION\n\n";

  private static final String FIRST =
      "\"Japan and NATO are partners,\" Shinzo Abe told the North Atlantic Council in January 2007"
          + " in what became the first address delivered by a Japanese head of government to the top"
          + " decision-making body of the North Atlantic Treaty Organization.\n\n";

  private static final String SECOND_BIO =
      "\n\nTaro Yamada is Senior Fellow at the Research Institute for Peace and Security.";

  private static Commentary parse(String byline) throws CommentaryParseException {
    return parse(HEADER, byline, "");
  }

  private static Commentary parse(String header, String byline, String more)
      throws CommentaryParseException {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        header + byline + "\n\n" + FIRST + seed.substring(seed.indexOf("The timing")) + more;
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
    return r.commentary();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Yoshikazu Hirose | Yoshikazu Hirose",
        "By Yoshikazu Hirose | Yoshikazu Hirose",
        "by Yoshikazu Hirose | Yoshikazu Hirose",
        "Author: Yoshikazu Hirose | Yoshikazu Hirose",
        "AUTHOR: Yoshikazu Hirose | Yoshikazu Hirose",
        "Written by Yoshikazu Hirose | Yoshikazu Hirose",
        "Yoshikazu HIROSE | Yoshikazu HIROSE",
        "HIROSE Yoshikazu | HIROSE Yoshikazu"
      })
  void isTheAuthorWithTheBiographyAndTheTitleStaysWhole(String byline, String name)
      throws Exception {
    Commentary c = parse(byline);
    assertThat(c.title()).isEqualTo("The Prospects of Japan-NATO Cooperation");
    assertThat(c.authors()).extracting(Author::name).containsExactly(name);
    assertThat(c.authors().get(0).biography().orElseThrow())
        .startsWith("Yoshikazu Hirose is Professor");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose\nTaro Yamada",
        "Yoshikazu Hirose and\nTaro Yamada",
        "Yoshikazu Hirose,\nTaro Yamada",
        "Yoshikazu Hirose\nand Taro Yamada",
        "Yoshikazu Hirose and Taro Yamada",
        // the line parted inside the second name, as a narrow column wraps it
        "Yoshikazu Hirose, Taro\nYamada",
        "Yoshikazu Hirose and Taro\nYamada",
        "By Yoshikazu Hirose and Taro\nYamada",
        // "and" on a line of its own between the names, as a centred byline is wrapped
        "Yoshikazu Hirose\nand\nTaro Yamada",
        "Yoshikazu Hirose\n&\nTaro Yamada"
      })
  void twoAuthorsOnTwoLinesAreBothAuthors(String byline) throws Exception {
    Commentary c = parse(HEADER, byline, SECOND_BIO);
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose", "Taro Yamada");
    assertThat(c.authors().get(1).biography().orElseThrow()).startsWith("Taro Yamada is");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /**
   * A member institute's full name on a line of the byline, where extraction read a sidebar that
   * stacks the institutes beside the title into it (pdftotext), above the author's: no author is
   * named so, and it is dropped from the authors and reported where it stands.
   */
  @Test
  void aMemberInstitutesNameInTheBylineIsNoAuthor() throws Exception {
    String byline = "Nakasone Yasuhiro Peace Institute\n\nYoshikazu Hirose";
    String text =
        HEADER
            + byline
            + "\n\n"
            + FIRST
            + Fixtures.read("seed-093.txt")
                .substring(Fixtures.read("seed-093.txt").indexOf("The timing"));
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose");
    String institute = byline.replace("Yoshikazu Hirose", "").strip();
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY)
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
              assertThat(d.span().offset()).isEqualTo(text.indexOf(institute));
              assertThat(d.message()).contains(institute);
            });
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * Co-authors one a line with blank lines between them, as tools that keep a page's line spacing
   * give a byline here and there: a name alone on its line that a closing biography opens with is
   * an author's too, and not a subheading over the body.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose\n\nTaro Yamada",
        "Yoshikazu Hirose\n\nTaro Yamada\n\nHanako Suzuki",
        "Yoshikazu Hirose\nTaro Yamada\n\nHanako Suzuki",
        "Yoshikazu Hirose\n\nTaro Yamada\nHanako Suzuki"
      })
  void coAuthorsPartedByBlankLinesAreAuthors(String byline) throws Exception {
    String third = "\n\nHanako Suzuki is Professor of Law at Keio University.";
    Commentary c = parse(HEADER, byline, SECOND_BIO + (byline.contains("Hanako") ? third : ""));
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactlyElementsOf(java.util.Arrays.asList(byline.split("\n+")));
    assertThat(c.authors().get(1).biography().orElseThrow()).startsWith("Taro Yamada is");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
    assertThat(c.body().get(c.body().size() - 1).plainText()).startsWith("NATO's transformation");
  }

  /**
   * A subheading at the top of the body, under the byline and a blank line, stays a heading though
   * it reads as a name, where no closing biography opens with it; so does one whose paragraph opens
   * with the name it heads.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose\n\nShinzo Abe\n\n",
        "Yoshikazu Hirose\n\nShinzo Abe\n\nShinzo Abe is the first Japanese leader to speak there. "
      })
  void aNameAsTheBodysFirstSubheadingIsNoAuthor(String opening) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary c =
        CommentaryParser.create()
            .parse(HEADER + opening + FIRST + seed.substring(seed.indexOf("The timing")))
            .commentary();
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.authors().get(0).biography().orElseThrow())
        .startsWith("Yoshikazu Hirose is Professor");
    assertThat(c.body().get(0)).isInstanceOf(Heading.class);
    assertThat(c.body().get(0).plainText()).isEqualTo("Shinzo Abe");
  }

  /** The closing biographies of Taro Yamada, Hanako Suzuki and Ken Jimbo. */
  private static final String MORE_BIOS =
      SECOND_BIO
          + "\n\nHanako Suzuki is Professor of Law at Keio University."
          + "\n\nKen Jimbo is Professor at Keio University.";

  /**
   * Lines of co-authors, several a line, with a blank line between them, as Tika and mutool give a
   * byline of four in two lines: a line whose names the closing biographies each open with is the
   * byline's, and not a subheading.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose and Taro Yamada\n\nHanako Suzuki and Ken Jimbo",
        "Yoshikazu Hirose\n\nTaro Yamada, Hanako Suzuki and Ken Jimbo",
        "Yoshikazu Hirose, Taro Yamada\n\nHanako Suzuki & Ken Jimbo"
      })
  void linesOfCoAuthorsPartedByABlankLineAreAuthors(String byline) throws Exception {
    Commentary c = parse(HEADER, byline, MORE_BIOS);
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose", "Taro Yamada", "Hanako Suzuki", "Ken Jimbo");
    for (Author a : c.authors()) {
      assertThat(a.biography().orElseThrow()).startsWith(a.name() + " is");
    }
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
    assertThat(c.body().get(c.body().size() - 1).plainText()).startsWith("NATO's transformation");
  }

  /**
   * A subheading at the top of the body that names people or reads as an institution's field, a
   * blank line under the byline, stays a heading where no closing biography opens with each of its
   * names and it names no institution: the author has no affiliation.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Shinzo Abe and Yasuo Fukuda",
        "Japan's Security Policy",
        "A New Role for the Academy",
        "Foreign Affairs and the Diet"
      })
  void aSubheadingUnderTheBylineIsNoAuthorNorAffiliation(String heading) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary c =
        CommentaryParser.create()
            .parse(
                HEADER
                    + "Yoshikazu Hirose\n\n"
                    + heading
                    + "\n\n"
                    + FIRST
                    + seed.substring(seed.indexOf("The timing")))
            .commentary();
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.authors().get(0).affiliation()).isEmpty();
    assertThat(c.body().get(0)).isInstanceOf(Heading.class);
    assertThat(c.body().get(0).plainText()).isEqualTo(heading);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Prospects of\nJapan-NATO Cooperation",
        "The Prospects of Japan-NATO Cooperation:\nA European View",
        "The Prospects for Japan and\nNATO Cooperation",
        "The Prospects of Japan-NATO\nCooperation"
      })
  void aTitleInTitleCaseOverTwoLinesStaysWhole(String title) throws Exception {
    String header = HEADER.replace("THE PROSPECTS OF JAPAN-NATO COOPERATION", title);
    Commentary c = parse(header, "Yoshikazu Hirose", "");
    assertThat(c.title()).isEqualTo(title.replace('\n', ' '));
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
  }

  /**
   * A line of the title that ends in a hyphen goes on with the next line's first word: a compound
   * keeps its hyphen; a word that the body writes whole, and never hyphenated, loses it, reported.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "THE PROSPECTS OF JAPAN- | NATO COOPERATION | The Prospects of Japan-NATO Cooperation",
        "THE PROSPECTS OF JAPAN-NATO CO- | OPERATION | The Prospects of Japan-NATO Cooperation",
        "The Prospects of Japan- | NATO Cooperation | The Prospects of Japan-NATO Cooperation"
      })
  void aTitleLineThatEndsInAHyphenGoesOnWithTheNextWord(String first, String second, String title)
      throws Exception {
    String header =
        HEADER.replace("THE PROSPECTS OF JAPAN-NATO COOPERATION", first + "\n" + second);
    String seed = Fixtures.read("seed-093.txt");
    String text =
        header + "Yoshikazu Hirose\n\n" + FIRST + seed.substring(seed.indexOf("The timing"));
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().title()).isEqualTo(title);
    assertThat(r.diagnostics().stream().anyMatch(d -> d.message().contains("in the title")))
        .isEqualTo(first.endsWith("CO-"));
  }

  /**
   * A subtitle not in capitals under a title in capitals: after a colon, where the title must go
   * on, over a byline that opens with "By", or, in title case and no name itself, over a byline
   * without it. It is the title's, not an author or the body.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "THE PROSPECTS OF JAPAN-NATO COOPERATION:\\nA European View | By Yoshikazu Hirose",
        "THE PROSPECTS OF JAPAN-NATO COOPERATION:\\n\"A European View\" | By Yoshikazu Hirose",
        "THE PROSPECTS OF JAPAN-NATO COOPERATION\\nA European View | By Yoshikazu Hirose",
        "THE PROSPECTS OF JAPAN-NATO COOPERATION\\n\\nA European View | By Yoshikazu Hirose",
        // two capitalised words, as a name could be, over the byline
        "THE PROSPECTS OF JAPAN-NATO COOPERATION\\nRethinking Partnerships | By Yoshikazu Hirose",
        "THE PROSPECTS OF JAPAN-NATO COOPERATION\\nA European View | Yoshikazu Hirose",
        "THE PROSPECTS OF JAPAN-NATO COOPERATION\\n\\nRethinking the Partnership | Yoshikazu Hirose"
      })
  void aSubtitleNotInCapitalsIsTheTitles(String title, String byline) throws Exception {
    String header =
        HEADER.replace("THE PROSPECTS OF JAPAN-NATO COOPERATION", title.replace("\\n", "\n"));
    Commentary c = parse(header, byline, "");
    String colon = title.contains(":") ? ":" : "";
    String subtitle = title.substring(title.lastIndexOf("\\n") + 2);
    assertThat(c.title())
        .isEqualTo("The Prospects of Japan-NATO Cooperation" + colon + " " + subtitle);
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /**
   * A subtitle set between two dashes under a title in capitals, a name-like pair of words in it
   * ({@code Washington and Beijing}): the title's, as printed where it is not in capitals and cased
   * with the title where it is.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\u2013 Between Washington and Beijing \u2013 | \u2013 Between Washington and Beijing \u2013",
        "\u2014BETWEEN WASHINGTON AND BEIJING\u2014 | \u2014Between Washington and Beijing\u2014",
        "\u2014 A European View \u2014 | \u2014 A European View \u2014"
      })
  void aSubtitleBetweenDashesIsTheTitles(String subtitle, String cased) throws Exception {
    String header =
        HEADER.replace(
            "THE PROSPECTS OF JAPAN-NATO COOPERATION\n",
            "THE PROSPECTS OF JAPAN-NATO COOPERATION\n" + subtitle + "\n");
    Commentary c = parse(header, "Yoshikazu Hirose", "");
    assertThat(c.title()).isEqualTo("The Prospects of Japan-NATO Cooperation " + cased);
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Yoshikazu Hirose, Professor, National Defense Academy | Professor, National Defense Academy",
        "Yoshikazu Hirose (National Defense Academy) | National Defense Academy",
        "Yoshikazu Hirose, National Defense Academy of Japan | National Defense Academy of Japan",
        // one word after a name is no name: an abbreviation or a country
        "Yoshikazu Hirose, Professor, NDA | Professor, NDA",
        "Yoshikazu Hirose, National Defense Academy, Japan | National Defense Academy, Japan",
        // a post with no comma after the name, as a line that glues fields gives it
        "Yoshikazu Hirose Research Fellow, IIPS | Research Fellow, IIPS",
        "Yoshikazu Hirose Professor, National Defense Academy | Professor, National Defense Academy"
      })
  void anAffiliationInTheBylineIsTheAuthorsAndNoAuthor(String byline, String affiliation)
      throws Exception {
    Commentary c = parse(byline);
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.authors().get(0).affiliation()).contains(affiliation);
    assertThat(c.authors().get(0).biography()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose, Keio University and Taro Yamada, University of Tokyo",
        "Yoshikazu Hirose (Keio University) and Taro Yamada (University of Tokyo)"
      })
  void twoAuthorsWithTheirAffiliations(String byline) throws Exception {
    assertTwoAuthorsWith(
        parse(HEADER, byline, SECOND_BIO), "Keio University", "University of Tokyo");
  }

  /** The two authors, Yoshikazu Hirose and Taro Yamada, with these affiliations. */
  private static void assertTwoAuthorsWith(Commentary c, String first, String second) {
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose", "Taro Yamada");
    assertThat(c.authors())
        .extracting(a -> a.affiliation().orElseThrow())
        .containsExactly(first, second);
  }

  /**
   * The affiliation on the line under the name, a blank line under it or not, as a byline of one
   * text object a line gives it: the author's, and no part of the body.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Yoshikazu Hirose\\nProfessor, National Defense Academy | Professor, National Defense Academy",
        "Yoshikazu Hirose\\n\\nSenior Fellow, JIIA | Senior Fellow, JIIA",
        "Yoshikazu Hirose\\n(National Defense Academy) | National Defense Academy",
        "By Yoshikazu Hirose\\nKeio University | Keio University",
        // an institution's name alone, a blank line under the name
        "Yoshikazu Hirose\\n\\nKeio University | Keio University",
        "Yoshikazu Hirose\\n\\nThe University of Tokyo | The University of Tokyo",
        "Yoshikazu Hirose\\n\\nInstitute for International Policy Studies"
            + " | Institute for International Policy Studies"
      })
  void anAffiliationUnderTheNameIsTheAuthors(String byline, String affiliation) throws Exception {
    Commentary c = parse(byline.replace("\\n", "\n"));
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.authors().get(0).affiliation()).contains(affiliation);
    assertThat(c.authors().get(0).biography()).isPresent();
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /** Two authors, each with the affiliation on the line under the name. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose\nProfessor, Keio University\nTaro Yamada\nSenior Fellow, JIIA",
        "Yoshikazu Hirose\nProfessor, Keio University\n\nTaro Yamada\nSenior Fellow, JIIA",
        "Yoshikazu Hirose\n(Professor, Keio University)\nTaro Yamada\n(Senior Fellow, JIIA)",
        "Yoshikazu Hirose\nProfessor, Keio University\nand Taro Yamada\nSenior Fellow, JIIA"
      })
  void twoAuthorsEachWithTheAffiliationUnderTheName(String byline) throws Exception {
    Commentary c = parse(HEADER, byline, SECOND_BIO);
    assertTwoAuthorsWith(c, "Professor, Keio University", "Senior Fellow, JIIA");
    assertThat(c.authors().get(1).biography().orElseThrow()).startsWith("Taro Yamada is");
    // a post that ends in an abbreviation after a comma, above the next name
    Commentary swapped =
        parse(
            HEADER,
            "Yoshikazu Hirose\nSenior Fellow, JIIA\nTaro Yamada\nProfessor, Keio University",
            SECOND_BIO);
    assertTwoAuthorsWith(swapped, "Senior Fellow, JIIA", "Professor, Keio University");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /**
   * Two authors, each with the affiliation under the name, blank lines here and there, as Tika,
   * mutool and pdftotext give a byline of one text object a line: an institution's name alone under
   * a name is that author's though a blank line parts them, or a blank line parts the authors.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose\nSenior Fellow, JIIA\n\nTaro Yamada\nKeio University",
        "Yoshikazu Hirose\nSenior Fellow, JIIA\nTaro Yamada\n\nKeio University",
        "Yoshikazu Hirose\n\nSenior Fellow, JIIA\n\nTaro Yamada\n\nKeio University",
        "Yoshikazu Hirose\n\nSenior Fellow, JIIA\nTaro Yamada\n\nKeio University"
      })
  void twoAuthorsEachWithTheAffiliationUnderTheNameBlankLinesBetween(String byline)
      throws Exception {
    Commentary c = parse(HEADER, byline, SECOND_BIO);
    assertTwoAuthorsWith(c, "Senior Fellow, JIIA", "Keio University");
    assertThat(c.authors().get(1).biography().orElseThrow()).startsWith("Taro Yamada is");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /** Three authors over their affiliations, a blank line under the second and third name. */
  @Test
  void threeAuthorsEachOverTheAffiliationBlankLinesBetween() throws Exception {
    Commentary c =
        parse(
            HEADER,
            "Yoshikazu Hirose\nResearch Fellow, RIPS\nTaro Yamada\n\nKyoto University\n"
                + "Hanako Suzuki\n\nProfessor, Waseda University",
            MORE_BIOS.substring(0, MORE_BIOS.indexOf("\n\nKen Jimbo")));
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose", "Taro Yamada", "Hanako Suzuki");
    assertThat(c.authors())
        .extracting(a -> a.affiliation().orElseThrow())
        .containsExactly(
            "Research Fellow, RIPS", "Kyoto University", "Professor, Waseda University");
    assertThat(c.authors().get(2).biography().orElseThrow()).startsWith("Hanako Suzuki is");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /** Each author on a line of their own, the post after the name with no comma between. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose Research Fellow, RIPS\nTaro Yamada Senior Fellow, JIIA",
        "Yoshikazu Hirose Research Fellow, RIPS\n\nTaro Yamada Senior Fellow, JIIA",
        "Yoshikazu Hirose, Research Fellow, RIPS\nTaro Yamada Senior Fellow, JIIA",
        // on one line, each post in brackets, nothing else between
        "Yoshikazu Hirose (Research Fellow, RIPS) Taro Yamada (Senior Fellow, JIIA)",
        // on one line with no mark between, the second name the one a biography opens with
        "Yoshikazu Hirose Research Fellow, RIPS Taro Yamada Senior Fellow, JIIA",
        "Yoshikazu Hirose, Research Fellow, RIPS Taro Yamada, Senior Fellow, JIIA"
      })
  void eachAuthorOnALineWithThePostAfterTheName(String byline) throws Exception {
    assertTwoAuthorsWith(
        parse(HEADER, byline, SECOND_BIO), "Research Fellow, RIPS", "Senior Fellow, JIIA");
    assertTwoAuthorsWith(
        parse(
            HEADER,
            byline
                .replace("Research Fellow, RIPS", "Professor, Keio University")
                .replace("Senior Fellow, JIIA", "Professor, Kyoto University"),
            SECOND_BIO),
        "Professor, Keio University",
        "Professor, Kyoto University");
  }

  /**
   * The names on one line and their affiliations on the line under it, one each, parted as the
   * names are (by "and", a semicolon, or the blanks of two columns): each author's own.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose and Taro Yamada\nResearch Fellow, RIPS and Kyoto University",
        "Yoshikazu Hirose and Taro Yamada\nResearch Fellow, RIPS; Kyoto University",
        "Yoshikazu Hirose\tTaro Yamada\nResearch Fellow, RIPS\tKyoto University",
        "Yoshikazu Hirose        Taro Yamada\nResearch Fellow, RIPS   Kyoto University"
      })
  void affiliationsOnTheLineUnderTheNamesAreEachNamesOwn(String byline) throws Exception {
    assertTwoAuthorsWith(
        parse(HEADER, byline, SECOND_BIO), "Research Fellow, RIPS", "Kyoto University");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Research Fellow, RIPS", "Senior Research Fellow, Japan Institute, RIPS"})
  void threeAffiliationsPartedBySemicolonsUnderThreeNames(String first) throws Exception {
    // the second as long as a line of the body with the others
    Commentary c =
        parse(
            HEADER,
            "Yoshikazu Hirose, Taro Yamada and Hanako Suzuki\n"
                + first
                + "; Kyoto University; Professor, Waseda University",
            MORE_BIOS.substring(0, MORE_BIOS.indexOf("\n\nKen Jimbo")));
    assertThat(c.authors())
        .extracting(a -> a.affiliation().orElseThrow())
        .containsExactly(first, "Kyoto University", "Professor, Waseda University");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /** An affiliation with "and" in its name is no two: Peace and Security. */
  @Test
  void anAffiliationWithAndInItsNameIsNotParted() throws Exception {
    Commentary c =
        parse(
            HEADER,
            "Yoshikazu Hirose and Taro Yamada\nResearch Institute for Peace and Security",
            SECOND_BIO);
    assertThat(c.authors()).extracting(Author::name).contains("Taro Yamada");
    assertThat(c.authors().stream().map(a -> a.affiliation().orElse("")).toList())
        .doesNotContain("Research Institute for Peace", "Security");
  }

  /** The affiliations of {@link #threeAuthorsOverLongAffiliations}, longer than a body's line. */
  private static final String[] LONG_POSTS = {
    "Professor, School of International Politics, Economics and Communication, Aoyama Gakuin"
        + " University",
    "Associate Professor, Graduate School of Asia-Pacific Studies, Waseda University",
    "Professor, National Defense Academy of Japan"
  };

  /**
   * Three authors, each over an affiliation as long as a line of the body or longer (a post, then
   * the school and the university, each part capitalised), with no blank line between them, a blank
   * line after each affiliation, after every line, or the affiliations set in by a blank, as
   * pdftotext, mutool and pypdf give a byline of one text object a line: each name is an author,
   * each affiliation that author's, and neither part of the body.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"\\n | \\n", "\\n | \\n\\n", "\\n\\n | \\n\\n", "'\\n ' | \\n"})
  void threeAuthorsOverLongAffiliations(String afterName, String afterPost) throws Exception {
    String[] names = {"Yoshikazu Hirose", "Taro Yamada", "Hanako Suzuki"};
    StringBuilder byline = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      byline.append(names[i]).append(afterName.replace("\\n", "\n")).append(LONG_POSTS[i]);
      byline.append(afterPost.replace("\\n", "\n"));
    }
    String seed = Fixtures.read("seed-093.txt");
    String text =
        HEADER
            + byline
            + "\n"
            + FIRST
            + seed.substring(seed.indexOf("The timing"))
            + MORE_BIOS.substring(0, MORE_BIOS.indexOf("\n\nKen Jimbo"));
    ParseResult r = CommentaryParser.create().parse(text);
    Commentary c = r.commentary();
    assertThat(c.authors()).extracting(Author::name).containsExactly(names);
    assertThat(c.authors())
        .extracting(a -> a.affiliation().orElseThrow())
        .containsExactly(LONG_POSTS);
    for (Author a : c.authors()) {
      assertThat(a.biography().orElseThrow()).startsWith(a.name() + " is");
    }
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The affiliation that pdftotext sets apart from the name under the title, after the sidebar's
   * last lines (the publisher and his title) and a blank line, right above the first paragraph: the
   * author's, where the biography names where the post is held, and no heading of the body.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Professor, National Defense Academy, Japan",
        "Professor of International Relations, National Defense Academy, Japan"
      })
  void anAffiliationBelowTheSidebarIsTheAuthors(String affiliation) {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String title = "COOPERATION\n\nOnline Publisher:";
    String byline = "President, JIIA\n\nYoshikazu Hirose\n\n";
    assertThat(text).contains(title, byline);
    ParseResult expected = Fixtures.parse(text);
    // the clipped copy of the first paragraph between them, as the boxed column under the sidebar
    // wraps it at its own width and cuts it at its edge
    StringBuilder clipped = new StringBuilder();
    StringBuilder line = new StringBuilder();
    String first = text.substring(text.indexOf("\"Japan and NATO"), text.indexOf("The timing"));
    for (String word : first.split("\\s+")) {
      if (clipped.length() > 150) {
        break;
      }
      if (line.length() + word.length() >= 60) {
        clipped.append(line, 0, 26).append('\n');
        line.setLength(0);
      }
      line.append(word).append(' ');
    }
    for (String box : new String[] {"", clipped + "\n"}) {
      String t =
          text.replace(title, "COOPERATION\nYoshikazu Hirose\n\nOnline Publisher:")
              .replace(byline, "President, JIIA\n\n" + box + affiliation + "\n\n");
      ParseResult r = Fixtures.parse(t);
      Commentary c = r.commentary();
      assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
      assertThat(c.authors().get(0).affiliation()).contains(affiliation);
      assertThat(c.authors().get(0).biography()).isPresent();
      assertThat(c.body()).isEqualTo(expected.commentary().body());
      assertThat(Accounting.lost(t, r)).isEmpty();
    }
  }

  /** Two authors one a line, each with the affiliation after the name. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose (Keio University)\nTaro Yamada (JIIA)",
        "Yoshikazu Hirose, Professor, Keio University\nTaro Yamada, Senior Fellow, JIIA"
      })
  void twoAuthorsOneALineEachWithTheAffiliation(String byline) throws Exception {
    Commentary c = parse(HEADER, byline, SECOND_BIO);
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose", "Taro Yamada");
    assertThat(c.authors().get(1).affiliation()).isPresent();
    assertThat(c.authors().get(1).biography().orElseThrow()).startsWith("Taro Yamada is");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /** An affiliation in brackets that holds a comma is one affiliation, not a name. */
  @ParameterizedTest
  @ValueSource(strings = {" and ", ", "})
  void anAffiliationInBracketsWithACommaIsOne(String between) throws Exception {
    Commentary c =
        parse(
            HEADER,
            "Yoshikazu Hirose (Professor, National Defense Academy)"
                + between
                + "Taro Yamada (Senior Fellow, RIPS)",
            SECOND_BIO);
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose", "Taro Yamada");
    assertThat(c.authors())
        .extracting(a -> a.affiliation().orElseThrow())
        .containsExactly("Professor, National Defense Academy", "Senior Fellow, RIPS");
  }

  /**
   * Several authors, each with the family name in capitals first, on a line under a title in
   * capitals: the line is the byline, not the title's, and each name is kept as printed.
   */
  @ParameterizedTest
  @ValueSource(strings = {" and ", ", ", " & "})
  void severalNamesWithTheFamilyNameFirstAreTheByline(String between) throws Exception {
    Commentary expected = parse(HEADER, "Yoshikazu Hirose and Taro Yamada", SECOND_BIO);
    Commentary c = parse(HEADER, "HIROSE Yoshikazu" + between + "YAMADA Taro", SECOND_BIO);
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.authors())
        .extracting(Author::name)
        .containsExactly("HIROSE Yoshikazu", "YAMADA Taro");
    assertThat(c.authors())
        .extracting(a -> a.biography().orElseThrow())
        .isEqualTo(expected.authors().stream().map(a -> a.biography().orElseThrow()).toList());
  }

  /**
   * A byline in capitals, as the title is, after the title on its line or on a line of its own, is
   * read as the title's last words; the biography names the author, and the name leaves the title.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        " YOSHIKAZU HIROSE",
        "\n\nYOSHIKAZU HIROSE",
        "\nBY YOSHIKAZU HIROSE",
        " YOSHIKAZU HIROSE AND TARO YAMADA"
      })
  void aBylineInCapitalsLeavesTheTitle(String byline) throws Exception {
    String header = HEADER.replace("COOPERATION\n\n", "COOPERATION" + byline + "\n\n");
    String more = byline.contains("TARO") ? SECOND_BIO : "";
    Commentary c = parse(header, "", more);
    assertThat(c.title()).isEqualTo("The Prospects of Japan-NATO Cooperation");
    assertThat(c.authors().get(0).name()).isEqualTo("Yoshikazu Hirose");
    assertThat(c.authors().get(0).biography()).isPresent();
  }

  /**
   * With the byline in capitals, the names come from the biographies alone: a paragraph before them
   * that opens with one capitalised word and a comma is no biography of an author "Finally".
   */
  @Test
  void aParagraphOpeningWithOneWordAndACommaIsNoBiography() throws Exception {
    String header = HEADER.replace("COOPERATION\n\n", "COOPERATION\n\nYOSHIKAZU HIROSE\n\n");
    String seed = Fixtures.read("seed-093.txt");
    String text =
        header
            + FIRST
            + seed.substring(seed.indexOf("The timing"))
                .replace("NATO's transformation from", "Finally, NATO's transformation from");
    Commentary c = CommentaryParser.create().parse(text).commentary();
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu Hirose");
    assertThat(c.body().get(c.body().size() - 1).plainText()).startsWith("Finally, NATO's");
  }

  /** Honorifics in the byline ("Prof.") leave it a byline; the biographies still name each. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dr. Yoshikazu Hirose and Prof. Taro Yamada",
        "Dr. Yoshikazu Hirose\nProf. Taro Yamada",
        "By Prof. Yoshikazu Hirose and\nCapt. Taro Yamada"
      })
  void honorificsInTheBylineKeepItTheAuthors(String byline) throws Exception {
    Commentary c = parse(HEADER, byline, SECOND_BIO);
    assertThat(c.authors()).hasSize(2);
    assertThat(c.authors().get(0).name()).endsWith("Yoshikazu Hirose");
    assertThat(c.authors().get(1).name()).endsWith("Taro Yamada");
    assertThat(c.authors().get(1).biography().orElseThrow()).startsWith("Taro Yamada is");
    assertThat(c.body().get(0).plainText()).startsWith("\"Japan and NATO are partners,\"");
  }

  /**
   * The author's family name in capitals first, on the title's line as the seed prints it: the
   * family name that the biography gives is the name's, not the title's last word.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose is",
        "HIROSE Yoshikazu is",
        "Dr. HIROSE Yoshikazu is",
        "Professor Yoshikazu Hirose is"
      })
  void aFamilyNameInCapitalsAfterTheTitleIsTheAuthors(String opening) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String printed = "COOPERATION Yoshikazu Hirose\t";
    assertThat(seed).contains(printed, "\nYoshikazu Hirose is");
    ParseResult expected = CommentaryParser.create().parse(seed);
    String input =
        seed.replace(printed, "COOPERATION HIROSE Yoshikazu\t")
            .replace("\nYoshikazu Hirose is", "\n" + opening);
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("HIROSE Yoshikazu");
    assertThat(r.commentary().authors().get(0).biography().orElseThrow()).startsWith(opening);
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * Two authors on the title's line as the seed prints it, the first with the family name in
   * capitals first: that family name, which the first biography gives, is the first author's.
   */
  @ParameterizedTest
  @ValueSource(strings = {" and ", ", "})
  void aFamilyNameInCapitalsBeforeACoAuthorIsTheFirstAuthors(String between) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String printed = "COOPERATION Yoshikazu Hirose\t";
    ParseResult expected = CommentaryParser.create().parse(seed);
    String input =
        seed.replace(printed, "COOPERATION HIROSE Yoshikazu" + between + "Taro Yamada\t")
            + SECOND_BIO;
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("HIROSE Yoshikazu", "Taro Yamada");
    assertThat(r.commentary().authors())
        .extracting(a -> a.biography().orElseThrow())
        .satisfiesExactly(
            bio -> assertThat(bio).startsWith("Yoshikazu Hirose is"),
            bio -> assertThat(bio).startsWith("Taro Yamada is"));
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /** A name in capitals after the title that no biography gives stays in the title. */
  @Test
  void aNameThatNoBiographyGivesStaysInTheTitle() throws Exception {
    String header = HEADER.replace("COOPERATION\n\n", "COOPERATION JIRO TANAKA\n\n");
    Commentary c = parse(header, "", "");
    assertThat(c.title()).isEqualTo("The Prospects of Japan-NATO Cooperation Jiro Tanaka");
  }

  /**
   * A title in title case and the author's name after it on the issue line, as the seed's line
   * would read with its title so printed: the first line of the body is no part of the title, and
   * the name, which the biography gives, leaves it.
   */
  @Test
  void aTitleInTitleCaseBeforeItsAuthorEndsBeforeTheBody() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String printed = "THE PROSPECTS COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO";
    assertThat(seed).contains(printed);
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r =
        CommentaryParser.create()
            .parse(
                seed.replace(printed, "The Prospects of Japan-NATO Cooperation Yoshikazu Hirose"));
    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
  }

  /**
   * The byline on the first paragraph's line, before a tab, two blanks or more, or one blank and a
   * capital, as tools that join a page's text with spaces give it: the authors', whom the closing
   * biographies name, and no part of the paragraph.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"  ", "\t", " ", "   "})
  void aBylineOnTheFirstParagraphsLineIsTheAuthors(String gap) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String rest = FIRST + seed.substring(seed.indexOf("The timing"));
    Commentary expected =
        CommentaryParser.create().parse(HEADER + "Yoshikazu Hirose\n\n" + rest).commentary();
    String text = HEADER + "Yoshikazu Hirose" + gap + rest;
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors()).isEqualTo(expected.authors());
    assertThat(r.commentary().body())
        .extracting(b -> b.plainText())
        .containsExactlyElementsOf(expected.body().stream().map(b -> b.plainText()).toList());
    assertThat(r.fieldSpans().get("authors"))
        .singleElement()
        .satisfies(
            span ->
                assertThat(text.substring(span.offset(), span.endOffset()))
                    .isEqualTo("Yoshikazu Hirose"));
    assertThat(Accounting.lost(text, r)).isEmpty();
    // two authors, the first paragraph opening with a name in lower-case words after them
    String two = HEADER + "Yoshikazu Hirose and Taro Yamada" + gap + rest + SECOND_BIO;
    ParseResult both = CommentaryParser.create().parse(two);
    assertThat(both.commentary().authors())
        .extracting(a -> a.name())
        .containsExactly("Yoshikazu Hirose", "Taro Yamada");
    assertThat(both.commentary().body().get(0).plainText()).startsWith("\"Japan and NATO");
  }

  /**
   * A byline that extraction moved among the key points, a line of its own between two of them, is
   * taken out of the body, reported, and the key points are one list again; where no byline stands
   * under the title, it is the byline, and the closing biographies give its names.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Taro Yamada and Hanako Suzuki", "Taro Yamada\n\nHanako Suzuki"})
  void aBylineMovedAmongTheKeyPointsLeavesThemWhole(String moved) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String byline = "By Taro Yamada and\nHanako Suzuki\n\n";
    String between = "areas first.\n";
    assertThat(text).contains(byline, between);
    Commentary expected = Fixtures.parse(text).commentary();
    for (String header : new String[] {"", byline}) {
      String t = text.replace(byline, header).replace(between, between + "\n" + moved + "\n\n");
      ParseResult r = Fixtures.parse(t);
      assertThat(r.commentary().authors())
          .extracting(Author::name)
          .containsExactly("Taro Yamada", "Hanako Suzuki");
      assertThat(r.commentary().body()).isEqualTo(expected.body());
      assertThat(r.diagnostics())
          .anyMatch(
              d ->
                  d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED
                      && t.startsWith(moved.substring(0, 11), d.span().offset()));
      assertThat(Accounting.lost(t, r)).isEmpty();
    }
  }

  /**
   * A line under a title in title case with every space doubled, as layout-keeping extraction sets
   * it, and a post among its words (Senior Fellow): a run of spaces parts two words as one space
   * does, and reading the line as a byline with a post fails on no empty word.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu  Hirose  is  Senior  Fellow  at  the  Academy.",
        "Tomohiko  Hayashi  Senior  Fellow,  Kyoto  University"
      })
  void aLineInDoubledSpacesWithAPostUnderATitleInTitleCaseIsRead(String line) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String t =
        "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n"
            + "No.93. 8 June 2010\nThe Prospects of Japan-NATO Cooperation\n"
            + line
            + "\n\n"
            + seed.substring(seed.indexOf("\"Japan and NATO are partners,\""));
    ParseResult r = CommentaryParser.create().parse(t);
    assertThat(r.commentary().title()).startsWith("The Prospects of Japan-NATO Cooperation");
    assertThat(Accounting.lost(t, r)).isEmpty();
  }

  /**
   * The byline glued to the title in capitals, or a title piece glued to the byline, where
   * extraction dropped the blank between them ({@code COOPERATIONYoshikazu Hirose}, {@code HiroseOF
   * JAPAN-NATO}): parted where the capitals meet the name that the biography opens with.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose\tOF JAPAN-NATO|Yoshikazu HiroseOF JAPAN-NATO",
        "COOPERATION Yoshikazu Hirose\tOF JAPAN-NATO|OF JAPAN-NATO COOPERATIONYoshikazu Hirose"
      })
  void aBylineGluedToTheTitleInCapitalsIsParted(String spec) {
    String[] edit = spec.split("\\|");
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains(edit[0]);
    Commentary c = Fixtures.parse(seed.replace(edit[0], edit[1])).commentary();
    assertThat(c).isEqualTo(Fixtures.parse(seed).commentary());
  }
}
