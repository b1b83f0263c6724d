package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A running head or foot that a later page repeats, the series name with or without the issue, or
 * the publisher, or a web address or a copyright line next to a page break, or any line alone
 * between a paragraph cut in mid-sentence and the rest of it, is page furniture: dropped where it
 * cuts the body, reported, and taken as a page break, so the paragraph it cuts is joined again.
 */
class RunningHeadTest {

  /** The seed's paragraph that a page break cuts: its first half ends "Caught in a dilemma of". */
  private static final String CUT = "Caught in a dilemma of\n\n\"security\" and";

  private static final ParseResult SEED = parse(Fixtures.read("seed-093.txt"));

  private static ParseResult parse(String text) {
    return Fixtures.parse(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AJISS-Commentary",
        "AJISS-Commentary No.93",
        "AJISS-Commentary No.\u00A093",
        "AJISS-Commentary No. 93, 8 June 2010",
        "AJISS Commentary | No.93. 8 June 2010",
        "AJISS-Commentary No.93                                        2",
        "AJISS-Commentary No.93 | 2",
        "No.93. 8 June 2010",
        "\u211693. 8 June 2010",
        "The Association of Japanese Institutes of Strategic Studies",
        "\f2\n\nAJISS-Commentary No.93",
        "2\n\nwww.jiia.or.jp",
        "http://www.jiia.or.jp/en/\n\f",
        "Copyright \u00A9 2010 The Japan Institute of International Affairs. All rights reserved."
            + "\n- 2 -\n\f",
        "\f\u00A9 JIIA",
        "(c) 2010 JIIA\n\f"
      })
  void aRunningHeadAtAPageBreakIsDroppedAndThePageBreakJoined(String head) {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains(CUT);
    String text = seed.replace(CUT, "Caught in a dilemma of\n\n" + head + "\n\n\"security\" and");
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    List<Diagnostic> dropped =
        r.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
            .toList();
    assertThat(dropped).isNotEmpty();
    Diagnostic last = dropped.get(dropped.size() - 1);
    String line = head.strip().substring(head.strip().lastIndexOf('\n') + 1);
    assertThat(last.span().offset()).isEqualTo(text.indexOf(line, text.indexOf("dilemma of")));
    assertThat(last.span().endOffset() - last.span().offset()).isEqualTo(line.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AJISS-Commentary readers will know the answer.",
        "The Association of Japanese Institutes of Strategic Studies met in Tokyo."
      })
  void aSentenceThatOpensWithTheSeriesOrThePublisherStaysInTheBody(String sentence) {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        seed.replace(CUT, "Caught in a dilemma of\n\n" + sentence + "\n\n\"security\" and");
    ParseResult r = parse(text);
    assertThat(r.commentary().body()).anyMatch(b -> b.plainText().contains(sentence));
  }

  /** A copyright line last in the text, after the biography, is a footer too. */
  @Test
  void aCopyrightLineAtTheEndIsDropped() {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult r = parse(seed + "\n\nCopyright \u00A9 2010 JIIA");
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Copyright \u00A9 2010 JIIA"));
  }

  /** A sentence of the body that opens with the word, at a page break, stays in the body. */
  @Test
  void aSentenceAboutCopyrightStaysInTheBody() {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        seed.replace(
            CUT, "Caught in a dilemma of\n\nCopyright law was never at issue.\n\n\"security\" and");
    assertThat(parse(text).commentary().body())
        .anyMatch(b -> b.plainText().contains("Copyright law was never at issue."));
  }

