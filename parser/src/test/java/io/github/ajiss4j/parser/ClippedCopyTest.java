package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the clipped copy of the first paragraph ends, as the seed's tab marks it. */
class ClippedCopyTest {

  @Test
  void aTabEndsTheCopyThoughItsLastPiecesFindNoLineOfTheParagraph() throws Exception {
    // the paragraph loses the words that the copy's last pieces come from ("De the other being"):
    // the copy still ends at the tab, and none of it reaches the body
    String seed = Fixtures.read("seed-093.txt");
    String damaged =
        seed.replace(
            "Self Defense Forces' duties with the other being territorial",
            "Self Defense territorial");
    assertThat(damaged).isNotEqualTo(seed);
    ParseResult r = CommentaryParser.create().parse(damaged);
    assertThat(r.commentary().body().get(0).plainText())
        .startsWith("\"Japan and NATO are partners,\"");
    Diagnostic copy =
        r.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
            .findFirst()
            .orElseThrow();
    assertThat(copy.message()).contains("(58 words,");
  }

  /**
   * The paragraph after the copy hard-wrapped, a word of its first line broken by a hyphen at the
   * line end ({@code the North Atlan-} / {@code tic Council}): the copy's first piece, which holds
   * the word whole, still finds it, and the copy is dropped, none of it in the body.
   */
  @Test
  void aWordOfTheParagraphBrokenAtALineEndStillMatchesTheCopysPiece() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String wrapped =
        Fixtures.replacingEach(
            seed, t -> t.replace("Atlantic ", "Atlan-\ntic "), "told the North Atlantic Council");
    ParseResult r = CommentaryParser.create().parse(wrapped);
    assertThat(r.commentary().body()).isEqualTo(Fixtures.parse(seed).commentary().body());
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.CLIPPED_COPY);
              assertThat(d.message()).contains("(58 words,");
            });
    assertThat(Accounting.lost(wrapped, r)).isEmpty();
  }

  /** Key points between the copy's tab and the first paragraph, as later commentaries open. */
  private static final String KEY_POINTS =
      "\u2022 Japan and NATO share fundamental values and should cooperate in nonmilitary areas"
          + " first.\n\u2022 Cooperation with European democracies offers Japan lessons for"
          + " multilateral security in Asia.\n\n";

  private static final String FIRST = "\"Japan and NATO are partners,\" Shinzo Abe told";

  /**
   * Key points between the copy's tab and the first paragraph, a page break early in the paragraph
   * ({@code head of} / {@code 2} / form feed / {@code government}): the copy's pieces are looked
   * for past the page break, and the copy is dropped.
   */
  @Test
  void aCopyBeforeKeyPointsIsFoundPastAPageBreakInTheParagraph() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String text =
        Fixtures.replacingEach(
            Fixtures.replacingEach(seed, t -> KEY_POINTS + t, FIRST),
            t -> t.replace("of ", "of\n\n2\n\f"),
            "head of government to the top");
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().body().get(0)).isInstanceOf(BulletList.class);
    assertThat(r.commentary().body().get(1).plainText()).startsWith(FIRST.replace("\"", "\""));
    assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * Extraction may give the copy after the paragraph: after a tab on its line, as a paragraph of
   * its own, or as short lines right under it. It is found and dropped there too, and the body is
   * the one the copy before the paragraph gives.
   */
  @ParameterizedTest
  @ValueSource(strings = {"after a tab", "a paragraph after", "lines under"})
  void aCopyAfterTheParagraphIsDroppedToo(String where) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String[] lines = seed.split("\n", -1);
    String[] parts = lines[7].split("\t");
    String clip = parts[1];
    String paragraph = parts[2];
    String text;
    if (where.equals("after a tab")) {
      lines[7] = paragraph + "\t" + clip;
      text = String.join("\n", lines);
    } else if (where.equals("a paragraph after")) {
      lines[7] = paragraph + "\n\n" + clip;
      text = String.join("\n", lines);
    } else {
      String wrapped = Fixtures.read("pdftotext-clipped-lines.txt");
      int copyStart = wrapped.indexOf("the North Atlantic Council\n");
      int paragraphStart = wrapped.indexOf("\"Japan and NATO are partners,\"");
      int paragraphEnd = wrapped.indexOf("\n\nThe timing");
      seed = wrapped;
      text =
          wrapped.substring(0, copyStart)
              + wrapped.substring(paragraphStart, paragraphEnd)
              + "\n"
              + wrapped.substring(copyStart, paragraphStart).strip()
              + wrapped.substring(paragraphEnd);
    }
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    Diagnostic copy =
        r.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
            .findFirst()
            .orElseThrow();
    assertThat(copy.message()).contains("(58 words,").endsWith("left after it");
    assertThat(copy.span().offset())
        .isEqualTo(
            text.indexOf(
                "the North Atlantic Council became"
                    .replace(" became", where.equals("lines under") ? "\nbecame" : " became")));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * Extraction that ignores the box's clip (pdftotext) gives the copy of the first paragraph whole,
   * or its first lines wrapped at the box's width, as a paragraph of its own before the paragraph
   * or after it: the copy is dropped and reported, and the body is the one without it. A paragraph
   * that only opens as the next one does is kept.
   */
  @Test
  void aCopyOfTheFirstParagraphWholeOrItsOpeningIsDropped() throws Exception {
    String text = Fixtures.read("pdftotext-sidebar-between-lines.txt");
    int first = text.indexOf("\"Japan and NATO are partners,\"");
    int second = text.indexOf("The timing of the speech");
    assertThat(first).isPositive().isLessThan(second);
    String paragraph = text.substring(first, second).strip();
    ParseResult expected = CommentaryParser.create().parse(text);
    java.util.List<String> words = java.util.Arrays.asList(paragraph.split("\\s+"));
    String opening = String.join(" ", words.subList(0, 30));
    // whole; its opening wrapped at a narrow box's width; its opening cut off in mid-word
    String cut = opening + " " + words.get(30).substring(0, 2);
    for (String copy : new String[] {paragraph, opening.replaceAll("(.{20,30}) ", "$1\n"), cut}) {
      // before the paragraph, and after it, parted from both by blank lines
      for (int at : new int[] {first, second}) {
        String blank = at == first ? "" : "\n";
        String withCopy = text.substring(0, at) + blank + copy + "\n\n" + text.substring(at);
        ParseResult r = CommentaryParser.create().parse(withCopy);
        assertThat(r.commentary()).as(copy).isEqualTo(expected.commentary());
        assertThat(r.diagnostics())
            .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
            .singleElement()
            // a whole copy is the paragraph's twin: either of the two may go
            .satisfies(d -> assertThat(d.span().offset()).isIn(at + blank.length(), first));
        assertThat(Accounting.lost(withCopy, r)).isEmpty();
      }
    }
    String differs = paragraph.substring(0, 60) + " and then something else altogether.";
    ParseResult r =
        CommentaryParser.create()
            .parse(text.substring(0, first) + differs + "\n\n" + text.substring(first));
    assertThat(r.commentary().body().get(0).plainText()).isEqualTo(differs);
  }

  /**
   * The copy as the lines of its narrow column with a blank line under it, as pdftotext parts its
   * blocks: it is dropped whole, as when the paragraph follows it with no blank line.
   */
  @Test
  void aCopyInTheLinesOfItsColumnWithABlankLineUnderItIsDroppedWhole() throws Exception {
    String wrapped = Fixtures.read("pdftotext-clipped-lines.txt");
    String end = "territorial of\n\"Japan";
    assertThat(wrapped).contains(end);
    ParseResult expected = Fixtures.parse(wrapped);
    ParseResult r = Fixtures.parse(wrapped.replace(end, "territorial of\n\n\"Japan"));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .extracting(d -> d.code() + " " + d.message())
        .isEqualTo(expected.diagnostics().stream().map(d -> d.code() + " " + d.message()).toList());
  }

  /**
   * Key points open the body and the boxed column copies them, the seed's tab between the copy and
   * the first key point: the copy is dropped and reported, the key points are whole; so too where
   * the column is so narrow that most of its pieces are cut mid-word, with a stray last piece.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u2022 Japan and NATO share fu should deepen their coope Cooperation should start areas.",
        "\u2022 Japan and NATO share fu should deep their coo Cooperation sho nonmil are of"
      })
  void aCopyOfTheKeyPointsBeforeATabIsDropped(String copy) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String[] lines = seed.split("\n", -1);
    String paragraph = lines[7].split("\t")[2];
    lines[7] =
        "\t"
            + copy
            + "\t\u2022 Japan and NATO share fundamental values and should deepen their"
            + " cooperation.\n\n\u2022 Cooperation should start with nonmilitary areas.\n\n"
            + paragraph;
    String text = String.join("\n", lines);
    ParseResult r = CommentaryParser.create().parse(text);
    assertTwoKeyPointsThenTheSeedsBody(r, seed);
    assertOneClippedCopy(r, text, copy);
  }

  /**
   * The key points under a plain mark that stands for a Wingdings bullet, the first after the
   * clipped copy of the first paragraph and a tab: one list, its marks dropped.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u00A7", "o", "-", "\u00D8"})
  void keyPointsUnderAPlainMarkAfterTheCopyAreOneList(String mark) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String[] lines = seed.split("\n", -1);
    String[] parts = lines[7].split("\t");
    lines[7] =
        "\t"
            + parts[1]
            + "\t"
            + mark
            + " Japan and NATO share fundamental values and should deepen their cooperation.\n\n"
            + mark
            + " Cooperation should start with nonmilitary areas.\n\n"
            + parts[2];
    assertTwoKeyPointsThenTheSeedsBody(
        CommentaryParser.create().parse(String.join("\n", lines)), seed);
  }

  /**
   * The clipped copy of the first paragraph's first lines, a tab, then key points longer than the
   * stretch of the paragraph in which a copy's next piece is looked for: the copy is dropped, the
   * key points kept, and the paragraph after them whole.
   */
  @Test
  void aCopyOfTheFirstParagraphBeforeLongKeyPointsIsDropped() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String[] lines = seed.split("\n", -1);
    String[] parts = lines[7].split("\t");
    String[] points = {
      "Japan and NATO share the fundamental values of freedom, democracy, human rights and the rule"
          + " of law, and should deepen their cooperation.",
      "NATO's comprehensive approach to crisis management fits a Japan that has refrained from"
          + " active military contributions abroad.",
      "Cooperation should start with nonmilitary areas, in which Japan has experience, and then"
          + " develop into military areas as well."
    };
    String copy = "the North Atlantic Council became the first address head of government to";
    assertThat(parts[1]).startsWith(copy);
    lines[7] =
        "\t"
            + copy
            + "\t\u2022 "
            + points[0]
            + "\n\n\u2022 "
            + points[1]
            + "\n\n\u2022 "
            + points[2]
            + "\n\n"
            + parts[2];
    String text = String.join("\n", lines);
    ParseResult r = CommentaryParser.create().parse(text);
    io.github.ajiss4j.model.Commentary c = r.commentary();
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) c.body().get(0)).items())
        .extracting(item -> item.plainText())
        .containsExactly(points);
    assertThat(c.body().subList(1, c.body().size()))
        .isEqualTo(CommentaryParser.create().parse(seed).commentary().body());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf("the North Atlantic Council"));
              assertThat(d.message()).contains("(12 words,");
            });
  }

  /** The body: the two key points as one list, then the seed's paragraphs. */
  private static void assertTwoKeyPointsThenTheSeedsBody(ParseResult r, String seed)
      throws Exception {
    io.github.ajiss4j.model.Commentary c = r.commentary();
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) c.body().get(0)).items())
        .extracting(item -> item.plainText())
        .containsExactly(
            "Japan and NATO share fundamental values and should deepen their cooperation.",
            "Cooperation should start with nonmilitary areas.");
    assertThat(c.body().subList(1, c.body().size()))
        .isEqualTo(CommentaryParser.create().parse(seed).commentary().body());
  }

  /**
   * Key points whose bullet a tab follows, as a word processor's text gives them, the first sharing
   * its opening words with the first paragraph: a list, no copy.
   */
  @Test
  void keyPointsWithATabAfterTheBulletAreNoCopy() {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String first =
        "\u2022 Japan and NATO share fundamental values and should cooperate in nonmilitary\n"
            + "areas first.";
    assertThat(text).contains(first);
    String shared =
        text.replace(
                first,
                "\u2022\t\"Japan and NATO are partners,\" as Shinzo Abe told the North Atlantic"
                    + " Council.")
            .replace("\u2022 The Quad", "\u2022\tThe Quad");
    ParseResult r = Fixtures.parse(shared);
    assertThat(r.commentary().body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) r.commentary().body().get(0)).items()).hasSize(2);
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }

  /** A commentary whose header holds a boxed column's copy, {@code %s} where it stands. */
  private static final String APART =
      String.join(
          "\n",
          "AJISS-Commentary",
          "The Association of Japanese Institutes of Strategic Studies",
          "",
          "Editor:",
          "Masashi Nishihara",
          "Editorial Board:",
          "Naoko Saiki",
          "Taizo Yakushiji",
          "Online Publisher:",
          "Yukio Satoh",
          "President, JIIA",
          "%s",
          "No.2.",
          "",
          "21 April 2007",
          "",
          "IS THE \"FREE AND OPEN INDO-PACIFIC\"",
          "STILL RELEVANT?",
          "",
          "Kotaro Fujiwara",
          "Senior Fellow, JIIA",
          "%s",
          "\u2022 Economic instruments, including ODA and export controls, should be used in a",
          "coherent way.",
          "\u2022 Japan should treat export controls as a strategic priority rather than a",
          "technical issue.",
          "\u2022 Tokyo must invest in diplomatic capacity as well as defense capabilities.",
          "\u2022 Closer coordination with the United States, Australia and India is essential.",
          "The debate over semiconductor export controls has intensified in recent years, and",
          "Japan-ROK relations is now part of the same conversation. Some ask whether the",
          "\"Free and Open Indo-Pacific\" vision is still relevant. The alliance, long taken for",
          "granted in Tokyo, now requires active management. Whether this momentum can",
          "be sustained after the next election is an open question.",
          "",
          "Economic interdependence alone will not keep the region stable, and the cost of",
          "inaction is rising.",
          "",
          "Kotaro Fujiwara is Senior Fellow at The Japan Institute of International Affairs.",
          "");

  /** One clipped copy is reported, and its span is the copy's, where it stands in the text. */
  private static void assertOneClippedCopy(ParseResult r, String text, String copy) {
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf(copy));
              assertThat(d.span().length()).isEqualTo(copy.length());
            });
  }

  /**
   * Asserts that {@code text}, which holds {@code copy} apart from its paragraph, parses as {@code
   * plain} does, the publisher's title whole, the copy reported once where it stands and nothing
   * lost.
   */
  private static void assertCopyDroppedApart(String plain, String text, String copy)
      throws Exception {
    ParseResult expected = CommentaryParser.create().parse(plain);
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().masthead().onlinePublisher().orElseThrow().role())
        .hasValue("President, JIIA");
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertOneClippedCopy(r, text, copy);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /** The copy: the starts of the first paragraph's lines as the box cuts them. */
  private static final String COPY =
      String.join(
          "\n",
          "The debate over semico",
          "Japan-ROK relations is",
          "\"Free and Open Indo-Pa",
          "granted in Tokyo, now",
          "be sustained after the ne");

  /**
   * The boxed column's copy of the first paragraph, each line the start of a line of it cut
   * mid-word, stands apart from it: after the sidebar's last line, before the issue line, or
   * between the byline and key points. It is dropped and reported there, neither glued to the
   * publisher's title nor kept in the body.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"after the sidebar", "after a blank under the sidebar", "after the byline"})
  void aCopyApartFromItsParagraphIsDropped(String where) throws Exception {
    String plain = String.format(APART, "", "");
    String copy = where.startsWith("after a blank") ? "\n" + COPY : COPY;
    String text =
        where.endsWith("byline") ? String.format(APART, "", COPY) : String.format(APART, copy, "");
    assertThat(CommentaryParser.create().parse(text).commentary().body())
        .isEqualTo(CommentaryParser.create().parse(plain).commentary().body());
    assertCopyDroppedApart(plain, text, COPY);
  }

  /**
   * The copy of a box that wraps the first paragraph at a width of its own, from its second line.
   */
  private static final String COPY_REWRAPPED =
      String.join(
          "\n",
          "recent years, and Japan-R",
          "conversation. Some ask wh",
          "vision is still relevant.",
          "in Tokyo, now requires ac");

  /** The institutes as pdftotext gives them under the sidebar. */
  private static final String INSTITUTES =
      String.join(
          "\n",
          "",
          "IIPS",
          "",
          "JIIA",
          "",
          "RIPS",
          "",
          "Institute for International",
          "Policy Studies",
          "",
          "The Japan Institute",
          "of International Affairs",
          "(Secretariat)",
          "",
          "Research Institute for",
          "Peace and Security",
          "");

  /**
   * A box that wraps the first paragraph at a width of its own shows the starts of line-sized
   * stretches of it, from its second on, not of its printed lines: pdftotext gives them under the
   * sidebar, after a blank line or not, before the institutes or the issue line. They are dropped
   * and reported there, not glued to the publisher's title.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "\n"})
  void aCopyOfStretchesOfTheParagraphUnderTheSidebarIsDropped(String blank) throws Exception {
    for (String after : new String[] {INSTITUTES, ""}) {
      String plain = String.format(APART, after, "");
      String text = String.format(APART, blank + COPY_REWRAPPED + "\n" + after, "");
      assertCopyDroppedApart(plain, text, COPY_REWRAPPED);
    }
  }

  /**
   * The box's lines need not be cut in mid-word: whole-word pieces, each after words the box cut
   * off, are a copy too; and a box that wraps as the paragraph does for a few lines only is dropped
   * whole, its later pieces with the lines aligned.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "recent years, and Japan-ROK|conversation. Some ask|vision is still relevant.|in Tokyo,"
            + " now requires",
        "Japan-ROK relations is no|\"Free and Open Indo-Pa|granted in Tokyo, now|election is an"
            + " open qu"
      })
  void aCopyOfWholeWordsOrAlignedForAFewLinesIsDroppedWhole(String pieces) throws Exception {
    String copy = pieces.replace('|', '\n');
    String plain = String.format(APART, INSTITUTES, "");
    String text = String.format(APART, "\n" + copy + "\n" + INSTITUTES, "");
    assertCopyDroppedApart(plain, text, copy);
  }

  /**
   * The copy's first piece, a line of its own under the byline in text without blank lines, ends
   * between two words and reads as a name ({@code As Prime Minister Fumio}): it is no further
   * author, and the copy is dropped whole, the paragraph's first word kept.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Yoko Sakurai, Kenta Morimoto and Hiroki Ueda", "Yoko Sakurai"})
  void aCopyWhoseFirstPieceReadsAsANameIsNoAuthor(String byline) throws Exception {
    String fixture = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    String opening = "Since the Japanese government purchased three of the Senkaku Islands from\n";
    assertThat(fixture).contains(opening);
    String plain =
        fixture
            .replace("Yoko Sakurai, Kenta Morimoto and Hiroki Ueda\n", byline + "\n")
            .replace(
                opening, "As Prime Minister Fumio Kishida put it, the government bought the\n");
    String copy =
        String.join(
            "\n",
            "As Prime Minister Fumio",
            "a private owner in Septem",
            "entered the territorial wa",
            "Encounters between the Jap",
            "");
    String text = plain.replace(byline + "\n", byline + "\n" + copy);
    ParseResult expected = CommentaryParser.create().parse(plain);
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    // the copy's span ends at its last line's end, the line break after it not the copy's
    assertOneClippedCopy(r, text, copy.stripTrailing());
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * Narrow lines under the sidebar that open as the first paragraph's lines do, but go on with
   * words of their own: no copy, nothing dropped.
   */
  @Test
  void narrowLinesThatGoOnAsNoLineOfTheParagraphStay() throws Exception {
    String lines =
        String.join(
            "\n",
            "The debate over semico",
            "Japan-ROK relations is",
            "a matter that the Diet",
            "will settle in good time.");
    String text = String.format(APART, lines, "");
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }
}
