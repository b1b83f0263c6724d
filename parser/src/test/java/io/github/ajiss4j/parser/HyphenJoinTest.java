package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word parted at a line end by a soft hyphen, or at a page break by a hyphen, is joined as a word
 * parted at a line end by a hyphen is, and the removed character is reported where it stood.
 */
class HyphenJoinTest {

  /** The seed's paragraph that a page break cuts: its first half ends "Caught in a dilemma of". */
  private static final String CUT = "Caught in a dilemma of\n\n\"security\" and";

  private static ParseResult parse(String text) throws CommentaryParseException {
    return CommentaryParser.create().parse(text);
  }

  private static String seed() {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains(CUT).contains("Against this background, European");
    return seed;
  }

  private static String paragraph(ParseResult r, String start) {
    for (Block b : r.commentary().body()) {
      if (b.plainText().startsWith(start)) {
        return b.plainText();
      }
    }
    throw new AssertionError("no paragraph starts with " + start);
  }

  private static List<Diagnostic> hyphenations(ParseResult r) {
    return r.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .toList();
  }

  @Test
  void aSoftHyphenAtALineEndJoinsTheWordAndIsReported() throws Exception {
    String text = seed().replace("Against this background", "Against this back\u00AD\nground");
    ParseResult r = parse(text);
    assertThat(paragraph(r, "Against this")).startsWith("Against this background, European");
    List<Diagnostic> joined = hyphenations(r);
    assertThat(joined).hasSize(1);
    assertThat(joined.get(0).span().offset()).isEqualTo(text.indexOf('\u00AD'));
    assertThat(joined.get(0).message()).contains("\"back\"", "\"ground\"");
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.INVISIBLE_DROPPED);
  }

  @Test
  void softHyphensAndZeroWidthSpacesInsideWordsAreDropped() throws Exception {
    String text =
        seed()
            .replace("Against this background", "Against this back\u00ADground")
            .replace("NATO/ISAF-assisted", "NATO/\u200BISAF-assisted")
            .replace("Yoshikazu Hirose is", "Yoshi\u00ADkazu Hirose is")
            .replace("THE PROSPECTS", "THE PROS\u00ADPECTS");
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(parse(seed()).commentary());
    assertThat(hyphenations(r)).isEmpty();
    // reported once, where the first stands, with how many more there are
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.INVISIBLE_DROPPED)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf('\u00AD'));
              assertThat(d.message()).contains("U+00AD", "3 more");
            });
  }

  @Test
  void aHyphenAtAPageBreakIsJudgedAsAtALineEnd() throws Exception {
    String typeset =
        seed().replace(CUT, "Caught in a dilemma of recon-\n\nstruction \"security\" and");
    ParseResult r = parse(typeset);
    // "reconstruction" stands elsewhere in the seed: the typesetter's hyphen goes
    assertThat(paragraph(r, "For Japan"))
        .contains("Caught in a dilemma of reconstruction \"security\" and");
    assertThat(hyphenations(r)).hasSize(1);
    assertThat(hyphenations(r).get(0).span().offset()).isEqualTo(typeset.indexOf("recon-") + 5);

    ParseResult compound =
        parse(seed().replace(CUT, "Caught in a dilemma of post-\n\nconflict \"security\" and"));
    assertThat(paragraph(compound, "For Japan")).contains("dilemma of post-conflict \"security\"");
    assertThat(hyphenations(compound)).isEmpty();
  }

  @Test
  void aCompoundBrokenAtItsOwnHyphenByAPageBreakTakesNoSpace() throws Exception {
    ParseResult r =
        parse(seed().replace(CUT, "Caught in a dilemma of Japan-\n\nNATO \"security\" and"));
    assertThat(paragraph(r, "For Japan")).contains("dilemma of Japan-NATO \"security\" and");
  }

  /**
   * Many line-end hyphens in one body are decided alike, the first looked up in the text and the
   * later ones in the counts of every word that a body with many of them learns: a word the body
   * writes whole is joined, a compound it writes with its hyphen keeps it.
   */
  @Test
  void manyLineEndHyphensAreDecidedAlike() throws Exception {
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      more.append("Japan needs the decision-making of implementing and the decision-\n")
          .append("making of a partnership it goes on impl-\nementing with NATO.\n\n");
    }
    String seed = seed();
    String text = seed.replace(CUT, CUT + " trust.\n\n" + more + "The end of");
    ParseResult r = parse(text);
    long joined =
        r.commentary().body().stream()
            .filter(b -> b.plainText().startsWith("Japan needs"))
            .filter(
                b ->
                    b.plainText()
                        .equals(
                            "Japan needs the decision-making of implementing and the"
                                + " decision-making of a partnership it goes on implementing"
                                + " with NATO."))
            .count();
    assertThat(joined).isEqualTo(40);
    assertThat(hyphenations(r)).hasSize(40);
  }

  /**
   * pdfium (pypdfium2) writes a hyphen that ends a printed line as U+FFFE and goes on with the next
   * line's word on the same line: the hyphen is judged as at a line end, a typesetter's taken out
   * and reported where it stood, a compound's kept, and the noncharacter is not dropped as a
   * control character, which would part the word.
   */
  @Test
  void pdfiumsLineEndHyphenIsJudgedAsAtALineEnd() throws Exception {
    String text =
        seed()
            .replace("Against this background", "Against this back\uFFFEground")
            .replace("top decision-making body", "top decision\uFFFEmaking body")
            .replace("Japan-US alliance", "Japan\uFFFEUS alliance");
    ParseResult r = parse(text);
    assertThat(r.commentary().body()).isEqualTo(parse(seed()).commentary().body());
    assertThat(hyphenations(r))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf("back\uFFFE") + 4);
              assertThat(d.message()).contains("\"back-\"", "\"ground\"");
            });
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * pdfium's line-end hyphen at a page's end, the page number after it on the same line and the
   * next page's first word on the next line, or on the line after the next page's running head
   * ({@code back\uFFFE1} / {@code AJISS-Commentary No.93} / {@code ground}), as pdfium writes a
   * page's head before its text: the word is joined, and the page number dropped as page furniture,
   * each reported where it stood.
   */
  @ParameterizedTest
  @CsvSource({"1, ''", "12, ''", "1, AJISS-Commentary No.93"})
  void pdfiumsLineEndHyphenBeforeThePageNumberJoinsTheWord(String number, String head)
      throws Exception {
    String text =
        seed()
            .replace(
                "Against this background",
                "Against this back\uFFFE"
                    + number
                    + "\n"
                    + (head.isEmpty() ? "" : head + "\n")
                    + "ground");
    ParseResult r = parse(text);
    assertThat(r.commentary().body()).isEqualTo(parse(seed()).commentary().body());
    assertThat(hyphenations(r)).hasSize(1);
    int at = text.indexOf('\uFFFE') + 1;
    assertThat(r.diagnostics())
        .anyMatch(
            d ->
                d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED
                    && d.span().offset() == at
                    && d.span().endOffset() == at + number.length());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.PAGE_FURNITURE_DROPPED)
        .hasSize(head.isEmpty() ? 1 : 2);
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED);
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A line that pdfium folded two printed lines into holds no compound whose hyphen it took out: it
   * glues lines only where it folds a hyphen. The piece of a word after the fold, where a printed
   * line of the column could have ended inside it, is not parted as a compound ({@code partici} /
   * {@code pation}, not {@code pat-ion}).
   */
  @Test
  void aWordPdfiumFoldedIsNoCompoundWhoseHyphenItTookOut() throws Exception {
    String text =
        Fixtures.replacingEach(
            Fixtures.read("generated-pdfium-folded-lines-around.txt"),
            t -> "a partici\uFFFEpation advantage",
            "a compara\uFFFEtive advantage");
    ParseResult r = parse(text);
    assertThat(paragraph(r, "Japan's approach to the Global South"))
        .contains("Tokyo has a participation advantage here");
    assertThat(hyphenations(r))
        .anyMatch(d -> d.span().offset() == text.indexOf("partici") + 7)
        .noneMatch(d -> d.message().startsWith("kept the hyphen"));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /** U+FFFE anywhere but between two letters is no hyphen: dropped, and reported. */
  @Test
  void aNoncharacterBesideABlankIsStillDropped() throws Exception {
    String text = seed().replace("Against this background", "Against this \uFFFEbackground");
    ParseResult r = parse(text);
    assertThat(paragraph(r, "Against this")).startsWith("Against this background, European");
    assertThat(r.diagnostics())
        .anyMatch(
            d ->
                d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED
                    && d.span().offset() == text.indexOf('\uFFFE'));
  }
}
