package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The note that closes many commentaries, that the views are the author's own, is neither body nor
 * biography: it is dropped and reported where it stands, and the biography before it is still
 * found.
 */
class ClosingNoteTest {

  private static final String NOTE =
      "The views expressed in this piece are the author's own and should not be attributed to The"
          + " Association of Japanese Institutes of Strategic Studies.";

  private static final ParseResult SEED = parse(Fixtures.read("seed-093.txt"));

  private static ParseResult parse(String text) {
    return Fixtures.parse(text);
  }

  private static List<Diagnostic> notes(ParseResult r) {
    return r.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.CLOSING_NOTE_DROPPED)
        .toList();
  }

  private static void assertDropped(String text, ParseResult r) {
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
    List<Diagnostic> notes = notes(r);
    assertThat(notes).hasSize(1);
    Diagnostic note = notes.get(0);
    assertThat(note.span().offset()).isEqualTo(text.indexOf("The views"));
    assertThat(text.substring(note.span().offset(), note.span().endOffset()).replace('\n', ' '))
        .isEqualTo(NOTE);
    assertThat(note.message()).contains("the views are the author's own");
  }

  @Test
  void aNoteOfItsOwnAfterTheBiographyIsDropped() {
    String text = Fixtures.read("seed-093.txt") + "\n\n" + NOTE + "\n";
    assertDropped(text, parse(text));
  }

  /**
   * The series' own note, as its publisher's note words it, the sentence that the series is an
   * occasional op-ed publication before the views: dropped whole.
   */
  @Test
  void theSeriesNoteThatOpensWithWhatTheSeriesIsIsDroppedWhole() {
    String series = "AJISS-Commentary is an occasional op-ed type publication. ";
    String text = Fixtures.read("seed-093.txt") + "\n\n" + series + NOTE + "\n";
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertThat(notes(r))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf(series));
              assertThat(d.span().endOffset()).isEqualTo(text.indexOf(NOTE) + NOTE.length());
            });
  }

  @Test
  void aNoteHardWrappedAfterTheBiographyIsDropped() {
    String text =
        Fixtures.read("seed-093.txt")
            + "\n\n"
            + NOTE.replace("should not be ", "should not be\n")
                .replace("The Association", "The\nAssociation");
    assertDropped(text, parse(text));
  }

  @Test
  void aNoteThatEndsTheBiographyParagraphIsCutFromIt() {
    String text = Fixtures.read("seed-093.txt").stripTrailing() + " " + NOTE;
    assertDropped(text, parse(text));
  }

  @Test
  void aNoteOnTheBiographysNextLineIsCutFromIt() {
    String text = Fixtures.read("seed-093.txt").stripTrailing() + "\n" + NOTE + "\n";
    assertDropped(text, parse(text));
  }

  @Test
  void theViewsExpressedInTheBodyStayThere() {
    String seed = Fixtures.read("seed-093.txt");
    String sentence = " The views expressed at the summit should not be attributed to NATO alone.";
    String text =
        seed.replace(
            "the unilateralism of the Bush administration.",
            "the unilateralism of the Bush administration." + sentence);
    assertThat(text).isNotEqualTo(seed);
    ParseResult r = parse(text);
    assertThat(notes(r)).isEmpty();
    assertThat(r.commentary().body()).anyMatch(b -> b.plainText().contains(sentence.trim()));
  }

  @Test
  void aBiographyThatOnlyMentionsViewsIsKeptWhole() {
    String seed = Fixtures.read("seed-093.txt").stripTrailing();
    String text = seed + " His views expressed in several books have shaped the debate.";
    ParseResult r = parse(text);
    assertThat(notes(r)).isEmpty();
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .endsWith("have shaped the debate.");
  }

  @Test
  void aNoteBeforeTheBiographyIsDropped() {
    String seed = Fixtures.read("seed-093.txt");
    String bio = "Yoshikazu Hirose is Professor";
    String text = seed.replace(bio, NOTE + "\n\n" + bio);
    assertDropped(text, parse(text));
  }

  /** A note after the biography with notes after it, or above two authors' biographies. */
  @Test
  void aNoteBeforeTheNotesOrAboveTwoBiographiesIsDropped() {
    String seed = Fixtures.read("seed-093.txt");
    String notes = "\n\nNotes\n\n1. Foreign Affairs, 2006.\n\n2. Kyodo News, 2023.\n";
    String text = seed + "\n\n" + NOTE + notes;
    ParseResult r = parse(text);
    List<Block> body = r.commentary().body();
    assertThat(body.subList(0, SEED.commentary().body().size()))
        .isEqualTo(SEED.commentary().body());
    assertThat(body)
        .extracting(Block::plainText)
        .endsWith("Notes", "1. Foreign Affairs, 2006.", "2. Kyodo News, 2023.");
    assertThat(r.commentary().authors()).isEqualTo(SEED.commentary().authors());
    assertThat(notes(r))
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(text.indexOf("The views")));

    String bio = "Yoshikazu Hirose is Professor";
    String second =
        "\n\nTaro Yamada is Senior Fellow at the Research Institute for Peace and Security.";
    String two =
        seed.replace("Yoshikazu Hirose\t", "Yoshikazu Hirose and Taro Yamada\t")
                .replace(bio, NOTE + "\n\n" + bio)
            + second;
    ParseResult r2 = parse(two);
    assertThat(r2.commentary().authors()).hasSize(2);
    assertThat(r2.commentary().body()).isEqualTo(SEED.commentary().body());
    assertThat(notes(r2)).hasSize(1);
  }

  private static final String TRANSLATION =
      "(This commentary is an English translation of the original Japanese version.)";

  /**
   * A note after the biography where the notes stand above it, under their heading, and a note on
   * the translation after it: dropped, the notes and the translation note kept in the body.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "AJISS-Commentary is an occasional op-ed type publication. "})
  void aNoteAfterTheBiographyUnderTheNotesIsDropped(String series) {
    String seed = Fixtures.read("seed-093.txt");
    String bio = "Yoshikazu Hirose is Professor";
    String notes = "Notes\n\n1. Foreign Affairs, 2006.\n\n2. Kyodo News, 2023.\n\n";
    String text =
        seed.replace(bio, notes + bio) + "\n\n" + series + NOTE + "\n\n" + TRANSLATION + "\n";
    ParseResult r = parse(text);
    List<Block> body = r.commentary().body();
    assertThat(body.subList(0, SEED.commentary().body().size()))
        .isEqualTo(SEED.commentary().body());
    assertThat(body)
        .extracting(Block::plainText)
        .endsWith("Notes", "1. Foreign Affairs, 2006.", "2. Kyodo News, 2023.", TRANSLATION);
    assertThat(r.commentary().authors()).isEqualTo(SEED.commentary().authors());
    int at = text.indexOf(series + NOTE);
    assertThat(notes(r))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(at);
              assertThat(d.span().endOffset()).isEqualTo(text.indexOf(NOTE) + NOTE.length());
            });
  }

  /**
   * With no blank line between the biographies and the note (the note on the last biography's next
   * line), and a note on the translation after a blank line: cut from the biography.
   */
  @Test
  void aNoteOnTheBiographysNextLineBeforeATranslationNoteIsCutFromIt() {
    String text =
        Fixtures.read("seed-093.txt").stripTrailing() + "\n" + NOTE + "\n\n" + TRANSLATION + "\n";
    ParseResult r = parse(text);
    List<Block> body = r.commentary().body();
    assertThat(body.subList(0, body.size() - 1)).isEqualTo(SEED.commentary().body());
    assertThat(body.get(body.size() - 1).plainText()).isEqualTo(TRANSLATION);
    assertThat(r.commentary().authors()).isEqualTo(SEED.commentary().authors());
    assertThat(notes(r))
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(text.indexOf(NOTE)));
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A note on the translation after the note's sentence on its line, where each paragraph is one
   * line: before the biography or after it, the note's sentence is dropped and the translation note
   * stays in the body, as it does on a line of its own.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aNoteOnTheTranslationAfterTheNoteOnItsLineStays(boolean beforeBiography) {
    String seed = Fixtures.read("seed-093.txt");
    int biography = seed.indexOf("Yoshikazu Hirose is");
    String line = NOTE + " " + TRANSLATION;
    String text =
        beforeBiography
            ? seed.substring(0, biography) + line + "\n\n" + seed.substring(biography)
            : seed + "\n\n" + line + "\n";
    String alone =
        beforeBiography
            ? seed.substring(0, biography) + TRANSLATION + "\n\n" + seed.substring(biography)
            : seed + "\n\n" + TRANSLATION + "\n";
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(parse(alone).commentary());
    assertThat(r.commentary().body()).last().extracting(Block::plainText).isEqualTo(TRANSLATION);
    assertThat(notes(r))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf(NOTE));
              assertThat(d.span().endOffset()).isEqualTo(text.indexOf(NOTE) + NOTE.length());
            });
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * In hard-wrapped text, the note on the last biography's next line, with no blank line between
   * them, is cut from it, with a note on the translation after it or not.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "\r\n", "\r\n\r\n"})
  void aNoteOnTheLineAfterTheBiographyIsCutFromItInHardWrappedText(String before) {
    String fixture = Fixtures.read("hard-wrapped-later-masthead.txt");
    String end = "She\r\nspecializes in European security.\r\n";
    assertThat(fixture).endsWith(end);
    // the biography's last line as full as the body's: no room left on it for the note's first word
    String text =
        fixture.replace(
            end,
            "She specializes\r\nin European security and in the history of the alliances of Japan"
                + " and Europe.\r\n");
    ParseResult expected = parse(text);
    String after = before.isEmpty() ? "" : before + TRANSLATION + "\r\n";
    String note = NOTE.replace(" attributed", "\r\nattributed");
    String changed = text + note + "\r\n" + after;
    ParseResult r = parse(changed);
    assertThat(r.commentary().authors()).isEqualTo(expected.commentary().authors());
    List<Block> body = r.commentary().body();
    assertThat(body.subList(0, expected.commentary().body().size()))
        .isEqualTo(expected.commentary().body());
    assertThat(body.subList(expected.commentary().body().size(), body.size()))
        .extracting(Block::plainText)
        .isEqualTo(before.isEmpty() ? List.of() : List.of(TRANSLATION));
    assertThat(notes(r))
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(changed.indexOf(note)));
    assertThat(Accounting.lost(changed, r)).isEmpty();
  }

  @Test
  void aShortNoteThatTheViewsAreTheAuthorsOwnIsDropped() {
    String note = "The views expressed in this article are the author's own.";
    String text = Fixtures.read("seed-093.txt") + "\n\n" + note + "\n";
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertThat(notes(r))
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(text.indexOf(note)));
  }

  /**
   * Hard-wrapped text without blank lines, the note on a line of its own under the biographies, in
   * a wider measure than the body's lines, and under it with no blank line a notes' label over the
   * notes, or a note on the translation: those stay in the body, and only the note's sentence is
   * dropped.
   */
  @Test
  void theLinesUnderANoteOfItsOwnLineStay() {
    String raw = Fixtures.read("pdftotext-raw-narrower-first-page.txt");
    ParseResult plain = parse(raw);
    String wide =
        "The views expressed in this piece are the authors' own and do not necessarily reflect"
            + " those of the institutes to which the authors belong.";
    String notes = "Notes\n1. Foreign Affairs, 2006.\n2. Kyodo News, 2023.\n3. Asahi, 2009.\n";
    String text = raw + wide + "\n" + notes;
    ParseResult r = parse(text);
    assertThat(r.commentary().authors()).isEqualTo(plain.commentary().authors());
    assertThat(r.commentary().body().subList(0, plain.commentary().body().size()))
        .isEqualTo(plain.commentary().body());
    assertThat(r.commentary().body())
        .extracting(Block::plainText)
        .endsWith("Notes", "1. Foreign Affairs, 2006.", "2. Kyodo News, 2023.", "3. Asahi, 2009.");
    assertThat(notes(r))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf(wide));
              assertThat(d.span().endOffset()).isEqualTo(text.indexOf(wide) + wide.length());
            });
    assertThat(Accounting.lost(text, r)).isEmpty();

    String translation =
        "This is an English translation of an article originally written in Japanese and"
            + " published by the\nJapan Institute of International Affairs on 12 May 2019.";
    String text2 = raw + wide + "\n" + translation + "\n";
    ParseResult r2 = parse(text2);
    assertThat(r2.commentary().authors()).isEqualTo(plain.commentary().authors());
    assertThat(r2.commentary().body())
        .extracting(Block::plainText)
        .endsWith(translation.replace('\n', ' '));
    assertThat(notes(r2))
        .singleElement()
        .satisfies(
            d -> assertThat(d.span().endOffset()).isEqualTo(text2.indexOf(wide) + wide.length()));
    assertThat(Accounting.lost(text2, r2)).isEmpty();
  }

  /**
   * The series' note on the line under the biography, no blank line between, as pdftotext gives a
   * page's foot, with a line end, a carriage return or a run of spaces inside its first sentence:
   * dropped whole from the series' name on, and no word of it lost.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r", "  ", "\r\n"})
  void theSeriesNoteWrappedUnderTheBiographyIsDroppedWhole(String inside) {
    String series = "AJISS-Commentary is an occasional op-ed type" + inside + "publication. ";
    String text = Fixtures.read("seed-093.txt") + "\n" + series + NOTE + "\n";
    ParseResult r = parse(text);
    assertThat(r.commentary()).isEqualTo(SEED.commentary());
    assertThat(notes(r))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.lastIndexOf("AJISS-Commentary"));
              assertThat(d.span().endOffset()).isEqualTo(text.indexOf(NOTE) + NOTE.length());
            });
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  /**
   * A text with no blank lines (pypdf, PyMuPDF): the notes' label and each note under a number, in
   * digits or superscript ones, are blocks of their own before the biography.
   */
  @ParameterizedTest
  @ValueSource(strings = {"12", "\u00B9\u00B2"})
  void notesUnderNumbersInATextWithNoBlankLinesAreBlocksOfTheirOwn(String numbers) {
    String text =
        String.join(
            "\n",
            "AJISS-Commentary",
            "The Association of Japanese Institutes of Strategic Studies",
            "NPI\tJIIA\tRIPS",
            "Nakasone Yasuhiro Peace Institute\tThe Japan Institute of International Affairs (Secretariat)\tResearch Institute for Peace and Security",
            "Editorial Advisory Board: Akio Watanabe (Chair), Masashi Nishihara, Taizo Yakushiji",
            "Editorial Committee: Naoko Saiki, Tsutomu Kikuchi",
            "Online Publisher: Kenichiro Sasae, President, JIIA",
            "No.301. 9 May 2022",
            "JAPAN'S NEW DEFENSE STRATEGY",
            "Kenji Watanabe",
            "Japan's security environment has changed more in the past decade than in the",
            "preceding half century. North Korea's missile launches, China's growing pressure",
            "around the Senkaku Islands and Russia's war against Ukraine have all shown that",
            "deterrence cannot be taken for granted. The government in Tokyo has responded by",
            "raising defense spending and by revising its three strategic documents.",
            "The revision of December 2022 marked a turning point."
                + numbers.charAt(0)
                + " For the first time since",
            "the end of the Second World War, Japan decided to acquire counterstrike",
            "capabilities." + numbers.charAt(1),
            "Equally important is the question of how Japan finances this effort. The",
            "government plans to spend about 43 trillion yen over five years, and it has yet",
            "to explain fully how the bill will be paid. Without a clear plan, public support",
            "for the buildup may weaken as living costs rise and the population ages.",
            "Notes",
            numbers.charAt(0) + " Ministry of Defense, National Defense Strategy, December 2022.",
            numbers.charAt(1)
                + " Cabinet Secretariat, National Security Strategy, December 16, 2022.",
            "Kenji Watanabe is Senior Research Fellow at The Japan Institute of International",
            "Affairs. He specializes in Japanese security policy and the Japan-US alliance.");
    ParseResult r = parse(text);
    assertThat(r.commentary().body())
        .extracting(Block::plainText)
        .endsWith(
            "Notes",
            numbers.charAt(0) + " Ministry of Defense, National Defense Strategy, December 2022.",
            numbers.charAt(1)
                + " Cabinet Secretariat, National Security Strategy, December 16, 2022.");
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .startsWith("Kenji Watanabe is Senior Research Fellow");
  }
}
