package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The series name as extraction writes it: with a space, a hyphen or any dash between its words, in
 * any case, its letters spaced out or in fullwidth forms, or glued to the publisher; each is the
 * series, and the publisher is found after it.
 */
class SeriesNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AJISS-Commentary",
        "AJISS Commentary",
        "AJISS - Commentary",
        "AJISS\u2013Commentary",
        "AJISS\u2010Commentary",
        "AJISS-COMMENTARY",
        "A J I S S - C o m m e n t a r y",
        "A J I S S C O M M E N T A R Y",
        "\uFF21\uFF2A\uFF29\uFF33\uFF33\uFF0DCommentary",
        "AJISS-CommentaryThe Association of Japanese Institutes of Strategic Studies"
      })
  void isTheSeriesAndThePublisherFollows(String printed) throws Exception {
    assertThat(SEED).startsWith("AJISS-Commentary\n");
    // the publisher glued to the series name stands there instead of on a line of its own
    String rest =
        printed.endsWith("Studies") ? SEED.substring(SEED.indexOf("\n\nIIPS")) : SEED.substring(16);
    readsAsTheSeed(printed + rest);
  }

  /**
   * The series name wrapped after its dash, {@code Commentary} opening the next line or the one
   * after a blank line: the series, its field the two pieces, and the publisher after it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"AJISS-\nCommentary", "AJISS-  \n\nCommentary", "AJISS\u2010\nCOMMENTARY"})
  void wrappedAfterItsDashIsTheSeries(String printed) throws Exception {
    String input = printed + SEED.substring(16);
    ParseResult r = readsAsTheSeed(input);
    assertThat(r.fieldSpans().get("series"))
        .extracting(span -> input.substring(span.offset(), span.endOffset()))
        .containsExactly(printed.substring(0, 6), printed.substring(printed.length() - 10));
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /** A word that only opens with the series name is no series name: the name is assumed. */
  @org.junit.jupiter.api.Test
  void aLongerWordIsNoSeriesName() throws Exception {
    ParseResult r = CommentaryParser.create().parse("AJISS-Papers" + SEED.substring(16));
    assertThat(r.commentary().series().name()).isEqualTo("AJISS-Commentary");
    assertThat(r.diagnostics())
        .anyMatch(d -> d.code() == DiagnosticCode.MISSING_FIELD && d.message().contains("series"));
  }

  /**
   * A line above the series name that holds it inside other text, as a file name printed at the top
   * of a page does, is dropped and reported; the series line is the one that opens with it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Microsoft Word - AJISS-Commentary093.docx",
        "Microsoft Word - AJISS-Commentary No93 Hirose.doc",
        "file:///C:/papers/AJISS-Commentary.pdf"
      })
  void aLineAboveThatHoldsTheNameIsNoSeriesLine(String above) throws Exception {
    ParseResult r = readsAsTheSeed(above + "\n\n" + SEED);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.STRAY_TEXT_DROPPED && d.span().line() == 1)
        .hasSize(1);
  }

  /**
   * The publisher's name in capitals, with tabs or runs of spaces between its words, without "The",
   * or wrapped onto a second line: the publisher as known, and nothing dropped.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "THE ASSOCIATION OF JAPANESE INSTITUTES OF STRATEGIC STUDIES",
        "The Association  of Japanese\tInstitutes of Strategic Studies",
        "Association of Japanese Institutes of Strategic Studies",
        "The Association of Japanese Institutes of\nStrategic Studies",
        "The Association of Japanese\r\nInstitutes of Strategic Studies  "
      })
  void thePublisherIsKnownInAnyCaseAndSpacing(String printed) throws Exception {
    String known = "The Association of Japanese Institutes of Strategic Studies";
    assertThat(SEED).contains("\n" + known + "\n");
    String input = SEED.replace(known, printed);
    ParseResult r = readsAsTheSeed(input);
    // the same diagnostics, each where the longer or shorter publisher moved it
    assertThat(r.diagnostics())
        .extracting(d -> d.code() + " " + d.message())
        .isEqualTo(EXPECTED.diagnostics().stream().map(d -> d.code() + " " + d.message()).toList());
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * The publisher's name on a line of its own under the institutes, as pdftotext reads the logo row
   * before the publisher, or with a letter misread: the publisher, as known, and no masthead text.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Association of Japanese Institutes of Strategic Studies",
        "The Associatlon of Japanese Institutes of Strategic Studles"
      })
  void thePublisherOnALineOfItsOwnUnderTheInstitutesIsThePublisher(String printed)
      throws Exception {
    String known = "\n\nThe Association of Japanese Institutes of Strategic Studies\n";
    int names = SEED.indexOf("(Secretariat)");
    int under = SEED.indexOf('\n', names);
    assertThat(SEED).contains(known);
    assertThat(names).isGreaterThan(SEED.indexOf(known));
    String input =
        SEED.substring(0, under).replace(known, "\n") + "\n\n" + printed + SEED.substring(under);
    ParseResult r = readsAsTheSeed(input);
    assertThat(r.fieldSpans().get("publisher"))
        .extracting(span -> input.substring(span.offset(), span.endOffset()))
        .containsExactly(printed);
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  /**
   * The series name and the issue number on the first line, as Tika writes a PDF's title before its
   * text: that line is reported as dropped, and the header under it reads as printed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"AJISS-Commentary No.93", "AJISS-Commentary No.93\n"})
  void thePdfsTitleAboveTheSeriesNameIsDropped(String title) throws Exception {
    String input = "\n\n" + title + "\n\n" + SEED;
    ParseResult r = readsAsTheSeed(input);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.span().line() == 3)
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.PAGE_FURNITURE_DROPPED));
    assertThat(r.fieldSpans().get("series"))
        .extracting(span -> span.line())
        .containsExactly(title.endsWith("\n") ? 6 : 5);
    assertThat(Accounting.lost(input, r)).isEmpty();
  }

  private static final String SEED = Fixtures.read("seed-093.txt");

  private static final ParseResult EXPECTED = Fixtures.parse(SEED);

  /**
   * Parses the input, which must read as the seed, with no header field missing and no masthead
   * text left over.
   */
  private static ParseResult readsAsTheSeed(String input) throws CommentaryParseException {
    ParseResult r = CommentaryParser.create().parse(input);
    assertThat(r.commentary()).isEqualTo(EXPECTED.commentary());
    assertThat(r.diagnostics())
        .noneMatch(
            d ->
                d.code() == DiagnosticCode.MISSING_FIELD
                    || d.code() == DiagnosticCode.UNKNOWN_MASTHEAD_TEXT);
    return r;
  }
}
