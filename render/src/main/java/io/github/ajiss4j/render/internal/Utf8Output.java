package io.github.ajiss4j.render.internal;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The output of a text renderer to a stream, in UTF-8 as it is rendered: the text is gathered in
 * chunks of about 8K chars, each encoded by {@link String#getBytes} and written at once. A high
 * surrogate at the end of a chunk waits for the next, so the bytes are those of the whole text
 * encoded in one piece, a lone surrogate becoming {@code ?} as there.
 */
public final class Utf8Output implements Appendable {

  private static final int CHUNK = 1 << 13;

  private final OutputStream out;

  /** The text not yet written: this thread's builder ({@link Builders}), kept for the next. */
  private final StringBuilder chunk = Builders.take();

  private Utf8Output(OutputStream out) {
    this.out = out;
  }

  /**
   * Renders a commentary as text into a stream. The stream is flushed, not closed.
   *
   * @param renderer a text renderer
   * @param commentary the commentary
   * @param out where to write
   * @return the renderer's diagnostics
   * @throws IOException if writing fails
   */
  public static List<Diagnostic> render(Renderer renderer, Commentary commentary, OutputStream out)
      throws IOException {
    Objects.requireNonNull(commentary, "commentary");
    Objects.requireNonNull(out, "out");
    Utf8Output text = new Utf8Output(out);
    try {
      List<Diagnostic> diagnostics = renderer.render(commentary, text);
      text.write(text.chunk.length());
      out.flush();
      return diagnostics;
    } finally {
      Builders.give(text.chunk);
    }
  }

  @Override
  public Appendable append(CharSequence csq) throws IOException {
    chunk.append(csq);
    return written();
  }

  @Override
  public Appendable append(CharSequence csq, int start, int end) throws IOException {
    chunk.append(csq, start, end);
    return written();
  }

  @Override
  public Appendable append(char c) throws IOException {
    chunk.append(c);
    return written();
  }

  /** Appends characters of an array in one copy, as a {@link java.io.Writer} gives them. */
  Appendable append(char[] buf, int off, int len) throws IOException {
    chunk.append(buf, off, len);
    return written();
  }

  /** Writes a full chunk but a high surrogate at its end; returns this. */
  private Appendable written() throws IOException {
    int n = chunk.length();
    if (n >= CHUNK) {
      write(Character.isHighSurrogate(chunk.charAt(n - 1)) ? n - 1 : n);
    }
    return this;
  }

  /** Writes the first chars of the chunk and keeps the rest. */
  private void write(int chars) throws IOException {
    if (chars > 0) {
      out.write(chunk.substring(0, chars).getBytes(StandardCharsets.UTF_8));
      chunk.delete(0, chars);
    }
  }
}
