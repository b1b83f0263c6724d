package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.DiagnosticCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Input that is not a commentary gets a clear exception, in bounded time. */
@Timeout(20)
class BadInputTest {

  private final CommentaryParser parser = CommentaryParser.create();

  private CommentaryParseException fail(byte[] bytes) {
    try {
      parser.parse(new ByteArrayInputStream(bytes));
    } catch (CommentaryParseException e) {
      assertThat(e.getMessage()).startsWith(e.line() + ":" + e.column() + ": " + e.code().id());
      assertThat(e.reason()).contains("expected");
      return e;
    } catch (Exception e) {
      throw new AssertionError("unexpected " + e, e);
    }
    throw new AssertionError("no exception");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyAndBlank() {
    assertThat(fail(new byte[0]).code()).isEqualTo(DiagnosticCode.EMPTY_INPUT);
    assertThat(fail(utf8(" \n\t\r\n  ")).code()).isEqualTo(DiagnosticCode.EMPTY_INPUT);
    assertThat(fail(utf8("\n".repeat(100_000))).code()).isEqualTo(DiagnosticCode.EMPTY_INPUT);
  }

  @Test
  void binaryAndPng() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    CommentaryParseException e = fail(png);
    assertThat(e.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
    assertThat(e.reason()).contains("PNG");
    assertThat(e.offset()).isZero();
    // a PDF given by mistake: named, with what to do, at its first byte
    byte[] pdf = new byte[600];
    byte[] head =
        "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Length 5 >>\nstream\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, pdf, 0, head.length);
    e = fail(pdf);
    assertThat(e.code()).isEqualTo(DiagnosticCode.BINARY_INPUT);
    assertThat(e.reason()).contains("a PDF file").contains("pdftotext");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    assertThat(fail(random).code())
        .isIn(DiagnosticCode.BINARY_INPUT, DiagnosticCode.MALFORMED_UTF8);
  }

  @Test
  void malformedUtf8NamesTheByteOffset() {
    // "é" in UTF-8 shows that the text is UTF-8, so the broken byte is an error
    byte[] bytes = utf8("AJISS-Commentary\n\nabc caf\u00e9");
    byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
    bad[bytes.length] = (byte) 0xC3;
    bad[bytes.length + 1] = (byte) 0x28;
    CommentaryParseException e = fail(bad);
    assertThat(e.code()).isEqualTo(DiagnosticCode.MALFORMED_UTF8);
    assertThat(e.offset()).isEqualTo(bytes.length);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).contains("byte offset " + bytes.length);
  }

