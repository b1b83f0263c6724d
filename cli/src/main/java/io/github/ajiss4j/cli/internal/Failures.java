package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.parser.CommentaryParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The one-line reports of failed inputs. */
final class Failures {

  private Failures() {}

  /** {@code FILE:LINE:COLUMN: error CODE REASON}. */
  static String parse(String file, CommentaryParseException e) {
    return file + ":" + e.line() + ":" + e.column() + ": error " + e.code().id() + " " + e.reason();
  }

  /**
   * {@code FILE: error CODE WHAT}: an input that could not be read, or a directory with nothing to
   * read, has no line and column.
   */
  static String io(String file, IOException e) {
    return file + ": error " + code(e) + " " + describe(e, false);
  }

  /** {@code no-input} for a directory with no text to convert, else {@code io-error}. */
  static String code(IOException e) {
    return e instanceof NoInputException ? "no-input" : "io-error";
  }

  /** A directory named as an input holds no {@code *.txt} file. */
  static final class NoInputException extends IOException {
    private static final long serialVersionUID = 1L;

    NoInputException() {
      super("expected *.txt files in this directory, found none");
    }
  }

  /** The I/O failure behind an unchecked exception, or null when there is none. */
  static IOException ioCause(Throwable t) {
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** A short, stack-free description of an I/O failure. */
  static String describe(Throwable t) {
    return describe(t, true);
  }

  /** A short description, naming the file concerned when {@code withFile}. */
  static String describe(Throwable t, boolean withFile) {
    if (t instanceof UncheckedIOException u && u.getCause() != null) {
      t = u.getCause();
    }
    String what;
    if (t instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (t instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (t instanceof FileSystemLoopException) {
      what = "a link leads back to a directory that contains it";
    } else if (t instanceof NotDirectoryException) {
      what = "not a directory";
    } else if (t instanceof FileAlreadyExistsException) {
      what = "a file is in the way";
    } else if (t instanceof DirectoryNotEmptyException) {
      what = "directory not empty";
    } else if (t instanceof FileSystemException f && f.getReason() != null) {
      what = lower(f.getReason());
    } else if (t instanceof IOException && t.getMessage() != null && !t.getMessage().isBlank()) {
      what = lower(t.getMessage());
    } else if (t.getMessage() != null && !t.getMessage().isBlank()) {
      what = t.getMessage();
    } else {
      what = t.getClass().getSimpleName();
    }
    if (withFile && t instanceof FileSystemException f && f.getFile() != null) {
      return what
          + ": "
          + f.getFile()
          + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "");
    }
    return what;
  }

  /**
   * The operating system's words ("Not a directory", "No space left on device") in the lower case
   * of the tool's own ("no such file or directory"); a word in capitals stays as it is.
   */
  private static String lower(String reason) {
    if (reason.length() > 1
        && Character.isUpperCase(reason.charAt(0))
        && Character.isLowerCase(reason.charAt(1))) {
      return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
    return reason;
  }
}
