package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.internal.Latin1;

/**
 * Arrays per thread for the clipped-copy search, and a second set for the words of one line, used
 * again by the next parse on that thread: the work is then done in memory just worked in, instead
 * of in new arrays that must first be cleared. A parse never runs inside another on one thread, so
 * one set of each a thread is enough. Arrays grown for a long opening or line are let go.
 */
final class Scratch {

  /** The most words whose arrays are kept. */
  private static final int MAX_KEPT = 1 << 14;

  /** A subclass, not a lambda: a lambda would link the lambda machinery at start-up. */
  private static final class PerThread extends ThreadLocal<Scratch> {
    @Override
    protected Scratch initialValue() {
      return new Scratch();
    }
  }

  /** The set for the clipped-copy search. */
  private static final ThreadLocal<Scratch> PER_THREAD = new PerThread();

  /**
   * A second set per thread for the words of a line that {@link Words#spans(String, int, int)}
   * finds and its caller reads at once, while the clipped-copy search may hold the first.
   */
  private static final ThreadLocal<Scratch> PER_THREAD_LINE = new PerThread();

  int[] starts = new int[0];
  int[] ends = new int[0];
  boolean[] hardBreaks = new boolean[0];
  boolean[] ascii = new boolean[0];
  int[] from = new int[0];
  int[] size = new int[0];
  char[] initials = new char[0];
  int[] lastFrom = new int[0];
  byte[] lastFound = new byte[0];

  /**
   * The word stream of {@link ClippedCopy}: its words' characters, one word after another, and per
   * word where its characters start (then where the last word's end), where it starts in the text,
   * its line, and the next word that opens with the same character.
   */
  char[] streamChars = new char[512];

  int[] streamBounds = new int[65];
  int[] streamStarts = new int[64];
  int[] streamLines = new int[64];
  int[] streamNext = new int[64];

  /** The characters of a run of text that {@link Words#spansByMask} reads, and their bytes. */
  char[] chars = new char[0];

  byte[] bytes = new byte[0];

  /** The bytes to be written by {@link #latin1}. */
  java.nio.ByteBuffer out = java.nio.ByteBuffer.wrap(bytes);

  /** The bytes eight to a long, the first the lowest. */
  long[] longs = new long[0];

  /** The bytes as longs: made once for the bytes, as a view costs objects. */
  java.nio.LongBuffer view = Latin1.longs(bytes).asLongBuffer();

  final java.nio.charset.CharsetEncoder latin1 =
      java.nio.charset.StandardCharsets.ISO_8859_1.newEncoder();

  /** The bytes of a text eight to a long, for {@link Chars.Latin1Scan}. */
  private long[] scan = new long[0];

  private Scratch() {}

  /** This thread's arrays. */
  static Scratch get() {
    return PER_THREAD.get();
  }

  /** This thread's arrays for the words of one line; see {@link Words#spans(String, int, int)}. */
  static Scratch line() {
    return PER_THREAD_LINE.get();
  }

  /** Makes the word arrays hold {@code n} words at least; their content is not kept. */
  void words(int n) {
    if (starts.length < n) {
      int c = Math.max(n, 2 * starts.length);
      starts = new int[c];
      ends = new int[c];
      hardBreaks = new boolean[c];
      ascii = new boolean[c];
    }
  }

  /** Makes the byte arrays hold {@code n} bytes at least, {@code n} a multiple of 8. */
  void bytes(int n) {
    if (bytes.length < n) {
      int c = Math.max(n, 2 * bytes.length);
      chars = new char[c];
      bytes = new byte[c];
      out = java.nio.ByteBuffer.wrap(bytes);
      longs = new long[c >> 3];
      view = Latin1.longs(bytes).asLongBuffer();
    }
  }

  /**
   * An array of {@code n} longs at least for {@link Chars.Latin1Scan}, its content not kept: this
   * set's, unless it would hold more than the most words' arrays kept.
   */
  long[] scan(int n) {
    if (scan.length >= n) {
      return scan;
    }
    long[] a = new long[Math.max(n, 2 * scan.length)];
    if (a.length <= MAX_KEPT) {
      scan = a;
    }
    return a;
  }

  /** Keeps the word stream's characters, grown, for the next stream, unless they are too many. */
  void streamChars(char[] chars) {
    if (chars.length <= 8 * MAX_KEPT) {
      streamChars = chars;
    }
  }

  /** Keeps the word stream's word arrays, grown, for the next stream, unless they are too long. */
  void streamWords(int[] bounds, int[] starts, int[] lines, int[] next) {
    if (starts.length <= MAX_KEPT) {
      streamBounds = bounds;
      streamStarts = starts;
      streamLines = lines;
      streamNext = next;
    }
  }

  /** Makes the normalized-word arrays hold {@code n} words at least; their content is not kept. */
  void norms(int n) {
    if (from.length < n) {
      int c = Math.max(n, 2 * from.length);
      from = new int[c];
      size = new int[c];
      initials = new char[c];
    }
  }

  /** Makes the search memo hold {@code n} pieces, all of them not looked for yet. */
  void memo(int n) {
    if (lastFrom.length < n) {
      lastFrom = new int[Math.max(n, 2 * lastFrom.length)];
      lastFound = new byte[lastFrom.length];
    } else {
      java.util.Arrays.fill(lastFrom, 0, n, 0);
    }
  }

  /** Lets go of arrays grown for a long opening, so that a thread does not hold them. */
  void trim() {
    if (starts.length > MAX_KEPT
        || from.length > MAX_KEPT
        || lastFrom.length > MAX_KEPT
        || bytes.length > 8 * MAX_KEPT) {
      (this == PER_THREAD.get() ? PER_THREAD : PER_THREAD_LINE).remove();
    }
  }
}
