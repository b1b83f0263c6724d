package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheWholeFileUnderItsNameAndNothingElse() throws IOException {
    Path target = dir.resolve("sub/a.html");
    AtomicFiles.write(target, out -> out.write("<p>x</p>".getBytes(StandardCharsets.UTF_8)));
    AtomicFiles.write(target, out -> out.write("<p>y</p>".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("<p>y</p>");
    assertThat(names()).containsExactly("sub");
    try (Stream<Path> s = Files.list(dir.resolve("sub"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.html");
    }
  }

  /**
   * An output whose content is the same as the file's is not written again, only given the time of
   * the write: a batch run again over its outputs makes no new files for them, and the file keeps
   * its identity (its inode, and any hard link to it).
   */
  @Test
  void anUnchangedOutputKeepsItsFileAndGetsTheTimeOfTheWrite() throws IOException {
    Path target = dir.resolve("a.html");
    assertThat(
            AtomicFiles.write(
                target, out -> out.write("<p>x</p>".getBytes(StandardCharsets.UTF_8))))
        .isTrue();
    Object file = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
    FileTime old = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
    Files.setLastModifiedTime(target, old);

    assertThat(
            AtomicFiles.write(
                target, out -> out.write("<p>x</p>".getBytes(StandardCharsets.UTF_8))))
        .as("written")
        .isFalse();

    assertThat(target).hasContent("<p>x</p>");
    assertThat(Files.getLastModifiedTime(target)).isGreaterThan(old);
    assertThat(names()).containsExactly("a.html");
    if (file != null) {
      assertThat(Files.readAttributes(target, BasicFileAttributes.class).fileKey()).isEqualTo(file);
    }

    assertThat(
            AtomicFiles.write(
                target, out -> out.write("<p>y</p>".getBytes(StandardCharsets.UTF_8))))
        .isTrue();
    assertThat(target).hasContent("<p>y</p>");
    assertThat(names()).containsExactly("a.html");
  }

  /**
   * A link in the output's place is replaced by the file, as any output replaces what was there.
   */
  @Test
  void aLinkInTheOutputsPlaceIsReplacedEvenBySameContent() throws IOException {
    Path real = Files.writeString(dir.resolve("real.html"), "<p>x</p>");
    Path target = dir.resolve("a.html");
    try {
      Files.createSymbolicLink(target, real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }

    AtomicFiles.write(target, out -> out.write("<p>x</p>".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(target).hasContent("<p>x</p>");
  }

  /**
   * A render that fails leaves the file as it was, whether it differs from what was rendered so far
   * or holds just as many bytes, which are compared with the render before any is written.
   */
  @ParameterizedTest
  @ValueSource(strings = {"old", "half"})
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(String old) throws IOException {
    Path target = dir.resolve("a.html");
    Files.writeString(target, old);

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(target).hasContent(old);
    assertThat(names()).containsExactly("a.html");
  }

  @Test
  void anOutputGetsThePermissionsOfAnyNewFileNotThoseOfATemporaryFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 less the umask
    Path target = dir.resolve("a.html");

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void checkWritableMakesTheDirectoryAndLeavesNoProbe() throws IOException {
    Path out = dir.resolve("new/out");

    AtomicFiles.checkWritable(out);

    assertThat(out).isDirectory();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s).isEmpty();
    }
  }
}