  /**
   * A line that no rule knows (an address, a telephone number) alone between a paragraph cut in
   * mid-sentence and the page break after which the paragraph goes on in lower case is a footer.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Japan Institute of International Affairs, 3rd Floor Toranomon Mitsui Building, Tokyo",
        "Tel: +81-3-3503-7261 Fax: +81-3-3503-7292"
      })
  void aLineBetweenACutParagraphAndThePageBreakIsAFooter(String footer) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String cut = "the Bush administration. NATO\n\n2\n\f";
    assertThat(text).contains(cut);
    ParseResult r =
        parse(text.replace(cut, "the Bush administration. NATO\n\n" + footer + "\n2\n\f"));
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .anySatisfy(d -> assertThat(d.span().length()).isEqualTo(footer.length()));
  }

  /**
   * A page's footer and the next page's head with only the page break between them, as a browser
   * prints a page (an address and the page's number; the date, the series and the issue), between a
   * paragraph cut in mid-sentence and its rest in lower case: both are page furniture.
   */
  @Test
  void aFooterAndAHeadAcrossThePageBreakAreFurniture() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String cut = "the Bush administration. NATO\n\n2\n\f\nAJISS-Commentary No.250\n\n";
    assertThat(text).contains(cut);
    String footer = "https://www.jiia.or.jp/en/ajiss_commentary/250.html 1/2";
    String head = "3/23/18, 10:15 AM AJISS-Commentary No.250 | JIIA";
    ParseResult r =
        parse(
            text.replace(
                cut, "the Bush administration. NATO\n\n" + footer + "\n\f" + head + "\n\n"));
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .extracting(d -> d.span().length())
        .contains(footer.length(), head.length());
  }

  /**
   * A running head that no rule knows, over the page on which a cut paragraph goes on in lower
   * case: the title, in capitals or not, the authors, another series' name. It is dropped, and
   * reported.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Japan's Choice: \"Global NATO\" and the Quad?",
        "JAPAN'S CHOICE: \"GLOBAL NATO\" AND THE QUAD?",
        "Taro Yamada and Hanako Suzuki",
        "Policy Brief Series\n\nJapan's Choice"
      })
  void anUnknownRunningHeadOverTheRestOfACutParagraphIsDropped(String head) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String printed = "\f\nAJISS-Commentary No.250\n";
    assertThat(text).contains(printed);
    ParseResult r = parse(text.replace(printed, "\f\n" + head + "\n"));
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .extracting(d -> d.span().length())
        .containsAll(head.lines().filter(l -> !l.isEmpty()).map(String::length).toList());
  }

  /**
   * The title or the byline repeated as a running head after a page break between two paragraphs,
   * in any case and with its pieces in the printed order: dropped and reported. Shortened, it is
   * not known for a running head and stays.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2\n\f\nThe Prospects of Japan-NATO Cooperation\n\n",
        "\fTHE PROSPECTS OF JAPAN-NATO COOPERATION\n\n",
        "- 2 -\n\nYoshikazu Hirose\n\n"
      })
  void theTitleOrTheBylineAfterAPageBreakIsARunningHead(String head) {
    String seed = Fixtures.read("seed-093.txt");
    String next = "Secondly, cooperation with NATO members";
    assertThat(seed).contains("\n\n" + next);
    ParseResult r = parse(seed.replace(next, head + next));
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    String repeated = head.strip().substring(head.strip().lastIndexOf('\n') + 1).strip();
    assertDropped(r, "dropped the running head \"" + repeated + "\"");
    ParseResult shortened = parse(seed.replace(next, "\fThe Prospects of Japan-NATO\n\n" + next));
    assertThat(shortened.commentary().body())
        .anyMatch(b -> b.plainText().equals("The Prospects of Japan-NATO"));
  }

  /**
   * The title or the byline alone between blank lines where a sentence goes on across them, with no
   * page number nor form feed to mark the page break: a running head, dropped, and the paragraph
   * joined.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Prospects of Japan-NATO Cooperation",
        "THE PROSPECTS OF JAPAN-NATO COOPERATION",
        "Yoshikazu Hirose"
      })
  void theTitleOrTheBylineWhereASentenceGoesOnIsARunningHead(String head) {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains(CUT);
    ParseResult r =
        parse(seed.replace(CUT, "Caught in a dilemma of\n\n" + head + "\n\n\"security\" and"));
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertDropped(r, "dropped the running head \"" + head + "\"");
  }

  /**
   * The byline alone between blank lines after a paragraph that ends a sentence, and text in lower
   * case under it: no running head, but the name that opens the closing biography, which pdfminer
   * writes apart where it parts a line at its wide blanks ({@code Yoshikazu Hirose} / {@code is
   * Professor of ...}).
   */
  @Test
  void theBylineAloneOverTextInLowerCaseAfterASentencesEndOpensTheBiography() {
    String seed = Fixtures.read("seed-093.txt");
    String bio = "Yoshikazu Hirose is Professor";
    assertThat(seed).contains("\n\n" + bio);
    String text = seed.replace(bio, "Yoshikazu Hirose\n\nis Professor");
    ParseResult r = parse(text);
    assertThat(r.commentary().authors().get(0).biography())
        .isEqualTo(SEED.commentary().authors().get(0).biography());
    assertThat(r.commentary().body()).isEqualTo(SEED.commentary().body());
    assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("running head"));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * The title or the byline on a line of its own inside a hard-wrapped paragraph, no blank line
   * around it, where the sentence goes on across it (after a word or a line-end hyphen, and on in
   * lower case), as pypdf gives a later page's running head: dropped, and the lines joined.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"Taro Yamada and Hanako Suzuki", "JAPAN'S CHOICE: \"GLOBAL NATO\" AND THE QUAD?"})
  void theTitleOrTheBylineInsideAWrappedSentenceIsARunningHead(String head) {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    // the fixture's lines end in CR LF
    String[] cuts = {"transformed into a global\r\n", "partnership implement-\r\n"};
    ParseResult plain = parse(text);
    for (String cut : cuts) {
      assertThat(text).contains(cut);
      ParseResult r = parse(text.replace(cut, cut + head + "\r\n"));
      assertThat(r.commentary()).as(cut).isEqualTo(plain.commentary());
      assertDropped(r, "dropped the running head \"" + head + "\"");
    }
  }

  /**
   * The whole title alone between two paragraphs, with nothing to mark a page break, as Tika and
   * pypdf give a later page's running head that falls between paragraphs: no subheading repeats the
   * title, so it is dropped and reported, and the paragraphs stay apart.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "THE PROSPECTS OF JAPAN-NATO COOPERATION",
        "The Prospects of Japan-NATO Cooperation"
      })
  void theWholeTitleAloneBetweenParagraphsIsARunningHead(String head) {
    String seed = Fixtures.read("seed-093.txt");
    String next = "Secondly, cooperation with NATO members";
    assertThat(seed).contains("\n\n" + next);
    ParseResult r = parse(seed.replace(next, head + "\n\n" + next));
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertDropped(r, "dropped the running head \"" + head + "\"");
  }

  /**
   * The title at a page's foot, over the page number or the form feed, between two paragraphs:
   * dropped and reported as a footer, the paragraphs kept apart.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "THE PROSPECTS OF JAPAN-NATO COOPERATION\n2\n\f",
        "The Prospects of Japan-NATO Cooperation\n\f"
      })
  void theTitleBeforeAPageBreakIsAFooter(String foot) {
    String seed = Fixtures.read("seed-093.txt");
    String next = "Secondly, cooperation with NATO members";
    ParseResult r = parse(seed.replace(next, foot + next));
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertDropped(r, "dropped the footer \"" + foot.substring(0, foot.indexOf('\n')) + "\"");
  }

  /** That a piece of page furniture was dropped and reported with the message given. */
  private static void assertDropped(ParseResult r, String message) {
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PAGE_FURNITURE_DROPPED);
              assertThat(d.message()).isEqualTo(message);
            });
  }

  /**
   * The title's main part, before its subtitle's colon, or the whole title with the page number
   * beside it, as the running head of a later page: dropped and reported as the series name there
   * is.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "JAPAN'S CHOICE",
        "Japan's Choice",
        "JAPAN'S CHOICE 2",
        "2 JAPAN'S CHOICE: \"GLOBAL NATO\" AND THE QUAD?",
        "JAPAN'S CHOICE: \"GLOBAL NATO\" AND THE QUAD? 2"
      })
  void theTitlesMainPartOrTheTitleWithThePageNumberIsARunningHead(String head) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String series = "\f\nAJISS-Commentary No.250\n";
    assertThat(text).contains(series);
    ParseResult r = parse(text.replace(series, "\f\n" + head + "\n"));
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertDropped(r, "dropped the running head \"" + head + "\"");
  }

  /**
   * A running head of two lines, the series name with the issue number over the date, after a page
   * break between two paragraphs or within one: both lines are dropped and reported.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\fAJISS-Commentary No.93\n8 June 2010\n\n",
        "2\n\fAJISS-Commentary No.93\n8 June 2010\n\n",
        "\fAJISS-Commentary\nNo.93. 8 June 2010\n\n",
        "\f8 June 2010\nAJISS-Commentary No.93\n\n"
      })
  void aRunningHeadOfTwoLinesIsDropped(String head) {
    String seed = Fixtures.read("seed-093.txt");
    String next = "Secondly, cooperation with NATO members";
    assertThat(seed).contains("\n\n" + next).contains(CUT);
    for (String text :
        List.of(
            seed.replace(next, head + next),
            seed.replace(CUT, "Caught in a dilemma of\n\n" + head + "\"security\" and"))) {
      ParseResult r = parse(text);
      assertThat(r.commentary()).isEqualTo(SEED.commentary());
      assertThat(r.diagnostics())
          .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
          .extracting(d -> text.substring(d.span().offset(), d.span().endOffset()))
          .containsAll(
              head.lines().map(l -> l.replace("\f", "")).filter(l -> !l.isEmpty()).toList());
    }
  }

  /**
   * A paragraph that ends a sentence before a note's number ({@code hostile.3}) is not cut: the
   * paragraph after it, cut by the page break, is text, and its rest after the page break goes on
   * with it.
   */
  @Test
  void aParagraphEndingBeforeANotesNumberIsNotCut() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String last = "\nBritain concerned about the unilateralism of the Bush administration. NATO\n";
    assertThat(text).contains(last);
    String input =
        text.replace(
            last,
            "\nBritain concerned about the unilateralism of the Bush administration; in Moscow the"
                + " reaction was hostile.3\n\nBetween 2012 and 2020 the budget grew steadily. NATO\n");
    ParseResult r = parse(input);
    assertThat(r.commentary().body())
        .anyMatch(b -> b.plainText().endsWith("in Moscow the reaction was hostile.3"))
        .anyMatch(
            b ->
                b.plainText()
                    .startsWith(
                        "Between 2012 and 2020 the budget grew steadily. NATO members took it"));
    assertThat(r.diagnostics())
        .noneMatch(d -> d.message().contains("stands between a paragraph cut"));
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * The last line of a cut paragraph, parted from it by a blank line, goes on with the paragraph:
   * it opens in lower case, as no footer does.
   */
  @Test
  void theCutParagraphsLastLineAloneIsNoFooter() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String last = "\nBritain concerned about the unilateralism of the Bush administration. NATO\n";
    assertThat(text).contains(last);
    ParseResult r =
        parse(
            text.replace(
                last,
                "\nBritain concerned about\n\nthe unilateralism of the Bush"
                    + " administration. NATO\n"));
    assertThat(r.commentary()).isEqualTo(parse(text).commentary());
    assertThat(r.diagnostics())
        .noneMatch(d -> d.message().contains("stands between a paragraph cut"));
  }

  /**
   * A note's web address on the line under the note, last on the page: the note's, not a footer,
   * where the line above ends in a comma or a colon, or the address ends a sentence.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1] Ministry of Foreign Affairs of Japan, \"Japan's Assistance to Ukraine,\"\n"
            + "https://www.mofa.go.jp/erp/c_see/ua/page24e_000388.html",
        "[1] Ministry of Foreign Affairs of Japan, Japan's Assistance to Ukraine:\n"
            + "https://www.mofa.go.jp/erp/c_see/ua/page24e_000388.html",
        "[1] Ministry of Foreign Affairs of Japan, Japan's Assistance to Ukraine\n"
            + "https://www.mofa.go.jp/erp/c_see/ua/page24e_000388.html."
      })
  void aNotesWebAddressOnTheLineUnderItStaysTheNotes(String note) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String end = "The Association of Japanese Institutes of Strategic Studies.\n";
    assertThat(text).contains(end);
    ParseResult r = parse(text.replace(end, end + "\nNotes\n\n" + note + "\n\n3\n\n\f"));
    assertThat(r.commentary().body())
        .extracting(b -> b.plainText())
        .contains(note.replace("\n", " "));
    assertThat(r.diagnostics()).noneMatch(d -> d.message().startsWith("dropped the footer"));
  }

  /**
   * Footnotes at the foot of a page, between a paragraph cut in mid-sentence and its rest on the
   * next page: the paragraph joined again, each footnote a block of its own after it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 Speech by Shinzo Abe to the North Atlantic Council, 12 January 2007.\n"
            + "2 Ivo Daalder and James Goldgeier, \"Global NATO,\" Foreign Affairs, 2006.",
        "1 Speech by Shinzo Abe to the North Atlantic Council, 12 January 2007.\n\n"
            + "2 Ivo Daalder and James Goldgeier, \"Global NATO,\" Foreign Affairs, 2006.",
        "* The author thanks the anonymous reviewers for their comments on an earlier draft."
      })
  void footnotesAtAPagesFootStayApartFromTheParagraphTheyCut(String footnotes) {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String cut = "Bush administration. NATO\n\n2\n";
    assertThat(text).contains(cut);
    ParseResult plain = parse(text);
    ParseResult r =
        parse(text.replace(cut, "Bush administration. NATO\n\n" + footnotes + "\n\n2\n"));
    List<String> expected = new java.util.ArrayList<>();
    for (var b : plain.commentary().body()) {
      expected.add(b.plainText());
      if (b.plainText().contains("Bush administration. NATO members")) {
        expected.addAll(List.of(footnotes.split("\n+")));
      }
    }
    assertThat(r.commentary().body()).extracting(b -> b.plainText()).isEqualTo(expected);
  }

  @Test
  void aWebAddressWithNoPageBreakNextToItStaysInTheBodyAsItsOwnBlock() {
    String seed = Fixtures.read("seed-093.txt");
    String before = "Secondly, cooperation with NATO members";
    assertThat(seed).contains("\n\n" + before);
    ParseResult r = parse(seed.replace(before, "www.jiia.or.jp/en/\n\n" + before));
    assertThat(r.commentary().body()).anyMatch(b -> b.plainText().equals("www.jiia.or.jp/en/"));
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED);
  }

  /**
   * A line drawn with characters under the title, between sections or over the biography is no text
   * of the commentary: dropped and reported where it stands, with no page break implied.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"________________", "* * *", "---", "\u2015\u2015\u2015\u2015", "= = = ="})
  void aRuleIsDroppedAndReported(String rule) {
    String seed = Fixtures.read("seed-093.txt");
    String bio = "Yoshikazu Hirose is Professor";
    String section = "\n\nThe timing";
    String text =
        seed.replace(bio, rule + "\n\n" + bio)
            .replace(section, "\n\n" + rule + section)
            .replace("\tOF JAPAN-NATO", "\tOF JAPAN-NATO\n" + rule);
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.message().startsWith("dropped the rule"))
        .extracting(d -> d.code(), d -> d.span().offset(), d -> d.span().length())
        .containsExactly(
            tuple(DiagnosticCode.PAGE_FURNITURE_DROPPED, text.indexOf(rule), rule.length()),
            tuple(
                DiagnosticCode.PAGE_FURNITURE_DROPPED, text.indexOf(rule + section), rule.length()),
            tuple(
                DiagnosticCode.PAGE_FURNITURE_DROPPED,
                text.indexOf(rule + "\n\n" + bio),
                rule.length()));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }
}
