package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.Severity;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures made from what FORMAT.md describes, beyond the seed. */
class FixturesTest {

  @ParameterizedTest
  @EnumSource(Feed.class)
  void hardWrappedLaterMastheadTwoAuthors(Feed feed) throws Exception {
    ParseResult r = feed.parse(Fixtures.read("hard-wrapped-later-masthead.txt"));
    Commentary c = r.commentary();
    assertThat(c.number()).isEqualTo(250);
    assertThat(c.date()).isEqualTo(LocalDate.of(2018, 3, 23));
    assertThat(c.title()).isEqualTo("Japan's Choice: \"Global NATO\" and the Quad?");
    assertThat(c.authors())
        .extracting(a -> a.name())
        .containsExactly("Taro Yamada", "Hanako Suzuki");
    assertThat(c.authors().get(1).biography())
        .contains(
            "Hanako Suzuki is Professor of International Relations at Keio University. She"
                + " specializes in European security.");
    assertThat(c.masthead().institutes())
        .extracting(Institute::abbreviation)
        .containsExactly("NPI", "JIIA", "RIPS");
    assertThat(c.masthead().editorialAdvisoryBoard())
        .containsExactly(
            Person.of("Akio Watanabe", "Chair"),
            Person.of("Masashi Nishihara"),
            Person.of("Taizo Yakushiji"));
    assertThat(c.masthead().editorialCommittee())
        .containsExactly(Person.of("Naoko Saiki"), Person.of("Tsutomu Kikuchi"));
    assertThat(c.masthead().editor()).isEmpty();
    assertThat(c.masthead().onlinePublisher())
        .contains(Person.of("Kenichiro Sasae", "President, JIIA"));

    assertThat(c.body()).hasSize(7);
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) c.body().get(0)).items()).hasSize(2);
    assertThat(c.body().get(1).plainText())
        .startsWith(
            "\"Japan and NATO are partners,\" Shinzo Abe told the North Atlantic Council in"
                + " January 2007");
    assertThat(c.body().get(3)).isInstanceOf(Heading.class);
    assertThat(c.body().get(3).plainText()).isEqualTo("A Second Track for Japan");
    assertThat(c.body().get(4).plainText())
        .contains("administration. NATO members took it")
        .contains(
            "US-proposed Global NATO, with the Japan-ROK partnership implementing new"
                + " self-defense measures.");
    assertThat(c.body().get(5).plainText())
        .contains("cooperation with NATO. Firstly, NATO's comprehensive strategy");
    assertThat(c.body()).allMatch(b -> !b.plainText().contains("Taro Yamada is"));
    assertThat(c.body().subList(1, 7))
        .allMatch(b -> b instanceof Paragraph || b instanceof Heading);
    assertThat(r.diagnostics())
        .extracting(d -> d.code())
        .contains(
            DiagnosticCode.HYPHENATION_REMOVED,
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            DiagnosticCode.PAGE_BREAK_JOINED,
            DiagnosticCode.TITLE_PIECE_RESTORED);
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void pdftotextOneALineGivesTheSameCommentary(Feed feed) throws Exception {
    // the same commentary as extraction that keeps the PDF's lines gives it: the title over two
    // lines, a byline with By and one author a line, a line-end hyphen as U+2010, a form feed and a
    // running head at the page break, a closing note, and the masthead one item a line at the end
    ParseResult r = feed.parse(Fixtures.read("pdftotext-one-a-line-later-masthead.txt"));
    assertThat(r.commentary())
        .isEqualTo(feed.parse(Fixtures.read("hard-wrapped-later-masthead.txt")).commentary());
    String crlf = Fixtures.read("pdftotext-one-a-line-later-masthead.txt").replace("\n", "\r\n");
    assertThat(feed.parse(crlf).commentary()).isEqualTo(r.commentary());
    // a CRLF made CRLF again (CR CR LF), and blank lines that hold a no-break space or a tab
    assertThat(feed.parse(crlf.replace("\r\n", "\r\r\n")).commentary()).isEqualTo(r.commentary());
    String lf = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    assertThat(feed.parse(lf.replace("\n\n", "\n\u00A0\n")).commentary()).isEqualTo(r.commentary());
    assertThat(feed.parse(lf.replace("\n\n", "\n\t \n")).commentary()).isEqualTo(r.commentary());
    // the Unicode line separator, and the paragraph separator in place of a blank line
    assertThat(feed.parse(lf.replace('\n', '\u2028')).commentary()).isEqualTo(r.commentary());
    String separated = lf.replace("\n\n", "\u2029");
    ParseResult paragraphs = feed.parse(separated);
    assertThat(paragraphs.commentary()).isEqualTo(r.commentary());
    assertThat(Accounting.lost(separated, paragraphs)).isEmpty();
    assertThat(r.diagnostics())
        .extracting(d -> d.code())
        .contains(
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            DiagnosticCode.HYPHENATION_REMOVED,
            DiagnosticCode.CLOSING_NOTE_DROPPED)
        .doesNotContain(
            DiagnosticCode.MISSING_BIOGRAPHY,
            DiagnosticCode.MISSING_FIELD,
            DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void byteOrderMarkAndNoFinalNewline(Feed feed) throws Exception {
    Commentary c = feed.parse(Fixtures.read("bom-no-final-newline.txt")).commentary();
    assertThat(c.series().name()).isEqualTo("AJISS-Commentary");
    assertThat(c.number()).isEqualTo(120);
    assertThat(c.title()).isEqualTo("The ROK and Japan After the Great Earthquake");
    assertThat(c.authors().get(0).name()).isEqualTo("Jiro Tanaka");
    assertThat(c.authors().get(0).biography())
        .contains(
            "Jiro Tanaka is Research Fellow at the Research Institute for Peace and Security.");
    assertThat(c.body()).hasSize(3);
    assertThat(c.body().get(0).plainText()).endsWith("human rights and the rule of law.\"");
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void pdftotextLayoutGivesTheSeedCommentary(Feed feed) throws Exception {
    // separate header lines, a title over two lines, the clipped copy as narrow lines, and the
    // body hard-wrapped at 85 characters, compounds such as post-conflict broken at their hyphen
    ParseResult r = feed.parse(Fixtures.read("pdftotext-clipped-lines.txt"));
    assertThat(r.commentary()).isEqualTo(feed.parse(Fixtures.read("seed-093.txt")).commentary());
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void formFeedsMarkPageBreaksEvenAfterASentenceEnd(Feed feed) throws Exception {
    // pdftotext ends each page with a form feed; here one falls after a full line that ends a
    // sentence in mid-paragraph, and one after a paragraph's short last line, with a page number
    String layout = Fixtures.read("pdftotext-clipped-lines.txt");
    String midParagraph = "promoting those values.\"\n";
    String paragraphEnd = "democratic states as Japan and Australia.\n\n";
    assertThat(layout).contains(midParagraph).contains(paragraphEnd);
    String paged =
        layout
            .replace(midParagraph, midParagraph + "\n\f")
            .replace(paragraphEnd, paragraphEnd + "2\n\f");
    ParseResult r = feed.parse(paged);
    assertThat(r.commentary()).isEqualTo(feed.parse(Fixtures.read("seed-093.txt")).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
        .extracting(d -> d.message())
        .containsExactly(
            "joined a paragraph split by a page break after \"and promoting those values.\"\"",
            "joined a paragraph split by a page break after \"alone. Caught in a dilemma of\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"   ", " ", "\n"})
  void theSeedReadsAlikeWhereExtractionLostTheTabs(String tab) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary expected = Feed.STRING.parse(seed).commentary();
    ParseResult r = Feed.STRING.parse(seed.replace("\t", tab));
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("58 words"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Taro Yamada is a fellow of JIIA. Hanako Suzuki is Professor at Keio University."
            + " Yoshikazu Hirose is Professor at the National Defense Academy.",
        "Yoshikazu Hirose is Professor at the National Defense Academy.\n\nTaro Yamada is a"
            + " fellow of JIIA. Hanako Suzuki is Professor at Keio University.",
      })
  void threeAuthorsWhoseBiographiesShareALine(String biographies) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String three =
        seed.replace("Yoshikazu Hirose\tOF", "Yoshikazu Hirose, Taro Yamada and Hanako Suzuki\tOF");
    three = three.substring(0, three.lastIndexOf("Yoshikazu Hirose is")) + biographies;
    ParseResult r = Feed.STRING.parse(three);
    assertThat(r.commentary().authors())
        .extracting(a -> a.name() + ": " + a.biography().orElse("?"))
        .containsExactly(
            "Yoshikazu Hirose: Yoshikazu Hirose is Professor at the National Defense Academy.",
            "Taro Yamada: Taro Yamada is a fellow of JIIA.",
            "Hanako Suzuki: Hanako Suzuki is Professor at Keio University.");
    assertThat(r.commentary().body()).isEqualTo(Feed.STRING.parse(seed).commentary().body());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2",
        "- 2 -",
        "– 2 –",
        "2/3",
        "Page 2",
        "Page 2 of 3",
        "p. 2",
        "PAGE 2",
        // a letter read for a digit between dashes, as OCR gives it
        "- l -",
        "- I -",
        "- 1O -"
      })
  void pageNumbersAreDroppedInMidParagraphAndBetweenParagraphs(String number) throws Exception {
    String layout = Fixtures.read("pdftotext-clipped-lines.txt");
    String midParagraph =
        "garner support from France and Germany for its invasion of Iraq in 2003, the United\n";
    String paragraphEnd = "democratic states as Japan and Australia.\n\n";
    assertThat(layout).contains(midParagraph).contains(paragraphEnd);
    String paged =
        layout
            .replace(midParagraph, midParagraph + "\n" + number + "\n\n")
            .replace(paragraphEnd, paragraphEnd + number + "\n\n");
    ParseResult r = Feed.STRING.parse(paged);
    assertThat(r.commentary())
        .isEqualTo(Feed.STRING.parse(Fixtures.read("seed-093.txt")).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "generated-short-paragraph-and-heading.txt | The 東京 Japan",
        "generated-short-key-points.txt | Key Japan",
        "hard-wrapped-later-masthead.txt | Japan and NATO share fundamental values",
        "bom-no-final-newline.txt | \"Japan and NATO are partners,\" Shinzo Abe"
      })
  void shortOpeningLinesWhoseWordsRecurAreNoClippedCopy(String fixture, String opening)
      throws Exception {
    // generated bodies repeat a small vocabulary, so their words recur in order further on
    ParseResult r = Feed.STRING.parse(Fixtures.read(fixture));
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
    assertThat(r.commentary().body().get(0).plainText()).startsWith(opening);
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void keyPointsBetweenTheClippedCopyAndTheFirstParagraph(Feed feed) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String opening = "\t\"Japan and NATO are partners,\"";
    assertThat(seed).contains(opening);
    String withKeyPoints =
        seed.replace(
            opening,
            "\t• Japan and NATO share fundamental values.\n\n"
                + "• The Quad gives Japan a second track.\n\n\"Japan and NATO are partners,\"");
    ParseResult r = feed.parse(withKeyPoints);
    Commentary expected = feed.parse(seed).commentary();
    assertThat(r.commentary().body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) r.commentary().body().get(0)).items())
        .extracting(item -> item.plainText())
        .containsExactly(
            "Japan and NATO share fundamental values.", "The Quad gives Japan a second track.");
    assertThat(r.commentary().body().subList(1, r.commentary().body().size()))
        .isEqualTo(expected.body());
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  /**
   * The key points' bullets as word processors and extraction tools print them: geometric shapes,
   * arrows, check marks, and the private-use code points of the Symbol and Wingdings fonts that
   * text extraction of a Word document's bullets gives.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u2022", "\u25CF", "\u25A0", "\u25AA", "\u25C6", "\u25C7", "\u25CB", "\u25E6", "\u25BA",
        "\u25B6", "\u2023", "\u2043", "\u2219", "\u00B7", "\u30FB", "\u27A2", "\u2756", "\u2713",
        "\u2714", "\uF0B7", "\uF0A7", "\uF076", "\uF0D8", "\uF0FC", "\uF06E", "\uF06C", "\uF075",
        "\uF0A8", "\uF09F", "\uF0B2", "\uF071", "\u2666", "\u25AB", "\u25A1", "\u27A4", "\u25B8",
        "\u25FC", "\u25FE"
      })
  void keyPointsUnderAnyCommonBullet(String bullet) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    assertThat(text).contains("\u2022 ");
    Commentary c =
        CommentaryParser.create().parse(text.replace("\u2022 ", bullet + " ")).commentary();
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) c.body().get(0)).items())
        .extracting(item -> item.plainText())
        .hasSize(2)
        .allMatch(item -> item.startsWith("Japan and NATO") || item.startsWith("The Quad"));
  }

  /**
   * The key points under the marks that plain text writes for bullets: a hyphen, an asterisk, an en
   * dash, or the "o" that extraction gives for a Word document's hollow bullet, or the Latin-1
   * letters that it gives for Wingdings bullets whose font it lost ({@code §}, {@code Ø}, {@code
   * ü}); items hard-wrapped or parted by blank lines. Two items at least make such a list.
   */
  @ParameterizedTest
  @ValueSource(strings = {"-", "*", "\u2013", "o", "\u00A7", "\u00D8", "\u00FC"})
  void keyPointsUnderAPlainTextMark(String mark) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String second = "\n\u2022 The Quad";
    assertThat(text).contains(second);
    for (String input :
        new String[] {
          text.replace("\u2022 ", mark + " "),
          text.replace(second, "\n" + second).replace("\u2022 ", mark + "  ")
        }) {
      Commentary c = CommentaryParser.create().parse(input).commentary();
      assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
      assertThat(((BulletList) c.body().get(0)).items())
          .extracting(item -> item.plainText())
          .containsExactly(
              "Japan and NATO share fundamental values and should cooperate in nonmilitary areas"
                  + " first.",
              "The Quad and ASEAN give Japan a second track for multilateral security cooperation.");
    }
  }

  /**
   * The later fixture as a PDF-to-Markdown tool writes it: {@code #} before the series name, the
   * title and the subheadings, {@code -} before the key points, {@code **} around bold text and the
   * byline. The marks go, those but the bullets' and the emphasis's reported, and the commentary is
   * the plain text's.
   */
  @org.junit.jupiter.api.Test
  void markdownFromAPdfToMarkdownToolReadsAsThePlainText() throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    ParseResult expected =
        CommentaryParser.create().parse(Fixtures.read("pdftotext-one-a-line-later-masthead.txt"));
    ParseResult r = CommentaryParser.create().parse(markdown);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MARKUP_DROPPED)
        .extracting(d -> d.span().line() + ":" + d.span().length())
        .containsExactly("1:1", "7:2", "9:2", "9:2", "28:3");
    assertThat(Accounting.lost(markdown, r)).isEmpty();
  }

  /**
   * The marks of other PDF-to-Markdown tools: bold inside a heading's marks, a line in bold with
   * underscores or in italics standing alone, each with hyphens or asterisks before the key points.
   * The commentary is the plain text's, and each mark dropped is reported.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "## JAPAN'S CHOICE: \"GLOBAL NATO\" AND THE QUAD?"
            + "|## **JAPAN'S CHOICE: \"GLOBAL NATO\" AND THE QUAD?**",
        "**By Taro Yamada and Hanako Suzuki**|__By Taro Yamada and Hanako Suzuki__",
        "**By Taro Yamada and Hanako Suzuki**|*By Taro Yamada and Hanako Suzuki*",
        "**By Taro Yamada and Hanako Suzuki**|_By Taro Yamada and Hanako Suzuki_",
        "### A Second Track for Japan|### **A Second Track for Japan**",
        "### A Second Track for Japan|**A Second Track for Japan**"
      })
  void otherMarkdownMarksReadAsThePlainText(String printed, String marked) throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    assertThat(markdown).contains(printed);
    readsAsThePlainText(markdown.replace(printed, marked));
    // the key points under asterisks instead of hyphens
    assertThat(markdown).contains("\n- ");
    readsAsThePlainText(markdown.replace(printed, marked).replace("\n- ", "\n* "));
  }

  private static void readsAsThePlainText(String markdown) throws CommentaryParseException {
    ParseResult expected =
        CommentaryParser.create().parse(Fixtures.read("pdftotext-one-a-line-later-masthead.txt"));
    ParseResult r = CommentaryParser.create().parse(markdown);
    assertThat(r.commentary()).as(markdown).isEqualTo(expected.commentary());
    assertThat(Accounting.lost(markdown, r)).isEmpty();
  }

  /** The later masthead as plain text puts it: a tab between the institutes, a line a label. */
  private static final String PLAIN_LATER_MASTHEAD =
      String.join(
          "\n",
          "NPI\tJIIA\tRIPS",
          "Nakasone Yasuhiro Peace Institute\tThe Japan Institute of International Affairs"
              + " (Secretariat)\tResearch Institute for Peace and Security",
          "",
          "Editorial Advisory Board: Akio Watanabe (Chair) Masashi Nishihara Taizo Yakushiji",
          "Editorial Committee: Naoko Saiki Tsutomu Kikuchi",
          "Online Publisher: Kenichiro Sasae President, JIIA",
          "",
          "");

  /**
   * The Markdown fixture with its masthead, which it holds at its end as one item a line, moved to
   * the top after the publisher and written as {@code masthead}.
   */
  private static String markdownWithMastheadOnTop(String masthead) throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    int end = markdown.indexOf("NPI\nJIIA\nRIPS");
    assertThat(end).isPositive();
    String publisher = "The Association of Japanese Institutes of Strategic Studies\n\n";
    assertThat(markdown).startsWith("# AJISS-Commentary\n\n" + publisher);
    return markdown.substring(0, end).stripTrailing().replace(publisher, publisher + masthead)
        + "\n";
  }

  /** Mastheads in Markdown, each with the number of marks of its table. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> markdownMastheads() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "|NPI|JIIA|RIPS|\n|---|---|---|\n|Nakasone Yasuhiro Peace Institute|The Japan Institute"
                + " of International Affairs (Secretariat)|Research Institute for Peace and"
                + " Security|\n\n**Editorial Advisory Board:** Akio Watanabe (Chair) Masashi"
                + " Nishihara Taizo Yakushiji\n**Editorial Committee:** Naoko Saiki Tsutomu"
                + " Kikuchi\n**Online Publisher:** Kenichiro Sasae President, JIIA\n\n",
            9),
        org.junit.jupiter.params.provider.Arguments.of(
            "| NPI                               | JIIA          | RIPS     |\n"
                + "|:----------------------------------|:-------------:|---------:|\n"
                + "| Nakasone Yasuhiro Peace Institute | The Japan Institute of International"
                + " Affairs (Secretariat) | Research Institute for Peace and Security |\n\n"
                + "**Editorial Advisory Board**: Akio Watanabe (Chair) Masashi Nishihara Taizo"
                + " Yakushiji\n\n__Editorial Committee__: Naoko Saiki Tsutomu Kikuchi\n\n"
                + "*Online Publisher:* Kenichiro Sasae President, JIIA\n\n",
            9),
        // a head that names no column, and line breaks inside the cells
        org.junit.jupiter.params.provider.Arguments.of(
            "|Col1|Col2|Col3|\n|---|---|---|\n|NPI|JIIA|RIPS|\n|Nakasone Yasuhiro<br>Peace"
                + " Institute|The Japan Institute of<br>International Affairs<br/>(Secretariat)|"
                + "Research Institute for<br />Peace and Security|\n\n**Editorial Advisory"
                + " Board:** Akio Watanabe (Chair) Masashi Nishihara Taizo Yakushiji\n"
                + "**Editorial Committee:** Naoko Saiki Tsutomu Kikuchi\n**Online Publisher:**"
                + " Kenichiro Sasae President, JIIA\n\n",
            14),
        org.junit.jupiter.params.provider.Arguments.of(
            "NPI\tJIIA\tRIPS\nNakasone Yasuhiro Peace Institute\tThe Japan Institute of"
                + " International Affairs (Secretariat)\tResearch Institute for Peace and"
                + " Security\n\n**Editorial Advisory Board:** Akio Watanabe (Chair) Masashi"
                + " Nishihara Taizo Yakushiji **Editorial Committee:** Naoko Saiki Tsutomu Kikuchi"
                + " __Online Publisher:__ Kenichiro Sasae President, JIIA\n\n",
            0));
  }

  /**
   * The masthead as PDF-to-Markdown tools write it: the institutes as a table, with or without
   * padding in its cells, with a head that names no column and line breaks in its cells, and the
   * staff labels in bold or italics, the colon inside the marks or after them, a line a label or
   * all on one line. The masthead is the plain text's, and each mark dropped is reported.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("markdownMastheads")
  void markdownMastheadReadsAsThePlainText(String masthead, int tableMarks) throws Exception {
    Commentary expected =
        CommentaryParser.create()
            .parse(markdownWithMastheadOnTop(PLAIN_LATER_MASTHEAD))
            .commentary();
    assertThat(expected.masthead().institutes())
        .extracting(Institute::abbreviation, Institute::name, i -> i.role().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NPI", "Nakasone Yasuhiro Peace Institute", ""),
            org.assertj.core.groups.Tuple.tuple(
                "JIIA", "The Japan Institute of International Affairs", "Secretariat"),
            org.assertj.core.groups.Tuple.tuple(
                "RIPS", "Research Institute for Peace and Security", ""));
    assertThat(expected.masthead().editorialCommittee())
        .extracting(Person::name)
        .containsExactly("Naoko Saiki", "Tsutomu Kikuchi");
    String markdown = markdownWithMastheadOnTop(masthead);
    ParseResult r = CommentaryParser.create().parse(markdown);
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
    // each mark of a row, the rule under the head, a head of no names, each line break
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MARKUP_DROPPED)
        .filteredOn(d -> d.message().contains("table"))
        .hasSize(tableMarks);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MARKUP_DROPPED)
        .filteredOn(d -> d.message().contains("staff label"))
        .hasSize(6);
    assertThat(Accounting.lost(markdown, r)).isEmpty();
  }

  /**
   * The placeholders that PDF-to-Markdown tools write for the logos and figures of a page, a
   * Markdown image on a line of its own or an HTML comment ({@code <!-- image -->}), above the
   * series name, in the masthead and between paragraphs: each is dropped and reported, and the
   * commentary is as without them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"![](_page_0_Picture_2.jpeg)", "<!-- image -->", "![NPI logo](npi.png)"})
  void imagePlaceholdersAreDropped(String placeholder) throws Exception {
    String markdown = markdownWithMastheadOnTop(PLAIN_LATER_MASTHEAD);
    Commentary expected = CommentaryParser.create().parse(markdown).commentary();
    String paragraph = "\n\nThe timing of the speech";
    String withImages =
        placeholder
            + "\n\n"
            + Fixtures.replacingEach(
                markdown,
                f -> f.startsWith("NPI") ? placeholder + "\n\n" + f : "\n\n" + placeholder + f,
                "NPI\tJIIA",
                paragraph);
    ParseResult r = CommentaryParser.create().parse(withImages);
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.message().contains(placeholder))
        .extracting(d -> d.code())
        .containsExactly(
            DiagnosticCode.MARKUP_DROPPED,
            DiagnosticCode.MARKUP_DROPPED,
            DiagnosticCode.MARKUP_DROPPED);
    assertThat(Accounting.lost(withImages, r)).isEmpty();
  }

  /**
   * HTML entities, as PDF-to-Markdown tools write {@code &}, {@code <}, {@code >} and quotation
   * marks ({@code Japan &amp; NATO}, {@code &#8217;}), in the title, the body and a biography: each
   * is read as its character and reported. In text that is not Markdown they stay as printed.
   */
  @org.junit.jupiter.api.Test
  void htmlEntitiesInMarkdownAreTheirCharacters() throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    // each change: the text, as Markdown with entities, as plain text
    String[][] changes = {
      {
        "\"GLOBAL NATO\" AND THE QUAD?",
        "&quot;GLOBAL NATO&quot; &amp; THE QUAD?",
        "\"GLOBAL NATO\" & THE QUAD?"
      },
      {
        "Quad matter too.",
        "Quad matter too, R&amp;D &lt;and&gt; Japan&#8217;s &#x201C;role&#x201D;.",
        "Quad matter too, R&D <and> Japan\u2019s \u201Crole\u201D."
      },
      {"Senior Fellow at", "Senior Fellow &amp; Director at", "Senior Fellow & Director at"}
    };
    String plain = markdown;
    String entities = markdown;
    for (String[] change : changes) {
      assertThat(markdown).contains(change[0]);
      entities = entities.replace(change[0], change[1]);
      plain = plain.replace(change[0], change[2]);
    }
    String withEntities = entities;
    ParseResult expected = CommentaryParser.create().parse(plain);
    ParseResult r = CommentaryParser.create().parse(withEntities);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.commentary().title()).isEqualTo("Japan's Choice: \"Global NATO\" & the Quad?");
    assertThat(r.commentary().body())
        .anySatisfy(
            b ->
                assertThat(b.plainText())
                    .endsWith("Quad matter too, R&D <and> Japan\u2019s \u201Crole\u201D."));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.message().contains("HTML entity"))
        .extracting(
            d -> withEntities.substring(d.span().offset(), d.span().offset() + d.span().length()))
        .containsExactly(
            "&quot;",
            "&quot;",
            "&amp;",
            "&amp;",
            "&lt;",
            "&gt;",
            "&#8217;",
            "&#x201C;",
            "&#x201D;",
            "&amp;");
    assertThat(Accounting.lost(withEntities, r)).isEmpty();

    String seed = Fixtures.read("seed-093.txt");
    String kept = seed.replace("Japan and NATO are partners", "Japan &amp; NATO are partners");
    assertThat(CommentaryParser.create().parse(kept).commentary().body().get(0).plainText())
        .startsWith("\"Japan &amp; NATO are partners");
  }

  /**
   * The tags of inline HTML elements that PDF-to-Markdown tools write into Markdown: an anchor
   * before a heading ({@code <span id="page-0-1"></span>}), a footnote mark ({@code <sup>1</sup>}):
   * each tag is dropped and reported, its text kept, and the commentary is as without them.
   */
  @org.junit.jupiter.api.Test
  void inlineHtmlTagsInMarkdownAreDropped() throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    String tagged =
        Fixtures.replacingEach(
            markdown,
            f ->
                f.startsWith("## ")
                    ? "## <span id=\"page-0-1\"></span>" + f.substring(3)
                    : f.startsWith("### ")
                        ? "### <span id=\"page-1-0\"></span>" + f.substring(4)
                        : "Quad matter <sup>too</sup>.",
            "## JAPAN'S CHOICE",
            "### A Second Track",
            "Quad matter too.");
    ParseResult expected = CommentaryParser.create().parse(markdown);
    ParseResult r = CommentaryParser.create().parse(tagged);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.message().contains("HTML tag"))
        .extracting(d -> tagged.substring(d.span().offset(), d.span().offset() + d.span().length()))
        .containsExactly(
            "<span id=\"page-0-1\">",
            "</span>",
            "<span id=\"page-1-0\">",
            "</span>",
            "<sup>",
            "</sup>");
    assertThat(Accounting.lost(tagged, r)).isEmpty();
  }

  /**
   * A part of the issue line in bold or italics, as a tool writes a number set in bold: the issue
   * line is read as without its marks, and each mark is dropped and reported.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "**No.250.** 23 March 2018|2",
        "No.250. *23 March 2018*|2",
        "__No.250.__ _23 March 2018_|4",
        "**No.250. 23 March** 2018|2"
      })
  void marksInTheIssueLineAreDropped(String issueLine, int marks) throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    String marked = Fixtures.replacingEach(markdown, f -> issueLine, "No.250. 23 March 2018");
    ParseResult r = CommentaryParser.create().parse(marked);
    assertThat(r.commentary()).isEqualTo(CommentaryParser.create().parse(markdown).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.message().endsWith("in the issue line"))
        .hasSize(marks);
    assertThat(Accounting.lost(marked, r)).isEmpty();
  }

  /**
   * Emphasis written with underscores, as other PDF-to-Markdown tools write it ({@code _Foreign
   * Affairs_}, {@code __Foreign Affairs__}), is emphasis as with asterisks; an underscore inside a
   * word or a run of them is text.
   */
  @ParameterizedTest
  @ValueSource(strings = {"_", "__"})
  void emphasisWithUnderscoresIsEmphasis(String mark) throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    String bold = "**Foreign\nAffairs**";
    assertThat(markdown).contains(bold);
    ParseResult expected = CommentaryParser.create().parse(markdown);
    String underscores = markdown.replace(bold, mark + "Foreign\nAffairs" + mark);
    assertThat(CommentaryParser.create().parse(underscores).commentary())
        .isEqualTo(expected.commentary());

    String text = "Quad matter too.";
    assertThat(markdown).contains(text);
    String plain = markdown.replace(text, "Quad matter too, snake_case and ___ alike.");
    assertThat(CommentaryParser.create().parse(plain).commentary().body())
        .anySatisfy(
            b -> assertThat(b.plainText()).endsWith("Quad matter too, snake_case and ___ alike."));
  }

  /**
   * An asterisk that opens no emphasis is reported where it stands, in a paragraph of one line and
   * in a hard-wrapped one, on its own line and column.
   */
  @ParameterizedTest
  @ValueSource(strings = {"seed-093.txt", "hard-wrapped-later-masthead.txt"})
  void anUnmatchedAsteriskIsReportedWhereItStands(String fixture) {
    String text = Fixtures.read(fixture);
    int top = text.indexOf(" to ", text.indexOf("the top decision-making"));
    int at = top > 0 ? top : text.indexOf(" to ", text.length() / 2);
    String marked = text.substring(0, at) + " *" + text.substring(at);
    ParseResult r = Fixtures.parse(marked);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.UNMATCHED_EMPHASIS)
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(at + 1));
  }

  /**
   * Markdown escapes, as PDF-to-Markdown tools write them before punctuation that would be markup
   * ({@code US\$10}, {@code \[sic\]}, {@code snake\_case}, {@code 3\*4}): the character is text,
   * the backslash is dropped and reported, and an escaped asterisk opens no emphasis.
   */
  @org.junit.jupiter.api.Test
  void markdownEscapesAreText() throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    String text = "Quad matter too.";
    assertThat(markdown).contains(text);
    String escaped =
        markdown
            .replace(
                text, "Quad matter too, at US\\$10 billion \\[sic\\], 3\\*4 and snake\\_case \\*.")
            .replace("Senior Fellow at", "Senior Fellow \\& Director at");
    ParseResult r = CommentaryParser.create().parse(escaped);
    assertThat(r.commentary().body())
        .anySatisfy(
            b ->
                assertThat(b.plainText())
                    .endsWith("Quad matter too, at US$10 billion [sic], 3*4 and snake_case *."));
    assertThat(r.commentary().authors().get(0).biography())
        .hasValueSatisfying(bio -> assertThat(bio).contains("Senior Fellow & Director at"));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MARKUP_DROPPED)
        .filteredOn(d -> d.message().contains("escape"))
        .extracting(d -> escaped.substring(d.span().offset(), d.span().offset() + 2))
        .containsExactly("\\$", "\\[", "\\]", "\\*", "\\_", "\\*", "\\&");
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.UNMATCHED_EMPHASIS);
    assertThat(Accounting.lost(escaped, r)).isEmpty();

    // an escaped backslash is a backslash, and the mark after it a mark
    ParseResult b =
        CommentaryParser.create().parse(markdown.replace(text, "Quad matter \\\\*too*."));
    assertThat(b.commentary().body())
        .anySatisfy(block -> assertThat(block.plainText()).endsWith("Quad matter \\too."));
  }

  /**
   * Every space a no-break space, two spaces or a thin space, as tools write the spaces of a PDF,
   * or with a zero-width space or a word joiner beside it: the names of the byline, the
   * biographies, the publisher, the staff labels and the key points' marks are read as with plain
   * spaces.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-093.txt",
        "pdftotext-clipped-lines.txt",
        "hard-wrapped-later-masthead.txt",
        "pdftotext-one-a-line-later-masthead.txt",
        "markdown-later-masthead.txt"
      })
  void spacesOfAnyKindReadAsSpaces(String fixture) throws Exception {
    String text = Fixtures.read(fixture);
    Commentary expected = CommentaryParser.create().parse(text).commentary();
    // and a zero-width space or a word joiner beside each space, which parts nothing more
    for (String space : new String[] {"\u00A0", "  ", "\u2009", " \u200B", "\u2060 "}) {
      Commentary c = CommentaryParser.create().parse(text.replace(" ", space)).commentary();
      assertThat(c).as(space).isEqualTo(expected);
    }
  }

  /**
   * The key points' bullets as pdfminer writes a glyph of a symbol font that it cannot map to a
   * character, {@code (cid:127)}: each reads as a bullet, and one standing alone on a line is
   * dropped; each is reported, and the commentary is the one with bullets.
   */
  @org.junit.jupiter.api.Test
  void glyphsThatExtractionCouldNotMapAreReportedAndReadAsBullets() throws Exception {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    assertThat(text).contains("\n\u2022 Japan and NATO").contains("\n\u2022 The Quad");
    String cid = text.replace("\n\u2022 ", "\n(cid:127) ") + "\n\n(cid:127)\n";
    ParseResult r = CommentaryParser.create().parse(cid);
    assertThat(r.commentary()).isEqualTo(CommentaryParser.create().parse(text).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.UNMAPPED_GLYPH)
        .extracting(d -> cid.substring(d.span().offset(), d.span().endOffset()))
        .containsExactly("(cid:127)", "(cid:127)", "(cid:127)");
    assertThat(Accounting.lost(cid, r)).isEmpty();
  }

  /**
   * A character that prints nothing (zero-width space, soft hyphen, word joiner) inside a word of a
   * staff member's name, an institute's name or the publisher is dropped: the masthead reads as
   * without it, and no letter is taken for misread; the characters are reported once.
   */
  @org.junit.jupiter.api.Test
  void aCharacterThatPrintsNothingInsideAMastheadNameIsDropped() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult expected = CommentaryParser.create().parse(seed);
    String marked =
        seed.replace("Akio Watanabe", "Akio Wata\u200Bnabe")
            .replace("Research Institute", "Rese\u00ADarch Institute")
            .replace("of Strategic Studies", "of Strate\u2060gic Studies");
    assertThat(marked).hasSize(seed.length() + 3);
    ParseResult r = CommentaryParser.create().parse(marked);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() != DiagnosticCode.INVISIBLE_DROPPED)
        .extracting(d -> d.code() + " " + d.message())
        .isEqualTo(expected.diagnostics().stream().map(d -> d.code() + " " + d.message()).toList());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.INVISIBLE_DROPPED)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("U+2060", "2 more"));
  }

  /**
   * Every line indented with a tab: the tab before the first key point marks no clipped copy, for a
   * key point is none.
   */
  @org.junit.jupiter.api.Test
  void aKeyPointAfterATabIsNoClippedCopy() throws Exception {
    String text = Fixtures.read("generated-short-key-points.txt");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(text.replace("\n", "\n\t"));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  /**
   * The key points' bullets alone on their lines, as pdfminer gives them: each before its item, or
   * all of them first and the items after them, blank lines between. The list is the one that the
   * bullets before the items' text give, and its source holds the bullets.
   */
  @ParameterizedTest
  @ValueSource(strings = {"each before its item", "all first"})
  void keyPointsWhoseBulletsStandAloneOnTheirLines(String shape) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String first = "\u2022 Japan and NATO";
    String second = "\n\u2022 The Quad";
    assertThat(text).contains(first, second);
    String loose =
        shape.equals("all first")
            ? text.replace(first, "\u2022\n\u2022\n\nJapan and NATO")
                .replace(second, "\n\nThe Quad")
            : text.replace(first, "\u2022\n\nJapan and NATO")
                .replace(second, "\n\u2022\n\nThe Quad");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(loose);
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() == Severity.WARNING);
    assertThat(Accounting.lost(loose, r)).isEmpty();
    assertThat(r.commentary().body().get(0).source().orElseThrow().offset())
        .isEqualTo(loose.indexOf('\u2022'));
  }

  /**
   * A key point whose bullet, an unmapped glyph ({@code (cid:127)}), pdfminer put after the page
   * number, alone on its line, while the other key points keep theirs: the block where the bullet
   * is missing, beside the others at the body's top, is a key point all the same, as many such
   * blocks as bullets stand apart; the bullet itself is still reported where it stands.
   */
  @ParameterizedTest
  @ValueSource(strings = {"first", "second"})
  void aKeyPointWhoseBulletStandsElsewhereIsAKeyPoint(String missing) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String first = "\u2022 Japan and NATO";
    String second = "\n\u2022 The Quad";
    String page = "\n2\n";
    assertThat(text).contains(first, second, page);
    String apart =
        (missing.equals("first")
                ? text.replace(first, "Japan and NATO").replace(second, "\n\n(cid:127) The Quad")
                : text.replace(first, "(cid:127) Japan and NATO").replace(second, "\n\nThe Quad"))
            .replace(page, page + "\n(cid:127)\n");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(apart);
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(Accounting.lost(apart, r)).isEmpty();

    // with no bullet apart, the block without one stays a paragraph
    String none = apart.replace("(cid:127)\n", "");
    String item = missing.equals("first") ? "Japan and NATO" : "The Quad";
    assertThat(CommentaryParser.create().parse(none).commentary().body())
        .anyMatch(b -> b instanceof Paragraph && b.plainText().startsWith(item));
  }

  /**
   * Every key point's bullet, an unmapped glyph, put after the page number, alone on its line, two
   * at least: as many short blocks that each end a sentence at the body's top, before its first
   * paragraph of more lines, are the key points.
   */
  @org.junit.jupiter.api.Test
  void keyPointsWhoseBulletsAllStandElsewhereAreKeyPoints() throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String first = "\u2022 Japan and NATO";
    String second = "\n\u2022 The Quad";
    String page = "\n2\n";
    String apart =
        text.replace(first, "Japan and NATO")
            .replace(second, "\n\nThe Quad")
            .replace(page, page + "\n(cid:127)\n(cid:127)\n");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(apart);
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(Accounting.lost(apart, r)).isEmpty();

    // one bullet apart for two such blocks: none is a key point
    String one = apart.replace("(cid:127)\n(cid:127)\n", "(cid:127)\n");
    assertThat(CommentaryParser.create().parse(one).commentary().body())
        .noneMatch(b -> b instanceof BulletList);
  }

  /** A label over the key points, with a colon or not, is their heading. */
  @ParameterizedTest
  @ValueSource(strings = {"Key points:", "Summary:", "Key Points"})
  void aLabelOverTheKeyPointsIsTheirHeading(String label) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String first = "\n\u2022 Japan and NATO";
    assertThat(text).contains(first);
    Commentary c =
        CommentaryParser.create().parse(text.replace(first, "\n" + label + first)).commentary();
    assertThat(c.body().get(0)).isInstanceOf(Heading.class);
    assertThat(c.body().get(0).plainText()).isEqualTo(label);
    assertThat(c.body().get(1)).isInstanceOf(BulletList.class);
  }

  /** A line that opens with a hyphen or an asterisk, alone, is no list: a paragraph keeps it. */
  @ParameterizedTest
  @ValueSource(strings = {"-", "*", "\u2013", "o"})
  void aLoneLineUnderAPlainTextMarkIsNoList(String mark) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String second = "\n\u2022 The Quad";
    String input = text.replace(second, "\n\nThe Quad").replace("\u2022 ", mark + " ");
    Commentary c = CommentaryParser.create().parse(input).commentary();
    assertThat(c.body()).noneMatch(b -> b instanceof BulletList);
    assertThat(c.body().get(0).plainText()).startsWith(mark + " Japan and NATO");
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void aBiographyMayOpenWithAnHonorific(Feed feed) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String doctor =
        seed.replace("Yoshikazu Hirose is Professor", "Dr. Yoshikazu Hirose is Professor");
    Commentary c = feed.parse(doctor).commentary();
    assertThat(c.authors().get(0).biography().orElseThrow())
        .startsWith("Dr. Yoshikazu Hirose is Professor");
    assertThat(c.body()).isEqualTo(feed.parse(seed).commentary().body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"after the author", "after the biography"})
  void aMastheadReadAfterTheMainColumnIsFound(String where) throws Exception {
    // pdftotext may read the masthead sidebar after the main column
    String layout = Fixtures.read("pdftotext-clipped-lines.txt");
    int from = layout.indexOf("IIPS JIIA RIPS");
    int to = layout.indexOf("No.93.");
    String masthead = layout.substring(from, to);
    String rest = layout.substring(0, from) + layout.substring(to);
    int body = rest.indexOf("the North Atlantic Council");
    String moved =
        where.equals("after the author")
            ? rest.substring(0, body) + masthead + rest.substring(body)
            : rest + "\n\n" + masthead;
    ParseResult r = Feed.STRING.parse(moved);
    assertThat(r.commentary()).isEqualTo(Feed.STRING.parse(layout).commentary());
    assertThat(Accounting.lost(moved, r)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void crlfAndCrLineEndsReadAlike(Feed feed) throws Exception {
    String lf = Fixtures.read("seed-093.txt");
    Commentary expected = feed.parse(lf).commentary();
    assertThat(feed.parse(lf.replace("\n", "\r\n")).commentary()).isEqualTo(expected);
    assertThat(feed.parse(lf.replace("\n", "\r")).commentary()).isEqualTo(expected);
    assertThat(feed.parse("\uFEFF" + lf + "\n").commentary()).isEqualTo(expected);
    // the Unicode line separator, and the paragraph separator ending each of its lines
    assertThat(feed.parse(lf.replace('\n', '\u2028')).commentary()).isEqualTo(expected);
    String separated = lf.replace("\n\n", "\u2029");
    ParseResult r = feed.parse(separated);
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(Accounting.lost(separated, r)).isEmpty();
  }

  /**
   * A character that prints nothing (a soft hyphen, a zero-width space, a word joiner) after the
   * issue line, or alone on a line of the header, is no title: the commentary is the one without
   * it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u00AD", "\u200B", "\u2060", "\u200B\u00AD"})
  void aCharacterThatPrintsNothingInTheHeaderIsNoTitle(String nothing) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String issue = "No.250. 23 March 2018\n";
    assertThat(text).contains(issue);
    Commentary expected = Feed.STRING.parse(text).commentary();
    for (String changed :
        new String[] {
          text.replace(issue, issue.strip() + nothing + "\n"),
          text.replace(issue, issue + "\n" + nothing + "\n"),
          text.replace(issue + "\n", issue + nothing + "\n")
        }) {
      ParseResult r = Feed.STRING.parse(changed);
      assertThat(r.commentary()).isEqualTo(expected);
      assertThat(Accounting.lost(changed, r)).isEmpty();
    }
  }

  /** A subheading in brackets, as Japanese writers mark one, is a heading of its own. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<A Second Track for Japan>",
        "\u3008A Second Track for Japan\u3009",
        "\u3010A Second Track for Japan\u3011",
        "[A Second Track for Japan]"
      })
  void aSubheadingInBracketsIsAHeading(String heading) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    assertThat(text).contains("\n\nA Second Track for Japan\n\n");
    ParseResult r =
        Fixtures.parse(text.replace("\nA Second Track for Japan\n", "\n" + heading + "\n"));
    assertThat(r.commentary().body())
        .filteredOn(b -> b instanceof Heading)
        .extracting(b -> b.plainText())
        .containsExactly(heading);
  }
}
