package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Paragraph;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What ends a paragraph: a sentence's end seen through the marks that close italics and through a
 * note's number after it, and a web address before a paragraph that opens with a capital. Such a
 * paragraph is neither joined to the next as if a page break had cut it nor taken for a heading.
 */
class ParagraphEndTest {

  private static final String SEED = Fixtures.read("seed-093.txt");

  private static final String LAST = "develop into military areas as well.";

  private static final String THIRD = "at a moment's call to assist US forces.";

  private static final ParseResult EXPECTED = Fixtures.parse(SEED);

  private static Block block(Commentary c, String start) {
    return c.body().stream()
        .filter(b -> b.plainText().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block starts with " + start));
  }

  private static List<String> texts(Commentary c) {
    return c.body().stream().map(Block::plainText).toList();
  }

  /**
   * Parses the fixture, which holds {@code lines}, and asserts that one block holds {@code joined}
   * and that nothing of the input is lost; returns the result for further checks.
   */
  private static ParseResult assertReadsOn(String fixture, String lines, String joined) {
    String text = Fixtures.read(fixture);
    assertThat(text).contains(lines);
    ParseResult r = Fixtures.parse(text);
    assertThat(texts(r.commentary())).anyMatch(t -> t.contains(joined));
    assertThat(Accounting.lost(text, r)).isEmpty();
    return r;
  }

  @Test
  void aNoteInItalicsAfterTheLastParagraphStaysApartFromTheBiography() {
    String note =
        "This is an English translation of an article originally published in Japanese in the"
            + " Yomiuri Shimbun on 10 June 2010.";
    assertThat(SEED).contains(LAST + "\n\n");
    ParseResult r = Fixtures.parse(SEED.replace(LAST, LAST + "\n\n*" + note + "*"));
    Commentary c = r.commentary();
    assertThat(texts(c))
        .endsWith(block(EXPECTED.commentary(), "NATO's transformation").plainText(), note);
    assertThat(c.authors()).isEqualTo(EXPECTED.commentary().authors());
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY)
        .noneMatch(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED && d.span().line() > 20);
  }

  /**
   * Hard-wrapped text where the extraction tool undid hyphenation itself by gluing the next line on
   * (pdftotext): a few lines twice as wide as the rest, which set no measure for the others, so no
   * full line before them becomes a heading and no heading is taken into a paragraph.
   */
  @ParameterizedTest
  @CsvSource({
    "pdftotext-sidebar-between-lines.txt, 5",
    "pdftotext-one-a-line-later-masthead.txt, 3"
  })
  void aFewLinesTwiceAsWideAsTheRestChangeNoBlock(String fixture, int every) {
    String text = Fixtures.read(fixture);
    String[] lines = text.split("\r?\n", -1);
    StringBuilder glued = new StringBuilder();
    int prose = 0;
    int gluedLines = 0;
    for (int i = 0; i < lines.length; i++) {
      glued.append(lines[i]);
      boolean inParagraph =
          i + 1 < lines.length
              && lines[i].length() > 60
              && !lines[i].endsWith("-")
              && lines[i + 1].length() > 60
              && !lines[i].startsWith("\u2022")
              && !lines[i + 1].startsWith("\u2022");
      if (inParagraph && ++prose % every == 0) {
        glued.append(' ');
        gluedLines++;
      } else if (i + 1 < lines.length) {
        glued.append('\n');
      }
    }
    assertThat(gluedLines).isGreaterThanOrEqualTo(3);
    assertThat(Fixtures.parse(glued.toString()).commentary().body())
        .isEqualTo(Fixtures.parse(text).commentary().body());
  }

  @Test
  void aSentenceWhoseLastWordsAreInItalicsEndsItsParagraph() {
    String memoir = "The phrase comes from the title of his memoir, *Beyond the Alliance.*";
    Commentary c = Fixtures.parse(SEED.replace(THIRD, THIRD + "\n\n" + memoir)).commentary();
    assertThat(texts(c))
        .hasSize(EXPECTED.commentary().body().size() + 1)
        .contains("The phrase comes from the title of his memoir, Beyond the Alliance.");
    assertThat(block(c, "The phrase comes")).isInstanceOf(Paragraph.class);
    assertThat(block(c, "Against this background")).isInstanceOf(Paragraph.class);
  }

  @Test
  void aNotesNumberAfterASentencesEndEndsItsParagraph() {
    String numbered =
        SEED.replace("as Japan and Australia.", "as Japan and Australia.1")
            .replace(THIRD, THIRD + "2\n\nNATO adopted a new Strategic Concept in June 2022.3");
    Commentary c = Fixtures.parse(numbered).commentary();
    assertThat(texts(c)).hasSize(EXPECTED.commentary().body().size() + 1);
    assertThat(block(c, "The timing of the speech").plainText())
        .endsWith("as Japan and Australia.1");
    assertThat(block(c, "The concept of Global NATO").plainText()).endsWith("US forces.2");
    assertThat(block(c, "NATO adopted")).isInstanceOf(Paragraph.class);
  }

  /**
   * Where no blank line parts paragraphs, a short line that ends a sentence before a note's number
   * ends its paragraph as it does without the number.
   */
  @Test
  void aNotesNumberAfterASentencesEndEndsItsParagraphWithNoBlankLines() {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    assertThat(text).contains("territorial defense.\nThe timing of the speech");
    assertThat(text).contains("the Bush administration.\nDelivered in this context");
    String numbered =
        text.replace("territorial defense.\n", "territorial defense.1\n")
            .replace("the Bush administration.\n", "the Bush administration.\u00B2\n");
    List<String> plain = texts(Fixtures.parse(text).commentary());
    List<String> c = texts(Fixtures.parse(numbered).commentary());
    assertThat(c).hasSameSizeAs(plain);
    assertThat(c).anyMatch(t -> t.endsWith("territorial defense.1"));
    assertThat(c).anyMatch(t -> t.startsWith("The timing of the speech"));
  }

  /**
   * Where no blank line parts paragraphs (pdftotext {@code -raw}) and the first page, beside the
   * sidebar, is narrower than the next, a line of it that ends a sentence with no room for the next
   * word, as full as the lines around it, goes on ({@code almost every month.} / {@code
   * Encounters}), though a line of the wider page would have had room.
   */
  @Test
  void aSentencesEndOnALineAsFullAsThoseAroundItEndsNoParagraph() {
    String text = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    assertThat(text).contains("almost every month.\nEncounters between");
    Commentary c = Fixtures.parse(text).commentary();
    assertThat(c.body())
        .extracting(b -> b instanceof Heading ? "heading" : "paragraph")
        .containsExactly(
            "paragraph",
            "heading",
            "paragraph",
            "paragraph",
            "heading",
            "paragraph",
            "paragraph",
            "paragraph");
    assertThat(texts(c))
        .extracting(t -> t.substring(0, 20))
        .containsExactly(
            "Since the Japanese g",
            "An Unfinished Mechan",
            "In 2012 the defense ",
            "Meanwhile, the risks",
            "What the Cold War Te",
            "The United States an",
            "The agreement worked",
            "Critics will say tha");
    assertThat(texts(c).get(0)).contains("almost every month. Encounters between");

    // a colon before a quotation, at a line as full: the quotation is a paragraph of its own
    String quoted =
        text.replace(
            "around the islands almost every month.\nEncounters between",
            "around the islands, as one put it:\n\u201CEncounters between");
    assertThat(quoted).isNotEqualTo(text);
    assertThat(texts(Fixtures.parse(quoted).commentary()))
        .anyMatch(t -> t.endsWith("as one put it:"))
        .anyMatch(t -> t.startsWith("\u201CEncounters between"));
  }

