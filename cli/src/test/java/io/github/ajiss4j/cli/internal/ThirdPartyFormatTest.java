package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.render.Renderers;
import io.github.ajiss4j.render.html.HtmlRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' Markdown renderer is on the test class path: the tool picks it up by name. */
class ThirdPartyFormatTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(byte[] stdin, String... args) {
    Context context =
        new Context(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            dir,
            false);
    return Cli.execute(context, args);
  }

  @Test
  void formatsListsTheMarkdownRenderer() {
    assertThat(run(new byte[0], "formats")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("(?m)^markdown +md +text/markdown +md$");
  }

  @Test
  void builtInFormatsAreLookedUpWithoutTheClassPathAndOthersWithIt() {
    assertThat(RendererOptions.registryFor(List.of("html", "JSON", " ", "epub")))
        .isSameAs(Renderers.builtIn());
    Renderers found = RendererOptions.registryFor(List.of("html", "md"));
    assertThat(found.names()).contains("markdown", "html", "epub");
    assertThat(found.get("html")).isExactlyInstanceOf(HtmlRenderer.class);
  }

  @Test
  void convertWritesMarkdownByItsAlias() throws IOException {
    byte[] sample;
    try (InputStream in = getClass().getResourceAsStream(AjissCommand.SAMPLE)) {
      sample = in.readAllBytes();
    }
    assertThat(run(sample, "convert", "--to", "md")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("# The Prospects of Japan-NATO Cooperation");
  }
}
