package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's body as other tools give it, each way drawn at random from a seed: hard-wrapped at a
 * width of 55 to 110 characters, blank lines between paragraphs, long words broken by a hyphen at a
 * line end, page breaks (a form feed, a page number, a running head) after lines that end in
 * mid-sentence, with CRLF line ends or not. Whatever the draw, the body, the biography and every
 * character of the input are read as from the seed itself.
 */
class RewrapPropertyTest {

  private static final String SEED = Fixtures.read("seed-093.txt");

  private static final ParseResult EXPECTED = Fixtures.parse(SEED);

  /** Words that a hyphen after their first letters could leave a compound of: never broken. */
  private static final Pattern COMPOUND_OPENING =
      Pattern.compile(
          "(non|peace|multi|inter|counter|over|under|self|cross|post|pre|anti|co|re).*");

  static List<Long> draws() {
    List<Long> seeds = new ArrayList<>();
    for (long s = 0; s < 200; s++) {
      seeds.add(s);
    }
    return seeds;
  }

  @ParameterizedTest
  @MethodSource("draws")
  void theSeedsBodyRewrappedReadsAsTheSeeds(long seed) {
    Random random = new Random(seed);
    String text = rewrapped(random);
    ParseResult r = Fixtures.parse(text);
    assertThat(r.commentary().body())
        .extracting(Block::plainText)
        .as("draw %d:%n%s", seed, text)
        .containsExactlyElementsOf(
            EXPECTED.commentary().body().stream().map(Block::plainText).toList());
    assertThat(r.commentary().authors())
        .extracting(Author::biography)
        .isEqualTo(EXPECTED.commentary().authors().stream().map(Author::biography).toList());
    assertThat(Accounting.lost(text, r)).as("draw %d", seed).isEmpty();
  }

  /** The seed with its body drawn as some tool gives it. */
  private static String rewrapped(Random random) {
    int width = 55 + random.nextInt(56);
    boolean hyphens = random.nextBoolean();
    String[] lines = SEED.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int breaks = random.nextInt(3);
    int sinceBreak = 0; // lines since the last page break: a page holds a dozen at least
    for (int i = 0; i < lines.length; i++) {
      if (i < 7) {
        out.append(lines[i]).append('\n');
        continue;
      }
      String line = lines[i];
      if (line.isEmpty() && !lines[i - 1].matches(".*[.!?\"\u201d]$")) {
        sinceBreak = 0; // the seed's own page break, which left a blank line in mid-sentence
      }
      int tab = line.lastIndexOf('\t') + 1;
      out.append(line, 0, tab);
      List<String> wrapped = wrap(line.substring(tab), width, hyphens, random);
      for (int k = 0; k < wrapped.size(); k++) {
        String piece = wrapped.get(k);
        out.append(piece);
        if (i + 1 == lines.length && k + 1 == wrapped.size()) {
          break;
        }
        out.append('\n');
        boolean midSentence =
            k + 1 < wrapped.size()
                && !piece.matches(".*[.!?:;\"\u201d)*]$")
                && !piece.endsWith("-");
        sinceBreak++;
        if (midSentence && breaks > 0 && sinceBreak >= 12 && random.nextInt(5) == 0) {
          breaks--;
          sinceBreak = 0;
          out.append(random.nextBoolean() ? "\n2\n\fAJISS-Commentary No.93\n\n" : "\n3\n\n\f");
        }
      }
    }
    String text = out.toString();
    return random.nextInt(3) == 0 ? text.replace("\n", "\r\n") : text;
  }

  /** A paragraph's words in lines of {@code width} characters at most, long ones broken or not. */
  private static List<String> wrap(String paragraph, int width, boolean hyphens, Random random) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() == 0) {
        line.append(word);
        continue;
      }
      if (line.length() + 1 + word.length() <= width) {
        line.append(' ').append(word);
        continue;
      }
      int room = width - line.length() - 2;
      if (hyphens
          && room >= 4
          && word.length() >= 9
          && word.matches("[A-Za-z][a-z]+[.,;:]?")
          && !COMPOUND_OPENING.matcher(word).matches()
          && random.nextBoolean()) {
        int cut = Math.min(room, word.length() - 4);
        out.add(line.append(' ').append(word, 0, cut).append('-').toString());
        line = new StringBuilder(word.substring(cut));
        continue;
      }
      out.add(line.toString());
      line = new StringBuilder(word);
    }
    out.add(line.toString());
    return out;
  }
}
