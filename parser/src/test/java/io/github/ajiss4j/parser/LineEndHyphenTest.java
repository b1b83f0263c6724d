package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

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
    String text = Fixtures.read("hard-wrapped-later-masthead.txt");
    assertThat(text).contains("\r\nAustralia.\r\n"); // the fixture's lines end in CRLF
    ParseResult r =
        CommentaryParser.create()
            .parse(text.replace("\r\nAustralia.\r\n", "\r\n" + WRAPPED + "\r\n"));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.HYPHENATION_REMOVED)
        .extracting(d -> d.message())
        .contains(
            "joined \"trans-\" and \"national\" hyphenated at a line end",
            "joined \"con-\" and \"versation\" hyphenated at a line end")
        .noneMatch(m -> m.contains("decision") || m.contains("post"));
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
}
