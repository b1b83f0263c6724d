package io.github.ajiss4j.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The author line's splitting, which is written without regular expressions, against them. */
class EngineSplitTest {

  private static final String[] PIECES = {
    "a", "Taro", "Yamada", " ", "  ", ",", ";", "&", " and ", "and", " & ", "・", "\t", "\n", "\f",
    "\u000B", "\r", "\u00A0", "x,y", "Suzuki"
  };

  private static String random(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void containsWordSplitsAsTheRegularExpressionDoes() {
    Pattern separators = Pattern.compile("[\\s,&]+");
    Random r = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      String text = random(r);
      String word = PIECES[r.nextInt(PIECES.length)]; // the surname looked for: never empty
      boolean expected = List.of(separators.split(text)).contains(word);
      assertThat(Engine.containsWord(text, word)).as("%s in %s", word, text).isEqualTo(expected);
    }
  }

  @Test
  void indexOfSetOffFindsWhatTheJoinedStringFinds() {
    Random r = new Random(13);
    for (int k = 0; k < 20_000; k++) {
      String text = random(r);
      String name = k % 50 == 0 ? "" : PIECES[r.nextInt(PIECES.length)];
      assertThat(Engine.indexOfSetOff(text, name))
          .as("%s in %s", name, text)
          .isEqualTo(text.indexOf(", " + name + " "));
    }
  }

  @Test
  void splitNamesSplitsAsTheRegularExpressionDoes() {
    Pattern separators = Pattern.compile(",|;| and | & |・");
    Random r = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      String text = random(r);
      List<String> expected = new ArrayList<>();
      if (!text.isEmpty()) {
        for (String part : separators.split(text)) {
          String p = part.trim();
          if (p.startsWith("and ")) {
            p = p.substring(4).trim();
          }
          if (p.endsWith(" and") || p.endsWith(" &")) {
            p = p.substring(0, p.lastIndexOf(' ')).trim(); // a byline that ends in "and"
          }
          if (!p.isEmpty()) {
            expected.add(p);
          }
        }
      }
      assertThat(Engine.splitNames(text)).as(text).isEqualTo(expected);
    }
  }
}
