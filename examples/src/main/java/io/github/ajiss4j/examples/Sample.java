package io.github.ajiss4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled sample commentary, AJISS-Commentary No.93. */
public final class Sample {

  /** The class path resource of the sample. */
  public static final String RESOURCE = "/io/github/ajiss4j/examples/ajiss-commentary-93.txt";

  private Sample() {}

  /**
   * The sample's bytes.
   *
   * @return the UTF-8 bytes of the sample
   */
  public static byte[] bytes() {
    try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
