package io.github.ajiss4j.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
  private static final Object LOCK = new Object();
  private static boolean hooked; // guarded by LOCK
  private static volatile boolean closing;

  private AtomicFiles() {}

  static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = createTemp(dir, target);
    boolean moved = false;
    try {
      // no CREATE: if the shutdown hook has already removed the temporary file, this fails
      // instead of making a new one that nobody would remove
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(
                  temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
              1 << 16)) {
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

  /**
   * Makes and registers a temporary file under the lock the shutdown hook takes, so that every
   * temporary file is either seen by the hook or never made.
   */
  private static Path createTemp(Path dir, Path target) throws IOException {
    synchronized (LOCK) {
      if (closing) {
        throw new IOException("interrupted");
      }
      if (!hooked) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(AtomicFiles::cleanUp, "ajiss-remove-temporary-files"));
        hooked = true;
      }
      Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
      PENDING.add(temp);
      return temp;
    }
  }

  /** Checks that files can be made in a directory, making it if needed. */
  static void checkWritable(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path probe = Files.createTempFile(dir, ".ajiss-", ".probe");
    Files.delete(probe);
  }

  private static void cleanUp() {
    synchronized (LOCK) {
      closing = true;
    }
    for (Path temp : PENDING) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done on the way out
      }
    }
  }
}
