package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hyphen at a line end is the typesetter's unless the text shows a compound: the hyphenated word
 * elsewhere, a prefix that keeps its hyphen, or two words that each stand alone elsewhere too, the
 * first not one that opens closed compounds (some-thing, with-out, how-ever).
 */
class LineEndHyphenTest {

  private static final String WRAPPED =
      String.join(
          "\r\n",
          "Australia. National interests and national pride shaped the trans-",
          "national debate on decision-",
          "making, and every decision on making it work, and on making it last, was post-",
          "conflict in spirit; the con-",
          "versation went on. Some thing or other was said with care, and how and when it came out,",
          "if ever, was called the so-",
          "called question. The so-",
          "cial cost of a multi-",
          "lateral deal, some-",
          "thing few would say with-",
          "out care, was for ex-",
          "ample high, how-",
          "ever it was counted; self-",
          "restraint was called for.");

  private static String paragraph() throws CommentaryParseException {
    return paragraph('-');
  }

  /**
   * The paragraph, its line-end hyphens printed as {@code hyphen}, which may be the typesetter's.
   */
  private static String paragraph(char hyphen) throws CommentaryParseException {
    ParseResult r = parse(hyphen);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> d.message())
        .contains(
            "joined \"trans" + hyphen + "\" and \"national\" hyphenated at a line end",
            "joined \"con" + hyphen + "\" and \"versation\" hyphenated at a line end")
        .noneMatch(m -> m.contains("decision") || m.contains("post"));
    return paragraph(r);
  }

  private static ParseResult parse(char hyphen) throws CommentaryParseException {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    assertThat(text).contains("\r\nAustralia.\r\n"); // the fixture's lines end in CRLF
    String wrapped = WRAPPED.replace("-\r\n", hyphen + "\r\n");
    return CommentaryParser.create()
        .parse(text.replace("\r\nAustralia.\r\n", "\r\n" + wrapped + "\r\n"));
  }

  private static String paragraph(ParseResult r) {
    for (Block b : r.commentary().body()) {
      if (b.plainText().startsWith("The timing of the speech")) {
        return b.plainText();
      }
    }
    throw new AssertionError("the paragraph is missing");
  }

  @Test
  void aWordBrokenAfterAPieceThatIsNoWordIsJoined() throws Exception {
    // "national" stands alone elsewhere, "trans" does not: the hyphen is the typesetter's
    assertThat(paragraph())
        .contains("shaped the transnational debate")
        .contains("the conversation went on.");
  }

  @Test
  void aCompoundOfTwoWordsThatStandAloneElsewhereKeepsItsHyphen() throws Exception {
    assertThat(paragraph()).contains("debate on decision-making, and every decision");
  }

  @Test
  void aPrefixThatKeepsItsHyphenKeepsIt() throws Exception {
    assertThat(paragraph())
        .contains("was post-conflict in spirit;")
        .contains("counted; self-restraint was called for.");
  }

  @Test
  void soKeepsItsHyphenOnlyBeforeAWordTheTextUsesElsewhere() throws Exception {
    assertThat(paragraph()).contains("called the so-called question. The social cost");
  }

  @Test
  void aPrefixThatEnglishWritesClosedIsJoined() throws Exception {
    // neither "multi" nor "ex" stands alone elsewhere, and "lateral" and "ample" are no compounds'
    assertThat(paragraph()).contains("a multilateral deal,").contains("was for example high,");
  }

  @Test
  void aClosedCompoundOfCommonWordsIsJoinedThoughBothStandAloneElsewhere() throws Exception {
    // "some", "thing", "with", "out", "how" and "ever" all stand alone in the paragraph
    assertThat(paragraph())
        .contains("deal, something few would say without care,")
        .contains("high, however it was counted;");
  }

  @Test
  void theHyphenCharacterAtALineEndIsJudgedAsAHyphenMinusIs() throws Exception {
    // U+2010 HYPHEN, as some typesetters' PDFs give a line-end hyphen; a kept one stays as printed
    String expected = paragraph();
    for (String kept :
        new String[] {"decision-making", "post-conflict", "so-called", "self-restr"}) {
      assertThat(expected).contains(kept);
      expected = expected.replace(kept, kept.replace('-', '\u2010'));
    }
    assertThat(paragraph('\u2010')).isEqualTo(expected);
  }

  @Test
  void aNonBreakingHyphenAtALineEndIsACompoundsOwn() throws Exception {
    // U+2011 NON-BREAKING HYPHEN is never the typesetter's: the compound is kept, with no space
    ParseResult r = parse('\u2011');
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .noneMatch(d -> d.message().contains("\u2011"));
    assertThat(paragraph(r))
        .contains("shaped the trans\u2011national debate")
        .contains("the con\u2011versation went on.");
  }

  @Test
  void aDashThatEndsALineAfterAWordJoinsTheNextWordWithNoSpace() throws Exception {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    String lines =
        String.join(
            "\r\n",
            "Australia. The war\u2014",
            "and the peace in the years 2006\u2013",
            "2010 went on; a spaced dash \u2014",
            "keeps its spaces.");
    ParseResult r =
        CommentaryParser.create()
            .parse(text.replace("\r\nAustralia.\r\n", "\r\n" + lines + "\r\n"));
    assertThat(paragraph(r))
        .contains("Australia. The war\u2014and the peace in the years 2006\u20132010 went on;")
        .contains("a spaced dash \u2014 keeps its spaces.");
  }

  /** Parses the hard-wrapped fixture with {@code lines} in place of its line "Australia.". */
  private static String wrapped(String... lines) throws CommentaryParseException {
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    return paragraph(
        CommentaryParser.create()
            .parse(
                text.replace("\r\nAustralia.\r\n", "\r\n" + String.join("\r\n", lines) + "\r\n")));
  }

  @Test
  void aCompoundWhosePartsTheTextUsesNowhereElseKeepsItsHyphen() throws Exception {
    // an acronym or a name before the hyphen, a word that heads compounds after it, a word that
    // opens them before it, or a number: no typesetter's break, though neither part recurs
    assertThat(
            wrapped(
                "Australia. Seoul hopes for a US-",
                "led coalition, Beijing for a China-",
                "led order and Delhi for an ASEAN-",
                "centred one. The decision-",
                "making on a long-",
                "term and large-",
                "scale plan for state-",
                "owned firms took twenty-",
                "five years of high-",
                "level talks in the 20th-",
                "century style."))
        .contains("Australia. Seoul hopes for a US-led coalition, Beijing for a China-led order")
        .contains("and Delhi for an ASEAN-centred one. The decision-making on a long-term and")
        .contains("large-scale plan for state-owned firms took twenty-five years of high-level")
        .contains("talks in the 20th-century style.");
  }

  /**
   * A word that heads compounds after a whole word ({@code trade-} / {@code dependent}): no
   * typesetter leaves it on the next line, though neither part recurs; after a prefix that English
   * writes closed or a word of two letters it is the typesetter's ({@code inter-} / {@code
   * dependent}, {@code in-} / {@code dependent}).
   */
  @Test
  void aWordThatHeadsCompoundsKeepsTheHyphenAfterAWholeWord() throws Exception {
    assertThat(
            wrapped(
                "Australia. A trade-",
                "dependent, labor-",
                "intensive and crisis-",
                "prone economy kept its hard-",
                "won, inter-",
                "dependent and in-",
                "dependent ties."))
        .contains("Australia. A trade-dependent, labor-intensive and crisis-prone economy kept")
        .contains("its hard-won, interdependent and independent ties.");
  }

  /**
   * A word of English broken where both its pieces are words too ({@code war-} / {@code fare},
   * {@code thresh-} / {@code old}, {@code South-} / {@code east}) is the typesetter's, though a
   * piece opens or heads compounds; two words that English writes as no one word ({@code dual-} /
   * {@code use}) make a compound, though neither recurs.
   */
  @Test
  void aWordOfEnglishIsJoinedAndTwoWordsThatMakeNoneKeepTheHyphen() throws Exception {
    assertThat(
            wrapped(
                "Australia. The war-",
                "fare of ten-",
                "sions that law-",
                "makers put at the thresh-",
                "old of ship-",
                "building in South-",
                "east Asia, with its short-",
                "comings and high-",
                "lights, turns on dual-",
                "use goods and rare-",
                "earth ores."))
        .contains("Australia. The warfare of tensions that lawmakers put at the threshold of")
        .contains("shipbuilding in Southeast Asia, with its shortcomings and highlights, turns")
        .contains("on dual-use goods and rare-earth ores.");
  }

  /**
   * A prefix keeps its hyphen before a word that ends as a suffix does where the two make no word
   * ({@code anti-ship}, but {@code self-less}), before the vowel that ends it ({@code
   * de-escalation}, {@code re-elect}), and {@code co-} before a word that opens with a consonant
   * ({@code co-chair}, but {@code co-operation}).
   */
  @Test
  void aPrefixKeepsItsHyphenWhereEnglishDoes() throws Exception {
    assertThat(
            wrapped(
                "Australia. The anti-",
                "ship missiles were self-",
                "less in aim; de-",
                "escalation and the re-",
                "elected leaders who co-",
                "chair and co-",
                "host the talks are co-",
                "operation itself."))
        .contains("Australia. The anti-ship missiles were selfless in aim; de-escalation and the")
        .contains("re-elected leaders who co-chair and co-host the talks are cooperation itself.");
  }

  /**
   * A prefix that keeps its hyphen before a word ({@code anti-}, {@code all-}) is a typesetter's
   * piece where what follows is no word and the two make one ({@code anti-} / {@code cipate}).
   */
  @Test
  void aPrefixBeforeAPieceThatIsNoWordIsTheTypesetters() throws Exception {
    assertThat(
            wrapped(
                "Australia. Few anti-",
                "cipate the anti-",
                "war mood or the all-",
                "iance's all-",
                "out effort."))
        .contains("Australia. Few anticipate the anti-war mood or the alliance's all-out effort.");
  }

  @Test
  void aBreakInsideANameOrBeforeASuffixIsTheTypesettersThoughThePieceIsAWord() throws Exception {
    assertThat(
            wrapped(
                "Australia. The Ameri-",
                "can view of the long-",
                "er term was that the high-",
                "ly valued and short-",
                "age-prone im-",
                "plementation of state-",
                "craft in the east-",
                "ern seas would wait."))
        .contains("Australia. The American view of the longer term was that the highly valued")
        .contains(
            "and shortage-prone implementation of statecraft in the eastern seas would wait.");
  }

  @Test
  void aHyphenOrSlashAfterAFullStopOrDigitJoinsTheNextLineWithNoSpace() throws Exception {
    assertThat(
            wrapped(
                "Australia. The U.S.-",
                "Japan alliance, the Japan-U.S.-",
                "ROK talks, the 2+2-",
                "style meetings and the NATO/",
                "ISAF teams and/",
                "or the 2030-",
                "related goals met."))
        .contains("Australia. The U.S.-Japan alliance, the Japan-U.S.-ROK talks,")
        .contains("the 2+2-style meetings and the NATO/ISAF teams and/or the 2030-related goals");
  }

  /**
   * A web address broken after a slash or at a hyphen of its path goes on with no space and keeps
   * its hyphen; one that ends at its slash before a word of the sentence keeps the space. A dash of
   * two hyphens set close breaks the line with no space, as an em dash does.
   */
  @Test
  void aWebAddressBrokenInItsPathGoesOnWithNoSpace() throws Exception {
    assertThat(
            wrapped(
                "Australia. See https://www.mofa.go.jp/policy/security/",
                "page1we_000081.html and https://www.mofa.go.jp/free-and-open-indo-",
                "pacific/index.html and https://www.jiia.or.jp/en/",
                "and the alliance--",
                "which holds."))
        .contains("See https://www.mofa.go.jp/policy/security/page1we_000081.html and")
        .contains("and https://www.mofa.go.jp/free-and-open-indo-pacific/index.html and")
        .contains("and https://www.jiia.or.jp/en/ and the alliance--which holds.");
  }

  /**
   * A word hyphenated at a line end whose line a tool joined to the next with a space ({@code capa-
   * bilities}): joined where the text writes the word whole elsewhere, its hyphen kept and the
   * space dropped where the text writes the compound so ({@code so- called}), and left as it is
   * otherwise, as a hyphen before "and" is ({@code short- and long-term}).
   */
  @Test
  void aHyphenatedWordJoinedToTheNextLineWithASpaceIsJoinedWhereTheTextWritesIt() throws Exception {
    ParseResult r =
        CommentaryParser.create()
            .parse(
                Fixtures.read("hard-wrapped-later-masthead.txt")
                    .replace(
                        "\r\nAustralia.\r\n",
                        "\r\nAustralia. Its capa- bilities, the so- called short- and long-term"
                            + " ones, and its un- named aims: capabilities that so-called"
                            + " allies share.\r\n"));
    String p = paragraph(r);
    assertThat(p)
        .contains(
            "Australia. Its capabilities, the so-called short- and long-term ones, and its un-"
                + " named aims: capabilities that so-called allies share.");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .filteredOn(d -> d.message().contains("with a space"))
        .hasSize(2);
  }

  /**
   * Japanese broken at a line end, between two ideographs or kana, goes on with no space, as the
   * language puts none between its words; a Latin word after it keeps the space.
   */
  @Test
  void japaneseBrokenAtALineEndGoesOnWithNoSpace() throws Exception {
    assertThat(
            wrapped(
                "Australia. The Senkaku Islands (\u5C16\u95A3",
                "\u8AF8\u5CF6) and the Liberal Democratic Party (\u81EA\u7531\u6C11\u4E3B",
                "\u515A\u3001\u3058\u307F\u3093",
                "\u3068\u3046) and the \u5C16\u95A3",
                "islands."))
        .contains("The Senkaku Islands (\u5C16\u95A3\u8AF8\u5CF6) and")
        .contains("Party (\u81EA\u7531\u6C11\u4E3B\u515A\u3001\u3058\u307F\u3093\u3068\u3046)")
        .contains("and the \u5C16\u95A3 islands.");
  }

  /**
   * A web address broken after a mark of its path or query ({@code _}, {@code .}, {@code ?}, {@code
   * =}, {@code &}) goes on with no space; one that ends a sentence before a capital keeps the
   * space.
   */
  @Test
  void aWebAddressBrokenAfterAMarkOfItsPathGoesOnWithNoSpace() throws Exception {
    assertThat(
            wrapped(
                "Australia. See https://www.mofa.go.jp/press/release/press4e_",
                "001789.html and https://www.cas.go.jp/jp/seisaku/index.",
                "html and https://www.japantimes.co.jp/news/quad-summit-tokyo?",
                "utm_source=rss&",
                "utm_medium=web and https://www.jiia.or.jp/en/index.html.",
                "The alliance holds at https://www.jiia.or.jp/en/index.html.",
                "2 Another sentence."))
        .contains("See https://www.mofa.go.jp/press/release/press4e_001789.html and")
        .contains("and https://www.cas.go.jp/jp/seisaku/index.html and")
        .contains(
            "https://www.japantimes.co.jp/news/quad-summit-tokyo?utm_source=rss&utm_medium=web")
        .contains("https://www.jiia.or.jp/en/index.html. The alliance holds")
        .contains("https://www.jiia.or.jp/en/index.html. 2 Another sentence.");
  }

  /**
   * A line of running text that opens with a spaced dash, under a full line that ends in no mark,
   * goes on with that line's sentence: two such lines are no list, and the dashes stay. A dash set
   * close at a line's start joins the line above with no space.
   */
  @Test
  void aDashThatOpensALineUnderRunningTextIsTheSentencesNoItemsMark() throws Exception {
    assertThat(
            wrapped(
                "Australia. The new strategy names three partners that matter most to Japan's",
                "\u2013 the United States, Australia and India \u2013 and it asks each of them to",
                "share more of the burden of deterrence in the region. It also names threats",
                "- China, North Korea and Russia - and it ranks them by the risk they pose to",
                "the country's security",
                "\u2014the first such list\u2014and the last."))
        .contains(
            "Australia. The new strategy names three partners that matter most to Japan's"
                + " \u2013 the United States, Australia and India \u2013 and it asks")
        .contains("It also names threats - China, North Korea and Russia - and it ranks them")
        .contains("to the country's security\u2014the first such list\u2014and the last.");
  }

  @Test
  void moreCompoundsKeepTheirHyphen() throws Exception {
    assertThat(
            wrapped(
                "Australia. The so-",
                "called state-",
                "of-the-art, people-",
                "to-people, gray-",
                "zone and zero-",
                "sum rivalry was far-",
                "reaching, ill-",
                "advised and ever-",
                "growing, with e-",
                "commerce in a quasi-",
                "alliance."))
        .contains("Australia. The so-called state-of-the-art, people-to-people, gray-zone and")
        .contains("zero-sum rivalry was far-reaching, ill-advised and ever-growing, with")
        .contains("e-commerce in a quasi-alliance.");
  }

  /**
   * A word broken before a compound's own hyphen, {@code In-} / {@code do-Pacific}: joined where
   * the text writes the compound whole elsewhere, and kept where it does not ({@code state-} /
   * {@code of-the-art}).
   */
  @Test
  void aWordBrokenBeforeACompoundsOwnHyphenIsJoinedWhereTheTextWritesItWhole() throws Exception {
    assertThat(
            wrapped(
                "Australia. Germany published its \u201cPolicy Guidelines for the In-",
                "do-Pacific,\u201d and the Indo-Pacific is no longer rhetoric; the state-",
                "of-the-art ships sail."))
        .contains("its \u201cPolicy Guidelines for the Indo-Pacific,\u201d and the Indo-Pacific")
        .contains("the state-of-the-art ships");
  }

  /**
   * A word hyphenated at a page's end, whose hyphen pdftotext took out by gluing on the next line
   * it read, the page number ({@code secu1} / {@code rity}): the number dropped and the word
   * joined, each reported.
   */
  @Test
  void aPageNumberGluedToAWordHyphenatedAtThePagesEndIsDropped() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String cut = "Caught in a dilemma of\n\n\"security\" and";
    assertThat(seed).contains(cut);
    String glued =
        seed.replace(cut, "Caught in a dilemma of \"secu1\n\nAJISS-Commentary No.93\n\nrity\" and");
    String input = glued;
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary()).isEqualTo(CommentaryParser.create().parse(seed).commentary());
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PAGE_FURNITURE_DROPPED);
              assertThat(glued.substring(d.span().offset(), d.span().offset() + 1)).isEqualTo("1");
            })
        .anyMatch(
            d ->
                d.code() == DiagnosticCode.HYPHENATION_REMOVED
                    && d.message().contains("\"secu\" and \"rity\""));
  }

  @Test
  void aWordThatOpensASentenceOrASuffixAfterAPrefixIsJoined() throws Exception {
    assertThat(
            wrapped(
                "Australia. In-",
                "stead, it was other-",
                "wise. As-",
                "suming the cross-",
                "ing was self-",
                "ish, Other-",
                "wise it was. Al-",
                "though in and as and other words stand here, as other words do."))
        .contains("Australia. Instead, it was otherwise. Assuming the crossing was selfish,")
        .contains("Otherwise it was. Although in and as");
  }

  /**
   * A whole copy of the first paragraph, as extraction that ignores a box's clip gives it, repeats
   * the paragraph's line ends too: the pieces of a word broken there, once in the copy and once in
   * the paragraph, are the same break, not two words that stand alone elsewhere.
   */
  @Test
  void aBreakThatAWholeCopyOfItsParagraphRepeatsIsJudgedAsOneBreak() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String line = "Organization. \"We have in common such fundamental values as freedom,\n";
    assertThat(text).contains(line);
    String broken =
        text.replace(
            line,
            "Organization, a responsi-\nbility. \"We have in common such fundamental values as freedom,\n");
    int first = broken.indexOf("\"Japan and NATO are partners,\"");
    int second = broken.indexOf("The timing of the speech");
    String paragraph = broken.substring(first, second);
    String withCopy =
        broken.substring(0, first) + paragraph.strip() + "\n\n" + broken.substring(first);
    ParseResult r = CommentaryParser.create().parse(withCopy);
    assertThat(r.commentary().body().get(0).plainText())
        .contains("Organization, a responsibility. \"We have")
        .isEqualTo(CommentaryParser.create().parse(broken).commentary().body().get(0).plainText());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> d.message())
        .contains("joined \"responsi-\" and \"bility\" hyphenated at a line end");
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
    assertThat(Accounting.lost(withCopy, r)).isEmpty();
  }

  /**
   * pdftotext glues the line after one that ends in a hyphen onto it and takes the hyphen out, a
   * compound's own too ({@code trade-} / {@code dependent} as {@code tradedependent}): the hyphen
   * is put back where the body writes the compound with it elsewhere, or where the word at the glue
   * parts as a compound does at a line end, and a typesetter's break stays joined; a word that
   * parts so but is not where a printed line ended is left alone.
   */
  @Test
  void aCompoundWhoseHyphenPdftotextTookOutWhereItGluedTwoLinesGetsItBack() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String[][] glue = {
      // the first line's last word and the second's first, each replaced, and the line glued
      {"NATO's comprehensive\nstrategy fits", "NATO's trade|dependent fits"},
      {"dilemma of \"security\"\nand \"reconstruction", "dilemma of host|nation \"reconstruction"},
      {"with European\nallies, has", "with govern|ment, has"},
      {"NATO cooperation\nwith non-member", "NATO inter|national non-member"}
    };
    // the body writes host-nation with its hyphen, and trade on its own, elsewhere
    String glued =
        text.replace("\npeacebuilding.", "\nhost-nation peacebuilding.")
            .replace("\nFinancial assistance", "\nTrade and financial assistance");
    for (String[] g : glue) {
      assertThat(glued).contains(g[0]);
      glued = glued.replace(g[0], g[1].replace("|", ""));
    }
    String input = glued;
    ParseResult r = CommentaryParser.create().parse(input);
    String body = String.join("\n", r.commentary().body().stream().map(Block::plainText).toList());
    assertThat(body)
        .contains("Firstly, NATO's trade-dependent fits Japan")
        .contains("a dilemma of host-nation \"reconstruction,\" Japan")
        .contains("emphasizes cooperation with government, has provided")
        .contains("enhanced NATO international non-member states");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> input.substring(d.span().offset(), d.span().endOffset()))
        .containsExactlyInAnyOrder("tradedependent", "hostnation");
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * A word glued where pdftotext took out a hyphen at a printed line's end, which parts there into
   * two words of English that make none ({@code host} / {@code nation}), into two names ({@code
   * Indo} / {@code Pacific}) or into an acronym and a word ({@code US} / {@code led}), gets its
   * hyphen back, though the body writes neither part nor the compound elsewhere.
   */
  @ParameterizedTest
  @ValueSource(strings = {"host-nation", "Indo-Pacific", "Japan-Philippines", "US-led"})
  void aGluedCompoundOfWordsOrNamesGetsItsHyphenBack(String compound) throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String line = "dilemma of \"security\"\nand \"reconstruction";
    String glued = compound.replace("-", "");
    assertThat(text).contains(line).doesNotContain(compound).doesNotContain(glued);
    String input = text.replace(line, "dilemma of " + glued + " \"reconstruction");
    ParseResult r = CommentaryParser.create().parse(input);
    String body = String.join("\n", r.commentary().body().stream().map(Block::plainText).toList());
    assertThat(body).contains("a dilemma of " + compound + " \"reconstruction,\" Japan");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> input.substring(d.span().offset(), d.span().endOffset()))
        .containsExactly(glued);
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * A glued compound in a paragraph whose lines above it are shorter than the text's, as ragged
   * lines are: where its hyphen stood is measured against the text's width too, not only the
   * paragraph's widest line so far.
   */
  @Test
  void aGluedCompoundUnderShortLinesGetsItsHyphenBack() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    String lines =
        "For Japan, there are at least two merits in enhancing cooperation with NATO. Firstly,"
            + " NATO's comprehensive\nstrategy fits Japan, which has refrained from making active"
            + " military contributions under the pacifist\n";
    String glue = "dilemma of \"security\"\nand \"reconstruction";
    assertThat(text).contains(lines).contains(glue);
    String input =
        text.replace(
                lines,
                "For Japan, there are two merits in cooperation with NATO. Firstly, NATO's"
                    + " comprehensive\nstrategy fits Japan, which has refrained from making"
                    + " military contributions under the pacifist\n")
            .replace(glue, "dilemma of onesided \"reconstruction");
    ParseResult r = CommentaryParser.create().parse(input);
    String body = String.join("\n", r.commentary().body().stream().map(Block::plainText).toList());
    assertThat(body).contains("a dilemma of one-sided \"reconstruction,\" Japan");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> input.substring(d.span().offset(), d.span().endOffset()))
        .containsExactly("onesided");
  }
}