  @Test
  void htmlPageAndOtherDocuments() {
    CommentaryParseException e =
        fail(utf8("<!DOCTYPE html>\n<html><head><title>x</title></head><body>Hi</body></html>"));
    assertThat(e.code()).isEqualTo(DiagnosticCode.NOT_A_COMMENTARY);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.reason()).contains("AJISS-Commentary").contains("<!DOCTYPE html>");
  }

  @Test
  void noIssueLineOrNoBody() {
    assertThat(
            fail(utf8(
                    "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic"
                        + " Studies\n\nSome text."))
                .code())
        .isEqualTo(DiagnosticCode.MISSING_ISSUE_LINE);
    assertThat(fail(utf8("AJISS-Commentary\nNo.93. 8 June 2010 THE TITLE Taro Yamada\n")).code())
        .isEqualTo(DiagnosticCode.MISSING_BODY);
    assertThat(
            fail(utf8("AJISS-Commentary\nNo.93. 31 June 2010 THE TITLE Taro Yamada\n\nBody."))
                .code())
        .isEqualTo(DiagnosticCode.BAD_ISSUE_LINE);
  }

  /** An issue number without a whole date is refused where the number stands, and says so. */
  @Test
  void issueNumberWithoutDate() {
    String header =
        "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n";
    CommentaryParseException e = fail(utf8(header + "\nNo.250. March 2018\n\nTITLE\n\nBody."));
    assertThat(e.code()).isEqualTo(DiagnosticCode.BAD_ISSUE_LINE);
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).contains("a date with no day, \"March 2018\"");
    e = fail(utf8(header.replace("Commentary\n", "Commentary No.250\n") + "\nTITLE\n\nBody."));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.reason()).contains("\"No.250\"").contains("no date");
  }

  /**
   * Two commentaries extracted into one file are refused where the second one's header stands, not
   * read as one commentary; the same issue line repeated as a running head is no second one.
   */
  @Test
  void aSecondCommentaryInTheSameTextIsRefused() throws Exception {
    String first = Fixtures.read("seed-093.txt");
    String second = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String both = first + "\n\n\f" + second;
    CommentaryParseException e = fail(utf8(both));
    assertThat(e.code()).isEqualTo(DiagnosticCode.SECOND_COMMENTARY);
    String before = both.substring(0, both.indexOf("No.250. 23 March 2018"));
    assertThat(e.line()).isEqualTo(before.split("\n", -1).length);
    assertThat(e.reason()).contains("No.93", "\"No.250. 23 March 2018\"");
    String repeated =
        first.replace(
            CUT,
            "Caught in a dilemma of\n\nAJISS-Commentary\n\n"
                + "No.93. 8 June 2010\n\n\"security\" and");
    assertThat(parser.parse(repeated).commentary()).isEqualTo(parser.parse(first).commentary());
  }

  /**
   * A second commentary, another one or a copy of the first, whose issue line stands far under its
   * series name, below the masthead, or on the masthead's line as the seed prints it, also where
   * its series name is glued to the first one's last line: refused where its issue line stands.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "seed-093.txt",
        "pdftotext-raw-narrower-first-page.txt",
        "hard-wrapped-later-masthead.txt"
      })
  void aSecondCommentaryUnderItsMastheadIsRefused(String fixture) throws Exception {
    String first = Fixtures.read(fixture);
    ParseResult alone = parser.parse(first);
    int number = alone.commentary().number();
    String second = first.replace("No." + number + ".", "No." + (number + 1) + ".");
    assertThat(second).isNotEqualTo(first);
    // files put together as they are: the first one may have no newline at its end
    for (String between : new String[] {"\n\n", "\n\f", ""}) {
      for (String next : new String[] {second, first}) {
        String both = first + between + next;
        CommentaryParseException e = fail(utf8(both));
        assertThat(e.code())
            .as("%s after %s", next == first ? "a copy" : "another", between.length())
            .isEqualTo(DiagnosticCode.SECOND_COMMENTARY);
        String issue = "No." + (next == first ? number : number + 1) + ".";
        String before = both.substring(0, both.lastIndexOf(issue));
        assertThat(e.line()).isEqualTo(before.split("\n", -1).length);
        assertThat(e.reason()).contains("No." + number);
      }
    }
  }

  /**
   * A commentary with no title, only the byline after the issue line: refused where the byline
   * stands, which is not taken for the title though the closing biography names its author.
   */
  @Test
  void aBylineWithNoTitleIsRefused() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String glued = seed.replace("THE PROSPECTS COOPERATION ", "").replace("\tOF JAPAN-NATO", "");
    String web =
        "AJISS-Commentary\n\nNo.93. 8 June 2010\n\nYoshikazu Hirose\n\n"
            + seed.substring(seed.indexOf("The timing"));
    for (String text : new String[] {glued, web}) {
      assertThat(text).doesNotContain("PROSPECTS");
      CommentaryParseException e = fail(utf8(text));
      assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_TITLE);
      assertThat(e.line()).isEqualTo(text == glued ? 7 : 5);
      assertThat(e.reason()).contains("\"Yoshikazu Hirose\"");
    }
    // two authors, both named in the byline and in the closing biographies
    String later = Fixtures.read("pdftotext-one-a-line-later-masthead.txt");
    String noTitle = later.replace("JAPAN'S CHOICE: \"GLOBAL NATO\"\nAND THE QUAD?\n\n", "");
    assertThat(noTitle).isNotEqualTo(later);
    CommentaryParseException e =
        fail(
            utf8(
                noTitle.replace(
                    "By Taro Yamada and\nHanako Suzuki", "Taro Yamada and Hanako Suzuki")));
    assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_TITLE);
    assertThat(e.reason()).contains("\"Taro Yamada and Hanako Suzuki\"", "names");
  }

  /**
   * A text cut short, as by a download that stopped: it still parses, and the warning that no
   * biography names the author says that the text ends in mid-sentence, where.
   */
  @Test
  void aTextCutShortInMidSentenceIsReported() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    String cut =
        seed.substring(0, seed.indexOf("to crisis management") + "to crisis management".length());
    ParseResult r = parser.parse(cut);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(cut.length());
              assertThat(d.message())
                  .contains("mid-sentence", "\"to crisis management\"", "cut short");
            });
    String whole = seed.substring(0, seed.indexOf("Yoshikazu Hirose is Professor"));
    assertThat(parser.parse(whole).diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).doesNotContain("mid-sentence"));
  }

  /** The seed's paragraph that a page break cuts: its first half ends "Caught in a dilemma of". */
  private static final String CUT = "Caught in a dilemma of\n\n\"security\" and";

  @Test
  void limits() {
    CommentaryParser small =
        CommentaryParser.builder().maxInputChars(1000).maxLineLength(100).build();
    assertThatThrownBy(() -> small.parse("x".repeat(1001)))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE));
    assertThatThrownBy(() -> small.parse("AJISS-Commentary\n" + "y".repeat(101)))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DiagnosticCode.LINE_TOO_LONG);
              assertThat(e.line()).isEqualTo(2);
            });
    assertThat(fail(new byte[50 * 1024 * 1024]).code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE);
    byte[] longLine = new byte[5 * 1024 * 1024];
    Arrays.fill(longLine, (byte) 'a');
    assertThat(fail(longLine).code()).isEqualTo(DiagnosticCode.LINE_TOO_LONG);
  }

  @Test
  void limitsAreRefusedWithTheirCodeAndAClearMessage() {
    CommentaryParser small =
        CommentaryParser.builder().maxInputChars(1000).maxLineLength(100).build();
    CommentaryParser few = CommentaryParser.builder().maxDiagnostics(2).build();
    assertRefusal(
        () -> small.parse("x".repeat(1001)),
        DiagnosticCode.INPUT_TOO_LARGE,
        "expected at most 1000 characters of input, but the input has 1001");
    // bytes are counted as bytes, a UTF-16 file's two a character among them
    assertRefusal(
        () -> small.parse(new byte[1001]),
        DiagnosticCode.INPUT_TOO_LARGE,
        "expected at most 1000 bytes of input, but the input has 1001");
    assertRefusal(
        () -> small.parse(new java.io.ByteArrayInputStream(new byte[1001])),
        DiagnosticCode.INPUT_TOO_LARGE,
        "expected at most 1000 bytes of input, but the input has 1001");
    assertRefusal(
        () ->
            small.parse(("AJISS-Commentary\n" + "y".repeat(101)).getBytes(StandardCharsets.UTF_8)),
        DiagnosticCode.LINE_TOO_LONG,
        "expected lines of at most 100 characters, but line 2 has 101");
    assertRefusal(
        () -> few.parse(Fixtures.read("bom-no-final-newline.txt").replace("The ", "T\u0001he ")),
        DiagnosticCode.TOO_MANY_DIAGNOSTICS,
        "expected at most 2 diagnostics, but the input needs more");
  }

  private static void assertRefusal(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable parse,
      DiagnosticCode code,
      String reason) {
    assertThatThrownBy(parse)
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage())
                  .isEqualTo(e.line() + ":" + e.column() + ": " + code.id() + " " + reason);
            });
  }

  @Test
  void endlessInputIsNotReadPastTheLimit() {
    CommentaryParser parser = CommentaryParser.builder().maxInputChars(1 << 20).build();
    Endless bytes = new Endless();
    assertThatThrownBy(() -> parser.parse(bytes))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE));
    assertThat(bytes.read).isBetween((1L << 20) + 1, (1L << 20) + 65_536);
    long[] chars = {0};
    java.io.Reader endless =
        new java.io.Reader() {
          @Override
          public int read(char[] buf, int off, int len) {
            Arrays.fill(buf, off, off + len, 'a');
            chars[0] += len;
            return len;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> parser.parse(endless))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE));
    assertThat(chars[0]).isBetween((1L << 20) + 1, (1L << 20) + 65_536);
  }

  @Test
  void theDefaultLimitStopsAnEndlessStreamEarly() {
    // 16 MiB and a little more are read from a stream that never ends; memory stays bounded
    Endless bytes = new Endless();
    assertThatThrownBy(() -> parser.parse(bytes))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE));
    assertThat(bytes.read).isLessThanOrEqualTo(CommentaryParser.DEFAULT_MAX_INPUT_CHARS + 65_536L);
  }

  /** A stream of the letter a that never ends, counting what is read of it. */
  private static final class Endless extends java.io.InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 'a');
      read += len;
      return len;
    }
  }

  @Test
  void strictTurnsRepairWarningsIntoFailures() {
    CommentaryParser strict = CommentaryParser.builder().strict(true).build();
    assertThatThrownBy(() -> strict.parse(Fixtures.read("seed-093.txt")))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> {
              assertThat(e.code()).isEqualTo(DiagnosticCode.STRICT_VIOLATION);
              assertThat(e.line()).isEqualTo(6);
              assertThat(e.reason()).contains("institute-corrected");
            });
  }

  @Test
  void tooManyDiagnostics() {
    CommentaryParser few = CommentaryParser.builder().maxDiagnostics(2).build();
    assertThatThrownBy(() -> few.parse(Fixtures.read("seed-093.txt")))
        .isInstanceOfSatisfying(
            CommentaryParseException.class,
            e -> assertThat(e.code()).isEqualTo(DiagnosticCode.TOO_MANY_DIAGNOSTICS));
  }

  @Test
  void controlCharactersAreDroppedAndReported() throws Exception {
    String seed = Fixtures.read("seed-093.txt").replace("The timing", "The\u0007 timing");
    ParseResult r = parser.parse(seed);
    assertThat(r.diagnostics())
        .anyMatch(
            d -> d.code() == DiagnosticCode.CONTROL_CHARACTER_DROPPED && d.span().line() == 10);
    assertThat(r.commentary().body().get(1).plainText()).startsWith("The timing");
  }

  @Test
  void workGrowsLinearly() throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    int cut = seed.lastIndexOf("\n\n");
    String para =
        "\n\nThe concept of Global NATO put on alert America's NATO allies other than"
            + " Britain concerned about the unilateralism of the Bush administration.";
    String big = seed.substring(0, cut) + para.repeat(20_000) + seed.substring(cut);
    // 2.8 MB under the class's timeout: a quadratic step would take minutes, not a second
    ParseResult r = parser.parse(big);
    assertThat(big.length()).isGreaterThan(2_500_000);
    assertThat(r.commentary().body()).hasSize(7 + 20_000);
  }

  /**
   * Markdown text of 3.2 MB with hundreds of thousands of {@code <} and {@code &#} that open no tag
   * and no entity: each is looked at once, where a search to the text's end for each would take
   * most of a minute.
   */
  @Test
  void workGrowsLinearlyWithHtmlLikeText() throws Exception {
    String markdown = Fixtures.read("markdown-later-masthead.txt");
    String para =
        "\n\nA < B and &#12 C are < D, and &#3 E < F and G &#4 H.\nA < B and &#12 C are < D.";
    String big = Fixtures.replacingEach(markdown, f -> f + para.repeat(40_000), "Quad matter too.");
    assertThat(big.length()).isGreaterThan(3_000_000);
    ParseResult r = parser.parse(big);
    assertThat(r.commentary().body())
        .anySatisfy(b -> assertThat(b.plainText()).startsWith("A < B"));
    assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("HTML"));
  }
}
