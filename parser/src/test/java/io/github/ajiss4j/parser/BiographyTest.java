package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closing biography as other years and tools print its opening: with an honorific, a label, the
 * name in another case or order, a colon or a dash after it, or "The author" for the one author.
 * Each is the author's biography, kept as printed, and no body paragraph.
 */
class BiographyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose is Professor",
        "Dr. Yoshikazu Hirose is Professor",
        "Yoshikazu Hirose: Professor",
        "Yoshikazu Hirose \u2014 Professor",
        "YOSHIKAZU HIROSE is Professor",
        "Hirose Yoshikazu is Professor",
        "The author is Professor",
        "The author, Yoshikazu Hirose, is Professor",
        "A former adviser to the Prime Minister, Yoshikazu Hirose is Professor"
      })
  void isTheAuthorsBiography(String opening) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains("Yoshikazu Hirose is Professor");
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r =
        CommentaryParser.create().parse(seed.replace("Yoshikazu Hirose is Professor", opening));
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose");
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .startsWith(opening)
        .endsWith("European diplomatic history and security.");
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
  }

  /**
   * A biography cut by a page break in mid-sentence, its rest opening with a capital, or parted
   * into two paragraphs, the second speaking of the author as he: one biography, the body as
   * without the break.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "at the National\n\nDefense Academy, Japan. He specializes",
        "Academy, Japan.\n\nHe specializes",
        "at the National\n\f\ndefense Academy, Japan. He specializes"
      })
  void aBiographyInTwoPartsIsOne(String parted) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String whole = parted.replaceAll("\\s*\\n[\\n\\f]*", " ");
    String printed = whole.replace("defense", "Defense");
    assertThat(seed).contains(printed);
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r = CommentaryParser.create().parse(seed.replace(printed, parted));
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .isEqualTo(
            expected
                .commentary()
                .authors()
                .get(0)
                .biography()
                .orElseThrow()
                .replace(printed, whole));
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
  }

  /**
   * The first of two authors' biographies in two paragraphs, the second speaking of the author as
   * he or she, a page's footer and the next page's head between them or not, and the second
   * author's biography after it: both are found, the first whole.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Academy, Japan.\n\nHe specializes",
        "Academy, Japan.\n\n\u00A9 2010 JIIA\n\f\nAJISS-Commentary No.93. 8 June 2010\n\nHe specializes"
      })
  void aBiographyInTwoParagraphsBeforeAnotherAuthorsIsOne(String parted) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String printed = "Academy, Japan. He specializes";
    String second =
        "Taro Yamada is Senior Fellow at the Research Institute for Peace and Security.";
    String two =
        seed.replace("Yoshikazu Hirose\t", "Yoshikazu Hirose and Taro Yamada\t").stripTrailing()
            + "\n\n"
            + second;
    assertThat(two).contains(printed);
    ParseResult expected = CommentaryParser.create().parse(two);
    assertThat(expected.commentary().authors()).hasSize(2);
    String text = two.replace(printed, parted);
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * Two authors' biographies, each in two paragraphs, the second speaking of the author as he: each
   * biography is whole, and the spans of the biographies stand in the text's order, parse after
   * parse.
   */
  @Test
  void twoBiographiesInTwoParagraphsEachHaveTheirSpansInTheTextsOrder() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        seed.replace("Yoshikazu Hirose\t", "Yoshikazu Hirose and Taro Yamada\t")
                .replace("Academy, Japan. He specializes", "Academy, Japan.\n\nHe specializes")
                .stripTrailing()
            + "\n\nTaro Yamada is Senior Fellow at the Research Institute for Peace and Security."
            + "\n\nHe writes on maritime security.";
    for (int round = 0; round < 20; round++) {
      ParseResult r = CommentaryParser.create().parse(text);
      assertThat(r.commentary().authors())
          .extracting(a -> a.biography().orElseThrow())
          .satisfiesExactly(
              first -> assertThat(first).contains("Academy, Japan. He specializes"),
              second -> assertThat(second).endsWith("Security. He writes on maritime security."));
      assertThat(r.fieldSpans().get("biographies"))
          .extracting(SourceSpan::offset)
          .hasSize(4)
          .isSorted();
      assertThat(Accounting.lost(text, r)).isEmpty();
    }
  }

  /**
   * Two authors, the first one's biography with a publication's name in italics: the marks are
   * dropped and reported once, not once for each author whose biography is looked for.
   */
  @Test
  void italicsInTheFirstOfTwoBiographiesAreReportedOnce() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String printed = "He specializes in European diplomatic history and security.";
    String text =
        seed.replace("Yoshikazu Hirose\t", "Yoshikazu Hirose and Taro Yamada\t")
                .replace(printed, printed + " He writes for *Foreign Affairs*.")
                .stripTrailing()
            + "\n\nTaro Yamada is Senior Fellow at the Research Institute for Peace and Security.";
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors()).hasSize(2);
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .endsWith("He writes for Foreign Affairs.");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MARKUP_DROPPED)
        .hasSize(1);
  }

  /**
   * A biography that sets a publication's name in italics, as the body marks them: the biography,
   * plain text, keeps the name without the marks, which are reported.
   */
  @Test
  void italicsInsideABiographyLoseTheirMarks() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String printed = "He specializes in European diplomatic history and security.";
    assertThat(seed).contains(printed);
    ParseResult r =
        CommentaryParser.create()
            .parse(seed.replace(printed, printed + " He writes for *Foreign Affairs*."));
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .endsWith("security. He writes for Foreign Affairs.");
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.MARKUP_DROPPED);
              assertThat(d.message()).contains("\"Foreign Affairs\"");
            });
  }

  /**
   * A label over the biography, before the name or on a line of its own, with or without a blank
   * line after it: the biography is the text after it, the body is as without it, and the label is
   * reported where it stands.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "About the author: ",
        "About the Author ",
        "ABOUT THE AUTHOR: ",
        "About the author\n",
        "About the Author:\n\n",
        "About the Authors\n\n",
        "Author: ",
        "AUTHOR:\n",
        "Profile: ",
        "Biography: ",
        "Author\u2019s profile: ",
        "Profile\n\n",
        "Authors\n\n",
        "Note: ",
        "About the contributor: "
      })
  void dropsTheLabelOverTheBiography(String label) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String bio = "Yoshikazu Hirose is Professor";
    ParseResult expected = CommentaryParser.create().parse(seed);
    String input = seed.replace(bio, label + bio);
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary().authors().get(0).biography())
        .isEqualTo(expected.commentary().authors().get(0).biography());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    int at = input.indexOf(label);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.BIOGRAPHY_LABEL_DROPPED)
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(at))
        .satisfies(d -> assertThat(d.span().length()).isEqualTo(label.strip().length()));
  }

  /**
   * A biography set in italics (asterisks) or in brackets: the biography is the text inside, and
   * the marks are reported.
   */
  @ParameterizedTest
  @CsvSource({"*, *", "(, )"})
  void dropsTheMarksAroundTheBiography(String open, String close) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String bio = seed.substring(seed.indexOf("Yoshikazu Hirose is Professor")).strip();
    assertThat(bio).endsWith("security.");
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r = CommentaryParser.create().parse(seed.replace(bio, open + bio + close));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.BIOGRAPHY_LABEL_DROPPED)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("around the biography"));
  }

  /**
   * A footnote mark after the byline's name and before the biography it refers to: the name and the
   * biography are as without it, and each mark is reported where it stands.
   */
  @ParameterizedTest
  @ValueSource(strings = {"*", "\u2020", "\u00b9", "**", "* "})
  void dropsTheFootnoteMarkOfTheByline(String mark) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String byline = "COOPERATION Yoshikazu Hirose\t";
    String bio = "Yoshikazu Hirose is Professor";
    assertThat(seed).contains(byline, bio);
    ParseResult expected = CommentaryParser.create().parse(seed);
    String input =
        seed.replace(byline, "COOPERATION Yoshikazu Hirose" + mark.strip() + "\t")
            .replace(bio, mark + bio);
    ParseResult r = CommentaryParser.create().parse(input);

    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    int inByline = input.indexOf("Hirose" + mark.strip()) + "Hirose".length();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED)
        .filteredOn(d -> d.message().contains("footnote mark"))
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(inByline))
        .satisfies(d -> assertThat(d.span().length()).isEqualTo(mark.strip().length()));
    int inBio = input.indexOf(mark + bio);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.BIOGRAPHY_LABEL_DROPPED)
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(inBio))
        .satisfies(d -> assertThat(d.span().length()).isEqualTo(mark.strip().length()))
        .satisfies(d -> assertThat(d.message()).contains("footnote mark"));
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY)
        .noneMatch(d -> d.code() == DiagnosticCode.UNMATCHED_EMPHASIS);
  }

  /**
   * A paragraph that opens with emphasis after the biography is no footnote: a mark is dropped only
   * where it opens a biography.
   */
  @Test
  void keepsEmphasisThatOpensAParagraph() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String bio = "Yoshikazu Hirose is Professor";
    String input = seed.replace(bio, "*Foreign Affairs* was cited.\n\n" + bio);
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary().body().get(r.commentary().body().size() - 1).plainText())
        .isEqualTo("Foreign Affairs was cited.");
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.BIOGRAPHY_LABEL_DROPPED);
  }

  /** Over two biographies in hard-wrapped text, on the first's first line or a line of its own. */
  @ParameterizedTest
  @ValueSource(strings = {"About the Authors\n", "About the authors:\n\n"})
  void dropsTheLabelOverTwoBiographies(String label) throws Exception {
    String fixture = Fixtures.read("hard-wrapped-later-masthead.txt");
    String bio = "Taro Yamada is Senior Fellow";
    ParseResult expected = CommentaryParser.create().parse(fixture);
    ParseResult r = CommentaryParser.create().parse(fixture.replace(bio, label + bio));
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.BIOGRAPHY_LABEL_DROPPED)
        .hasSize(1);
  }

  /**
   * Notes after the biography (endnotes, a note on the translation) stay in the body, after its
   * paragraphs; the biography is still the author's.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Notes\n1. Ivo Daalder and James Goldgeier, \"Global NATO,\" Foreign Affairs, 2006.",
        "(This article was originally published in Japanese in Gaiko, Vol. 2, 2010.)",
        "The English version of this article is a translation of the Japanese original.",
        // more notes than a few blocks, under a heading or numbered, a long one among them
        "Endnotes\n\n1. Cabinet Secretariat, \"National Security Strategy of Japan,\" December 2022."
            + "\n\n2. Ministry of Defense, Defense of Japan 2023 (Tokyo: Ministry of Defense, 2023)."
            + "\n\n3. \"Japan to buy up to 400 Tomahawk missiles from U.S.,\" Kyodo News, 2023."
            + "\n\n4. Ivo Daalder and James Goldgeier, \"Global NATO,\" Foreign Affairs, 2006.",
        "[1] Cabinet Secretariat, \"National Security Strategy of Japan,\" December 2022.\n\n"
            + "[2] Ministry of Defense, Defense of Japan 2023.\n\n"
            + "[3] Kyodo News, 28 February 2023.\n\n"
            + "[4] Foreign Affairs, September/October 2006.\n\n"
            + "[5] The Yomiuri Shimbun, 3 March 2023.",
        "The article first appeared in Japanese in Gaiko.\n\nReferences\n\n"
            + "Daalder, Ivo, and James Goldgeier. \"Global NATO.\" Foreign Affairs 85, no. 5"
            + " (2006): 105-113. https://www.foreignaffairs.com/articles/2006-09-01/global-nato,"
            + " a long reference that runs past the length of a short note, as references with"
            + " their web addresses do, and goes on for a while more to be sure of it, with the"
            + " publisher's name, the city, the pages and the date on which it was read, as the"
            + " style of a journal asks for it, and the digital object identifier after it all.\n\n"
            + "Ministry of Defense. Defense of Japan 2023. Tokyo, 2023.\n\n"
            + "Kyodo News. 28 February 2023."
      })
  void keepsNotesAfterTheBiographyInTheBody(String notes) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r = CommentaryParser.create().parse(seed + "\n\n" + notes + "\n");
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    List<Block> body = r.commentary().body();
    int before = expected.commentary().body().size();
    assertThat(body.subList(0, before)).isEqualTo(expected.commentary().body());
    assertThat(body.subList(before, body.size()))
        .extracting(Block::plainText)
        .containsExactly(notes.split("\n+"));
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
  }

  /** A long paragraph after one that opens with the author's name is the body's, and so is that. */
  @Test
  void takesNoBiographyBeforeALongParagraph() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult expected = CommentaryParser.create().parse(seed);
    String paragraph = expected.commentary().body().get(0).plainText();
    assertThat(paragraph.length()).isGreaterThan(400);
    ParseResult r = CommentaryParser.create().parse(seed + "\n\n" + paragraph + "\n");
    assertThat(r.commentary().authors().get(0).biography()).isEmpty();
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
  }

  /**
   * A biography printed under the byline, before the body, where none closes the text, is the
   * author's; a paragraph there that opens with another name is the body's.
   */
  @Test
  void aBiographyUnderTheBylineIsTheAuthorsWhereNoneClosesTheText() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String bio =
        "Yoshikazu Hirose is Professor of International Relations at the National Defense"
            + " Academy, Japan. He specializes in European diplomatic history and security.";
    String first = "\t\"Japan and NATO are partners,\"";
    assertThat(seed).endsWith("\n\n" + bio).contains(first);
    String moved =
        seed.substring(0, seed.length() - bio.length() - 2)
            .replace(first, "\t" + bio + "\n\n\"Japan and NATO are partners,\"");
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r = CommentaryParser.create().parse(moved);
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());

    String other = moved.replace(bio, "Shinzo Abe is the Prime Minister of Japan.");
    ParseResult o = CommentaryParser.create().parse(other);
    assertThat(o.commentary().body().get(0).plainText())
        .isEqualTo("Shinzo Abe is the Prime Minister of Japan.");
    assertThat(o.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
  }

  /**
   * A closing paragraph that reads as a biography of someone the byline does not name (the namesake
   * of the author's institute) is not lost: it stays in the body.
   */
  @Test
  void aBiographyOfNoAuthorStaysInTheBody() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String byline = "Yoshikazu Hirose\tOF JAPAN-NATO";
    assertThat(seed).contains(byline);
    String other = "Jiro Tanaka is the founder of the Tanaka Institute.";
    String text =
        seed.replace(byline, "Yoshikazu Hirose (Tanaka Institute)\tOF JAPAN-NATO") + "\n\n" + other;
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose");
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .startsWith("Yoshikazu Hirose is Professor")
        .doesNotContain("Tanaka");
    assertThat(r.commentary().body()).extracting(Block::plainText).contains(other);
  }

  /** A byline whose second author's line was lost ends in "and": the first author is whole. */
  @Test
  void aBylineThatEndsInAndNamesItsAuthor() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult r =
        CommentaryParser.create()
            .parse(seed.replace("Yoshikazu Hirose\tOF", "Yoshikazu Hirose and\tOF"));
    assertThat(r.commentary().authors())
        .isEqualTo(CommentaryParser.create().parse(seed).commentary().authors());
  }

  /**
   * One paragraph holds the biographies of two authors: each author's sentences are theirs, and a
   * sentence that opens with both names is both authors' whole.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Yoshikazu Hirose is Professor at Keio University. Taro Yamada is Senior Fellow at JIIA."
            + " | Yoshikazu Hirose is Professor at Keio University."
            + " | Taro Yamada is Senior Fellow at JIIA.",
        "Yoshikazu Hirose and Taro Yamada are Professors at Keio University."
            + " | Yoshikazu Hirose and Taro Yamada are Professors at Keio University."
            + " | Yoshikazu Hirose and Taro Yamada are Professors at Keio University.",
        "Prof. Yoshikazu Hirose is at Keio University. Prof. Taro Yamada is at JIIA."
            + " | Prof. Yoshikazu Hirose is at Keio University."
            + " | Prof. Taro Yamada is at JIIA.",
        "Prof. Yoshikazu Hirose and Prof. Taro Yamada teach at Keio University."
            + " | Prof. Yoshikazu Hirose and Prof. Taro Yamada teach at Keio University."
            + " | Prof. Yoshikazu Hirose and Prof. Taro Yamada teach at Keio University.",
        "Yoshikazu Hirose is Professor at Keio University. YAMADA Taro is Senior Fellow at JIIA."
            + " | Yoshikazu Hirose is Professor at Keio University."
            + " | YAMADA Taro is Senior Fellow at JIIA.",
        "Yoshikazu Hirose is at Keio University. Professor Taro Yamada is at JIIA."
            + " | Yoshikazu Hirose is at Keio University."
            + " | Professor Taro Yamada is at JIIA.",
        "Yoshikazu Hirose is at Keio University. Dr. Taro Yamada is at JIIA."
            + " | Yoshikazu Hirose is at Keio University."
            + " | Dr. Taro Yamada is at JIIA.",
        "Yoshikazu Hirose is at Keio University. Formerly an aide to Ken Jimbo, Taro Yamada is at"
            + " JIIA. | Yoshikazu Hirose is at Keio University."
            + " | Formerly an aide to Ken Jimbo, Taro Yamada is at JIIA."
      })
  void aSharedBiographyIsEachAuthorsSentences(String bio, String first, String second)
      throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        seed.substring(0, seed.lastIndexOf("Yoshikazu Hirose is"))
                .replace("Yoshikazu Hirose\tOF", "Yoshikazu Hirose and Taro Yamada\tOF")
            + bio;
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors())
        .extracting(a -> a.name(), a -> a.biography().orElseThrow())
        .containsExactly(tuple("Yoshikazu Hirose", first), tuple("Taro Yamada", second));
  }

  /**
   * The first of two biographies glued to the end of the last paragraph, the second a paragraph of
   * its own: each author has theirs, and the last paragraph ends where the first begins.
   */
  @Test
  void aFirstBiographyGluedToTheLastParagraphIsTheAuthors() throws Exception {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String end = "Quad matter too.\r\n\r\nTaro Yamada is"; // the fixture's lines end in CRLF
    assertThat(text).contains(end);
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r =
        CommentaryParser.create().parse(text.replace(end, "Quad matter too. Taro Yamada is"));
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
  }

  /**
   * Two authors on the seed's header line with nothing between their names, their biographies in
   * one paragraph or two in either order: the names are parted as the biographies open.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {" ", "\n\n"})
  void twoNamesWithNothingBetweenThemArePartedAsTheBiographiesOpen(String between) {
    String seed = Fixtures.read("seed-093.txt");
    String jimbo = "Ken Jimbo is Professor at the Faculty of Policy Management, Keio University.";
    String hirose = seed.substring(seed.indexOf("Yoshikazu Hirose is Professor")).strip();
    String two =
        seed.replace("Yoshikazu Hirose\tOF", "Yoshikazu Hirose Ken Jimbo\tOF")
            .replace(hirose, hirose + between + jimbo);
    String reversed =
        seed.replace("Yoshikazu Hirose\tOF", "Yoshikazu Hirose Ken Jimbo\tOF")
            .replace(hirose, jimbo + between + hirose);
    for (String text : new String[] {two, reversed}) {
      io.github.ajiss4j.model.Commentary c = Fixtures.parse(text).commentary();
      assertThat(c.authors())
          .extracting(a -> a.name() + ": " + a.biography().orElse(""))
          .containsExactly("Yoshikazu Hirose: " + hirose, "Ken Jimbo: " + jimbo);
      assertThat(c.body()).isEqualTo(Fixtures.parse(seed).commentary().body());
    }
  }

  /**
   * Two authors who share a family name, each with a biography of their own: each biography is the
   * author's whose full name opens it, in either order, and not both authors' joined.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void coAuthorsWhoShareAFamilyNameHaveABiographyEach(boolean reversed) {
    String seed = Fixtures.read("seed-093.txt");
    String shin = "Shin Hirose is Senior Fellow at The Japan Institute of International Affairs.";
    String hirose = seed.substring(seed.indexOf("Yoshikazu Hirose is Professor")).strip();
    String text =
        seed.replace("Yoshikazu Hirose\tOF", "Yoshikazu Hirose and Shin Hirose\tOF")
            .replace(hirose, reversed ? shin + "\n\n" + hirose : hirose + "\n\n" + shin);
    io.github.ajiss4j.model.Commentary c = Fixtures.parse(text).commentary();
    assertThat(c.authors())
        .extracting(a -> a.name() + ": " + a.biography().orElse(""))
        .containsExactly("Yoshikazu Hirose: " + hirose, "Shin Hirose: " + shin);
    assertThat(c.body()).isEqualTo(Fixtures.parse(seed).commentary().body());
  }

  /** A byline and a biography that print a name with and without a macron are one person's. */
  @ParameterizedTest
  @CsvSource({"Hose, H\u014Dse", "H\u014Dse, Hose"})
  void aNameWithAMacronInTheBiographyIsTheBylinesWithout(String byline, String biography) {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        seed.replace("Yoshikazu Hirose\tOF", "Yoshikazu " + byline + "\tOF")
            .replace("Yoshikazu Hirose is", "Yoshikazu " + biography + " is");
    io.github.ajiss4j.model.Commentary c = Fixtures.parse(text).commentary();
    assertThat(c.authors()).extracting(Author::name).containsExactly("Yoshikazu " + byline);
    assertThat(c.authors().get(0).biography().orElseThrow())
        .startsWith("Yoshikazu " + biography + " is Professor");
    assertThat(c.body()).isEqualTo(Fixtures.parse(seed).commentary().body());
  }

  /**
   * A biography hard-wrapped as the body is: a word hyphenated at a line end is joined and reported
   * as in the body, and a compound's own hyphen is kept.
   */
  @Test
  void aWordHyphenatedAtALineEndOfTheBiographyIsJoined() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String printed = "He specializes in\nEuropean diplomatic history and security.";
    assertThat(text).contains(printed);
    ParseResult r =
        CommentaryParser.create()
            .parse(
                text.replace(
                    printed,
                    "His research focuses on economic state-\n"
                        + "craft and supply-chain resilience, and on Japan-\nROK ties."));
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .endsWith(
            "His research focuses on economic statecraft and supply-chain resilience, and on"
                + " Japan-ROK ties.");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> d.message())
        .contains("joined \"state-\" and \"craft\" hyphenated at a line end");
  }

  /**
   * Where no blank line parts paragraphs, the notes one a line over the biographies: the line after
   * the last note that opens with an author's name and {@code is} ends the note and opens that
   * author's biography, whether the biographies close the text or a note on the translation does.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "(This commentary is an English translation of the original Japanese version.)\n"
      })
  void aBiographyOnTheLineAfterTheLastNoteIsNotTheNotes(String after) {
    String text = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    String bio = "Yoko Sakurai is Professor of International Relations at Keio University.\n";
    String notes =
        "Notes\n1. Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 2015 (Tokyo: MOFA, 2015).\n"
            + "2. See, for example, the joint statement of the Japan-US Security Consultative Committee"
            + " of 2014.\n";
    assertThat(text).contains("to save face.\n" + bio).endsWith("Security.\n\f");
    ParseResult expected = Fixtures.parse(text);
    String changed = text.replace(bio, notes + bio).replace("Security.\n\f", "Security.\n" + after);
    ParseResult r = Fixtures.parse(changed);
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    List<Block> body = r.commentary().body();
    int before = expected.commentary().body().size();
    assertThat(body.subList(0, before)).isEqualTo(expected.commentary().body());
    assertThat(body.subList(before, body.size()))
        .extracting(Block::plainText)
        .containsExactlyElementsOf((notes + after).lines().toList());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
    assertThat(Accounting.lost(changed, r)).isEmpty();

    // a note whose line names an author and a verb after a line that ends no sentence goes on
    String named =
        text.replace(
                bio,
                notes.replace("of 2014.\n", "of 2014, in the work of which\n")
                    + "Yoko Sakurai has taken part.\n"
                    + bio)
            .replace("Security.\n\f", "Security.\n" + after);
    ParseResult n = Fixtures.parse(named);
    assertThat(n.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(n.commentary().body())
        .extracting(Block::plainText)
        .anyMatch(t -> t.endsWith("in the work of which Yoko Sakurai has taken part."));
  }

  /**
   * The notes' label over the first note, no blank line between, each note's number followed by two
   * spaces and a blank line under each, as pdfminer writes text it spaces out: the label stands
   * apart and each note is a block.
   */
  @Test
  void aNoteNumberFollowedByTwoSpacesIsANote() {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String bio = "\r\n\r\nTaro Yamada is";
    String notes =
        "\r\n\r\nNotes\r\n1.  Ministry  of  Foreign  Affairs  of  Japan,  Diplomatic  Bluebook  2015.\r\n\r\n"
            + "2.  See  the  joint  statement  of  the  Security  Consultative  Committee.";
    assertThat(text).contains(bio);
    ParseResult expected = Fixtures.parse(text);
    ParseResult r = Fixtures.parse(text.replace(bio, notes + bio));
    List<Block> body = r.commentary().body();
    int before = expected.commentary().body().size();
    assertThat(body.subList(0, before)).isEqualTo(expected.commentary().body());
    assertThat(body.subList(before, body.size()))
        .extracting(Block::plainText)
        .containsExactly(
            "Notes",
            "1. Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 2015.",
            "2. See the joint statement of the Security Consultative Committee.");
  }
}
