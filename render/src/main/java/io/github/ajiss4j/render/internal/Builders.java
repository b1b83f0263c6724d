package io.github.ajiss4j.render.internal;

/**
 * A builder per thread for rendering to a string, used again by the next render on that thread: a
 * render then writes into memory it has just written, instead of into a new buffer the size of its
 * output that must be cleared first. A render that renders another inside it gets a builder of its
 * own.
 */
public final class Builders {

  /** The largest builder kept, in chars: the buffer of a large input is let go. */
  private static final int MAX_KEPT = 1 << 18;

  /** A subclass, not a lambda: a lambda would link the lambda machinery at start-up. */
  private static final ThreadLocal<StringBuilder[]> FREE =
      new ThreadLocal<>() {
        @Override
        protected StringBuilder[] initialValue() {
          return new StringBuilder[1];
        }
      };

  private Builders() {}

  /**
   * Takes this thread's builder, empty, or a new one when it is taken.
   *
   * @return the builder
   */
  public static StringBuilder take() {
    StringBuilder[] slot = FREE.get();
    StringBuilder sb = slot[0];
    if (sb == null) {
      return new StringBuilder(1024);
    }
    slot[0] = null;
    return sb;
  }

  /**
   * Keeps a builder from {@link #take}, its text no longer needed, for the next render.
   *
   * @param sb the builder
   */
  public static void give(StringBuilder sb) {
    if (sb.capacity() <= MAX_KEPT) {
      sb.setLength(0);
      FREE.get()[0] = sb;
    }
  }

  /**
   * Returns the text of a builder from {@link #take}, and keeps the builder for the next render.
   *
   * @param sb the builder
   * @return its text
   */
  public static String release(StringBuilder sb) {
    String text = sb.toString();
    give(sb);
    return text;
  }
}