  /**
   * Where no blank line parts paragraphs (pdftotext {@code -raw}, PDFBox, pdf.js), a subheading
   * after a full line that ends a sentence, with no room left on it for the heading's first word:
   * the short line in title case with no closing punctuation, over a full line that opens a
   * sentence, cannot end a justified line in mid-paragraph, so it ends the paragraph above it and
   * heads the next; so does one with as many small words as capitalised ones, its last word
   * capitalised, and one after a section number.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "What the Cold War Teaches",
        "Lessons from the Past",
        "1. What the Cold War Teaches",
        "2) Lessons from the Past",
        "IV. What the Cold War Teaches"
      })
  void aSubheadingAfterAFullLineThatEndsASentenceIsAHeadingWithNoBlankLines(String heading) {
    String text = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    String shortEnd =
        "a political crisis that neither\ngovernment wants.\nWhat the Cold War Teaches\n";
    assertThat(text).contains(shortEnd);
    Commentary expected = Fixtures.parse(text).commentary();
    String full =
        text.replace(shortEnd, "a political crisis that no government wants.\n" + heading + "\n");
    ParseResult r = Fixtures.parse(full);
    Commentary c = r.commentary();
    assertThat(c.body())
        .extracting(b -> b instanceof Heading ? "heading" : "paragraph")
        .isEqualTo(
            expected.body().stream()
                .map(b -> b instanceof Heading ? "heading" : "paragraph")
                .toList());
    assertThat(block(c, heading)).isInstanceOf(Heading.class);
    assertThat(block(c, heading).plainText()).isEqualTo(heading);
    assertThat(block(c, "Meanwhile, the risks").plainText())
        .endsWith("could escalate into a political crisis that no government wants.");
    assertThat(block(c, "The United States and"))
        .isEqualTo(block(expected, "The United States and"));
    assertThat(Accounting.lost(full, r)).isEmpty();

    // a line in title case that a sentence's end does not come before goes on in its paragraph
    String open =
        text.replace(
            shortEnd, "a political crisis that neither Tokyo nor Beijing\nWants Nor Can Afford\n");
    assertThat(texts(Fixtures.parse(open).commentary()))
        .anyMatch(t -> t.contains("neither Tokyo nor Beijing Wants Nor Can Afford The United"));
    // nor does a short line in title case over a line that is not full (the line above as wide as
    // the column, not wider, which would make it two printed lines glued)
    String shortNext =
        text.replace(shortEnd, "a crisis that no government wants.\nWhat the Cold War Teaches\n")
            .replace(
                "The United States and the Soviet Union faced a similar problem in the 1960s,\n",
                "The United States and the Soviet Union\n");
    assertThat(texts(Fixtures.parse(shortNext).commentary()))
        .noneMatch(t -> t.equals("What the Cold War Teaches"));
    // nor one after a colon, which leads into a list, a quotation or a name
    String colon =
        text.replace(shortEnd, "a political crisis, as one admiral wrote:\n" + heading + "\n");
    assertThat(texts(Fixtures.parse(colon).commentary())).noneMatch(t -> t.equals(heading));
  }

  /**
   * Hard-wrapped text whose paragraphs blank lines part, one blank line lost (as tools that place
   * lines on a grid by their height drop one now and then): a sentence's end on a line clearly
   * shorter than those around it, before a capital, ends the paragraph all the same; a sentence's
   * end on a full line does not.
   */
  @Test
  void aShortLastLineEndsItsParagraphWhereABlankLineIsLost() {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String gap = "democracy, human rights and the rule of law.\"\r\n\r\nThe timing";
    assertThat(text).contains(gap);
    Commentary expected = Fixtures.parse(text).commentary();
    String lost = text.replace(gap, "democracy, human rights and the rule of law.\"\r\nThe timing");
    ParseResult r = Fixtures.parse(lost);
    assertThat(texts(r.commentary())).isEqualTo(texts(expected));
    assertThat(Accounting.lost(lost, r)).isEmpty();
    // a sentence that ends at a full line's end goes on over the next line
    String full = "Organization. \"We have in common such fundamental values as freedom,\r\n";
    assertThat(text).contains(full);
    ParseResult joined =
        Fixtures.parse(
            text.replace(full, "Organization. \"We have in common such fundamental values.\r\n")
                .replace("democracy, human rights", "Democracy, human rights"));
    assertThat(texts(joined.commentary())).hasSameSizeAs(texts(expected));
  }

