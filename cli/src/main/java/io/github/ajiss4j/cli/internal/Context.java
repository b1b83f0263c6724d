package io.github.ajiss4j.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What a command sees of the world: its streams, its working directory, and whether a person is
 * watching (a terminal). Tests make one with captured streams and a temporary directory.
 */
public final class Context {

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDir;
  private final boolean terminal;
  private final Recorder outFailures;
  private volatile boolean debug;

  /**
   * Makes a context.
   *
   * @param in standard input
   * @param out standard output; converted text is written to it as UTF-8 bytes
   * @param err standard error
   * @param workingDir the directory relative paths are resolved against
   * @param terminal whether a person is watching, which allows a progress bar
   */
  public Context(
      InputStream in, PrintStream out, PrintStream err, Path workingDir, boolean terminal) {
    this(in, out, err, workingDir, terminal, null);
  }

  private Context(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Path workingDir,
      boolean terminal,
      Recorder outFailures) {
    this.in = in;
    this.out = new Lines(out, false);
    this.err = new Lines(err, true);
    this.workingDir = workingDir;
    this.terminal = terminal;
    this.outFailures = outFailures;
  }

  /**
   * The context of this process: its standard streams (UTF-8), the current directory, and a
   * terminal when standard error is one (see {@link #stderrIsTerminal()}).
   *
   * @return the context
   */
  public static Context system() {
    Recorder recorder = new Recorder(new FileOutputStream(FileDescriptor.out));
    PrintStream out =
        new PrintStream(new BufferedOutputStream(recorder, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return new Context(System.in, out, err, Path.of(""), stderrIsTerminal(), recorder);
  }

  /**
   * Why standard output lost what was written to it, if it did. A {@link PrintStream} keeps only a
   * flag; a full disk ({@code > out.json}) or a closed pipe would otherwise go unnoticed.
   *
   * @return the failure, or null when everything written so far reached standard output
   */
  IOException outFailure() {
    if (!out.checkError()) { // flushes
      return null;
    }
    IOException recorded = outFailures == null ? null : outFailures.failure;
    return recorded != null ? recorded : new IOException("write error");
  }

  /**
   * A stream whose lines of text show no control character as it is: a line a message prints quotes
   * input and names files, which may hold a line end or a terminal's escape sequence ({@code
   * ESC]0;...}); such a character is written as its escape, a backslash, {@code u} and four hex
   * digits, so that each message stays one line and a terminal runs nothing. Bytes written as bytes
   * (a converted text) pass as they are.
   */
  private static final class Lines extends PrintStream {

    private final PrintStream target;

    Lines(PrintStream target, boolean autoFlush) {
      super(target, autoFlush, StandardCharsets.UTF_8);
      this.target = target;
    }

    @Override
    public void println(String line) {
      super.println(printable(line));
    }

    @Override
    public void println(Object line) {
      super.println(printable(String.valueOf(line)));
    }

    @Override
    public boolean checkError() {
      return super.checkError() | target.checkError();
    }
  }

  /**
   * The text with each control character (C0 but the tab, DEL, C1) and each bidirectional override
   * or isolate written as its escape (ESC as a backslash and {@code u001B}); the text itself where
   * it holds none.
   */
  static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t')
              || (c >= 0x7F && c <= 0x9F)
              || (c >= '\u202A' && c <= '\u202E')
              || (c >= '\u2066' && c <= '\u2069');
      if (control && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (control) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Passes bytes on, remembering the first failure the {@link PrintStream} above will hide. */
  private static final class Recorder extends FilterOutputStream {

    private volatile IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    private void record(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  /**
   * Whether standard error, where the progress bar is drawn, is a terminal. {@link
   * System#console()} answers for standard input and output instead: it has a bar drawn into {@code
   * 2> log} and none for {@code > out.json} in a terminal. On Linux, {@code /proc/self/fd/2} names
   * what standard error is; elsewhere the console stands in for it.
   *
   * @return true when standard error is a terminal
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/")
          || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException
        | UnsupportedOperationException
        | SecurityException
        | InvalidPathException e) {
      return System.console() != null;
    }
  }

  /**
   * Standard input.
   *
   * @return the stream
   */
  public InputStream in() {
    return in;
  }

  /**
   * Standard output.
   *
   * @return the stream
   */
  public PrintStream out() {
    return out;
  }

  /**
   * Standard error.
   *
   * @return the stream
   */
  public PrintStream err() {
    return err;
  }

  /**
   * Resolves a path given on the command line.
   *
   * @param name the path as typed
   * @return the path, relative to the working directory when it is relative
   */
  public Path resolve(String name) {
    return workingDir.resolve(name);
  }

  /**
   * The working directory.
   *
   * @return the directory, possibly the empty path for the process's current directory
   */
  public Path workingDir() {
    return workingDir;
  }

  /**
   * Whether a person is watching.
   *
   * @return true on a terminal
   */
  public boolean terminal() {
    return terminal;
  }

  /**
   * Whether stack traces are shown.
   *
   * @return true after {@code --debug}
   */
  public boolean debug() {
    return debug;
  }

  void debug(boolean debug) {
    this.debug = debug;
  }
}
