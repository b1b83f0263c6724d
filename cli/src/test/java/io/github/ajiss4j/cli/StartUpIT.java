package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a one-file conversion makes the JVM load, counted from its class-loading log rather than
 * timed: each class the JVM has to define at run time (a lambda, a method handle's form, a string
 * concatenation's call site, a {@code VarHandle}'s accessors) costs a short-lived process time that
 * no start-up archive saves.
 */
class StartUpIT {

  @TempDir Path dir;

  @Test
  void convertingToHtmlXhtmlAndTextDefinesNoClassAtRunTime() throws Exception {
    List<String> loaded = convert("in.txt", JarRun.sample());
    assertThat(loaded).anyMatch(line -> line.contains("io.github.ajiss4j.parser.internal.Engine "));
  }

  /** A word broken at a line end, which the parser judges by its word list, read on first use. */
  @Test
  void judgingALineEndHyphenByTheWordListDefinesNoClassAtRunTime() throws Exception {
    String sample = new String(JarRun.sample(), StandardCharsets.UTF_8);
    assertThat(sample).contains("not strategically right");
    String broken = sample.replace("not strategically right", "not strate-\ngically right");
    List<String> loaded = convert("broken.txt", broken.getBytes(StandardCharsets.UTF_8));
    assertThat(loaded).anyMatch(line -> line.contains("ajiss4j.parser.internal.Lexicon "));
    assertThat(Files.readString(dir.resolve("out/broken.html")))
        .contains("not strategically right");
  }

  /**
   * Converts one file to HTML, XHTML and text, and returns the JVM's class-loading log, having
   * checked that it names no class made at run time nor the regular expressions.
   */
  private List<String> convert(String name, byte[] text) throws Exception {
    Path input = Files.write(dir.resolve(name), text);
    Path log = dir.resolve(name + ".log");
    JarRun run =
        JarRun.of(
            JarRun.jar(),
            dir,
            List.of("-Xlog:class+load:file=" + log),
            null,
            "convert",
            "--quiet",
            "--to",
            "html,xhtml,text",
            "-o",
            "out",
            input.toString());
    assertThat(run.code()).isZero();
    assertThat(dir.resolve("out/" + name.replace(".txt", ".html"))).isRegularFile();
    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    // a class read from the JDK's modules, a class-data-sharing archive or the jar names its
    // source; one made at run time names the class or the lookup that defined it
    assertThat(loaded)
        .filteredOn(
            line ->
                !line.contains("source: jrt:/")
                    && !line.contains("source: shared objects file")
                    && !line.contains("source: file:"))
        .isEmpty();
    assertThat(loaded).noneMatch(line -> line.contains("java.util.regex.Pattern "));
    return loaded;
  }
}
