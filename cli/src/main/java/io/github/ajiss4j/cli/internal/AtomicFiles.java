package io.github.ajiss4j.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file all at once or not at all: to a temporary file in the target's directory, then
 * renamed over the target. A failed render leaves the target as it was, and a run interrupted by
 * Ctrl-C or {@code kill} removes its temporary files on the way out.
 */
final class AtomicFiles {

  /** Writes the content of a file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");
  private static volatile boolean hooked;
  private static volatile boolean closing;

  private AtomicFiles() {}

  static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    pending(temp);
    boolean moved = false;
    try {
      if (closing) { // the JVM is shutting down and its clean-up may have run already
        throw new IOException("interrupted");
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      // a temporary file is private (rw-------); the output should read like any other file
      try {
        Files.setPosixFilePermissions(temp, READABLE);
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its defaults stand
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the original failure matters more
        }
      }
      PENDING.remove(temp);
    }
  }

  /** Checks that files can be made in a directory, making it if needed. */
  static void checkWritable(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path probe = Files.createTempFile(dir, ".ajiss-", ".probe");
    Files.delete(probe);
  }

  private static void pending(Path temp) {
    if (!hooked) {
      synchronized (AtomicFiles.class) {
        if (!hooked) {
          Runtime.getRuntime()
              .addShutdownHook(new Thread(AtomicFiles::cleanUp, "ajiss-remove-temporary-files"));
          hooked = true;
        }
      }
    }
    PENDING.add(temp);
  }

  private static void cleanUp() {
    closing = true;
    for (Path temp : PENDING) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done on the way out
      }
    }
  }
}
