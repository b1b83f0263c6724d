package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Heading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The body as {@code pdftotext -layout} sets it where the PDF marks paragraphs by setting their
 * first lines in rather than by space between them: every line at the body's margin, a paragraph's
 * first line set in further, no blank line between paragraphs; key points with the bullet set in
 * and their lines further still; a subheading at the margin.
 */
class LayoutIndentTest {

  private static final Commentary SEED = Fixtures.parse(Fixtures.read("seed-093.txt")).commentary();

  /** The widest line of the body, in characters after the margin. */
  private static final int WIDTH = 81;

  private static final String MARGIN = " ".repeat(8);

  /** A paragraph whose first line, set in, ends its first sentence and is full. */
  private static final String FULL_FIRST_LINE =
      "A third answer is to engage Chinese society, not only the Chinese government. Exchanges"
          + " among students, journalists and local governments have long been the quiet"
          + " foundation of the relationship.";

  /** The words of {@code text} on lines of {@code width} characters at most, the first set in. */
  private static void wrap(StringBuilder out, String text, String first, String rest, int width) {
    StringBuilder line = new StringBuilder(first);
    int room = width - (first.length() - MARGIN.length());
    int used = 0;
    for (String word : text.split(" ")) {
      if (used > 0 && used + 1 + word.length() > room) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        room = width - (rest.length() - MARGIN.length());
        used = 0;
      }
      if (used > 0) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += word.length();
    }
    out.append(line).append('\n');
  }

  /** The seed's header, then {@code body} set so, then its biography. */
  private static String layout(List<String> keyPoints, List<String> body, String heading) {
    String seed = Fixtures.read("seed-093.txt");
    // the header's lines, without the clipped copy of the first paragraph
    StringBuilder text = new StringBuilder(seed.substring(0, seed.indexOf("\n\tthe North")));
    text.append("\n\n");
    for (String point : keyPoints) {
      wrap(text, point, "  " + MARGIN + "\u2022   ", MARGIN + "      ", WIDTH);
    }
    for (int i = 0; i < body.size(); i++) {
      if (i == 2 && heading != null) {
        text.append(MARGIN).append(heading).append('\n');
      }
      wrap(text, body.get(i), MARGIN + "    ", MARGIN, WIDTH);
    }
    text.append('\n').append(SEED.authors().get(0).biography().orElseThrow()).append('\n');
    return text.toString();
  }

  private static List<String> paragraphs() {
    List<String> body = new ArrayList<>();
    for (Block b : SEED.body()) {
      body.add(b.plainText());
    }
    body.add(3, FULL_FIRST_LINE);
    return body;
  }

  private static List<String> texts(Commentary c) {
    return c.body().stream().map(Block::plainText).toList();
  }

  @Test
  void eachParagraphStartsAtALineSetIn() {
    ParseResult r = Fixtures.parse(layout(List.of(), paragraphs(), null));
    assertThat(texts(r.commentary())).containsExactlyElementsOf(paragraphs());
    assertThat(r.commentary().authors()).isEqualTo(SEED.authors());
  }

  @Test
  void aSubheadingAtTheMarginPartsTheParagraphsAroundIt() {
    Commentary c = Fixtures.parse(layout(List.of(), paragraphs(), "A Second Track")).commentary();
    List<String> expected = new ArrayList<>(paragraphs());
    expected.add(2, "A Second Track");
    assertThat(texts(c)).containsExactlyElementsOf(expected);
    assertThat(c.body().get(2)).isInstanceOf(Heading.class);
  }

  @Test
  void theLastKeyPointEndsWhereALineStandsLeftOfTheBullets() {
    List<String> points =
        List.of(
            "Japan and NATO share fundamental values and should cooperate in nonmilitary areas"
                + " first, and then in military areas as well.",
            "Tokyo must now explain its choices to its neighbors and to its own public.");
    Commentary c = Fixtures.parse(layout(points, paragraphs(), null)).commentary();
    assertThat(c.body().get(0)).isInstanceOf(BulletList.class);
    assertThat(((BulletList) c.body().get(0)).items()).hasSize(2);
    assertThat(texts(c).subList(1, c.body().size())).containsExactlyElementsOf(paragraphs());
  }

  /**
   * The label over the notes, at the margin, stands apart from the last paragraph and the notes.
   */
  @Test
  void theNotesLabelAtTheMarginStandsApart() {
    List<String> body = new ArrayList<>(paragraphs());
    String text = layout(List.of(), body, null);
    String bio = SEED.authors().get(0).biography().orElseThrow();
    String notes =
        MARGIN
            + "Notes\n"
            + MARGIN
            + "    1  The four countries' senior officials met in Manila on 12 November 2017.\n"
            + MARGIN
            + "    2  Ministry of Foreign Affairs of Japan, 2018.\n";
    Commentary c = Fixtures.parse(text.replace("\n" + bio, notes + "\n" + bio)).commentary();
    List<String> expected = new ArrayList<>(body);
    expected.add("Notes");
    expected.add("1 The four countries' senior officials met in Manila on 12 November 2017.");
    expected.add("2 Ministry of Foreign Affairs of Japan, 2018.");
    assertThat(texts(c)).containsExactlyElementsOf(expected);
  }
}
