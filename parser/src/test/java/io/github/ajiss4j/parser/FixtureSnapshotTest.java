package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.fail;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds everything the parser makes of each fixture, the whole model with its spans, every
 * diagnostic and every field's spans, to a snapshot under {@code src/test/resources/snapshots}, so
 * that any change in what the parser reads shows in review as a change of a snapshot. After a
 * change meant to alter the output, {@code ./mvnw -pl model,parser verify
 * -Dajiss.snapshots.update=true} writes the snapshots anew; review their diff before committing.
 */
class FixtureSnapshotTest {

  private static final String UPDATE = "ajiss.snapshots.update";

  /** Where the snapshots are written when updated: the module's own sources. */
  private static final Path SOURCES = Path.of("src/test/resources/snapshots");

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(FixtureSnapshotTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theParserReadsEachFixtureAsItsSnapshotShows(String fixture) throws IOException {
    String actual = snapshot(Fixtures.parse(Fixtures.read(fixture)));
    String name = fixture.replaceFirst("\\.txt$", ".snapshot");
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(SOURCES);
      Files.writeString(SOURCES.resolve(name), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (var in = FixtureSnapshotTest.class.getResourceAsStream("/snapshots/" + name)) {
      if (in == null) {
        fail("no snapshot %s; run the tests with -D%s=true to write it", name, UPDATE);
        return;
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      List<String> a = actual.lines().toList();
      List<String> e = expected.lines().toList();
      int i = 0;
      while (i < a.size() && i < e.size() && a.get(i).equals(e.get(i))) {
        i++;
      }
      fail(
          "%s differs from its snapshot from line %d on:%n  snapshot: %s%n  now:      %s%n"
              + "run the tests with -D%s=true to write the snapshots anew, then review their diff",
          fixture,
          i + 1,
          i < e.size() ? e.get(i) : "(end)",
          i < a.size() ? a.get(i) : "(end)",
          UPDATE);
    }
  }

  /** The result as text: one value a line, each block with its span, then diagnostics and spans. */
  static String snapshot(ParseResult result) {
    StringBuilder sb = new StringBuilder();
    Commentary c = result.commentary();
    line(sb, 0, "series", c.series().name() + " | " + c.series().publisher());
    line(sb, 0, "number", String.valueOf(c.number()));
    line(sb, 0, "date", c.date().toString());
    line(sb, 0, "language", c.language());
    line(sb, 0, "title", c.title());
    for (Author a : c.authors()) {
      line(sb, 0, "author", a.name());
      optional(sb, 1, "affiliation", a.affiliation());
      optional(sb, 1, "biography", a.biography());
    }
    Masthead m = c.masthead();
    line(sb, 0, "masthead", "");
    for (Institute i : m.institutes()) {
      line(sb, 1, "institute", i.abbreviation() + " | " + i.name() + role(i.role()));
    }
    m.editor().ifPresent(p -> person(sb, "editor", p));
    m.editorialBoard().forEach(p -> person(sb, "editorial board", p));
    m.editorialAdvisoryBoard().forEach(p -> person(sb, "editorial advisory board", p));
    m.editorialCommittee().forEach(p -> person(sb, "editorial committee", p));
    m.onlinePublisher().ifPresent(p -> person(sb, "online publisher", p));
    line(sb, 0, "body", "");
    for (Block b : c.body()) {
      if (b instanceof Paragraph p) {
        line(sb, 1, "paragraph " + span(p.source()), inlines(p.content()));
      } else if (b instanceof Heading h) {
        line(sb, 1, "heading " + span(h.source()), inlines(h.content()));
      } else if (b instanceof BlockQuote q) {
        line(sb, 1, "quote " + span(q.source()), inlines(q.content()));
      } else if (b instanceof BulletList l) {
        line(sb, 1, "list " + span(l.source()), "");
        for (ListItem item : l.items()) {
          line(sb, 2, "item", inlines(item.content()));
        }
      }
    }
    line(sb, 0, "diagnostics", "");
    for (Diagnostic d : result.diagnostics()) {
      line(
          sb,
          1,
          d.code() + " " + d.severity().toString().toLowerCase(java.util.Locale.ROOT),
          d.span() + " " + d.message());
    }
    line(sb, 0, "field spans", "");
    for (Map.Entry<String, List<SourceSpan>> e : result.fieldSpans().entrySet()) {
      line(sb, 1, e.getKey(), e.getValue().toString());
    }
    return sb.toString();
  }

  private static void person(StringBuilder sb, String post, Person p) {
    line(sb, 1, post, p.name() + role(p.role()));
  }

  private static String role(Optional<String> role) {
    return role.map(r -> " | " + r).orElse("");
  }

  private static String span(Optional<SourceSpan> span) {
    return span.map(SourceSpan::toString).orElse("(no span)");
  }

  private static void optional(StringBuilder sb, int depth, String key, Optional<String> value) {
    value.ifPresent(v -> line(sb, depth, key, v));
  }

  /** Text as it is, emphasis between asterisks. */
  private static String inlines(List<Inline> content) {
    StringBuilder sb = new StringBuilder();
    for (Inline i : content) {
      if (i instanceof Text t) {
        sb.append(t.text());
      } else if (i instanceof Emphasis e) {
        sb.append('*').append(e.text()).append('*');
      }
    }
    return sb.toString();
  }

  /** One line; line breaks inside a value are written as the two characters \ and n. */
  private static void line(StringBuilder sb, int depth, String key, String value) {
    sb.append("  ".repeat(depth)).append(key).append(':');
    if (!value.isEmpty()) {
      sb.append(' ').append(value.replace("\\", "\\\\").replace("\n", "\\n"));
    }
    sb.append('\n');
  }
}
