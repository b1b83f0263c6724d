package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.DiagnosticCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte encodings that extraction tools write. */
class EncodingTest {

  private final CommentaryParser parser = CommentaryParser.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16ReadsWithOrWithoutItsByteOrderMark(String name) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary expected = parser.parse(seed).commentary();
    Charset charset = Charset.forName(name);
    byte[] bare = seed.getBytes(charset);
    byte[] marked = ("\uFEFF" + seed).getBytes(charset);
    assertThat(parser.parse(bare).commentary()).isEqualTo(expected);
    assertThat(parser.parse(marked).commentary()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void brokenUtf16NamesTheEncodingItExpected(String name) throws Exception {
    byte[] marked = ("\uFEFF" + Fixtures.read("seed-093.txt")).getBytes(Charset.forName(name));
    byte[] cut = Arrays.copyOf(marked, 1001); // an odd length: half a character at the end
    CommentaryParseException e =
        catchThrowableOfType(CommentaryParseException.class, () -> parser.parse(cut));
    assertThat(e.code()).isEqualTo(DiagnosticCode.MALFORMED_UTF8);
    assertThat(e.getMessage()).contains("expected " + name + " text").doesNotContain("UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
  void singleByteTextIsReadAsWindows1252AndReported(String name) throws Exception {
    String seed = Fixtures.read("seed-093.txt").replace("Caught in a", "Caught in a caf\u00e9");
    String text =
        name.equals("windows-1252")
            ? seed.replace("\"security\"", "\u201csecurity\u201d") // curly quotes: 0x93, 0x94
            : seed;
    ParseResult expected = parser.parse(text);
    ParseResult r = parser.parse(text.getBytes(Charset.forName(name)));
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.LEGACY_ENCODING)
        .singleElement()
        .satisfies(
            d -> {
              int first = name.equals("windows-1252") ? text.indexOf('\u201c') : -1;
              int e = text.indexOf('\u00e9');
              assertThat(d.span().offset()).isEqualTo(first >= 0 ? Math.min(first, e) : e);
              assertThat(d.message()).contains("windows-1252", "not UTF-8");
            });
    CommentaryParseException strict =
        catchThrowableOfType(
            CommentaryParseException.class,
            () ->
                CommentaryParser.builder()
                    .strict(true)
                    .build()
                    .parse(text.getBytes(Charset.forName(name))));
    assertThat(strict.code()).isEqualTo(DiagnosticCode.STRICT_VIOLATION);
  }

  @org.junit.jupiter.api.Test
  void utf8WithABrokenByteIsStillRefused() {
    // a curly quote in UTF-8 shows the text is UTF-8: the broken byte after it is an error
    String seed = Fixtures.read("seed-093.txt").replace("\"security\"", "\u201csecurity\u201d");
    byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
    int at = seed.indexOf("Caught in a");
    bytes[at] = (byte) 0xE9;
    CommentaryParseException e =
        catchThrowableOfType(CommentaryParseException.class, () -> parser.parse(bytes));
    assertThat(e.code()).isEqualTo(DiagnosticCode.MALFORMED_UTF8);
    assertThat(e.offset()).isEqualTo(at);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void zeroBytesThatAreNotUtf16AreBinary(int every) {
    byte[] bytes = Fixtures.read("seed-093.txt").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i += every + 1) {
      bytes[i] = 0;
    }
    CommentaryParseException e =
        catchThrowableOfType(CommentaryParseException.class, () -> parser.parse(bytes));
    assertThat(e.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFDD0", "\uFDEF", "\uFFFE", "\uD83F\uDFFE", "\uDBFF\uDFFF"})
  void noncharactersAreDroppedAsXmlForbidsThem(String noncharacter) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary expected = parser.parse(seed).commentary();
    ParseResult r =
        parser.parse(seed.replace("partners,\" Shinzo", "partners,\"" + noncharacter + " Shinzo"));
    assertThat(r.commentary()).isEqualTo(expected);
    // one diagnostic per character, naming its code point, over both halves of a surrogate pair
    int cp = noncharacter.codePointAt(0);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains(String.format("U+%04X,", cp));
              assertThat(d.span().length()).isEqualTo(noncharacter.length());
            });
  }

  /**
   * A control character after a character beyond Latin-1, whose low eight bits may be printable
   * ASCII, or after a pair of surrogates: dropped, and reported where it stands.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u2019", "\u013F", "\uD835\uDC00", "?", "\u00E9"})
  void aControlCharacterAfterAnyCharacterIsReportedWhereItStands(String before) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary expected = parser.parse(seed).commentary();
    String text = seed.replace("partners,\" Shinzo", "partners,\"" + before + "\u0007 Shinzo");
    ParseResult r = parser.parse(text);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED)
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(text.indexOf('\u0007')));
    assertThat(r.commentary().authors()).isEqualTo(expected.authors());
  }

  @org.junit.jupiter.api.Test
  void ligaturesAreWrittenOutAsTheirLetters() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary expected = parser.parse(seed).commentary();
    String ligatures =
        seed.replace("the first address", "the \uFB01rst address")
            .replace("effective measures", "e\uFB00ective measures")
            .replace("security.", "security. He served in the o\uFB03ce of the Prime Minister.");
    ParseResult r = parser.parse(ligatures);
    Commentary c = r.commentary();
    assertThat(c.body()).isEqualTo(expected.body());
    assertThat(c.authors().get(0).biography().orElseThrow())
        .endsWith("He served in the office of the Prime Minister.");
    // reported once, where the first stands, with how many more there are
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.LIGATURE_WRITTEN_OUT)
        .singleElement()
        .satisfies(
            d -> {
              // the first in the clipped copy, which holds "the first address" too
              assertThat(d.span().offset()).isEqualTo(ligatures.indexOf('\uFB01'));
              assertThat(d.message()).contains("3 more");
            });
  }

  /**
   * Windows-1252 text read as Latin-1: the C1 control characters stand for the quotation marks,
   * dashes and bullets that windows-1252 gives their bytes ({@code U+0092} for {@code ’}), read as
   * those and reported once, with their count.
   */
  @org.junit.jupiter.api.Test
  void windows1252QuotesReadAsLatin1AreReadAsTheirCharacters() throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String curly =
        text.replace("JAPAN'S", "JAPAN\u2019S")
            .replace(
                "\"Japan and NATO are partners,\"", "\u201CJapan and NATO are partners,\u201D");
    String c1 =
        curly.replace('\u2019', '\u0092').replace('\u201C', '\u0093').replace('\u201D', '\u0094');
    assertThat(c1).isNotEqualTo(curly).contains("JAPAN\u0092S");
    ParseResult expected = parser.parse(curly);
    ParseResult r = parser.parse(c1);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.commentary().title()).startsWith("Japan\u2019s Choice");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("U+0092", "2 more"));
    assertThat(r.diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED);
    ParseResult euro = parser.parse(text.replace("JAPAN'S", "\u0080JAPAN'S"));
    assertThat(euro.commentary()).isEqualTo(parser.parse(text).commentary());
    assertThat(euro.diagnostics())
        .anyMatch(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED)
        .noneMatch(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED);
  }

  /**
   * A key point's bullet that a tool wrote as U+007F, the code of a symbol font's bullet (pypdf):
   * read as the bullet where it opens a line before text, and reported; a U+0080 elsewhere, which
   * may as well be a symbol font's code as windows-1252's euro sign, is dropped.
   */
  @org.junit.jupiter.api.Test
  void aDeleteCharacterThatOpensAKeyPointIsItsBullet() throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    assertThat(text).contains("\n\u2022 Japan and NATO");
    // with a space after it, or none, as pypdf writes it
    for (String del : new String[] {"\n\u007F ", "\n\u007F"}) {
      ParseResult r = parser.parse(text.replace("\n\u2022 ", del));
      assertThat(r.commentary()).isEqualTo(parser.parse(text).commentary());
      assertThat(r.diagnostics())
          .filteredOn(d -> d.code() == DiagnosticCode.UNMAPPED_GLYPH)
          .hasSize(2)
          .allSatisfy(d -> assertThat(d.message()).contains("U+007F", "key point"));
    }
  }

  /**
   * The same bullet alone on its line over its key point's text, as pypdf writes it where the
   * bullet and the text stand apart: read as the bullet, and reported.
   */
  @org.junit.jupiter.api.Test
  void aDeleteCharacterAloneOverAKeyPointIsItsBullet() throws Exception {
    String text = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    assertThat(text).contains("\n\u2022 Japan and NATO");
    for (String del : new String[] {"\n\u007F\n", "\n\u007F \n"}) {
      String input = text.replace("\n\u2022 ", del);
      ParseResult r = parser.parse(input);
      assertThat(r.commentary()).isEqualTo(parser.parse(text).commentary());
      assertThat(r.diagnostics())
          .filteredOn(d -> d.code() == DiagnosticCode.UNMAPPED_GLYPH)
          .hasSize(2)
          .allSatisfy(d -> assertThat(d.message()).contains("U+007F", "key point"));
      assertThat(r.diagnostics())
          .noneMatch(d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED);
      assertThat(Accounting.lost(input, r)).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void ligaturesInTheAuthorsNameAndATitleInTitleCaseAreWrittenOut() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String griffith =
        seed.replace("Yoshikazu Hirose", "Yoshikazu Gri\uFB03th")
            .replace("THE PROSPECTS COOPERATION", "The Prospects Cooperation")
            .replace("OF JAPA", "of Japan-NATO Con\uFB02icts");
    Commentary c = parser.parse(griffith).commentary();
    assertThat(c.authors().get(0).name()).isEqualTo("Yoshikazu Griffith");
    assertThat(c.authors().get(0).biography().orElseThrow()).startsWith("Yoshikazu Griffith is");
    assertThat(c.title()).doesNotContain("\uFB02").contains("Conflicts");
  }

  @org.junit.jupiter.api.Test
  void ligaturesInTheMastheadAreWrittenOut() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    Commentary c =
        parser
            .parse(
                seed.replace("Editor:Akio Watanabe", "Editor:Akio Gri\uFB03th")
                    .replace("Naoko Saiki", "Naoko Sta\uFB00ord"))
            .commentary();
    assertThat(c.masthead().editor().orElseThrow().name()).isEqualTo("Akio Griffith");
    assertThat(c.masthead().editorialBoard()).extracting(p -> p.name()).contains("Naoko Stafford");
  }

  @org.junit.jupiter.api.Test
  void aLigatureInAnInstituteNameOrThePublisherIsWrittenOutAndNoMisread() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    ParseResult expected = parser.parse(seed);
    ParseResult r =
        parser.parse(
            seed.replace("International Affairs", "International A\uFB00airs")
                .replace("Strategic Studies", "Strategic Studies, O\uFB03ce"));
    assertThat(r.commentary().masthead()).isEqualTo(expected.commentary().masthead());
    assertThat(r.commentary().series().publisher()).endsWith("Studies, Office");
    // the seed's own misreads are still corrected, and nothing else is
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.INSTITUTE_CORRECTED)
        .extracting(d -> d.message())
        .containsExactlyElementsOf(
            expected.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.INSTITUTE_CORRECTED)
                .map(d -> d.message())
                .toList());
  }

  @org.junit.jupiter.api.Test
  void aTitleInCapitalsLearnsTheSpellingOfAWordTheBodyWritesWithALigature() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    // the body writes "officers" once with a ligature, and "OFFICERS" once, both in mid-sentence
    String text =
        seed.replace("THE PROSPECTS COOPERATION", "THE PROSPECTS COOPERATION WITH OFFICERS")
            .replace("effective measures", "effective measures for o\uFB03cers and OFFICERS");
    Commentary c = parser.parse(text).commentary();
    // no spelling wins over lower case, so the word is capitalised as a title word; were the
    // ligature left, "OFFICERS" alone would be learned, and kept in capitals
    assertThat(c.title()).endsWith("with Officers");
  }

  /**
   * UTF-8 text that a tool read as windows-1252 and wrote back as UTF-8: each garbled sequence is
   * read as the character it stands for and reported where it stands, and the text reads as the
   * text before the damage.
   */
  @org.junit.jupiter.api.Test
  void textWhoseUtf8WasReadAsWindows1252IsRepairedAndReported() throws Exception {
    String seed =
        Fixtures.read("seed-093.txt")
            .replace("Caught in a", "Caught in a caf\u00e9 \u2014 a")
            .replace("\"security\"", "\u201csecurity\u201d")
            .replace("NATO's transformation", "NATO\u2019s transformation");
    Charset cp1252 = Charset.forName("windows-1252");
    String garbled =
        new String(seed.getBytes(StandardCharsets.UTF_8), cp1252)
            .replace("\uFFFD", "\u009D"); // the byte 0x9D of a closing quote, which cp1252 lacks
    assertThat(garbled).contains("\u00e2\u20ac\u2122", "\u00c3\u00a9").isNotEqualTo(seed);
    ParseResult expected = parser.parse(seed);
    ParseResult r = parser.parse(garbled);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED)
        .hasSize(5)
        .first()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(garbled.indexOf("\u00c3\u00a9"));
              assertThat(d.span().length()).isEqualTo(2);
              assertThat(d.message()).contains("\"\u00e9\"");
            });
    assertThat(Accounting.lost(garbled, r)).isEmpty();
    // a text of its own that holds such letters is left as it is
    String plain = Fixtures.read("seed-093.txt").replace("Caught in a", "Caught in \u00c3 a");
    assertThat(parser.parse(plain).diagnostics())
        .noneMatch(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED);
  }

  /** A replacement character, a character that extraction or decoding lost: kept, and reported. */
  @org.junit.jupiter.api.Test
  void aReplacementCharacterIsKeptAndReported() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String text = seed.replace("Ivo Daalder", "Ivo Daa\uFFFDlder");
    ParseResult r = CommentaryParser.create().parse(text);
    assertThat(r.commentary().body())
        .anySatisfy(b -> assertThat(b.plainText()).contains("Ivo Daa\uFFFDlder"));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.UNMAPPED_GLYPH)
        .singleElement()
        .satisfies(d -> assertThat(d.span().offset()).isEqualTo(text.indexOf('\uFFFD')));
  }
}
