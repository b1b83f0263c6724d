package io.github.ajiss4j.cli.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all at once or not at all: to a temporary file in the target's directory, then
 * renamed over the target. A failed render leaves the target as it was, and a run interrupted by
 * Ctrl-C or {@code kill} removes its temporary files on the way out. A file that already holds the
 * content is left as it is and given the time of the write: a batch run again over its outputs, as
 * a site re-rendered on every deploy is, makes no new file for an output that did not change.
 */
final class AtomicFiles {

  /** Writes the content of a file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static final Object LOCK = new Object();
  private static boolean hooked; // guarded by LOCK
  private static volatile boolean closing;

  private AtomicFiles() {}

  /**
   * Writes the content to the target, or leaves the target as it is where it holds the content.
   *
   * @return true where the target was written, false where it already held the content
   */
  static boolean write(Path target, Content content) throws IOException {
    long size = existingSize(target);
    if (size >= 0 && size <= MAX_COMPARED) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) size + 1);
      content.writeTo(bytes);
      if (bytes.size() == size && holds(target, bytes) && touch(target)) {
        return false;
      }
      content = new Rendered(bytes);
    }
    Path dir = target.toAbsolutePath().getParent();
    String prefix = "." + target.getFileName() + ".";
    Temp temp;
    try {
      temp = createTemp(dir, prefix, ".part");
    } catch (NoSuchFileException e) {
      // the directory is made when it is first missing, not looked for before every file
      Files.createDirectories(dir);
      temp = createTemp(dir, prefix, ".part");
    }
    boolean moved = false;
    try {
      // if the shutdown hook removes the temporary file meanwhile, the writes go to a file that
      // no longer has a name and the move below fails: nothing is left behind
      // a built-in text format comes in arrays of about 8 KB, which mostly pass the buffer by;
      // the buffer gathers the small writes of a zip
      try (OutputStream out = new BufferedOutputStream(temp.out(), 1 << 13)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp.path(), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp.path(), target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return true;
    } finally {
      if (!moved) {
        try {
          temp.out().close();
          Files.deleteIfExists(temp.path());
        } catch (IOException e) {
          // the original failure matters more
        }
      }
      PENDING.remove(temp.path());
    }
  }

  /** Content rendered before: a class, not a lambda, which would link the lambda machinery. */
  private static final class Rendered implements Content {
    private final ByteArrayOutputStream bytes;

    Rendered(ByteArrayOutputStream bytes) {
      this.bytes = bytes;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      bytes.writeTo(out);
    }
  }

  /** The largest file that is compared with its new content before it is replaced. */
  private static final long MAX_COMPARED = 1 << 24;

  /** The size of the regular file at {@code target}, not through a link; or -1. */
  private static long existingSize(Path target) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() ? a.size() : -1;
    } catch (IOException e) {
      return -1; // most often no such file: it is written
    }
  }

  /** Whether the file holds the bytes, as far as it can be read. */
  private static boolean holds(Path target, ByteArrayOutputStream bytes) {
    try {
      return Arrays.equals(Files.readAllBytes(target), bytes.toByteArray());
    } catch (IOException e) {
      return false;
    }
  }

  /** Gives the file the time of the write, as writing it would; false where that is refused. */
  private static boolean touch(Path target) {
    try {
      Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A temporary file, made and open for writing. */
  private record Temp(Path path, OutputStream out) {}

  /**
   * Makes a new file named {@code prefix + random + suffix} in a directory, open for writing, and
   * registers it for removal on the way out. It is made under the lock the shutdown hook takes, so
   * that every temporary file is either seen by the hook or never made.
   *
   * <p>Unlike {@link Files#createTempFile}, the name needs no {@code SecureRandom}, whose set-up is
   * about a tenth of a one-file run, and the file gets the permissions of any file the user makes
   * (0666 less the umask) rather than {@code rw-------}, so it needs no {@code chmod} before it
   * takes the target's name. It is made with {@code O_EXCL}: an existing file or link of that name
   * is never written through, and another name is tried.
   */
  private static Temp createTemp(Path dir, String prefix, String suffix) throws IOException {
    synchronized (LOCK) {
      if (closing) {
        throw new IOException("interrupted");
      }
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(new CleanUp());
        hooked = true;
      }
      for (int attempt = 1; ; attempt++) {
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path path = dir.resolve(prefix + random + suffix);
        try {
          OutputStream out =
              Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          PENDING.add(path);
          return new Temp(path, out);
        } catch (FileAlreadyExistsException e) {
          if (attempt == 100) {
            throw e;
          }
        }
      }
    }
  }

  /** Checks that files can be made in a directory, making it if needed. */
  static void checkWritable(Path dir) throws IOException {
    Files.createDirectories(dir);
    Temp probe = createTemp(dir, ".ajiss-", ".probe");
    try {
      probe.out().close();
      Files.delete(probe.path());
    } finally {
      PENDING.remove(probe.path());
    }
  }

  /** The shutdown hook that removes the temporary files still pending. */
  private static final class CleanUp extends Thread {
    CleanUp() {
      super("ajiss-remove-temporary-files");
    }

    @Override
    public void run() {
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
}
