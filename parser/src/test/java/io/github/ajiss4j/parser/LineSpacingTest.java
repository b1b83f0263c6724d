package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hard-wrapped text whose blank lines are not one between paragraphs: a tool that puts a blank line
 * after every line, as some do with widely spaced lines, and more between paragraphs; and a tool
 * that puts none between paragraphs.
 */
class LineSpacingTest {

  /**
   * Blank lines after every line and more between paragraphs: the commentary is the one the same
   * text with its lines together gives, its clipped copy, key points and subheading found, and no
   * join of lines is reported as a page break.
   */
  @ParameterizedTest
  @CsvSource({
    // fixture, blank lines after a line, blank lines between paragraphs
    "pdftotext-clipped-lines.txt, 1, 3",
    "pdftotext-clipped-lines.txt, 1, 2",
    "hard-wrapped-later-masthead.txt, 1, 3",
    "hard-wrapped-later-masthead.txt, 1, 2",
    "hard-wrapped-later-masthead.txt, 2, 4",
    // the masthead one item a line after the biographies; the key points under plain marks
    "pdftotext-one-a-line-later-masthead.txt, 1, 3",
    "markdown-later-masthead.txt, 1, 3"
  })
  void readsAsTheTextWithItsLinesTogether(String fixture, int afterLine, int betweenParagraphs)
      throws Exception {
    String text = Fixtures.read(fixture);
    String spaced =
        text.replace("\n\n", "\u0000")
            .replace("\n", "\n".repeat(afterLine + 1))
            .replace("\u0000", "\n".repeat(betweenParagraphs + 1));
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(spaced);

    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactlyElementsOf(expected.diagnostics().stream().map(Diagnostic::code).toList());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
        .hasSameSizeAs(
            expected.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
                .toList());
  }

