package io.github.ajiss4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.html.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@link Renderer}'s default methods do for a renderer that writes text. */
class RendererDefaultsTest {

  /** Writes half its text, then fails. */
  private static final class Failing implements Renderer {
    @Override
    public String name() {
      return "failing";
    }

    @Override
    public Set<String> aliases() {
      return Set.of();
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public List<Diagnostic> render(Commentary commentary, Appendable out) throws IOException {
      out.append("half of the text");
      throw new IOException("the disk is full");
    }
  }

  @Test
  void aStreamGetsTheTextInUtf8() throws IOException {
    Commentary c = SeedCommentary.seed().withTitle("Caf\u00e9 \uD83D\uDE00");
    Renderer html = new HtmlRenderer();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Diagnostic> diagnostics = html.render(c, out);
    assertThat(out.toByteArray())
        .isEqualTo(html.renderToString(c).getBytes(StandardCharsets.UTF_8));
    assertThat(diagnostics).isEqualTo(html.render(c, new StringBuilder()));
  }

  @Test
  void aRendererThatFailsWritesNothingToAStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new Failing().render(SeedCommentary.seed(), out))
        .isInstanceOf(IOException.class)
        .hasMessage("the disk is full");
    assertThat(out.size()).isZero();
  }
}
