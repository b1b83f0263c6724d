package io.github.ajiss4j.render.json.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link Writer} over an {@link Appendable} other than a {@link StringBuilder}, which takes the
 * JSON as a string.
 */
final class AppendableWriter extends Writer {

  private final Appendable out;

  AppendableWriter(Appendable out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    out.append((char) c);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    out.append(java.nio.CharBuffer.wrap(cbuf, off, len));
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    out.append(str, off, off + len);
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    out.append(csq);
    return this;
  }

  @Override
  public void flush() {
    // an Appendable has nothing to flush
  }

  @Override
  public void close() {
    // the caller owns the Appendable
  }
}
