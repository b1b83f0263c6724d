package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.parser.internal.Decoder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile characters anywhere in real commentaries: U+0000 and other controls, U+FFFE, lone
 * surrogates, bidirectional controls such as U+202E, combining marks, emoji, invisible characters
 * and words of 10,000 characters, inserted at random places from fixed seeds. Given as a String, as
 * UTF-8 bytes and through a Reader, each input is either refused with {@link
 * CommentaryParseException} or parsed with every character accounted for and no character that text
 * may not hold in the model.
 *
 * <p>What the parser does with characters text may not hold (C0 and C1 controls but tab, line feed,
 * carriage return and form feed; U+FFFE, U+FFFF; lone surrogates): it turns each into a space and
 * reports {@code control-character-dropped} at its place; U+0000, or many controls near the start,
 * mark binary input, refused with {@code binary-input}. Everything else is kept as it is.
 */
class HostileInputPropertyTest {

  private static final String LONG_WORD = "W".repeat(10_000);

  private static final List<String> HOSTILE =
      List.of(
          "\u0000",
          "\u0001",
          "\u0007",
          "\u001B",
          "\u007F",
          "\u0085",
          "\u009F",
          "\uFFFE",
          "\uFFFF",
          "\uD800",
          "\uDBFF",
          "\uDC00",
          "\uDFFF",
          "\uDC00\uD800",
          "\u202E",
          "\u200F",
          "\u200E",
          "\u2066",
          "\u0301",
          "e\u0308\u0301",
          "\uD83D\uDE00",
          "\uD83D\uDC69\u200D\uD83D\uDCBB",
          "\uD83C\uDDEF\uD83C\uDDF5",
          "\uFEFF",
          "\u00AD",
          "\u200B",
          "\u00A0",
          "\u3000",
          "\u2028",
          "\f",
          "\t",
          "\r",
          "\r\n",
          "\n\n",
          "<script>",
          "&amp;",
          "*",
          LONG_WORD,
          " " + LONG_WORD + " ");

  private static final List<String> KEPT =
      List.of(
          "\u202E",
          "\u200F",
          "e\u0308\u0301",
          "\uD83D\uDE00",
          "\uD83D\uDC69\u200D\uD83D\uDCBB",
          "\uD83C\uDDEF\uD83C\uDDF5",
          "\u65E5\u672C",
          "\u0645\u0631\u062D\u0628\u0627",
          "<script>",
          "&amp;",
          LONG_WORD);

