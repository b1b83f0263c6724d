package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real jar as a process, what it left behind, and the check that no stack trace
 * reached the user.
 */
record JarRun(int code, String out, String err) {

  /** The shaded jar under test: {@code -Dajiss.jar}, or {@code target/ajiss.jar}. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("ajiss.jar", "target/ajiss.jar")).toAbsolutePath();
    assertThat(jar).isRegularFile();
    return jar;
  }

  /** The bundled sample commentary, No.93, as the jar holds it. */
  static byte[] sample() throws IOException {
    try (InputStream in =
        JarRun.class.getResourceAsStream("/io/github/ajiss4j/cli/sample/ajiss-commentary-93.txt")) {
      return in.readAllBytes();
    }
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /**
   * Runs {@code java JVM... -jar JAR ARGS...} in {@code dir} with standard input from {@code stdin}
   * (or nothing), and waits at most a minute.
   */
  static JarRun of(Path jar, Path dir, List<String> jvm, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return command(command, dir, Map.of(), stdin);
  }

  /**
   * Runs a command in {@code dir} with more environment variables and standard input from {@code
   * stdin} (or nothing), waits at most a minute, and checks that no stack trace reached the user.
   */
  static JarRun command(List<String> command, Path dir, Map<String, String> env, Path stdin)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("ajiss-it", ".out");
    Path err = Files.createTempFile("ajiss-it", ".err");
    File nothing =
        new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? nothing : stdin.toFile()));
    builder.environment().putAll(env);
    Process p = builder.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    JarRun run =
        new JarRun(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    assertThat(run.err())
        .as("no stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("Error:");
    return run;
  }
}
