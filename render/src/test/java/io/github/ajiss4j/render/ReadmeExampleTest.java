package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import io.github.ajiss4j.render.json.JsonRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example compiles and runs, and the README shows exactly this code. */
class ReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void libraryUsage() throws Exception {
    Path file = dir.resolve("ajiss-commentary-93.txt");
    try (var in = getClass().getResourceAsStream("/fixtures/seed-093.txt")) {
      Files.copy(in, file);
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    Path outDir = dir;

    // README:start
    CommentaryParser parser = CommentaryParser.create(); // immutable, thread-safe: share it
    ParseResult result = parser.parse(file);
    Commentary commentary = result.commentary();
    out.println(commentary.number() + " " + commentary.date() + " " + commentary.title());
    for (Diagnostic d : result.diagnostics()) {
      out.println(file + ":" + d); // file:line:column: severity code message
    }

    Renderer html = Renderers.load().get("html"); // or HtmlRenderer.builder()...build()
    Files.writeString(outDir.resolve(commentary.id() + ".html"), html.renderToString(commentary));
    String json = JsonRenderer.builder().pretty(true).build().renderToString(commentary);
    // README:end

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .startsWith("93 2010-06-08 The Prospects of Japan-NATO Cooperation")
        .contains(":8:2: info clipped-copy");
    assertThat(dir.resolve("ajiss-commentary-93.html")).exists();
    assertThat(json).contains("\"number\": 93");

    String source =
        Files.readString(
            Paths.get("src/test/java/io/github/ajiss4j/render/ReadmeExampleTest.java"));
    String snippet =
        source
            .substring(
                source.indexOf("// README:start\n") + 16, source.indexOf("    // README:end"))
            .replaceAll("(?m)^    ", "");
    String readme = Files.readString(Paths.get("../README.md"));
    assertThat(readme).contains(snippet);
  }

  @Test
  void theDiagnosticsTableListsEveryCodeWithItsSeverityAndMeaning() throws Exception {
    String readme = Files.readString(Paths.get("../README.md"));
    for (DiagnosticCode code : DiagnosticCode.values()) {
      String row =
          "| `" + code.id() + "` | " + code.severity().name().toLowerCase(Locale.ROOT) + " | ";
      assertThat(readme).as(code.id()).contains(row);
      String meaning = readme.substring(readme.indexOf(row) + row.length());
      meaning = meaning.substring(0, meaning.indexOf(" |\n"));
      assertThat(meaning).as(code.id()).isNotBlank().doesNotContain("{@");
    }
  }

  @Test
  void parsedSeedGivesTheGoldenJson() throws Exception {
    try (var in = getClass().getResourceAsStream("/fixtures/seed-093.txt")) {
      Commentary parsed = CommentaryParser.create().parse(in).commentary();
      String json = JsonRenderer.builder().pretty(true).build().renderToString(parsed);
      assertThat(json)
          .isEqualTo(Files.readString(Paths.get("src/test/resources/golden/expected.json")));
    }
  }
}
