package io.github.ajiss4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example and checks what it prints. */
class ExamplesTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseAndPrintShowsTheFieldsAndDiagnostics() throws IOException {
    assertThat(ParseAndPrint.run(out)).isZero();
    assertThat(printed())
        .contains("number:    93")
        .contains("date:      2010-06-08")
        .contains("title:     The Prospects of Japan-NATO Cooperation")
        .contains("author:    Yoshikazu Hirose")
        .contains("institute: JIIA The Japan Institute of International Affairs (Secretariat)")
        .contains("diagnostics (")
        .contains("  5:6: warning institute-corrected ");
  }

  @Test
  void parseAndPrintReportsWhatIsNotACommentary() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "<html>not a commentary</html>");
    assertThat(ParseAndPrint.run(out, notes.toString())).isEqualTo(1);
    assertThat(printed()).startsWith("not a commentary: 1:");
  }

  @Test
  void theMarkdownRendererIsFoundByNameAndAlias() {
    Renderers renderers = Renderers.load();
    assertThat(renderers.names()).contains("markdown", "json");
    Renderer md = renderers.get("md");
    assertThat(md).isInstanceOf(MarkdownRenderer.class);
    assertThat(md.mediaType()).isEqualTo("text/markdown");
    assertThat(md.fileExtension()).isEqualTo("md");
  }

  @Test
  void theMarkdownRendererWritesCommonMark() throws Exception {
    String md =
        new MarkdownRenderer()
            .renderToString(
                io.github.ajiss4j.parser.CommentaryParser.create()
                    .parse(Sample.bytes())
                    .commentary());
    assertThat(md)
        .startsWith(
            "# The Prospects of Japan-NATO Cooperation\n\n*AJISS-Commentary No.93, 8 June 2010*")
        .contains("By Yoshikazu Hirose\n")
        .contains("*Foreign Affairs*")
        .contains("\n---\n\n*Yoshikazu Hirose is Professor");
    assertThat(MarkdownRenderer.escape("a*b_[c]")).isEqualTo("a\\*b\\_\\[c\\]");
  }

  @Test
  void renderAllWritesEveryFormatFound() throws Exception {
    int written = RenderAll.run(out, dir.toString());
    assertThat(written).isEqualTo(Renderers.load().all().size());
    assertThat(dir.resolve("ajiss-commentary-93.json")).isRegularFile();
    assertThat(dir.resolve("ajiss-commentary-93.md")).isRegularFile();
    assertThat(printed()).contains("json -> ").contains("markdown -> ");
  }

  @Test
  void collectToEpubWritesTheBookOrSaysWhyNot() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.write(texts.resolve("a.txt"), Sample.bytes());
    Files.write(texts.resolve("b.txt"), Sample.bytes());
    Path book = dir.resolve("book.epub");
    boolean wrote = CollectToEpub.run(out, texts, book);
    if (Renderers.load().find("epub").isPresent()) {
      assertThat(wrote).isTrue();
      assertThat(book).isRegularFile();
      assertThat(printed()).contains("wrote ");
    } else {
      assertThat(wrote).isFalse();
      assertThat(book).doesNotExist();
      assertThat(printed()).isEqualTo(CollectToEpub.UNAVAILABLE + System.lineSeparator());
    }
  }

  @Test
  void jsonRoundTripGivesAnEqualCommentary() throws Exception {
    assertThat(JsonRoundTrip.run(out)).isTrue();
    assertThat(printed()).contains("equal: true");
  }

  @Test
  void parallelParseCountsThousandsOfFiles() throws IOException {
    String sample = new String(Sample.bytes(), StandardCharsets.UTF_8);
    Path texts = Files.createDirectories(dir.resolve("texts"));
    int n = 2000;
    for (int i = 1; i <= n; i++) {
      Files.writeString(
          texts.resolve(String.format("c%04d.txt", i)), sample.replace("No.93.", "No." + i + "."));
    }
    Files.writeString(texts.resolve("broken.txt"), "");
    assertThat(ParallelParse.run(out, texts)).isEqualTo(n);
    assertThat(printed())
        .contains("files:       " + (n + 1))
        .contains("parsed:      " + n)
        .contains("failed:      1")
        .contains("numbers:     " + n + " distinct");
  }
}