  /**
   * A title in title case over two lines, with a blank line after every line: the second line is
   * still the title's where it opens with a small word, where the first ends in one, where it is
   * one word, or where the first ends in a colon.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Japan's Choice: \"Global NATO\"\nand the Quad?",
        "Japan's Choice: \"Global NATO\" and\nthe Quad?",
        "Japan's Choice: \"Global NATO\" and the\nQuad?",
        "Japan's Choice:\n\"Global NATO\" and the Quad?",
        "The Choice of\nGlobal NATO and the Quad"
      })
  void aTitleOverTwoSpacedLinesIsWhole(String title) throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String capitals = "JAPAN'S CHOICE: \"GLOBAL NATO\"\nAND THE QUAD?";
    assertThat(text).contains(capitals);
    String printed = text.replace(capitals, title);
    ParseResult expected = CommentaryParser.create().parse(printed);
    ParseResult r = CommentaryParser.create().parse(printed.replace("\n", "\n\n"));
    assertThat(expected.commentary().title()).isEqualTo(title.replace('\n', ' '));
    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
  }

  /**
   * Authors one a line, each with an affiliation on the line under the name, with a blank line
   * after every line: the names and affiliations are read as with the lines together.
   */
  @org.junit.jupiter.api.Test
  void bylinesWithAffiliationsOverSpacedLines() throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String byline = "By Taro Yamada and\nHanako Suzuki";
    assertThat(text).contains(byline);
    String printed =
        text.replace(
            byline,
            "Taro Yamada\nSenior Fellow, Nakasone Yasuhiro Peace Institute\n"
                + "Hanako Suzuki\nProfessor, Keio University");
    ParseResult expected = CommentaryParser.create().parse(printed);
    assertThat(expected.commentary().authors())
        .extracting(a -> a.affiliation().orElseThrow())
        .containsExactly(
            "Senior Fellow, Nakasone Yasuhiro Peace Institute", "Professor, Keio University");
    ParseResult r = CommentaryParser.create().parse(printed.replace("\n", "\n\n"));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
  }

  /**
   * Where paragraphs are parted by one blank line, as lines are, every blank line parts paragraphs
   * as usual, and those cut in mid-sentence are joined again.
   */
  @ParameterizedTest
  @CsvSource({"pdftotext-clipped-lines.txt", "hard-wrapped-later-masthead.txt"})
  void withNoWiderGapBetweenParagraphsEveryBlankLinePartsThem(String fixture) throws Exception {
    String text = Fixtures.read(fixture);
    String spaced = text.replace("\n\n", "\n").replace("\n", "\n\n");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(spaced);

    assertThat(r.commentary().title()).isEqualTo(expected.commentary().title());
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().masthead()).isEqualTo(expected.commentary().masthead());
    assertThat(r.commentary().body().size())
        .isBetween(expected.commentary().body().size(), expected.commentary().body().size() + 2);
  }

  /**
   * No blank line between paragraphs: a paragraph ends where a line ends a sentence and leaves room
   * for the next line's first word; the header, the clipped copy, the key points, the subheading
   * and the biographies are found as with blank lines, and of the paragraphs only those whose last
   * line is full, or that a line cut short runs through, come out otherwise.
   */
  @ParameterizedTest
  @CsvSource({"pdftotext-clipped-lines.txt, 5", "hard-wrapped-later-masthead.txt, 6"})
  void withNoBlankLineBetweenParagraphsEndsThemWhereLinesLeaveRoom(String fixture, int same)
      throws Exception {
    String text = Fixtures.read(fixture);
    String together = text.replaceAll("(\\r?\\n)(\\r?\\n)+", "$1");
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(together);

    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(expected.commentary().title());
    assertThat(c.authors()).isEqualTo(expected.commentary().authors());
    assertThat(c.masthead()).isEqualTo(expected.commentary().masthead());
    assertThat(c.body()).filteredOn(expected.commentary().body()::contains).hasSize(same);
    // a line cut short by a page break may part its paragraph once more
    assertThat(c.body().size()).isBetween(same, expected.commentary().body().size() + 1);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsAll(
            expected.diagnostics().stream()
                .map(Diagnostic::code)
                .filter(code -> code != DiagnosticCode.PAGE_BREAK_JOINED)
                .toList())
        .doesNotContain(DiagnosticCode.MISSING_BIOGRAPHY);
  }

  /**
   * No blank line between paragraphs, and each paragraph's first line indented: the body is the one
   * the text with blank lines gives, though the last line of the first paragraph is full.
   */
  @Test
  void withNoBlankLineBetweenParagraphsAnIndentedLineOpensOne() throws Exception {
    String text = Fixtures.read("pdftotext-clipped-lines.txt");
    int bodyStart = text.indexOf("\"Japan and NATO");
    StringBuilder indented = new StringBuilder(text.substring(0, bodyStart));
    for (String paragraph : text.substring(bodyStart).split("\n\n+")) {
      indented.append("    ").append(paragraph).append('\n');
    }
    ParseResult expected = CommentaryParser.create().parse(text);
    ParseResult r = CommentaryParser.create().parse(indented.toString());

    assertThat(r.commentary()).isEqualTo(expected.commentary());
  }

  /**
   * No blank line between paragraphs, and the last key point's last line full: the paragraph after
   * it opens where a line that ends a sentence is followed by one that opens a sentence with no key
   * point mark, and no key point follows.
   */
  @Test
  void withNoBlankLineBetweenParagraphsTheBodyOpensAfterTheLastKeyPoint() throws Exception {
    String text =
        Fixtures.read("hard-wrapped-later-masthead.txt")
            .replace(
                "\nareas first.",
                "\nareas first, as the two have done in Afghanistan and off the coast of Somalia.")
            .replace(
                "\ncooperation.",
                "\ncooperation, one that leaves room for partners in Europe and in the Pacific.");
    String together = text.replaceAll("(\\r?\\n)(\\r?\\n)+", "$1");
    Commentary c = CommentaryParser.create().parse(together).commentary();

    assertThat(together)
        .containsPattern("in the Pacific\\.\\r?\\n\"Japan and NATO are partners,\"");
    assertThat(((BulletList) c.body().get(0)).items()).hasSize(2);
    assertThat(c.body().get(0).plainText()).endsWith("in the Pacific.");
    assertThat(c.body().get(1))
        .isEqualTo(CommentaryParser.create().parse(text).commentary().body().get(1));
  }

  /**
   * Numbered items one a line, with blank lines between paragraphs but none between the items: each
   * item whose line before ends a sentence or a clause and leaves room is a paragraph of its own; a
   * number that goes on a sentence's line is no item.
   */
  @Test
  void numberedItemsOneALineAreParagraphsOfTheirOwn() throws Exception {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String after = "Quad matter too.";
    assertThat(text).contains(after);
    String items =
        "\n\nThe merits are three:\n(1) values shared;\n2) a second track;\n"
            + "c) Partners in Europe, as the agreement of\n2010. Both grew.";
    Commentary c = CommentaryParser.create().parse(text.replace(after, after + items)).commentary();

    List<String> blocks = c.body().stream().map(b -> b.plainText()).toList();
    assertThat(blocks.subList(blocks.size() - 4, blocks.size()))
        .containsExactly(
            "The merits are three:",
            "(1) values shared;",
            "2) a second track;",
            "c) Partners in Europe, as the agreement of 2010. Both grew.");
  }

  /**
   * The whole text on one line, every run of white space one space (or every line end, tabs kept),
   * as some extraction gives it: the header, the masthead, the authors and their biographies are
   * the ones the text as printed gives, and the body is one paragraph that holds all its
   * paragraphs' text, reported.
   */
  @ParameterizedTest
  @CsvSource({
    "seed-093.txt, \\s+",
    "pdftotext-clipped-lines.txt, \\s+",
    "seed-093.txt, [ \\r\\n]+",
    "pdftotext-clipped-lines.txt, [ \\r\\n]+"
  })
  void aWholeTextOnOneLine(String fixture, String blanks) throws Exception {
    String text = Fixtures.read(fixture);
    // a compound broken at its hyphen at a line end stays whole (post-conflict); tabs kept or not
    String oneLine = text.replaceAll("-\r?\n", "-").replaceAll(blanks, " ");
    Commentary expected = CommentaryParser.create().parse(text).commentary();
    ParseResult r = CommentaryParser.create().parse(oneLine);

    Commentary c = r.commentary();
    assertThat(c.title()).isEqualTo(expected.title());
    assertThat(c.date()).isEqualTo(expected.date());
    assertThat(c.authors()).isEqualTo(expected.authors());
    assertThat(c.masthead()).isEqualTo(expected.masthead());
    assertThat(c.body()).hasSize(1);
    String paragraphs = String.join(" ", expected.body().stream().map(b -> b.plainText()).toList());
    assertThat(c.body().get(0).plainText()).isEqualTo(paragraphs);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .contains(DiagnosticCode.ONE_LINE_BODY, DiagnosticCode.CLIPPED_COPY);
    assertThat(Accounting.lost(oneLine, r)).isEmpty();
  }

  /**
   * Blank lines between most paragraphs but not between three, as where extraction lost them on one
   * page: the run of lines that holds the three, longer than a paragraph, is parted where its lines
   * leave room, and the body is the one with every blank line.
   */
  @Test
  void aRunOfLinesAsLongAsSeveralParagraphsIsPartedWhereLinesLeaveRoom() throws Exception {
    String text = Fixtures.read("pdftotext-clipped-lines.txt");
    String joined =
        Fixtures.replacingEach(
            text,
            gap -> gap.replace("\n\n", "\n"),
            "Japan and Australia.\n\nThe concept",
            "US forces.\n\nAgainst this");
    ParseResult r = CommentaryParser.create().parse(joined);
    assertThat(r.commentary()).isEqualTo(CommentaryParser.create().parse(text).commentary());
  }

  /**
   * A subheading with no blank line under it, as extraction leaves one that stands closer to its
   * paragraph than paragraphs stand to each other: still a heading, and the paragraph under it its
   * own; a line that opens a paragraph and only looks short is not one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"A Second Track for Japan", "Second Track"})
  void aSubheadingWithNoBlankLineUnderItIsAHeading(String title) throws Exception {
    String heading = "A Second Track for Japan\r\n\r\n"; // the fixture's line ends are CRLF
    String text =
        Fixtures.read("hard-wrapped-later-masthead.txt").replace(heading, title + "\r\n\r\n");
    ParseResult r =
        CommentaryParser.create().parse(text.replace(title + "\r\n\r\n", title + "\r\n"));
    assertThat(r.commentary()).isEqualTo(CommentaryParser.create().parse(text).commentary());
    assertThat(r.commentary().body())
        .anySatisfy(
            b -> {
              assertThat(b).isInstanceOf(io.github.ajiss4j.model.Heading.class);
              assertThat(b.plainText()).isEqualTo(title);
            });

    String opening = "The timing of the speech, however,";
    assertThat(text).contains(opening);
    String shortFirst = text.replace(opening, "The Timing of the\r\nSpeech, however,");
    assertThat(CommentaryParser.create().parse(shortFirst).commentary().body())
        .anySatisfy(
            b ->
                assertThat(b.plainText())
                    .startsWith("The Timing of the Speech, however, was not strategically"));
  }

  /**
   * The same subheading where the page after it is wider, as the first page beside the sidebar is
   * narrower than the next: the lines under the subheading are full for their page, and it is a
   * heading still.
   */
  @Test
  void aSubheadingWithNoBlankLineUnderItOnANarrowerPageIsAHeading() throws Exception {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String heading = "A Second Track for Japan\r\n\r\n";
    assertThat(text).contains(heading);
    String input = text.replace(heading, "A Second Track for Japan\r\n");
    for (String opening : new String[] {"\"Japan and NATO are partners,\"", "The timing of"}) {
      int from = input.indexOf(opening);
      int to = input.indexOf("\r\n\r\n", from);
      assertThat(from).isPositive();
      input =
          input.substring(0, from)
              + wrap(input.substring(from, to).replace("\r\n", " "), 110)
              + input.substring(to);
    }
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary()).isEqualTo(CommentaryParser.create().parse(text).commentary());
  }

  /** Words wrapped at {@code width} characters, the lines ended with CRLF. */
  private static String wrap(String words, int width) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String w : words.split(" ")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + w.length() > width) {
        out.append("\r\n");
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /**
   * Text with each paragraph on one line and no blank line between, as a word processor or a
   * browser's copy gives it, many of its lines short (key points, a heading, the biographies): each
   * line a block, as where the lines are all long.
   */
  @Test
  void eachLineAParagraphThoughManyLinesAreShort() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String seed = Fixtures.read("seed-093.txt");
    int body = text.indexOf("\u2022 Japan and NATO");
    int bios = text.indexOf("Taro Yamada is Senior Fellow");
    List<String> paragraphs =
        Fixtures.parse(seed).commentary().body().stream().map(b -> b.plainText()).limit(4).toList();
    StringBuilder lines = new StringBuilder(text.substring(0, body));
    String[] points = {
      "Japan and NATO share fundamental values.",
      "The Quad and ASEAN give Japan a second track.",
      "Cooperation should start in nonmilitary areas.",
      "Japan can learn from multilateral security frameworks.",
      "The Obama administration boosts NATO's broad approach.",
      "Partnership with NATO opens up a more effective role."
    };
    for (String point : points) {
      lines.append("\u2022 ").append(point).append('\n');
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i == 2) {
        lines.append("A Second Track for Japan\n");
      }
      lines.append(paragraphs.get(i)).append('\n');
    }
    String[] steps = {
      "Japan should take three steps:",
      "1. Deepen its dialogue with NATO.",
      "2. Send civilian experts abroad.",
      "3. Join NATO's exercises."
    };
    for (String step : steps) {
      lines.append(step).append('\n');
    }
    lines.append(text.substring(bios).replaceAll("\n(?=[a-z])", " ").replace("\n\n", "\n"));
    Commentary c = Fixtures.parse(lines.toString()).commentary();
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) c.body().get(0)).items()).hasSize(points.length);
    List<String> expected = new java.util.ArrayList<>(paragraphs);
    expected.addAll(List.of(steps));
    expected.add(2, "A Second Track for Japan");
    assertThat(c.body().subList(1, c.body().size()))
        .extracting(b -> b.plainText())
        .isEqualTo(expected);
    assertThat(c.authors()).allMatch(a -> a.biography().isPresent());
  }
}
