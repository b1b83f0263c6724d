package io.github.ajiss4j.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
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
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generates thousands of commentaries full of hostile text from fixed seeds and checks that each
 * renders to schema-valid JSON that reads back into an equal commentary. Strings with lone
 * surrogates are not valid Unicode; the documented behavior is that they are escaped as {@code
 * \}{@code uXXXX} and read back exactly, so they too must round-trip.
 */
class JsonRoundTripPropertyTest {

  private static final int RUNS_PER_SEED = 1000;

  private static final String[] HOSTILE = {
    "\u0000",
    "\u0001",
    "\u001F",
    "\u007F",
    "\uFFFE",
    "\uFFFF",
    "\uFEFF",
    "\uD800",
    "\uDBFF",
    "\uDC00",
    "\uDFFF",
    "\u200E",
    "\u200F",
    "\u202E",
    "\u2066",
    "\u0301",
    "\u0308\u0301",
    "\uD83D\uDE00",
    "\uD83D\uDC69\u200D\uD83D\uDCBB",
    "\uD83C\uDDEF\uD83C\uDDF5",
    "\"",
    "\\",
    "\\u0041",
    "</script>",
    "<!--",
    "/",
    "\u2028",
    "\u2029",
    "\t",
    "\n",
    "\r\n",
    "\u00A0",
    "\u3000",
    "\u65E5\u672C",
    "\u05E9\u05DC\u05D5\u05DD",
    "'",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "*",
    "null",
    "true",
    "\uD800\uDC00",
    "\uDC00\uD800",
    "\u0085"
  };

  private static final String[] LANGUAGES = {"en", "ja", "en-GB", "ja-Latn-JP", "x-private", "fr"};

  private final CommentaryJsonReader reader = new CommentaryJsonReader();
  private final JsonRenderer compact = new JsonRenderer();
  private final JsonRenderer pretty = JsonRenderer.builder().pretty(true).build();
  private final JsonRenderer spans =
      JsonRenderer.builder().pretty(true).includeSourceSpans(true).build();

