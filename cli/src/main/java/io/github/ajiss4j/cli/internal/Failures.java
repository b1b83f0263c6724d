package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.parser.CommentaryParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The one-line reports of failed inputs. */
final class Failures {

  private Failures() {}

  /** {@code FILE:LINE:COLUMN: error CODE REASON}. */
  static String parse(String file, CommentaryParseException e) {
    return file + ":" + e.line() + ":" + e.column() + ": error " + e.code().id() + " " + e.reason();
  }

  /** {@code FILE: error io-error WHAT}: an I/O failure has no line and column. */
  static String io(String file, IOException e) {
    return file + ": error io-error " + describe(e, false);
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
    } else if (t instanceof NotDirectoryException) {
      what = "not a directory";
    } else if (t instanceof FileAlreadyExistsException) {
      what = "a file is in the way";
    } else if (t instanceof DirectoryNotEmptyException) {
      what = "directory not empty";
    } else if (t instanceof FileSystemException f && f.getReason() != null) {
      what = f.getReason();
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
}
