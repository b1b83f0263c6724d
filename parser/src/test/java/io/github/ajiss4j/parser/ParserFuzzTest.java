package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Severity;
import io.github.ajiss4j.parser.internal.Decoder;
import java.io.StringReader;

/**
 * Fuzz tests of the parser. Without {@code JAZZER_FUZZ} they replay the inputs under {@code
 * src/test/resources/io/github/ajiss4j/parser/ParserFuzzTestInputs/<method>/} as regression tests;
 * with it, the one selected fuzzes for {@code jazzer.max_duration} (default five minutes):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl parser -am test -Dtest='ParserFuzzTest#bytes' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>A finding is written to the inputs directory as {@code crash-<sha1>}, so that it replays from
 * then on; the working corpus goes to {@code parser/.cifuzz-corpus/}. Sanitizer and comparison
 * hooks are on only when fuzzing (property {@code jazzer.hooks}, profile {@code fuzz}).
 *
 * <p>Invariants: the only exception is {@link CommentaryParseException}, with a code, a position
 * and a message that says what was expected; a result accounts for every character of the input
 * that is not white space; its spans lie inside the text; it holds at most the limit of
 * diagnostics; and its model holds no character that text may not hold (C0 and C1 controls but tab,
 * line feed and carriage return, U+FFFE, U+FFFF, lone surrogates).
 */
class ParserFuzzTest {

  private static final CommentaryParser PARSER = CommentaryParser.create();
  private static final CommentaryParser STRICT = CommentaryParser.builder().strict(true).build();

  /** Raw bytes, as a file or a stream gives them. */
  @FuzzTest
  void bytes(byte[] input) {
    ParseResult r;
    try {
      r = PARSER.parse(input);
    } catch (CommentaryParseException e) {
      checkRefusal(e);
      return;
    }
    checkResult(Decoder.decode(input), r);
  }

  /**
   * Text, which may hold any UTF-16 code unit, lone surrogates included; parsed from a String and
   * from a Reader with the same outcome, and strictly with either the same result or a strict
   * refusal.
   */
  @FuzzTest
  void text(FuzzedDataProvider data) throws Exception {
    String input = data.consumeRemainingAsString();
    ParseResult r;
    try {
      r = PARSER.parse(input);
    } catch (CommentaryParseException e) {
      checkRefusal(e);
      assertThat(refusal(input)).isEqualTo(e.getMessage());
      return;
    }
    checkResult(input, r);
    ParseResult fromReader = PARSER.parse(new StringReader(input));
    assertThat(fromReader.commentary()).isEqualTo(r.commentary());
    assertThat(fromReader.diagnostics()).isEqualTo(r.diagnostics());
    boolean repaired = r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING);
    try {
      ParseResult strict = STRICT.parse(input);
      assertThat(repaired).as("strict parse of a repaired input").isFalse();
      assertThat(strict.commentary()).isEqualTo(r.commentary());
    } catch (CommentaryParseException e) {
      assertThat(e.code()).isEqualTo(DiagnosticCode.STRICT_VIOLATION);
      assertThat(repaired).as("strict refusal of an input without repairs").isTrue();
    }
  }

  private static String refusal(String input) throws Exception {
    try {
      PARSER.parse(new StringReader(input));
      return "no refusal";
    } catch (CommentaryParseException e) {
      return e.getMessage();
    }
  }

  static void checkRefusal(CommentaryParseException e) {
    assertThat(e.code()).isNotNull();
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
    assertThat(e.offset()).isNotNegative();
    assertThat(e.getMessage()).startsWith(e.line() + ":" + e.column() + ": " + e.code().id());
    assertThat(e.reason()).contains("expected");
  }

  static void checkResult(String input, ParseResult r) {
    assertThat(Accounting.lost(input, r)).as("characters in no span").isEmpty();
    assertThat(r.diagnostics()).hasSizeLessThanOrEqualTo(CommentaryParser.DEFAULT_MAX_DIAGNOSTICS);
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.span().line()).isPositive();
      assertThat(d.span().column()).isPositive();
    }
    assertThat(firstForbidden(r.commentary().toString())).as("forbidden character").isEqualTo(-1);
  }

  /** Returns the index of the first character text may not hold, or -1. */
  static int firstForbidden(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || (c >= 0x7F && c <= 0x9F)
              || c == '\uFFFE'
              || c == '\uFFFF'
              || (Character.isHighSurrogate(c)
                  && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
      if (bad) {
        return i;
      }
    }
    return -1;
  }
}
