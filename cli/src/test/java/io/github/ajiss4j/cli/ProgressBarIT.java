package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar (issue #6): drawn on standard error when it is a terminal and the batch is
 * large, and never otherwise. A terminal is made with util-linux {@code script}, which runs a
 * command on a pseudo-terminal and copies what it shows.
 */
class ProgressBarIT {

  private static Path jar;
  private static Path java;
  private static byte[] sample;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() throws IOException {
    jar = JarRun.jar();
    java = Path.of(System.getProperty("java.home"), "bin", "java");
    sample = JarRun.sample();
  }

  private void texts(String folder, int count) throws IOException {
    Files.createDirectories(dir.resolve(folder));
    for (int i = 0; i < count; i++) {
      Files.write(dir.resolve(folder + "/c" + i + ".txt"), sample);
    }
  }

  private static boolean hasBar(String shown) {
    return shown.contains("\r") || shown.contains("%") || shown.contains("Converting");
  }

  @Test
  void noBarWhenStandardErrorIsAFileEvenForALargeBatch() throws Exception {
    texts("many", 200);
    Path err = dir.resolve("err.log");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-jar",
                jar.toString(),
                "convert",
                "--to",
                "json",
                "-o",
                "OUT",
                "many")
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    String shown = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(shown.lines()).singleElement().asString().startsWith("ajiss: converted 200,");
    assertThat(shown).doesNotContain("\r").doesNotContain("%");
  }

  /** Runs {@code shell} on a pseudo-terminal; returns what the terminal showed. */
  private String onATerminal(String shell) throws Exception {
    return onATerminal(shell, 0);
  }

  /** Runs {@code shell} on a pseudo-terminal, which exits with {@code exit}; what it showed. */
  private String onATerminal(String shell, int exit) throws Exception {
    Process probe;
    try {
      probe = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no util-linux script to make a terminal with: " + e.getMessage());
      return null;
    }
    probe.getInputStream().readAllBytes();
    assumeTrue(
        probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "script --version failed: not util-linux script");
    Path shown = dir.resolve("terminal.log");
    Process p =
        new ProcessBuilder("script", "-qec", shell, "/dev/null")
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(shown.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(shown.toFile()))
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    String text = Files.readString(shown, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code; the terminal showed: %s", text).isEqualTo(exit);
    assertThat(text).doesNotContain("\tat ").doesNotContain("Exception");
    return text;
  }

  private String ajiss(String args) {
    return "'" + java + "' -jar '" + jar + "' " + args;
  }

  @Test
  void aBarOnATerminalForALargeBatch() throws Exception {
    texts("many", 200);
    String shown = onATerminal(ajiss("convert --to json -o OUT many"));
    assertThat(shown).contains("Converting").contains("%").contains("\r").contains("200/200");
    assertThat(shown).contains("ajiss: converted 200, failed 0,");
  }

  /** A failure's line under the bar stands on a line of its own, the bar's line cleared first. */
  @Test
  void aFailureUnderTheBarHasALineOfItsOwn() throws Exception {
    texts("many", 200);
    Files.writeString(dir.resolve("many/zz-bad.txt"), "hello world\n");
    String shown = onATerminal(ajiss("convert --to json -o OUT many"), 1);
    int at = shown.indexOf("many/zz-bad.txt:1:1: error not-a-commentary");
    assertThat(at).as(shown).isPositive();
    assertThat(shown.substring(0, at)).endsWith("\r\u001B[K");
    assertThat(shown).contains("ajiss: converted 200, failed 1,");
  }

  @Test
  void noBarOnATerminalForASmallBatch() throws Exception {
    texts("few", 5);
    String shown = onATerminal(ajiss("convert --to json -o OUT few"));
    assertThat(hasBar(shown.replace("\r\n", "\n"))).as("bar in: %s", shown).isFalse();
    assertThat(shown).contains("ajiss: converted 5, failed 0,");
  }

  @Test
  void aBarWhenOnlyStandardOutputIsRedirected() throws Exception {
    // the bar goes to standard error, which is still the terminal
    texts("many", 200);
    String shown = onATerminal(ajiss("convert --to json -o OUT many > out.log"));
    assertThat(shown).contains("Converting").contains("%").contains("200/200");
  }

  @Test
  void noBarWhenOnlyStandardErrorIsRedirected() throws Exception {
    // standard input and output are the terminal, standard error is a file: no bar in the file
    texts("many", 200);
    onATerminal(ajiss("convert --to json -o OUT many 2> err.log"));
    String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);
    assertThat(err.lines()).singleElement().asString().startsWith("ajiss: converted 200,");
    assertThat(err).doesNotContain("\r").doesNotContain("%");
  }

  @Test
  void checkDrawsTheBarOnATerminalToo() throws Exception {
    texts("many", 200);
    String shown = onATerminal(ajiss("check many > report.log"));
    assertThat(shown).contains("Checking").contains("%").contains("200/200");
    assertThat(Files.readString(dir.resolve("report.log"))).doesNotContain("Checking");
  }
}
