package io.github.ajiss4j.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.Renderers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRendererTest {

  private final CommentaryParser parser = CommentaryParser.create();
  private final TextRenderer renderer = new TextRenderer();

  private static String fixture(String name) throws Exception {
    try (InputStream in = TextRendererTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"seed-093.txt", "hard-wrapped-later-masthead.txt", "bom-no-final-newline.txt"})
  void parsedFixturesRoundTrip(String name) throws Exception {
    Commentary c = parser.parse(fixture(name)).commentary();
    String text = renderer.renderToString(c);
    var again = parser.parse(text);
    assertThat(again.commentary()).as(text).isEqualTo(c);
    assertThat(again.hasWarnings()).isFalse();
  }

  @Test
  void seedTextIsClean() throws Exception {
    Commentary c = parser.parse(fixture("seed-093.txt")).commentary();
    String text = renderer.renderToString(c);
    assertThat(text)
        .startsWith(
            "AJISS-Commentary\n\nThe Association of Japanese Institutes of Strategic Studies\n\n"
                + "IIPS\tJIIA\tRIPS\n"
                + "Institute for International Policy Studies\tThe Japan Institute of"
                + " International Affairs (Secretariat)\tResearch Institute for Peace and"
                + " Security\n"
                + "Editor: Akio Watanabe\n"
                + "Editorial Board: Masashi Nishihara, Naoko Saiki, Taizo Yakushiji\n"
                + "Online Publisher: Yoshiji Nogami, President, JIIA\n\n"
                + "No.93. 8 June 2010\n\n"
                + "The Prospects of Japan-NATO Cooperation\n\n"
                + "Yoshikazu Hirose\n\n\"Japan and NATO are partners,\"")
        .contains("In a *Foreign Affairs* article")
        .endsWith("European diplomatic history and security.\n");
  }

  @Test
  void foundByName() {
    assertThat(Renderers.load().get("txt")).isInstanceOf(TextRenderer.class);
  }

  // ---------------------------------------------------------------- generated commentaries

  private static final String[] GIVEN = {
    "Taro", "Hanako", "Ken", "Yuki", "Maria", "Élodie", "Søren"
  };
  private static final String[] FAMILY = {
    "Yamada", "Suzuki", "Tanaka", "Nishihara", "Ōta", "Müller"
  };
  private static final String[] WORDS = {
    "security",
    "cooperation",
    "alliance",
    "Japan",
    "NATO",
    "the",
    "of",
    "and",
    "policy",
    "régime",
    "naïve",
    "東京",
    "مرحبا",
    "😀",
    "e\u0301",
    "\u200Fmark",
    "ASEAN",
    "Indo-Pacific",
    "co-operation",
    "\"quoted\"",
    "it's",
    "100%",
    "<b>",
    "&amp;",
    "a",
    "in",
    "x".repeat(300)
  };

  /**
   * Words of characters that text may hold but that tend to break things: bidirectional controls,
   * stacked combining marks, emoji sequences, a 10,000-character word, markup and escapes.
   */
  private static final String[] HOSTILE_WORDS = {
    "\u202Eevil",
    "\u2066isolate\u2069",
    "\u200E",
    "e\u0308\u0301\u0323",
    "\uD83D\uDC69\u200D\uD83D\uDCBB",
    "\uD83C\uDDEF\uD83C\uDDF5",
    "\uD800\uDC00",
    "W".repeat(10_000),
    "</p><script>",
    "&#0;",
    "\\u0000",
    "{{title}}",
    "\u0645\u0631\u062D\u0628\u0627\u202C",
    "\u3042\u3044"
  };

  private static final String[] AFFILIATIONS = {
    "Professor, Keio University",
    "Senior Fellow, JIIA",
    "Kyoto University",
    "Visiting Scholar, IIPS"
  };

  private static String[] words = WORDS;

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[r.nextInt(words.length)]);
    }
    return sb.toString();
  }

  private static String name(Random r) {
    return GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
  }

  private static Commentary generate(Random r) {
    List<Block> body = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      body.add(
          BulletList.of(
              ListItem.of(Text.of("Key " + words(r, 8) + ".")),
              ListItem.of(Text.of("Point " + words(r, 6) + "."))));
    }
    int paragraphs = 1 + r.nextInt(6);
    for (int i = 0; i < paragraphs; i++) {
      List<Inline> content = new ArrayList<>();
      String opening = "The " + words(r, 5 + r.nextInt(40));
      if (r.nextBoolean()) {
        content.add(Text.of(opening + " "));
        content.add(Emphasis.of("Foreign " + words(r, 2)));
        content.add(Text.of(" " + words(r, 10) + "."));
      } else {
        content.add(Text.of(opening + " ends here."));
      }
      body.add(Paragraph.of(content));
      if (i + 1 < paragraphs && r.nextInt(4) == 0) {
        body.add(Heading.of(Text.of("A Subheading on Security")));
      }
    }
    int authorCount = 1 + r.nextInt(3);
    List<Author> authors = new ArrayList<>();
    List<String> used = new ArrayList<>();
    while (authors.size() < authorCount) {
      String n = name(r);
      String family = n.substring(n.indexOf(' ') + 1);
      if (used.stream().anyMatch(u -> u.endsWith(" " + family))) {
        continue;
      }
      used.add(n);
      Author.Builder a =
          Author.builder().name(n).biography(n + " is Professor at " + words(r, 4) + ".");
      if (r.nextInt(3) == 0) {
        a.affiliation(AFFILIATIONS[r.nextInt(AFFILIATIONS.length)]);
      }
      authors.add(a.build());
    }
    Masthead.Builder m =
        Masthead.builder()
            .addInstitute(Institute.of("NPI", "Nakasone Yasuhiro Peace Institute"))
            .addInstitute(
                Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat"))
            .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
            .onlinePublisher(Person.of(name(r), "President, JIIA"));
    if (r.nextBoolean()) {
      m.editor(Person.of(name(r))).addEditorialBoard(Person.of(name(r)), Person.of(name(r)));
    } else {
      m.addEditorialAdvisoryBoard(Person.of(name(r), "Chair"), Person.of(name(r)))
          .addEditorialCommittee(Person.of(name(r)));
    }
    return Commentary.builder()
        .number(1 + r.nextInt(2000))
        .date(LocalDate.of(2007 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28)))
        .title("Japan's Choice: " + words(r, 1 + r.nextInt(4)).replace("\"", "") + " and NATO?")
        .addAllAuthors(authors)
        .masthead(m.build())
        .addAllBody(body)
        .build();
  }

  @Test
  void generatedCommentariesRoundTrip() throws Exception {
    for (long seed = 0; seed < Long.getLong("ajiss4j.generated", 2000); seed++) {
      Commentary c = generate(new Random(seed));
      String text = renderer.renderToString(c);
      Commentary back = parser.parse(text).commentary();
      assertThat(back).as("seed %d:%n%s", seed, text).isEqualTo(c);
    }
  }

  @Test
  void generatedCommentariesWithHostileWordsRoundTrip() throws Exception {
    String[] all = java.util.Arrays.copyOf(WORDS, WORDS.length + HOSTILE_WORDS.length);
    System.arraycopy(HOSTILE_WORDS, 0, all, WORDS.length, HOSTILE_WORDS.length);
    words = all;
    try {
      for (long seed = 0; seed < 300; seed++) {
        Commentary c = generate(new Random(seed));
        String text = renderer.renderToString(c);
        Commentary back = parser.parse(text).commentary();
        assertThat(back).as("seed %d:%n%s", seed, text).isEqualTo(c);
      }
    } finally {
      words = WORDS;
    }
  }
}
