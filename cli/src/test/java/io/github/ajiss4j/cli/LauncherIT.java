package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./ajiss} launcher at the repository's root: it runs the jar with the start-up cache of
 * the Java it finds, and says nothing about the cache on standard error.
 */
@DisabledOnOs(OS.WINDOWS) // a bash script
class LauncherIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path LAUNCHER = ROOT.resolve("ajiss");
  private static final Path SAMPLE =
      ROOT.resolve("cli/src/main/resources/io/github/ajiss4j/cli/sample/ajiss-commentary-93.txt");

  @TempDir Path dir;

  private JarRun launch(Path javaHome, String... args) throws IOException, InterruptedException {
    List<String> command =
        Stream.concat(Stream.of("bash", LAUNCHER.toString()), Stream.of(args)).toList();
    return JarRun.command(command, dir, Map.of("JAVA_HOME", javaHome.toString()), null);
  }

  @Test
  void runsOnTheJavaOfTheBuild() throws Exception {
    JarRun run = launch(Path.of(System.getProperty("java.home")), "--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("ajiss ").contains("Java " + Runtime.version());
    assertThat(run.err()).isEmpty();
  }

  /**
   * A third-party renderer on {@code AJISS_CLASSPATH}: {@code formats} lists it and {@code convert}
   * writes its format, with the start-up cache of the jar still in use.
   */
  @Test
  void takesTheRenderersOnAjissClasspath() throws Exception {
    Path source = dir.resolve("src/thirdparty/TitleRenderer.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package thirdparty;

        import io.github.ajiss4j.model.Commentary;
        import io.github.ajiss4j.model.Diagnostic;
        import java.io.IOException;
        import java.util.List;

        public final class TitleRenderer implements io.github.ajiss4j.render.Renderer {
          public String name() { return "title"; }
          public String mediaType() { return "text/plain"; }
          public String fileExtension() { return "title.txt"; }
          public List<Diagnostic> render(Commentary c, Appendable out) throws IOException {
            out.append(c.title()).append('\\n');
            return List.of();
          }
        }
        """);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int compiled =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-cp",
                ROOT.resolve("cli/target/ajiss.jar").toString(),
                "-d",
                classes.toString(),
                source.toString());
    assertThat(compiled).isZero();
    Path services = classes.resolve("META-INF/services/io.github.ajiss4j.render.Renderer");
    Files.createDirectories(services.getParent());
    Files.writeString(services, "thirdparty.TitleRenderer\n");
    Map<String, String> env =
        Map.of("JAVA_HOME", System.getProperty("java.home"), "AJISS_CLASSPATH", classes.toString());

    JarRun formats =
        JarRun.command(List.of("bash", LAUNCHER.toString(), "formats"), dir, env, null);
    assertThat(formats.code()).isZero();
    assertThat(formats.out()).containsPattern("(?m)^title +- +text/plain +title\\.txt$");
    JarRun convert =
        JarRun.command(
            List.of("bash", LAUNCHER.toString(), "convert", "--to", "title", SAMPLE.toString()),
            dir,
            env,
            null);
    assertThat(convert.code()).isZero();
    assertThat(convert.out()).isEqualTo("The Prospects of Japan-NATO Cooperation\n");
    assertThat(convert.err())
        .startsWith("ajiss: converted 1,")
        .doesNotContain("cds", "aot", "[warning]");
  }

  @Test
  void makesTheClassDataSharingArchiveAgainWhenTheJarIsNewer() throws Exception {
    Path home = Path.of(System.getProperty("java.home"));
    assumeTrue(Runtime.version().feature() < 25, "Java 25 or newer uses an AOT cache");
    Path archive = ROOT.resolve("cli/target/ajiss.jsa");
    Path jar = ROOT.resolve("cli/target/ajiss.jar");
    assumeTrue(Files.isRegularFile(archive), "the build made no archive (-Dajiss.cds.skip)");
    FileTime older = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
    Files.setLastModifiedTime(archive, older);

    JarRun run = launch(home, "convert", "--quiet", "--to", "html", "-o", "out", SAMPLE.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(dir.resolve("out/ajiss-commentary-93.html")).isRegularFile();
    assertThat(Files.getLastModifiedTime(archive)).as("made again").isGreaterThan(older);
    assertThat(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)))
        .as("not older than the jar")
        .isGreaterThanOrEqualTo(0);

    JarRun used =
        JarRun.of(
            jar, dir, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive), null, "--version");

    assertThat(used.code()).as("the archive matches the jar").isZero();
  }

  @Test
  void makesAnAheadOfTimeCacheOnTheFirstRunWithJava25AndUsesItAfter() throws Exception {
    Optional<Path> home = java25();
    assumeTrue(home.isPresent(), "no JDK 25 or newer under /usr/lib/jvm or in AJISS4J_JAVA25");
    String version = version(home.get());
    Path cache = ROOT.resolve("cli/target/ajiss-java-" + version + ".aot");
    Files.deleteIfExists(cache);

    JarRun first =
        launch(home.get(), "convert", "--quiet", "--to", "html", "-o", "out", SAMPLE.toString());

    assertThat(first.code()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(dir.resolve("out/ajiss-commentary-93.html")).isRegularFile();
    assertThat(cache).isRegularFile();
    FileTime made = Files.getLastModifiedTime(cache);

    JarRun second = launch(home.get(), "--version");

    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("Java " + version);
    assertThat(second.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(cache)).as("made once").isEqualTo(made);
  }

  /** A JDK of version 25 or newer: AJISS4J_JAVA25, or one under /usr/lib/jvm. */
  private static Optional<Path> java25() throws IOException {
    String given = System.getenv("AJISS4J_JAVA25");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(jvms)) {
      return s.filter(h -> Files.isExecutable(h.resolve("bin/java")))
          .filter(h -> Files.isRegularFile(h.resolve("release")))
          .filter(h -> !Files.isSymbolicLink(h))
          .filter(
              h -> {
                String v = version(h);
                return v.matches("\\d+(\\.\\d+)*") && Integer.parseInt(v.split("\\.")[0]) >= 25;
              })
          .sorted()
          .findFirst();
    }
  }

  /** JAVA_VERSION from a JDK's release file, as the launcher reads it. */
  private static String version(Path home) {
    try (Stream<String> lines = Files.lines(home.resolve("release"))) {
      return lines
          .filter(l -> l.startsWith("JAVA_VERSION="))
          .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
          .findFirst()
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }
}
