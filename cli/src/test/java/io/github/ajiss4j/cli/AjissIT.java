package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.render.json.CommentaryJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real shaded jar, {@code target/ajiss.jar}, as a process. */
class AjissIT {

  private static Path jar;
  private static byte[] sample;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() throws IOException {
    jar = JarRun.jar();
    sample = JarRun.sample();
  }

  private JarRun run(Path stdin, String... args) throws IOException, InterruptedException {
    return JarRun.of(jar, dir, List.of(), stdin, args);
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void noArgumentsWritesTheSampleIntoOut() throws Exception {
    JarRun run = run(null);
    assertThat(run.code()).isZero();
    assertThat(dir.resolve("out/ajiss-commentary-93.json")).isRegularFile();
    assertThat(run.out()).contains("wrote out/ajiss-commentary-93.json").contains("ajiss --help");
  }

  @Test
  void convertsTwoFilesIntoTheOutputDirectory() throws Exception {
    write("a.txt", sample);
    write("b.txt", sample);
    JarRun run = run(null, "convert", "--to", "json", "-o", "OUT", "a.txt", "b.txt");
    assertThat(run.code()).isZero();
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(dir.resolve("OUT/b.json")).isRegularFile();
    assertThat(run.out()).isEmpty();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aBinaryFileAmongGoodOnesFailsAloneWithOneLine() throws Exception {
    write("a.txt", sample);
    Files.copy(jar, dir.resolve("bin.txt"));
    write("c.txt", sample);
    JarRun run = run(null, "convert", "--to", "json", "-o", "OUT", "a.txt", "bin.txt", "c.txt");
    assertThat(run.code()).isEqualTo(1);
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(dir.resolve("OUT/c.json")).isRegularFile();
    assertThat(dir.resolve("OUT/bin.json")).doesNotExist();
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("bin\\.txt:\\d+:\\d+: error [a-z-]+ .+");
    assertThat(lines.get(1)).startsWith("ajiss: converted 2, failed 1,");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void standardInputToStandardOutput() throws Exception {
    Path a = write("a.txt", sample);
    JarRun run = run(a, "convert", "--to", "json", "--pretty");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("{\n  \"schemaVersion\": 1,").contains("\"number\": 93");
  }

  @Test
  void noProgressBarWhenNotATerminal() throws Exception {
    for (int i = 0; i < 25; i++) {
      write("many/c" + i + ".txt", sample);
    }
    JarRun run = run(null, "convert", "--to", "json", "-o", "OUT", "many");
    assertThat(run.code()).isZero();
    assertThat(run.err().lines()).singleElement().asString().startsWith("ajiss: converted 25,");
    assertThat(run.err()).doesNotContain("%").doesNotContain("\r");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anInterruptedRunLeavesNoHalfWrittenFile() throws Exception {
    for (int i = 0; i < 400; i++) {
      write("many/c" + i + ".txt", sample);
    }
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "convert",
                "--to",
                "json",
                "-o",
                "OUT",
                "many")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Thread.sleep(700);
    p.destroy(); // SIGTERM: shutdown hooks run, as on Ctrl-C
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(leftovers()).isEmpty();
    if (Files.isDirectory(dir.resolve("OUT"))) {
      try (Stream<Path> s = Files.list(dir.resolve("OUT"))) {
        for (Path json : s.toList()) {
          assertThat(new CommentaryJsonReader().read(Files.readString(json)).number())
              .as("%s is whole", json)
              .isEqualTo(93);
        }
      }
    }
  }

  @Test
  void exitCodes() throws Exception {
    write("a.txt", sample);
    assertThat(run(null, "--version").code()).isZero();
    assertThat(run(null, "convert", "--to", "nope", "a.txt").code()).isEqualTo(2);
    assertThat(run(null, "frobnicate").code()).isEqualTo(2);
    assertThat(run(null, "convert", "--to", "json", "missing.txt").code()).isEqualTo(1);
    assertThat(run(null, "collect", "-o", "b.epub", "a.txt").code()).isZero();
    assertThat(dir.resolve("b.epub")).isNotEmptyFile();
    JarRun check = run(null, "check", "a.txt");
    assertThat(check.code()).isZero();
    assertThat(check.out()).contains("a.txt:5:6: warning institute-corrected ");
  }
}
