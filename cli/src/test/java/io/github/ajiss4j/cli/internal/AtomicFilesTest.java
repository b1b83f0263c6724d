package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.html");
    Files.writeString(target, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(target).hasContent("old");
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