  private final CommentaryParser parser = CommentaryParser.create();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-093.txt",
        "hard-wrapped-later-masthead.txt",
        "bom-no-final-newline.txt",
        "pdftotext-clipped-lines.txt"
      })
  void hostileCharactersAnywhereAreAccountedFor(String fixture) throws Exception {
    String base = Fixtures.read(fixture);
    Random random = new Random(fixture.hashCode());
    int parsed = 0;
    for (int run = 0; run < 100; run++) {
      StringBuilder sb = new StringBuilder(base);
      for (int k = 1 + random.nextInt(5); k > 0; k--) {
        sb.insert(random.nextInt(sb.length() + 1), HOSTILE.get(random.nextInt(HOSTILE.size())));
      }
      String input = sb.toString();
      String where = fixture + ", run " + run;
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes '?'
      ParseResult fromString = parseOrNull(() -> parser.parse(input));
      ParseResult fromReader = parseOrNull(() -> parser.parse(new StringReader(input)));
      ParseResult fromBytes = parseOrNull(() -> parser.parse(bytes));
      if (fromString != null) {
        parsed++;
        ParserFuzzTest.checkResult(input, fromString);
        assertThat(fromReader).as(where).isNotNull();
        assertThat(fromReader.commentary()).as(where).isEqualTo(fromString.commentary());
      } else {
        assertThat(fromReader).as(where).isNull();
      }
      if (fromBytes != null) {
        ParserFuzzTest.checkResult(Decoder.decode(bytes), fromBytes);
      }
    }
    assertThat(parsed).as("inputs that parsed").isGreaterThan(30);
  }

  private interface Parse {
    ParseResult run() throws Exception;
  }

  private static ParseResult parseOrNull(Parse parse) throws Exception {
    try {
      return parse.run();
    } catch (CommentaryParseException e) {
      ParserFuzzTest.checkRefusal(e);
      return null;
    }
  }

  @Test
  void whatTextMayHoldIsKeptInTheBody() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    for (String s : KEPT) {
      String input = seed.replace("The timing of the speech", "The timing " + s + " of the speech");
      ParseResult r = parser.parse(input);
      assertThat(r.commentary().body().get(1).plainText())
          .as("U+%04X...", (int) s.charAt(0))
          .startsWith("The timing " + s + " of the speech");
      assertThat(Accounting.lost(input, r)).isEmpty();
    }
  }

  @Test
  void whatTextMayNotHoldBecomesASpaceAndIsReported() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    // U+FFFE between letters is pdfium's line-end hyphen (HyphenJoinTest); beside a blank, dropped
    for (String s : List.of("\u0001", "\u007F", "\u0085", "\uFFFF", "\uD800", "\uDFFF")) {
      String input = seed.replace("The timing of", "The timing" + s + "of");
      ParseResult r = parser.parse(input);
      assertThat(r.commentary().body().get(1).plainText())
          .as("U+%04X", (int) s.charAt(0))
          .startsWith("The timing of the speech");
      assertThat(r.diagnostics())
          .anyMatch(
              d ->
                  d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED
                      && d.span().line() == 10
                      && d.message().contains(String.format("U+%04X", (int) s.charAt(0))));
      assertThat(ParserFuzzTest.firstForbidden(r.commentary().toString())).isEqualTo(-1);
    }
    String nul = seed.replace("The timing of", "The timing\u0000of");
    try {
      parser.parse(nul);
      throw new AssertionError("U+0000 was accepted");
    } catch (CommentaryParseException e) {
      assertThat(e.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
      assertThat(e.line()).isEqualTo(10);
    }
  }

  /**
   * A field of nothing but characters that print nothing (a byte-order mark, a zero-width space, a
   * soft hyphen), as such a character at the start or the end of any line of the header, after its
   * colons, or in place of a line: the parse refuses the text with {@link CommentaryParseException}
   * or reads it with every character accounted for, and never builds a name, a publisher or an
   * institute of nothing. The shortest texts that once failed so are kept as they are.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-093.txt",
        "generated-short-paragraph-and-heading.txt",
        "pdftotext-sidebar-between-lines.txt",
        "pdfbox-sorted-sidebar-merged.txt"
      })
  void fieldsOfCharactersThatPrintNothing(String fixture) throws Exception {
    String base = Fixtures.read(fixture);
    String[] lines = base.split("\n", -1);
    int parsed = 0;
    for (String invisible : List.of("\uFEFF", "\u200B", "\u00AD", "\uFEFF\uFEFF")) {
      for (int l = 0; l < Math.min(16, lines.length); l++) {
        String line = lines[l];
        List<String> variants = new java.util.ArrayList<>();
        variants.add(invisible + line);
        variants.add(line + invisible);
        variants.add(invisible);
        for (int c = line.indexOf(':'); c >= 0; c = line.indexOf(':', c + 1)) {
          variants.add(line.substring(0, c + 1) + invisible + line.substring(c + 1));
        }
        for (String variant : variants) {
          String[] changed = lines.clone();
          changed[l] = variant;
          String input = String.join("\n", changed);
          ParseResult r = parseOrNull(() -> parser.parse(input));
          if (r != null) {
            parsed++;
            ParserFuzzTest.checkResult(input, r);
          }
        }
      }
    }
    assertThat(parsed).as("inputs that parsed").isGreaterThan(100);
    for (String shortest :
        List.of(
            "No3 8Jun2010- \uFEFF\uFEFF\ro",
            "AJISS-Commentary\u00ADNo8 8Apr2023",
            "Editorial Board:\uFEFF(C)No3 8Jun2010",
            "IA\n\u200BNo3 8Jun2010",
            "PS\n\u200B(S)No3 8Jun2010")) {
      assertThat(parseOrNull(() -> parser.parse(shortest))).as(shortest).isNull();
    }
  }
}
