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
    Path input = Files.write(dir.resolve("in.txt"), JarRun.sample());
    Path log = dir.resolve("classes.log");
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
    assertThat(dir.resolve("out/in.html")).isRegularFile();
    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(loaded).anyMatch(line -> line.contains("io.github.ajiss4j.parser.internal.Engine "));
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
  }
}
