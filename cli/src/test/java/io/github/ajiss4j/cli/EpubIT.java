package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books written by the real jar: byte-identical runs, and {@code SOURCE_DATE_EPOCH} obeyed. */
class EpubIT {

  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() throws IOException {
    jar = JarRun.jar();
  }

  /** Writes the sample twice under two names and converts both to EPUB in one call. */
  private byte[][] convertTwice(String sourceDateEpoch) throws Exception {
    byte[] sample = JarRun.sample();
    Files.write(dir.resolve("a.txt"), sample);
    Files.write(dir.resolve("b.txt"), sample);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", jar.toString(), "convert", "--to", "epub", "-o", "OUT"));
    command.addAll(List.of("a.txt", "b.txt"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.remove("SOURCE_DATE_EPOCH");
    if (sourceDateEpoch != null) {
      env.put("SOURCE_DATE_EPOCH", sourceDateEpoch);
    }
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return new byte[][] {
      Files.readAllBytes(dir.resolve("OUT/a.epub")), Files.readAllBytes(dir.resolve("OUT/b.epub"))
    };
  }

  @Test
  void theSameInputGivesTheSameBytesAndTheDateComesFromTheContent() throws Exception {
    byte[][] books = convertTwice(null);
    assertThat(books[1]).isEqualTo(books[0]);
    assertThat(entry(books[0], "EPUB/package.opf"))
        .contains("<meta property=\"dcterms:modified\">2010-06-08T00:00:00Z</meta>");
    assertThat(times(books[0])).containsOnly(LocalDateTime.of(2010, 6, 8, 0, 0));
  }

  @Test
  void sourceDateEpochSetsTheModificationTimeAndTheEntryTimes() throws Exception {
    byte[][] books = convertTwice("1700000000");
    assertThat(books[1]).isEqualTo(books[0]);
    assertThat(entry(books[0], "EPUB/package.opf"))
        .contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>");
    assertThat(times(books[0])).containsOnly(LocalDateTime.of(2023, 11, 14, 22, 13, 20));
  }

  private static String entry(byte[] epub, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }

  private static List<LocalDateTime> times(byte[] epub) throws IOException {
    List<LocalDateTime> times = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        times.add(e.getTimeLocal());
      }
    }
    return times;
  }
}