  @ParameterizedTest
  @ValueSource(longs = {1L, 93L, 20100608L})
  void everyRandomCommentaryRoundTrips(long seed) throws IOException {
    Random random = new Random(seed);
    int withLoneSurrogates = 0;
    for (int run = 0; run < RUNS_PER_SEED; run++) {
      Commentary c = commentary(random);
      JsonRenderer renderer = run % 3 == 0 ? compact : run % 3 == 1 ? pretty : spans;
      String json = renderer.renderToString(c);
      String where = "seed " + seed + ", run " + run;

      assertThat(firstLoneSurrogate(json)).as(where).isEqualTo(-1);
      SchemaCheck.assertValid(json);
      Commentary back = reader.read(json);
      assertThat(back).as(where).isEqualTo(c);
      if (renderer == spans) {
        for (int i = 0; i < c.body().size(); i++) {
          assertThat(back.body().get(i).source()).as(where).isEqualTo(c.body().get(i).source());
        }
      }
      // a string, a stream of UTF-8 and an Appendable get the same text, by their own paths
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderer.render(c, bytes);
      assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).as(where).isEqualTo(json);
      StringBuilder appended = new StringBuilder("before ");
      renderer.render(c, appended);
      assertThat(appended.toString()).as(where).isEqualTo("before " + json);
      if (run % 10 == 0) {
        assertThat(reader.read(new ByteArrayInputStream(bytes.toByteArray())))
            .as(where)
            .isEqualTo(c);
      }
      if (hasLoneSurrogate(c)) {
        withLoneSurrogates++;
        assertThat(json).as(where).containsPattern("\\\\u(D[89AB]|D[CDEF])[0-9A-F]{2}");
      }
    }
    assertThat(withLoneSurrogates).as("runs that exercised lone surrogates").isGreaterThan(50);
  }

  private static Commentary commentary(Random r) {
    Commentary.Builder b =
        Commentary.builder()
            .number(r.nextInt(10) == 0 ? Integer.MAX_VALUE : 1 + r.nextInt(2000))
            .date(
                LocalDate.ofEpochDay(
                    r.nextInt(2_900_000) - 700_000)) // four-digit years only, as the schema asks
            .language(LANGUAGES[r.nextInt(LANGUAGES.length)])
            .title(nonBlank(r));
    if (r.nextBoolean()) {
      b.series(Series.of(nonBlank(r), nonBlank(r)));
    }
    int authors = 1 + r.nextInt(4);
    for (int i = 0; i < authors; i++) {
      Author a = Author.of(nonBlank(r));
      if (r.nextBoolean()) {
        a = a.withBiography(nonBlank(r));
      }
      if (r.nextInt(4) == 0) {
        a = a.withAffiliation(nonBlank(r));
      }
      b.addAuthor(a);
    }
    if (r.nextInt(5) != 0) {
      b.masthead(masthead(r));
    }
    int blocks = 1 + r.nextInt(6);
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      body.add(block(r));
    }
    return b.addAllBody(body).build();
  }

  private static LocalDate date(Random r) {
    return switch (r.nextInt(20)) {
      case 0 -> LocalDate.MIN;
      case 1 -> LocalDate.MAX;
      case 2 -> LocalDate.of(r.nextInt(20_000) - 10_000, 1 + r.nextInt(12), 1 + r.nextInt(28));
      default -> LocalDate.ofEpochDay(r.nextInt(2_900_000) - 700_000);
    };
  }

  private static Masthead masthead(Random r) {
    Masthead.Builder m = Masthead.builder();
    int institutes = r.nextInt(4);
    for (int i = 0; i < institutes; i++) {
      m.addInstitute(
          r.nextBoolean()
              ? Institute.of(nonBlank(r), nonBlank(r))
              : Institute.of(nonBlank(r), nonBlank(r), nonBlank(r)));
    }
    if (r.nextBoolean()) {
      m.editor(person(r));
    }
    m.addAllEditorialBoard(people(r));
    m.addAllEditorialAdvisoryBoard(people(r));
    m.addAllEditorialCommittee(people(r));
    if (r.nextBoolean()) {
      m.onlinePublisher(person(r));
    }
    return m.build();
  }

  private static List<Person> people(Random r) {
    List<Person> people = new ArrayList<>();
    int n = r.nextInt(3) == 0 ? r.nextInt(4) : 0;
    for (int i = 0; i < n; i++) {
      people.add(person(r));
    }
    return people;
  }

  private static Person person(Random r) {
    return r.nextBoolean() ? Person.of(nonBlank(r)) : Person.of(nonBlank(r), nonBlank(r));
  }

  private static Block block(Random r) {
    SourceSpan span =
        r.nextBoolean()
            ? SourceSpan.of(
                1 + r.nextInt(500), 1 + r.nextInt(300), r.nextInt(100_000), r.nextInt(5000))
            : null;
    Block block =
        switch (r.nextInt(4)) {
          case 0 -> {
            Paragraph.Builder p = Paragraph.builder().addAllContent(inlines(r));
            yield span == null ? p.build() : p.source(span).build();
          }
          case 1 -> {
            Heading.Builder h = Heading.builder().addAllContent(inlines(r));
            yield span == null ? h.build() : h.source(span).build();
          }
          case 2 -> {
            BlockQuote.Builder q = BlockQuote.builder().addAllContent(inlines(r));
            yield span == null ? q.build() : q.source(span).build();
          }
          default -> {
            BulletList.Builder l = BulletList.builder();
            int items = 1 + r.nextInt(4);
            for (int i = 0; i < items; i++) {
              l.addItems(ListItem.of(inlines(r)));
            }
            yield span == null ? l.build() : l.source(span).build();
          }
        };
    return block;
  }

  private static List<Inline> inlines(Random r) {
    List<Inline> inlines = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      inlines.add(r.nextInt(4) == 0 ? Emphasis.of(nonBlank(r)) : Text.of(nonEmpty(r)));
    }
    return inlines;
  }

  private static String nonBlank(Random r) {
    String s = nonEmpty(r);
    return s.isBlank() ? s + "x" : s;
  }

  private static String nonEmpty(Random r) {
    String s = text(r);
    return s.isEmpty() ? "y" : s;
  }

  /** A string of words, hostile pieces and, rarely, a word of 10,000 characters. */
  private static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + r.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      switch (r.nextInt(10)) {
        case 0, 1, 2 -> sb.append(HOSTILE[r.nextInt(HOSTILE.length)]);
        case 3 -> sb.append((char) r.nextInt(0x10000)); // any UTF-16 unit, surrogates included
        case 4 -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
        case 5 -> {
          if (r.nextInt(40) == 0) {
            char c = (char) ('a' + r.nextInt(26));
            sb.append(String.valueOf(c).repeat(10_000));
          } else {
            sb.append(' ');
          }
        }
        default -> {
          int len = 1 + r.nextInt(12);
          for (int k = 0; k < len; k++) {
            sb.append((char) ('a' + r.nextInt(26)));
          }
          sb.append(' ');
        }
      }
    }
    return sb.toString();
  }

  private static boolean hasLoneSurrogate(Commentary c) {
    return firstLoneSurrogate(new CommentaryJsonWriterProbe().strings(c)) >= 0;
  }

  /** Every string of a commentary, joined by NUL, which pairs no surrogate. */
  private static final class CommentaryJsonWriterProbe {
    String strings(Commentary c) {
      StringBuilder sb = new StringBuilder();
      sb.append(c.title()).append('\0').append(c.series().name()).append('\0');
      sb.append(c.series().publisher()).append('\0');
      for (Author a : c.authors()) {
        sb.append(a.name()).append('\0');
        a.biography().ifPresent(s -> sb.append(s).append('\0'));
        a.affiliation().ifPresent(s -> sb.append(s).append('\0'));
      }
      Masthead m = c.masthead();
      m.institutes()
          .forEach(
              i ->
                  sb.append(i.abbreviation())
                      .append('\0')
                      .append(i.name())
                      .append('\0')
                      .append(i.role().orElse(""))
                      .append('\0'));
      List<Person> all = new ArrayList<>();
      m.editor().ifPresent(all::add);
      all.addAll(m.editorialBoard());
      all.addAll(m.editorialAdvisoryBoard());
      all.addAll(m.editorialCommittee());
      m.onlinePublisher().ifPresent(all::add);
      all.forEach(p -> sb.append(p.name()).append('\0').append(p.role().orElse("")).append('\0'));
      for (Block b : c.body()) {
        sb.append(b.plainText()).append('\0');
        if (b instanceof BulletList l) {
          l.items().forEach(i -> i.content().forEach(x -> sb.append(x.text()).append('\0')));
        }
      }
      for (Block b : c.body()) {
        List<Inline> content =
            b instanceof Paragraph p
                ? p.content()
                : b instanceof Heading h
                    ? h.content()
                    : b instanceof BlockQuote q ? q.content() : List.of();
        content.forEach(x -> sb.append(x.text()).append('\0'));
      }
      return sb.toString();
    }
  }

  private static int firstLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
