package io.github.ajiss4j.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/expected.json");

  private final JsonRenderer pretty = JsonRenderer.builder().pretty(true).build();
  private final JsonRenderer compact = new JsonRenderer();

  @Test
  void seedMatchesTheGoldenFile() throws IOException {
    String json = pretty.renderToString(Fixtures.seed());
    if (Boolean.getBoolean("ajiss4j.regenerateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    SchemaCheck.assertValid(json);
  }

  @Test
  void describesItself() {
    assertThat(compact.name()).isEqualTo("json");
    assertThat(compact.mediaType()).isEqualTo("application/json");
    assertThat(compact.fileExtension()).isEqualTo("json");
    assertThat(compact.isBinary()).isFalse();
    assertThat(compact.options()).isEqualTo(JsonOptions.defaults());
    assertThat(pretty.options().pretty()).isTrue();
  }

  @Test
  void isFoundByServiceLoader() {
    Renderer found = Renderers.load().get("JSON");
    assertThat(found).isInstanceOf(JsonRenderer.class);
    assertThat(((JsonRenderer) found).options()).isEqualTo(JsonOptions.defaults());
  }

  @Test
  void compactOutputHasNoWhiteSpaceBetweenTokens() {
    String json = compact.renderToString(Fixtures.seed());
    assertThat(json)
        .startsWith(
            "{\"schemaVersion\":1,\"series\":\"AJISS-Commentary\",\"publisher\":\"The Association"
                + " of Japanese Institutes of Strategic Studies\",\"number\":93,\"date\":\"2010-06-08\","
                + "\"language\":\"en\",\"title\":\"The Prospects of Japan-NATO Cooperation\","
                + "\"authors\":[{\"name\":\"Yoshikazu Hirose\",\"bio\":\"Yoshikazu Hirose is")
        .doesNotContain("\n")
        .endsWith("}]}");
    SchemaCheck.assertValid(json);
  }

  @Test
  void writesTheLaterMastheadAndEveryBlockType() {
    String json = compact.renderToString(Fixtures.variant());
    SchemaCheck.assertValid(json);
    assertThat(json)
        .contains(
            "\"masthead\":{\"institutes\":[{\"abbreviation\":\"IIPS\","
                + "\"name\":\"Institute for International Policy Studies\"},"
                + "{\"abbreviation\":\"JIIA\",\"name\":\"The Japan Institute of International"
                + " Affairs\",\"role\":\"Secretariat\"},")
        .contains(
            "\"editorialAdvisoryBoard\":[{\"name\":\"Akio Watanabe\",\"role\":\"Chair\"},"
                + "{\"name\":\"Masashi Nishihara\"},{\"name\":\"Yoshiji Nogami\"}],"
                + "\"editorialCommittee\":[{\"name\":\"Tsutomu Kikuchi\"},"
                + "{\"name\":\"Hiroyuki Akita\"}],"
                + "\"onlinePublisher\":{\"name\":\"Kenichiro Sasae\",\"title\":\"President, JIIA\"}}")
        .doesNotContain("\"editor\"", "\"editorialBoard\"", "\"source\"")
        .contains("{\"name\":\"Taro Suzuki\"}")
        .contains(
            "{\"name\":\"Hanako Yamada\",\"bio\":\"Hanako Yamada is a Senior Fellow at JIIA.\","
                + "\"affiliation\":\"The Japan Institute of International Affairs\"}")
        .contains(
            "{\"type\":\"list\",\"text\":\"First, the strategy is about rules.\\nSecond, see The"
                + " Economist (2017).\",\"items\":[{\"text\":\"First, the strategy is about"
                + " rules.\",\"content\":[{\"type\":\"text\",\"text\":\"First, the strategy is"
                + " about rules.\"}]},")
        .contains(
            "{\"type\":\"heading\",\"text\":\"A New Approach\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"A New Approach\"}]}")
        .contains("{\"type\":\"emphasis\",\"text\":\"sic\"}")
        .contains("{\"type\":\"blockquote\",");
  }

  @Test
  void anEmptyMastheadKeepsOnlyItsInstitutes() {
    Commentary c =
        Commentary.builder()
            .number(1)
            .date(java.time.LocalDate.of(2006, 1, 1))
            .title("T")
            .addAuthor(io.github.ajiss4j.model.Author.of("A"))
            .addBlock(Paragraph.of(Text.of(" ")))
            .build();
    String json = pretty.renderToString(c);
    SchemaCheck.assertValid(json);
    assertThat(json)
        .contains("\"authors\": [\n    {\n      \"name\": \"A\"\n    }\n  ],\n")
        .contains("\"masthead\": {\n    \"institutes\": []\n  },\n")
        .endsWith("}\n");
    assertThat(new CommentaryJsonReader().read(json)).isEqualTo(c);
  }

  @Test
  void sourceSpansOnlyOnRequest() {
    JsonRenderer withSpans = JsonRenderer.builder().includeSourceSpans(true).build();
    String json = withSpans.renderToString(Fixtures.variant());
    SchemaCheck.assertValid(json);
    assertThat(json)
        .contains("\"source\":{\"line\":9,\"column\":1,\"offset\":640,\"length\":80}")
        .contains("\"source\":{\"line\":12,\"column\":1,\"offset\":800,\"length\":41}");
    Commentary back = new CommentaryJsonReader().read(json);
    assertThat(back).isEqualTo(Fixtures.variant());
    assertThat(back.body().get(0).source()).isEqualTo(Fixtures.variant().body().get(0).source());
    assertThat(back.body().get(1).source()).isEmpty();
  }

  @Test
  void keepsTheSourceCharactersExactly() {
    String hostile =
        "\"quotes\" \\ back\u0000slash \u007F\u2028\u2029 </script> \u2018curly\u2019 -- ... \u200F\u05D0 e\u0301 \uD83D\uDE00 \uFFFE";
    Commentary c = Fixtures.seed().withBody(List.of(Paragraph.of(Text.of(hostile))));
    String json = compact.renderToString(c);
    SchemaCheck.assertValid(json);
    assertThat(json)
        .contains(
            "\"text\":\"\\\"quotes\\\" \\\\ back\\u0000slash \u007F\u2028\u2029 </script> \u2018curly\u2019 -- ..."
                + " \u200F\u05D0 e\u0301 \uD83D\uDE00 \uFFFE\"");
    assertThat(new CommentaryJsonReader().read(json)).isEqualTo(c);
  }

  @Test
  void escapesLoneSurrogatesSoTheOutputIsValidUnicode() throws IOException {
    String lone = "high \uD800 low \uDC00 pair \uD83D\uDE00 reversed \uDE00\uD83D end\uD83D";
    Commentary c =
        Fixtures.seed().withTitle("Title \uDBFF").withBody(List.of(Paragraph.of(Text.of(lone))));
    String json = pretty.renderToString(c);
    assertThat(json)
        .contains(
            "\"text\": \"high \\uD800 low \\uDC00 pair \uD83D\uDE00 reversed \\uDE00\\uD83D"
                + " end\\uD83D\"")
        .contains("\"title\": \"Title \\uDBFF\"");
    assertThat(hasLoneSurrogate(json)).isFalse();
    SchemaCheck.assertValid(json);
    assertThat(new CommentaryJsonReader().read(json)).isEqualTo(c);

    // through bytes too: nothing is replaced by '?'
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    compact.render(c, bytes);
    assertThat(
            new CommentaryJsonReader().read(new java.io.ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(c);
  }

  @Test
  void writesToWritersStreamsAndAppendablesAlike() throws IOException {
    Commentary c = Fixtures.variant();
    String expected = pretty.renderToString(c);
    StringWriter writer = new StringWriter();
    assertThat(pretty.render(c, writer)).isEmpty();
    assertThat(writer.toString()).isEqualTo(expected);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pretty.render(c, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    String expected = pretty.renderToString(Fixtures.seed());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(64, () -> pretty.renderToString(Fixtures.seed())));
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void schemaShipsInTheJarWithItsId() throws IOException {
    try (InputStream in = JsonRenderer.schema().openStream()) {
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(schema)
          .contains("\"$id\": \"" + JsonRenderer.SCHEMA_ID + "\"")
          .contains("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    String json = compact.renderToString(Fixtures.seed());
    assertThat(SchemaCheck.errors(json.replace("\"schemaVersion\":1", "\"schemaVersion\":2")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(json.replace("\"type\":\"paragraph\"", "\"type\":\"table\"")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(json.replace("\"date\":\"2010-06-08\"", "\"date\":\"8 June\"")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors(json.replace("\"name\":\"Yoshikazu Hirose\"", "\"name\":\" \"")))
        .isNotEmpty();
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