  /**
   * Where no blank line parts paragraphs (pdftotext {@code -raw} of a PDF justified in Times
   * Roman), a line that ends a sentence, which with the next word on it would be a little wider as
   * set than the widest line around, ends its paragraph all the same where the full lines around
   * that end no sentence, with the next line's first word on them, would be wider still: the column
   * lies between, and the word would have fitted ({@code ... by the United States alone.} / {@code
   * The Quad}).
   */
  @Test
  void aLineWithRoomByTheFullLinesAroundItEndsItsParagraph() {
    String text = Fixtures.read("generated-pdftotext-raw-room-by-the-lines-around.txt");
    assertThat(text).contains("by the United States alone.\nThe Quad, bringing");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.endsWith("by the United States alone."))
        .anyMatch(t -> t.startsWith("The Quad, bringing"));
  }

  /**
   * pdfium's text of a PDF justified in Times Roman on pages of two widths, its lines so long that
   * their counts of characters spread nearly as little as their widths as set: measured as set, as
   * text from a PDF is where the two nearly agree, a paragraph's full first line that ends a
   * sentence leaves no room for the next word ({@code ... for Japanese shipping.} / {@code More
   * than a third}), though counted in characters it would.
   */
  @Test
  void longLinesFromAPdfAreMeasuredAsSetWhereTheirCountsSpreadNearlyAsLittle() {
    String text = Fixtures.read("generated-pdfium-long-lines.txt");
    assertThat(text).contains("for Japanese shipping.\r\nMore than a third");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("for Japanese shipping. More than a third"));
  }

  /**
   * pdfium's text, where a paragraph's last printed line follows another on one line, folded after
   * its line-end hyphen (U+FFFE, {@code dia\uFFFElogue}): where the printed lines part is known, so
   * the last one is measured alone, and a short one ends its paragraph ({@code ... for any Japanese
   * government.} / {@code China poses}).
   */
  @Test
  void aLastLineThatPdfiumFoldedAfterAnotherIsMeasuredAlone() {
    String text = Fixtures.read("generated-pdfium-folded-last-lines.txt");
    assertThat(text)
        .contains(
            "for dia\uFFFElogue, including on the abduction issue, which remains a top priority for"
                + " any Japanese government.\r\nChina poses");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.endsWith("a top priority for any Japanese government."))
        .anyMatch(t -> t.startsWith("China poses the most complex challenge."));
  }

  /**
   * pdfium's text, where a line that ends a sentence stands under a line into which pdfium folded
   * three printed lines: that line is as wide as its widest printed line, not as two of them, and
   * leaves no room for the next word ({@code ... can be used as a weapon.} / {@code
   * Diversification}).
   */
  @Test
  void aLineThatPdfiumFoldedPrintedLinesIntoIsAsWideAsTheWidestOfThem() {
    String text = Fixtures.read("generated-pdfium-folded-lines-around.txt");
    assertThat(text).contains("can be used as a weapon.\r\nDiversification of suppliers");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("can be used as a weapon. Diversification of suppliers"));
  }

  /**
   * pdfplumber's layout text, whose first page stands beside the sidebar, each of its lines set in
   * as far as the others there and further than the next page's: a line is set in as a paragraph's
   * first only beyond the lines around it, so a line there that opens a sentence under a full one
   * that ends one goes on with its paragraph ({@code ... behind its partners.} / {@code Government
   * networks}).
   */
  @Test
  void aLineSetInOnlyAsFarAsTheLinesAroundItOpensNoParagraph() {
    String text = Fixtures.read("generated-plumber-layout-page-beside-the-sidebar.txt");
    assertThat(text).containsPattern("furthest behind its partners\\.\\n {20,}Government networks");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("furthest behind its partners. Government networks"));
  }

  /**
   * pdftotext's layout text of a PDF that sets each paragraph's first line in, its first page
   * beside the sidebar: a first line there set in beyond the lines around it opens its paragraph,
   * the line above measured from their margin, not the next page's ({@code ... on both sides.} /
   * {@code Japan-Europe security cooperation}).
   */
  @Test
  void aFirstLineSetInBeyondTheLinesAroundItOnAPageBesideTheSidebarOpensItsParagraph() {
    String text =
        Fixtures.read("generated-pdftotext-layout-first-lines-set-in-beside-the-sidebar.txt");
    assertThat(text)
        .containsPattern(
            "\\n {30,}hostage to domestic politics on both sides\\.\\n {35,}Japan-Europe security");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.endsWith("hostage to domestic politics on both sides."))
        .anyMatch(t -> t.startsWith("Japan-Europe security cooperation"));
  }

  /**
   * pdftotext's layout text, the first paragraph beside the sidebar: a row that holds the sidebar's
   * text alone leaves a blank line in the main column between two lines of a paragraph, which parts
   * it only where the line above would end it with no blank line at all ({@code ... for Japanese
   * shipping.} / {@code Yoshiji Nogami} / {@code More than a third}); never after key points
   * (pypdf's layout text).
   */
  @Test
  void aRowOfTheSidebarsAlonePartsAParagraphOnlyWhereItsLinesWould() {
    String text = Fixtures.read("generated-pdftotext-layout-sidebar-row-in-a-paragraph.txt");
    assertThat(text)
        .containsPattern(
            "for Japanese shipping\\.\\nYoshiji Nogami\\nPresident, JIIA {20,}More than a third");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("for Japanese shipping. More than a third"));

    String keyPoints = Fixtures.read("generated-pypdf-layout-sidebar-row-after-key-points.txt");
    assertThat(keyPoints)
        .containsPattern(
            "the rule of law without confrontation\\.\\nResearch Institute for Peace and\\n"
                + "Security {20,}Southeast Asia remains");
    assertThat(texts(Fixtures.parse(keyPoints).commentary()))
        .anyMatch(t -> t.startsWith("Southeast Asia remains central"));
  }

  /**
   * pdftotext's layout text, a paragraph's first line set in beside the sidebar, ending a sentence,
   * then two rows of the sidebar's text alone, then the paragraph's next line at the main column's
   * edge: the rows leave no blank line, and the line at the edge goes on with the paragraph as it
   * would with no rows between ({@code ... the weakest link in this network.} / {@code Research
   * Institute for Peace and} / {@code Security} / {@code Disputes over history}).
   */
  @Test
  void rowsOfTheSidebarsAloneUnderASetInFirstLinePartNoParagraph() {
    String text = Fixtures.read("generated-pdftotext-layout-sidebar-rows-under-a-first-line.txt");
    assertThat(text)
        .containsPattern(
            "\\nRIPS {40,}Relations with .* in this network\\.\\nResearch Institute for Peace and\\n"
                + "Security\\n {35,}Disputes over history");
    ParseResult r = Fixtures.parse(text);
    assertThat(texts(r.commentary()))
        .anyMatch(t -> t.contains("the weakest link in this network. Disputes over history"));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A paragraph's first line that ends a sentence, where the PDF set each first line in and the
   * tool dropped the indent (pdftotext {@code -raw}) or left one blank of it (pypdf), goes on where
   * an em's indent would have taken the room for the next word ({@code ... a special
   * responsibility.} / {@code As the only country}).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "generated-pdftotext-raw-first-lines-set-in.txt",
        "generated-pypdf-first-lines-set-in.txt"
      })
  void aParagraphsFirstLineThatEndsASentenceGoesOnWhereAnIndentWouldHaveTakenTheRoom(
      String fixture) {
    String text = Fixtures.read(fixture);
    assertThat(text)
        .contains("a special responsibility.\nAs the only country")
        .contains("the absence of export markets.\nThe relaxation");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("a special responsibility. As the only country"))
        .anyMatch(t -> t.contains("the absence of export markets. The relaxation"));
  }

  /**
   * Ghostscript's text (txtwrite) of a PDF whose body opens on a row of the sidebar, with no blank
   * line between paragraphs: the body's first line, after the sidebar's text on its row, stands as
   * far in as the lines under it, so the next is not set in beyond it and opens no paragraph
   * ({@code ... for Japanese shipping.} / {@code More than a third}).
   */
  @Test
  void theBodysFirstLineOnARowOfTheSidebarIsAsFarInAsTheLinesUnderIt() {
    String text = Fixtures.read("generated-ghostscript-body-beside-the-sidebar.txt");
    assertThat(text)
        .containsPattern(
            "Kenichiro Sasae {10,}Maritime security .* for Japanese shipping\\.\r\n"
                + " {10,}President, JIIA\r\n {30,}More than a third");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("for Japanese shipping. More than a third"));
  }

  /**
   * PyMuPDF's text of a PDF that sets each paragraph's first line in: it stands every first line
   * apart, a blank line under it. Where first lines that end no sentence go on in lower case under
   * their blank line, the text is read as doing so throughout, and a first line as full as the
   * column that ends a sentence opens the paragraph under it too ({@code ... in this network.} /
   * {@code Disputes over history}); each join is reported. In text that stands no first line apart,
   * a full line alone between blank lines stays a paragraph of its own.
   */
  @Test
  void aFirstLineThatTheTextStandsApartAsEveryOtherOpensTheParagraphUnderIt() {
    String text = Fixtures.read("generated-mutool-first-lines-apart.txt");
    assertThat(text)
        .contains("weakest link in this network.\n\nDisputes over history")
        .contains("a special responsibility.\n\nAs the only country")
        .contains("Public opinion in South Korea\n\nremains divided");
    ParseResult r = Fixtures.parse(text);
    assertThat(texts(r.commentary()))
        .anyMatch(
            t ->
                t.startsWith(
                    "Relations with the Republic of Korea have long been the weakest"
                        + " link in this network. Disputes over history"))
        .anyMatch(
            t ->
                t.startsWith(
                    "Nuclear disarmament is another field in which Japan carries a"
                        + " special responsibility. As the only country"))
        .anyMatch(t -> t.contains("from the absence of export markets. The relaxation"))
        .anyMatch(t -> t.endsWith("hostage to domestic politics on both sides."));
    int network = text.indexOf("network.\n\nDisputes") + "network.".length();
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PAGE_BREAK_JOINED);
              assertThat(d.span().offset()).isEqualTo(network);
              assertThat(d.message()).contains("first line");
            });

    String wrapped = Fixtures.read("hard-wrapped-later-masthead.txt");
    String full = "Allies in Europe read the speech as the opening of a partnership among equals.";
    String alone =
        Fixtures.replacingEach(wrapped, t -> full + "\r\n\r\n" + t, "The timing of the speech");
    assertThat(texts(Fixtures.parse(alone).commentary()))
        .contains(full)
        .anyMatch(t -> t.startsWith("The timing of the speech"));
  }

  /**
   * Hard-wrapped text with no blank line between paragraphs, each first line set in, and a blank
   * line above each subheading only, as a tool gives the space that a PDF leaves there: the lines
   * stand together, and a line set in opens a paragraph, after a subheading too; the blank lines
   * above the subheadings, after the short last lines of the paragraphs before them, do not make
   * them blank-line-parted paragraphs.
   */
  @Test
  void blankLinesAboveSubheadingsAloneDoNotPartParagraphs() {
    String wrapped = Fixtures.hardWrapped(SEED, 90);
    String text =
        wrapped
            .replaceAll("\n\n(?=[A-Z](?!oshikazu))", "\n   ")
            .replace("\n   The concept", "\n\nWhy NATO Matters to Asia\n   The concept")
            .replace("\n   Secondly,", "\n\nWhat Japan Should Do Next\n   Secondly,");
    assertThat(text)
        .contains("\nWhat Japan Should Do Next\n   Secondly,")
        .doesNotContain("\n\nThe");
    List<String> expected = new java.util.ArrayList<>(texts(EXPECTED.commentary()));
    expected.add(2, "Why NATO Matters to Asia");
    expected.add(6, "What Japan Should Do Next");
    Commentary c = Fixtures.parse(text).commentary();
    assertThat(texts(c)).containsExactlyElementsOf(expected);
    assertThat(c.body().get(2)).isInstanceOf(Heading.class);
    assertThat(c.body().get(6)).isInstanceOf(Heading.class);
  }

  /**
   * Hard-wrapped text whose paragraph's first line, as full as the column, ends a sentence at a
   * page's foot ({@code ... was not strategically right.} / a form feed alone / {@code After the
   * failure}): it goes on over the page break, as the first line of a paragraph longer than a line.
   */
  @Test
  void aParagraphsFullFirstLineThatEndsASentenceAtAPagesFootGoesOn() {
    String wrapped = Fixtures.hardWrapped(SEED, 66);
    String text =
        Fixtures.replacingEach(
            wrapped,
            t -> t.replace("\n", "\n\f\n"),
            "The timing of the speech, however, was not strategically right.\nAfter");
    assertThat(texts(Fixtures.parse(wrapped).commentary()))
        .anyMatch(t -> t.contains("strategically right. After the failure"));
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.contains("strategically right. After the failure"));
  }

  /**
   * A paragraph a line, one cut by a page break after a few words that end no sentence ({@code The
   * concept of Global NATO put on alert} / {@code 2} / form feed / {@code America's NATO allies}):
   * it goes on over the break, as a subheading that layout keeps with its paragraph does not stand
   * at a page's foot, though the words before it are short enough for one; not where every word of
   * them is capitalised, as a subheading's are.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The concept of Global NATO put on alert|America's NATO allies|true",
        "Against this background, European|NATO members have|true",
        "A Second Track for Japan|America's NATO allies|false"
      })
  void aShortLineCutByAPageBreakGoesOnUnlessItIsInTitleCase(
      String before, String after, boolean goesOn) {
    String cut = before + "\n\n2\n\f" + after;
    String text =
        Fixtures.replacingEach(
            SEED,
            t -> before.startsWith("A Second") ? cut + " other than" : cut,
            before.startsWith("A Second")
                ? "The concept of Global NATO put on alert America's NATO allies other than"
                : before + " " + after);
    List<String> texts = texts(Fixtures.parse(text).commentary());
    if (goesOn) {
      assertThat(texts).anyMatch(t -> t.contains(before + " " + after));
    } else {
      assertThat(texts).contains(before).anyMatch(t -> t.startsWith("America's NATO allies"));
    }
  }

  /**
   * The rest of a paragraph after a page break, its first line on the wider page ending a sentence:
   * no paragraph's first line, which an indent may have narrowed, so it leaves room for the next
   * word as the full lines around it tell ({@code ... can offer tangible benefits.} / {@code
   * Taiwan's security}).
   */
  @Test
  void theRestOfAParagraphAfterAPageBreakEndsWhereTheLinesAroundLeaveRoom() {
    String text = Fixtures.read("generated-pypdf-page-break-before-a-paragraphs-end.txt");
    assertThat(text).contains("empha-\n1\n\nsizes connectivity");
    assertThat(texts(Fixtures.parse(text).commentary()))
        .anyMatch(t -> t.endsWith("can offer tangible benefits."))
        .anyMatch(t -> t.startsWith("Taiwan's security is directly linked"));
  }

  /**
   * A paragraph end that no blank line marks, read from the shape of the lines, is reported where
   * it stands, between the two paragraphs, so that a reader can check each one: in text without
   * blank lines (a biography's start too), and where one blank line is lost. An end that a blank
   * line marks is not reported.
   */
  @Test
  void aParagraphEndThatNoBlankLineMarksIsReportedWhereItStands() {
    String raw = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    assertThat(inferredEnds(raw, Fixtures.parse(raw)))
        .containsExactly(
            "Meanwhile, the risks",
            "The agreement worked",
            "Critics will say",
            "Yoko Sakurai is",
            "Kenta Morimoto is",
            "Hiroki Ueda is");

    assertThat(inferredEnds(SEED, EXPECTED)).isEmpty();
    String wrapped = Fixtures.read("hard-wrapped-later-masthead.txt");
    assertThat(inferredEnds(wrapped, Fixtures.parse(wrapped))).isEmpty();
    String gap = "rule of law.\"\r\n\r\nThe timing";
    assertThat(wrapped).contains(gap);
    String lost = wrapped.replace(gap, "rule of law.\"\r\nThe timing");
    assertThat(inferredEnds(lost, Fixtures.parse(lost))).containsExactly("The timing of");
  }

  /**
   * Per {@code paragraph-end-inferred} diagnostic, the first three words after its span, which runs
   * from the end of a paragraph over the line end, and no blank line, to the next.
   */
  private static List<String> inferredEnds(String text, ParseResult r) {
    return r.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.PARAGRAPH_END_INFERRED)
        .map(
            d -> {
              int end = d.span().offset() + d.span().length();
              assertThat(text.substring(d.span().offset(), end))
                  .contains("\n")
                  .doesNotContainPattern("\n[ \t\r]*\n");
              return String.join(
                  " ", Arrays.asList(text.substring(end).split("\\s+", 4)).subList(0, 3));
            })
        .toList();
  }

  /**
   * Hard-wrapped text whose paragraphs blank lines part, the blank line above a subheading lost:
   * the subheading that closes the run, after a sentence's end and over a blank line, is a heading
   * all the same.
   */
  @Test
  void aSubheadingWithNoBlankLineAboveItIsAHeading() {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String gap = "Australia.\r\n\r\nA Second Track for Japan\r\n\r\n";
    assertThat(text).contains(gap);
    Commentary expected = Fixtures.parse(text).commentary();
    assertThat(expected.body()).anyMatch(b -> b instanceof Heading);
    ParseResult r =
        Fixtures.parse(text.replace(gap, "Australia.\r\nA Second Track for Japan\r\n\r\n"));
    assertThat(r.commentary().body()).isEqualTo(expected.body());

    // both blank lines lost, after a line as full as those around it
    String before = "to such democratic states as Japan and\r\n" + gap;
    assertThat(text).contains(before);
    String lost =
        text.replace(before, "to democracies such as Australia.\r\nA Second Track for Japan\r\n");
    ParseResult both = Fixtures.parse(lost);
    assertThat(both.commentary().body())
        .extracting(b -> b instanceof Heading ? "heading" : "paragraph")
        .isEqualTo(
            expected.body().stream()
                .map(b -> b instanceof Heading ? "heading" : "paragraph")
                .toList());
    assertThat(block(both.commentary(), "A Second Track")).isInstanceOf(Heading.class);
    assertThat(Accounting.lost(lost, both)).isEmpty();
  }

  /**
   * A page narrower than the next, beside the sidebar, whose last line is full for its page and
   * ends a sentence, a page number and a blank line under it: the paragraph goes on over the page
   * break, its last line measured against its own lines, not against the wider page's.
   */
  @Test
  void aFullLineOfANarrowerPageThatEndsASentenceGoesOnOverThePageBreak() {
    String text = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    String cut =
        "embarrass or endanger, to refrain from simulated attacks and to use agreed\n\f2\n"
            + "signals. An annual review";
    assertThat(text).contains(cut);
    String full =
        text.replace(
            cut,
            "embarrass or endanger, to refrain from simulated attacks, and to use signals.\n\f2\n\n"
                + "An annual review");
    ParseResult r = Fixtures.parse(full);
    assertThat(texts(r.commentary()))
        .anyMatch(
            t ->
                t.startsWith("The United States and the Soviet Union")
                    && t.contains("and to use signals. An annual review allowed")
                    && t.endsWith("involving their foreign ministries."));
    assertThat(Accounting.lost(full, r)).isEmpty();
  }

  /**
   * A subheading that asks a question (What Next for Japan?), with no blank line under it, as
   * pdfminer leaves one: a heading, as one that ends with a word is; a question of the prose, not
   * in title case, is not.
   */
  @Test
  void aQuestionSubheadingWithNoBlankLineUnderItIsAHeading() {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String gap = "A Second Track for Japan\r\n\r\n";
    assertThat(text).contains(gap);
    Commentary expected = Fixtures.parse(text).commentary();
    String asked = text.replace(gap, "What Next for Japan?\r\n");
    ParseResult r = Fixtures.parse(asked);
    assertThat(block(r.commentary(), "What Next")).isInstanceOf(Heading.class);
    assertThat(block(r.commentary(), "What Next").plainText()).isEqualTo("What Next for Japan?");
    assertThat(texts(r.commentary())).hasSameSizeAs(texts(expected));
    assertThat(Accounting.lost(asked, r)).isEmpty();

    String prose = text.replace(gap, "Where does this leave Japan?\r\n");
    assertThat(texts(Fixtures.parse(prose).commentary())).hasSize(texts(expected).size() - 1);
  }

  /**
   * Hard-wrapped text whose paragraphs blank lines part, a subheading with no blank line under it
   * over a paragraph of one full line that ends a sentence, blank lines around the two: the
   * subheading is a heading and the line a paragraph of its own.
   */
  @Test
  void aSubheadingOverAParagraphOfOneLineIsAHeading() {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String gap =
        "A Second Track for Japan\r\n\r\n"
            + "The concept of Global NATO put on alert America's NATO allies other than\r\n"
            + "Britain concerned about the unilateralism of the Bush administration. NATO\r\n";
    assertThat(text).contains(gap);
    String one =
        text.replace(
            gap,
            "A Second Track for Japan\r\n"
                + "The concept of Global NATO put America's allies other than Britain on alert.\r\n"
                + "\r\n"
                + "The unilateralism of the Bush administration concerned them. NATO\r\n");
    ParseResult r = Fixtures.parse(one);
    assertThat(texts(r.commentary()))
        .containsSubsequence(
            "A Second Track for Japan",
            "The concept of Global NATO put America's allies other than Britain on alert.");
    assertThat(block(r.commentary(), "A Second Track")).isInstanceOf(Heading.class);
    assertThat(block(r.commentary(), "The unilateralism").plainText())
        .contains("NATO members took it");
    assertThat(Accounting.lost(one, r)).isEmpty();
  }

  /**
   * PDFBox's text of a generated commentary with two authors, no blank lines, set in a proportional
   * font: the first biography, one line a tenth wider than the body's lines, opens a sentence after
   * the paragraph's last line that ends one. It is no glued line that ends the paragraph above it,
   * and the biography stays the author's, with its second sentence after the page break.
   */
  @Test
  void aWiderBiographyLineAfterAParagraphsEndIsNoGluedLine() {
    String text = Fixtures.read("generated-pdfbox-wider-biography-line.txt");
    assertThat(text)
        .contains(
            "cannot delegate to others.\nYoshikazu Kubo is Associate Professor of Political Science"
                + " at Doshisha University.\n");
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary().authors().get(0).biography())
        .hasValue(
            "Yoshikazu Kubo is Associate Professor of Political Science at Doshisha University."
                + " She is the author of Japan's Quiet Leadership (2019).");
    assertThat(r.commentary().bodyText()).doesNotContain("Doshisha", "She is the author");
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * PDFBox's text of a generated commentary, justified, no blank lines, its first page beside the
   * sidebar and the next a third wider: the long lines of the two pages spread as much as set as in
   * characters, but next to each other they match as set. So the text is read as set in a
   * proportional font, and a full line that ends a sentence, with room for the next word in
   * characters but none as set, goes on with the next line.
   */
  @Test
  void aJustifiedTextOnPagesOfTwoWidthsIsMeasuredAsSet() {
    String text = Fixtures.read("generated-pdfbox-two-page-widths.txt");
    String at =
        "(UNCLOS) is instructive.\nThe so-called \"proactive contribution to peace\" approach";
    assertThat(text).contains(at);
    ParseResult r = Fixtures.parse(text);
    assertThat(texts(r.commentary()))
        .anyMatch(t -> t.contains("(UNCLOS) is instructive. The so-called"));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * pdftotext's raw text of a PDF whose biography is set wider than the column: the paragraph's
   * full line that ends a sentence two lines above the biography's first line goes on, its width
   * measured against the column's lines around it, not the biography's ({@code ... the tools to
   * play a larger role.} / {@code Whether it uses them wisely}).
   */
  @Test
  void aLineThatEndsASentenceAboveAWiderBiographyIsMeasuredAgainstTheColumn() {
    String fixture = "generated-pdftotext-raw-wider-biography-lines.txt";
    assertThat(Fixtures.read(fixture))
        .contains(
            "\nYuko Hayashi is Senior Research Fellow at the Japan Institute of International"
                + " Affairs. She specializes in\n");
    assertReadsOn(
        fixture,
        "to play a larger role.\nWhether it uses them wisely",
        "the tools to play a larger role. Whether it uses them wisely");
  }

  /**
   * pdftotext's text of a generated commentary set ragged right, no blank lines: a line that ends a
   * sentence ({@code was deliberately framed to be inclusive.} / {@code Its updated version}) is a
   * little wider than the widest line around it, and a line five below, full and ending no
   * sentence, shows how little wider the column may be. The word would not have fitted, so the
   * paragraph goes on.
   */
  @Test
  void aRaggedRightLineIsMeasuredAgainstTheFullLinesFiveAround() {
    assertReadsOn(
        "generated-pdftotext-ragged-right-sentence-end-at-a-full-line.txt",
        "was deliberately framed to be inclusive.\nIts updated version emphasizes",
        "framed to be inclusive. Its updated version emphasizes");
  }

  /**
   * pdftotext's text of a generated commentary set ragged right, no blank lines, its last paragraph
   * over a biography in a measure a tenth wider: a line two above the paragraph's short last line
   * that ends a sentence ({@code the tools to play a larger role.} / {@code Whether it uses them
   * wisely}) is measured against the paragraph's lines, not against the biography's beyond that
   * last line, and goes on with the next line.
   */
  @Test
  void linesBeyondAParagraphsShortLastLineSetNoColumnWidthForItsLines() {
    ParseResult r =
        assertReadsOn(
            "generated-pdftotext-ragged-right-biography.txt",
            "to play a larger role.\nWhether it uses them wisely will depend on leadership, public"
                + " understanding and the\npatience to build trust over time.\nJun Okada is",
            "the tools to play a larger role. Whether it uses them wisely");
    assertThat(r.commentary().authors().get(0).biography()).isPresent();
  }

  /**
   * mutool's text of a generated commentary, justified in a sans-serif font, no blank lines: a
   * printed line with wide blanks comes cut into its words, one to a line, each with a blank after
   * it, as no other line of the text has. A piece that ends a sentence ({@code concession. }) ends
   * no paragraph: the printed line goes on ({@code Sustained}).
   */
  @Test
  void aPrintedLineCutAtItsBlanksEndsNoParagraphAtASentencesEnd() {
    assertReadsOn(
        "generated-mutool-line-cut-at-wide-blanks.txt",
        "\none-sided \nconcession. \nSustained \ndialogue \n",
        "a one-sided concession. Sustained dialogue between");
  }

  /**
   * The same text as a tool gives it that writes a blank after a paragraph's short last line, and
   * after no other line: blanks after lines that end sentences tell of no line cut at a wide blank,
   * and the paragraphs are parted as in the text without them.
   */
  @Test
  void blanksAfterParagraphsLastLinesCutNoLine() {
    String text = Fixtures.read("generated-mutool-line-cut-at-wide-blanks.txt");
    String plain = text.replaceAll(" +\n", "\n");
    String lastLines = plain.replaceAll("(?m)^(.{1,60}\\.)\n(?=[A-Z])", "$1 \n");
    assertThat(lastLines).isNotEqualTo(plain);
    assertThat(texts(Fixtures.parse(lastLines).commentary()))
        .isEqualTo(texts(Fixtures.parse(plain).commentary()));
  }

  /**
   * pdftotext's text of a generated commentary, justified, no blank lines, with three printed lines
   * glued into one two lines above a sentence's end at a full line ({@code can be used as a
   * weapon.} / {@code Diversification of ...}): such a line is no measure of the column, which its
   * first printed line would be where it held two. The sentence's end goes on with the next line,
   * whose first word would not have fitted.
   */
  @Test
  void threePrintedLinesGluedIntoOneSetNoColumnWidth() {
    String fixture = "generated-pdftotext-three-printed-lines-glued.txt";
    assertThat(Fixtures.read(fixture))
        .containsPattern("\n[^\n]{250,}\n2010, when China restricted exports");
    assertReadsOn(
        fixture,
        "can be used as a weapon.\nDiversification of suppliers",
        "can be used as a weapon. Diversification of suppliers");
  }

  /**
   * pdftotext's text of a hyphenated PDF, a paragraph's full line glued to a last line of two
   * words, the two only a tenth wider than the full lines around them in characters: set in a
   * proportional font, the line is wider than any that the column holds, and it ends its paragraph
   * as the short last line would have.
   */
  @Test
  void aGluedLineATenthWiderThanTheColumnEndsItsParagraph() {
    String at = "extending membership\nto such democratic states as Japan and Australia.\n";
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    assertThat(text).contains(at);
    String shortEnd = text.replace(at, "extending membership\nto Japan.\n");
    String glued = text.replace(at, "extending membership to Japan.\n");
    List<String> expected = texts(Fixtures.parse(shortEnd).commentary());
    assertThat(expected)
        .anyMatch(t -> t.endsWith("by extending membership to Japan."))
        .anyMatch(t -> t.startsWith("The concept of Global NATO put on alert"));
    ParseResult r = Fixtures.parse(glued);
    assertThat(texts(r.commentary())).isEqualTo(expected);
    assertThat(Accounting.lost(glued, r)).isEmpty();
  }

  /**
   * Text whose paragraphs blank lines part, a subheading with no blank line under it, as at the top
   * of a page under the running head: over a paragraph of one line, or over a first line left short
   * because the next word would not have fitted on it, a heading all the same.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Quad gives Japan a second track for multilateral security cooperation.\n",
        "The concept of Global NATO put on alert the NATO allies, and\n"
            + "counterintuitively Britain, which had been concerned about the unilateralism\n"
            + "of the Bush administration.\n"
      })
  void aSubheadingWithNoBlankLineUnderItIsAHeading(String paragraph) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String heading = "\n\nA Second Track for Japan\n\n";
    assertThat(text).contains(heading);
    String parted = text.replace(heading, heading + paragraph + "\n");
    Commentary expected = Fixtures.parse(parted).commentary();
    assertThat(block(expected, "A Second Track")).isInstanceOf(Heading.class);
    String close = text.replace(heading, "\n\nA Second Track for Japan\n" + paragraph + "\n");
    ParseResult r = Fixtures.parse(close);
    assertThat(r.commentary()).isEqualTo(expected);
    assertThat(Accounting.lost(close, r)).isEmpty();
  }

  /**
   * A name in title case over a biography of one line that opens with it, or a line in title case
   * over one that ends with no sentence's end: no heading.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hanako Mori Suzuki\nHanako Mori Suzuki is Professor at Keio University.\n",
        "The Second Track for Japan\nand the Quad would be the work of the next government\n"
      })
  void aLineInTitleCaseOverALineThatIsNoParagraphIsNoHeading(String lines) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String heading = "\n\nA Second Track for Japan\n\n";
    assertThat(text).contains(heading);
    String changed = text.replace(heading, "\n\n" + lines + "\n");
    assertThat(Fixtures.parse(changed).commentary().body()).noneMatch(b -> b instanceof Heading);
  }

  @Test
  void aParagraphThatEndsInAWebAddressEndsThere() {
    String address =
        "The text of the speech is on the website of the Ministry of Foreign Affairs at"
            + " https://www.mofa.go.jp/region/europe/pmv0701/nato.html";
    Commentary c = Fixtures.parse(SEED.replace(THIRD, THIRD + "\n\n" + address)).commentary();
    assertThat(texts(c)).hasSize(EXPECTED.commentary().body().size() + 1).contains(address);
  }

  @Test
  void aSentenceThatEndsInAColonOverAListIsNoHeading() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String first = "\n\u2022 Japan and NATO";
    assertThat(text).contains(first);
    Commentary plain = Fixtures.parse(text).commentary();
    Commentary c =
        Fixtures.parse(text.replace(first, "\nJapan should take two steps:" + first)).commentary();
    assertThat(c.body().get(0)).isInstanceOf(Paragraph.class);
    assertThat(c.body().get(0).plainText()).isEqualTo("Japan should take two steps:");
    assertThat(c.body().subList(1, c.body().size())).isEqualTo(plain.body());
    assertThat(plain.body().get(0)).isInstanceOf(BulletList.class);
  }

  /**
   * The items of a numbered list, one a line where extraction wrapped them, each ending in a
   * semicolon, with {@code and} or {@code or} after it or not: each item a paragraph of its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"; and", "; or", ";", ", and"})
  void numberedItemsEndingInASemicolonAndAnAndArePartedFromEachOther(String end) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String next = "A Second Track for Japan\n";
    assertThat(text).contains("\n\n" + next);
    String list =
        "Japan should take three steps:\n"
            + "(1) deepen its dialogue with NATO on security in Asia and in\n"
            + "Europe"
            + end
            + "\n(2) send civilian experts to the Provincial Reconstruction Teams in\n"
            + "Afghanistan"
            + end
            + "\n(3) join NATO's exercises on disaster relief.\n\n";
    List<String> texts = texts(Fixtures.parse(text.replace(next, list + next)).commentary());
    assertThat(texts)
        .containsSubsequence(
            "Japan should take three steps:",
            "(1) deepen its dialogue with NATO on security in Asia and in Europe" + end,
            "(2) send civilian experts to the Provincial Reconstruction Teams in Afghanistan" + end,
            "(3) join NATO's exercises on disaster relief.",
            "A Second Track for Japan");
  }

  /**
   * A numbered item alone between blank lines after an item that ends in "; and", as a tool that
   * parts a list's lines by blank lines gives it: text, not page furniture.
   */
  @Test
  void aNumberedItemAloneAfterAnOpenItemIsNoFurniture() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String next = "A Second Track for Japan\n";
    String list =
        "Japan should take three steps:\n\n"
            + "(1) deepen its dialogue with NATO on security in Asia and in Europe; and\n\n"
            + "(2) send civilian experts to the Provincial Reconstruction Teams in\n\n"
            + "the provinces of Afghanistan.\n\n";
    ParseResult r = Fixtures.parse(text.replace(next, list + next));
    assertThat(texts(r.commentary()))
        .contains(
            "(1) deepen its dialogue with NATO on security in Asia and in Europe; and",
            "(2) send civilian experts to the Provincial Reconstruction Teams in the provinces of"
                + " Afghanistan.");
    assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("(2) send"));
  }

  /**
   * Where no blank line parts paragraphs, the items of a numbered list that each end in a
   * semicolon, the last but one with "and": each item a paragraph of its own.
   */
  /**
   * Each enumerator alone on its line, a blank line between it and its item's text, as extraction
   * gives a label set apart by a tab: the label opens its item, and the sentence that leads into
   * the list with a colon ends its paragraph; in text with blank lines between paragraphs or none.
   * Such labels number on from each other; one alone is not taken for a label.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\n\n"})
  void anEnumeratorAloneOnItsLineOpensItsItem(String between) {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String at = "territorial defense.\nThe timing of the speech";
    assertThat(text).contains(at);
    String list =
        "territorial defense."
            + between
            + "Japan should take two steps:\n1.\n\n"
            + "Deepen its dialogue with NATO on security in Asia and in\nEurope.\n\n2.\n\n"
            + "Send civilian experts to the Provincial Reconstruction Teams.\n"
            + between.substring(1)
            + "The timing of the speech";
    List<String> texts = texts(Fixtures.parse(text.replace(at, list)).commentary());
    if (between.length() == 2) {
      assertThat(texts).noneMatch(t -> t.endsWith("defense. Japan should take two steps:"));
    }
    assertThat(texts)
        .anyMatch(t -> t.endsWith("Japan should take two steps:"))
        .containsSubsequence(
            "1. Deepen its dialogue with NATO on security in Asia and in Europe.",
            "2. Send civilian experts to the Provincial Reconstruction Teams.");
    // one such number alone, with none before or after it, may as well be a page number
    String lone = text.replace(at, "territorial defense.\n\n2.\n\nThe timing of the speech");
    assertThat(texts(Fixtures.parse(lone).commentary()))
        .noneMatch(t -> t.startsWith("2. The timing"));
  }

  /**
   * A number that closes a sentence alone on its line, the line above it full and ending in mid
   * sentence ({@code grew from 15 in 2001 to} / {@code 25.}), as a hard-wrapped paragraph's last
   * line may be: no enumerator over an item's text, so the paragraph ends after it where no blank
   * line parts it from the next.
   */
  @Test
  void aNumberThatClosesASentenceAloneOnItsLineEndsItsParagraph() {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String at =
        "pillars\nof the Self Defense Forces' duties with the other being territorial defense.\n"
            + "The timing of the speech";
    assertThat(text).contains(at);
    String number =
        "pillars\nof the Self Defense Forces' duties; such activities grew from 15 in 2001 to\n25.\n"
            + "The timing of the speech";
    String changed = text.replace(at, number);
    ParseResult r = Fixtures.parse(changed);
    assertThat(texts(r.commentary()))
        .anyMatch(t -> t.endsWith("such activities grew from 15 in 2001 to 25."))
        .anyMatch(t -> t.startsWith("The timing of the speech"));
    assertThat(Accounting.lost(changed, r)).isEmpty();
  }

  /**
   * A key point whose line ends with a word that no sentence ends with ({@code within}) goes on
   * with the next line, though that opens with a capital and the line is short of the width.
   */
  @Test
  void aKeyPointThatEndsWithAnOpenWordGoesOnWithANameOnTheNextLine() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String at =
        "\u2022 The Quad and ASEAN give Japan a second track for multilateral security\ncooperation.";
    assertThat(text).contains(at);
    String within = "\u2022 The Quad and ASEAN give Japan a track within\nAsia and beyond.";
    Commentary c = Fixtures.parse(text.replace(at, within)).commentary();
    assertThat(((BulletList) c.body().get(0)).items())
        .extracting(i -> i.plainText())
        .last()
        .isEqualTo("The Quad and ASEAN give Japan a track within Asia and beyond.");
    assertThat(c.body().get(1).plainText()).doesNotStartWith("Asia");
  }

  /**
   * A line separator (U+2028) inside a paragraph of text that gives each paragraph a line, as a
   * copy of a page with a manual line break holds it: the paragraph goes on; a paragraph separator
   * (U+2029) ends it.
   */
  @Test
  void aLineSeparatorInsideAParagraphOfALineGoesOn() {
    String at = "coalition of the willing. The concept";
    assertThat(SEED).contains(at);
    ParseResult r = Fixtures.parse(SEED.replace(at, "coalition of the willing.\u2028The concept"));
    assertThat(r.commentary()).isEqualTo(EXPECTED.commentary());
    assertThat(
            texts(
                Fixtures.parse(SEED.replace(at, "coalition of the willing.\u2029The concept"))
                    .commentary()))
        .anyMatch(t -> t.endsWith("coalition of the willing."));
  }

  /**
   * pdftotext's text of a hyphenated PDF, some lines two printed lines glued where it undid a
   * hyphenation: each paragraph is whole, and no page break is reported where the lines of a
   * paragraph stand one under the other, only at the page's foot.
   */
  @Test
  void pdftotextsGluedLinesMakeWholeParagraphsWithNoPageBreakInside() {
    String text = Fixtures.read("pdftotext-dehyphenated-glued-lines.txt");
    ParseResult r = Fixtures.parse(text);
    assertThat(texts(r.commentary()))
        .anyMatch(
            t ->
                t.startsWith("A better approach is to build a web of overlapping partnerships")
                    && t.endsWith("As the German guidelines themselves put it:"))
        .anyMatch(
            t ->
                t.startsWith("In September 2020 Germany published its first")
                    && t.endsWith(
                        "European interest in the Indo-Pacific is no longer rhetorical."));
    String cut = "in the \u201cLa P\u00e9rouse\u201d exercise";
    assertThat(text).contains(cut);
    int pageFoot = text.substring(0, text.indexOf(cut)).split("\n", -1).length;
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
        .extracting(d -> d.span().line())
        .containsExactly(pageFoot);
  }

  /**
   * A question alone between two paragraphs heads the next where it is in title case ({@code What
   * Next for Japan?}); in sentence case, or with a comma in it, it is a paragraph of the prose
   * ({@code What, then, should Japan do?}).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What Next for Japan? | heading",
        "Can Tokyo Afford It? | heading",
        "What, then, should Japan do? | paragraph",
        "Is that enough? | paragraph",
        "Why does this matter for Japan? | paragraph"
      })
  void aQuestionAloneIsAHeadingOnlyInTitleCase(String question, String kind) {
    String next = "Secondly, cooperation with NATO members";
    assertThat(SEED).contains("\n\n" + next);
    Commentary c = Fixtures.parse(SEED.replace(next, question + "\n\n" + next)).commentary();
    assertThat(block(c, question))
        .satisfies(b -> assertThat(b instanceof Heading ? "heading" : "paragraph").isEqualTo(kind));
    assertThat(block(c, question).plainText()).isEqualTo(question);
  }

  /**
   * A page break that only a form feed marks, between two lines of a hard-wrapped paragraph, with
   * no blank line around it: the lines go on as one paragraph, and the break is reported where it
   * stands.
   */
  @Test
  void aFormFeedBetweenTwoLinesOfAParagraphIsReportedAsAPageBreakJoined() {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String at = "\r\nAustralia.\r\n";
    assertThat(text).contains(at);
    String broken = text.replace(at, "\r\n\fAustralia.\r\n");
    ParseResult r = Fixtures.parse(broken);
    assertThat(texts(r.commentary())).isEqualTo(texts(Fixtures.parse(text).commentary()));
    int formFeed = broken.indexOf('\f');
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_BREAK_JOINED)
        .filteredOn(d -> d.span().offset() <= formFeed && d.span().endOffset() > formFeed)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("a form feed"));
    assertThat(r.diagnostics()).hasSize(Fixtures.parse(text).diagnostics().size() + 1);
    assertThat(Accounting.lost(broken, r)).isEmpty();
  }

  /**
   * pdftotext's text of a hyphenated PDF, a paragraph's full line glued to its short last line
   * where pdftotext undid a hyphenation: a line 1.3 times as wide as the full lines around it, no
   * other line around it as wide, ends its paragraph as the short last line would have.
   */
  @Test
  void aGluedLineWhoseSecondLineIsShortEndsItsParagraph() {
    String at = "extending membership\nto such democratic states as Japan and Australia.\n";
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    assertThat(text).contains(at);
    String shortEnd = text.replace(at, "extending membership\nto Japan and Australia.\n");
    String glued = text.replace(at, "extending membership to Japan and Australia.\n");
    List<String> expected = texts(Fixtures.parse(shortEnd).commentary());
    assertThat(expected)
        .anyMatch(t -> t.endsWith("by extending membership to Japan and Australia."))
        .anyMatch(t -> t.startsWith("The concept of Global NATO put on alert"));
    ParseResult r = Fixtures.parse(glued);
    assertThat(texts(r.commentary())).isEqualTo(expected);
    assertThat(Accounting.lost(glued, r)).isEmpty();
  }

  /**
   * A paragraph's first line on a page narrower than the rest (beside the sidebar), as wide as the
   * lines around it, parted from the rest by a blank line (as some tools part an indented first
   * line) over a line that opens with a name: no heading, but the paragraph's first line.
   */
  @Test
  void aFullLineOfANarrowerPageOverANameIsNoHeading() {
    String text = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    String at =
        "In 2012 the defense authorities of the two countries agreed in principle on a\n"
            + "maritime communication mechanism,";
    assertThat(text).contains(at);
    String parted =
        text.replace(
            at,
            "In 2012 the defense authorities of the two countries agreed on the Japan-China\n\n"
                + "Maritime Communication Mechanism,");
    ParseResult r = Fixtures.parse(parted);
    assertThat(r.commentary().body())
        .filteredOn(b -> b instanceof Heading)
        .extracting(Block::plainText)
        .containsExactly("An Unfinished Mechanism", "What the Cold War Teaches");
    assertThat(texts(r.commentary()))
        .anyMatch(
            t ->
                t.startsWith(
                    "In 2012 the defense authorities of the two countries agreed on the"
                        + " Japan-China Maritime Communication Mechanism, including"));
    assertThat(Accounting.lost(parted, r)).isEmpty();
  }

  @Test
  void numberedItemsWithNoBlankLinesArePartedFromEachOther() {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String at = "territorial defense.\nThe timing of the speech";
    assertThat(text).contains(at);
    String list =
        "territorial defense.\nJapan should take three steps:\n"
            + "(1) deepen its dialogue with NATO on security in Asia and in\n"
            + "Europe;\n"
            + "(2) send civilian experts to the Provincial Reconstruction Teams in\n"
            + "Afghanistan; and\n"
            + "(3) join NATO's exercises on disaster relief.\n"
            + "The timing of the speech";
    List<String> texts = texts(Fixtures.parse(text.replace(at, list)).commentary());
    assertThat(texts)
        .containsSubsequence(
            "(1) deepen its dialogue with NATO on security in Asia and in Europe;",
            "(2) send civilian experts to the Provincial Reconstruction Teams in Afghanistan; and",
            "(3) join NATO's exercises on disaster relief.");
  }

  /**
   * A paragraph's first line alone before a page break, a sentence ending inside it: no heading,
   * and the paragraph joined again, where each paragraph is a line as in the seed.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Japan acted quickly. The emergency package that it adopted in April"
            + " | 2020 included support for its partners in NATO.",
        "Together, the two economies account for about a quarter of world GDP. President Yoon"
            + " | Suk Yeol has since taken a more pragmatic line toward Japan.",
        "Growth slowed in 2019. Japan | then turned to its partners in NATO.",
        "China is Japan's largest trading partner, and some"
            + " | 13,000 Japanese companies operate there."
      })
  void aLineWithASentencesEndInsideOrAnOpenEndIsNoHeading(String first, String rest) {
    String next = "Against this background,";
    assertThat(SEED).contains("\n\n" + next);
    String cut = first + "\n\n" + rest + "\n\n";
    Commentary c = Fixtures.parse(SEED.replace(next, cut + next)).commentary();
    assertThat(texts(c)).contains(first + " " + rest);
    assertThat(c.body()).noneMatch(b -> b instanceof Heading);
  }

  /**
   * A subheading in quotation marks, in title case, as a slogan is set: a heading; a quoted
   * sentence alone stays a paragraph.
   */
  @Test
  void aQuotedSubheadingInTitleCaseIsAHeading() {
    String next = "Against this background,";
    assertThat(SEED).contains("\n\n" + next);
    for (String quoted :
        new String[] {
          "\"Proactive Contribution to Peace\"", "\u201CA Free and Open Indo-Pacific\u201D"
        }) {
      Commentary c = Fixtures.parse(SEED.replace(next, quoted + "\n\n" + next)).commentary();
      assertThat(block(c, quoted.substring(0, 4))).isInstanceOf(Heading.class);
    }
    String sentence = "\"We have in common such fundamental values.\"";
    Commentary c = Fixtures.parse(SEED.replace(next, sentence + "\n\n" + next)).commentary();
    assertThat(block(c, sentence.substring(0, 8))).isInstanceOf(Paragraph.class);
  }

  /**
   * Notes one after another with no blank line between them, under a label with a blank line under
   * it or none: each note a paragraph, the label apart.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'%d ' | Notes | true",
        "'[%d] ' | Notes | true",
        "'%d. ' | Notes | true",
        "'%d ' | Notes | false",
        "'[%d] ' | Endnotes: | false",
        "'%d. ' | Notes | false"
      })
  void notesWithNoBlankLineBetweenThemArePartedByTheirNumbers(
      String number, String label, boolean blankLineUnderIt) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String end = "The Association of Japanese Institutes of Strategic Studies.\n";
    assertThat(text).contains(end);
    String[] notes = {
      "Ministry of the Environment, \"Japan's Nationally Determined Contribution (NDC),\" 22\n"
          + "October 2021.",
      "Cabinet Secretariat, \"Basic Policy for the Realization of GX,\" 10 February 2023.",
      "Ministry of Economy, Trade and Industry, \"Joint Statement of the AZEC Ministerial\n"
          + "Meeting,\" 4 March 2023."
    };
    StringBuilder section = new StringBuilder("\n" + label + (blankLineUnderIt ? "\n\n" : "\n"));
    for (int i = 0; i < notes.length; i++) {
      section.append(String.format(number, i + 1)).append(notes[i]).append('\n');
    }
    List<String> texts = texts(Fixtures.parse(text.replace(end, end + section)).commentary());
    assertThat(texts)
        .endsWith(
            label,
            String.format(number, 1) + notes[0].replace('\n', ' '),
            String.format(number, 2) + notes[1],
            String.format(number, 3) + notes[2].replace('\n', ' '));
  }

  @Test
  void aShortLineThatEndsTheLastKeyPointEndsTheListThoughNoBlankLineFollows() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String gap = "cooperation.\n\n\"Japan and NATO";
    assertThat(text).contains(gap);
    Commentary expected = Fixtures.parse(text).commentary();
    Commentary c = Fixtures.parse(text.replace(gap, "cooperation.\n\"Japan and NATO")).commentary();
    assertThat(c.body()).isEqualTo(expected.body());
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
  }

  @Test
  void aKeyPointOneALineEndsAtItsLineWhereEachParagraphIsALine() {
    String list = "\u2022 Japan and NATO share values.\n\u2022 The Quad matters too.\n";
    int first = SEED.indexOf("The timing of the speech");
    String text = SEED.substring(0, first) + list + SEED.substring(first);
    Commentary c = Fixtures.parse(text).commentary();
    assertThat(texts(c))
        .containsSubsequence(
            "Japan and NATO share values.\nThe Quad matters too.",
            block(EXPECTED.commentary(), "The timing of the speech").plainText());
  }

  @Test
  void aSubheadingInTitleCaseWrappedOverTwoLinesOrAsWideAsTheTextIsAHeading() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String timing = "\nThe timing of the speech";
    assertThat(text).contains(timing);
    Commentary expected = Fixtures.parse(text).commentary();
    for (String heading :
        new String[] {
          "Japan's Search for a Second Track in Multilateral Security\nCooperation with Europe and"
              + " Asia",
          "Japan's Search for a Second Track in Multilateral Security Cooperation with Europe"
        }) {
      Commentary c =
          Fixtures.parse(text.replace(timing, "\n" + heading + "\n" + timing)).commentary();
      Block h = block(c, "Japan's Search");
      assertThat(h).isInstanceOf(io.github.ajiss4j.model.Heading.class);
      assertThat(h.plainText()).isEqualTo(heading.replace('\n', ' '));
      assertThat(c.body()).hasSize(expected.body().size() + 1);
      assertThat(block(c, "The timing of the speech"))
          .isEqualTo(block(expected, "The timing of the speech"));
    }
  }

  @Test
  void aParagraphCutAfterAnHonorificOrAPossessiveGoesOn() {
    String third = "The concept of Global NATO put on alert America's NATO allies";
    String fourth = "Against this background, European NATO members";
    assertThat(SEED).contains(third, fourth);
    String cut =
        SEED.replace(third, "The concept of Global NATO put on alert America's\n\nNATO allies")
            .replace(fourth, "Against this background, Mr.\n\nSmith said, European NATO members");
    Commentary c = Fixtures.parse(cut).commentary();
    assertThat(c.body()).hasSize(EXPECTED.commentary().body().size());
    assertThat(block(c, "The concept of Global NATO")).isInstanceOf(Paragraph.class);
    assertThat(block(c, "Against this background").plainText())
        .startsWith("Against this background, Mr. Smith said, European NATO members");
  }

  @Test
  void aShortLastKeyPointWithNoFullStopEndsTheList() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String gap = "cooperation.\n\n\"Japan and NATO";
    assertThat(text).contains(gap, "areas first.\n");
    Commentary expected =
        Fixtures.parse(
                text.replace("areas first.\n", "areas first\n")
                    .replace(gap, "cooperation\n\n\"Japan and NATO"))
            .commentary();
    Commentary c =
        Fixtures.parse(
                text.replace("areas first.\n", "areas first\n")
                    .replace(gap, "cooperation\n\"Japan and NATO"))
            .commentary();
    assertThat(c.body()).isEqualTo(expected.body());
    assertThat(((BulletList) c.body().get(0)).items()).hasSize(2);
  }

  @Test
  void aLongSubheadingInTitleCaseOverTwoLinesIsAHeading() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String timing = "\nThe timing of the speech";
    String heading =
        "The Alliance, Defense Spending and the Question of How to Pay for a\nLarger Defense Budget";
    Commentary c =
        Fixtures.parse(text.replace(timing, "\n" + heading + "\n" + timing)).commentary();
    assertThat(block(c, "The Alliance, Defense"))
        .isInstanceOf(io.github.ajiss4j.model.Heading.class);
    assertThat(block(c, "The timing of the speech").plainText())
        .startsWith("The timing of the speech");
  }

  /**
   * A footer line that extraction put between the two halves of a sentence, with no page number or
   * form feed to show the page break, as pdfminer or PyMuPDF may: dropped and reported where the
   * sentence breaks after a word that no sentence ends with; a page number in Roman numerals too.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "\u00A9 The Association of Japanese Institutes of Strategic Studies",
        "No.250 AJISS-Commentary",
        "ii"
      })
  void aFooterBetweenTheHalvesOfASentenceIsDropped(String footer) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String cut = "a Japanese head of\n";
    assertThat(text).contains(cut);
    ParseResult expected = Fixtures.parse(text);
    String input = text.replace(cut, "a Japanese head of\n\n" + footer + "\n\n");
    ParseResult r = Fixtures.parse(input);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .anySatisfy(d -> assertThat(d.span().offset()).isEqualTo(input.indexOf(footer)));
  }
}
