package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boxed column's copy of the first paragraph laid over the paragraph itself, line for line, as
 * extraction that ignores the box's clip and keeps both gives it: each line twice in a row
 * (pdfminer), each row's pieces twice on one line (pdf.js text put in rows by their height), or the
 * copy's lines whole right before the paragraph's, no blank line between. The copy is dropped and
 * reported, and the body is the one without it.
 */
class OverlaidCopyTest {

  private static final String WRAPPED = Fixtures.read("pdftotext-clipped-lines.txt");

  /** The fixture without its clipped copy: the text that the copy is laid over. */
  private static String plain() {
    int copyStart = WRAPPED.indexOf("the North Atlantic Council\n");
    int paragraphStart = WRAPPED.indexOf("\"Japan and NATO are partners,\"");
    return WRAPPED.substring(0, copyStart) + WRAPPED.substring(paragraphStart);
  }

  /** The first paragraph's lines in {@code plain}. */
  private static List<String> firstParagraph(String plain) {
    int start = plain.indexOf("\"Japan and NATO are partners,\"");
    int end = plain.indexOf("\n\nThe timing");
    return Arrays.asList(plain.substring(start, end).split("\n"));
  }

  private static String withParagraph(String plain, List<String> lines) {
    int start = plain.indexOf("\"Japan and NATO are partners,\"");
    int end = plain.indexOf("\n\nThe timing");
    return plain.substring(0, start) + String.join("\n", lines) + plain.substring(end);
  }

  /** Every word of a line twice, one after the other: {@code the the top top}. */
  private static String wordByWord(String line) {
    List<String> out = new ArrayList<>();
    for (String w : line.split(" ")) {
      out.add(w);
      out.add(w);
    }
    return String.join(" ", out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"each line twice", "each row's pieces twice", "the copy's lines before"})
  void aCopyLaidOverTheFirstParagraphIsDropped(String how) {
    String plain = plain();
    List<String> lines = firstParagraph(plain);
    assertThat(lines).hasSize(8);
    List<String> doubled = new ArrayList<>();
    switch (how) {
      case "each line twice" -> {
        // a line at a time, and two lines at a time where the tool read two as one block
        for (int i = 0; i < lines.size(); i++) {
          if (i == 2) {
            doubled.addAll(List.of(lines.get(2), lines.get(3), lines.get(2), lines.get(3)));
            i++;
          } else {
            doubled.addAll(List.of(lines.get(i), lines.get(i)));
          }
        }
      }
      case "each row's pieces twice" -> {
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (i % 3 == 0) {
            doubled.add(line + " " + line); // the row one piece
          } else if (i % 3 == 1) {
            doubled.add(wordByWord(line)); // a piece a word, as a justified row's
          } else {
            // pieces of a few words, as a change of font parts them
            String[] w = line.split(" ");
            String a = String.join(" ", Arrays.copyOfRange(w, 0, 3));
            String b = String.join(" ", Arrays.copyOfRange(w, 3, w.length));
            doubled.add(a + " " + a + " " + b + " " + b);
          }
        }
      }
      default -> {
        doubled.addAll(lines);
        doubled.addAll(lines);
      }
    }
    String text = withParagraph(plain, doubled);
    ParseResult expected = Fixtures.parse(plain);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary()).isEqualTo(expected.commentary());
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.span().offset()).isEqualTo(text.indexOf("\"Japan and NATO"));
              assertThat(d.message()).contains("laid over");
            });
    assertThat(Accounting.lost(text, r)).isEmpty();
  }

  @Test
  void wordsThatARowRepeatsAreNoCopyWhereTheRowsAreNotEachTwiceOver() {
    // a word or two said twice, and one line of a few words twice, are the text's own
    String plain = plain();
    List<String> lines = new ArrayList<>(firstParagraph(plain));
    lines.set(1, lines.get(1).replace("by a", "by by a"));
    lines.add(2, "We have had had");
    lines.add(3, "We have had had");
    String text = withParagraph(plain, lines);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary().body().get(0).plainText())
        .contains("delivered by by a Japanese")
        .contains("We have had had We have had had");
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CLIPPED_COPY);
  }
}
