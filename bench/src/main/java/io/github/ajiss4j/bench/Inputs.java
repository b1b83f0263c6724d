package io.github.ajiss4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts the benchmarks read: the seed commentary, a hard-wrapped extraction of it, and
 * synthetic commentaries of any size built deterministically from the seed.
 */
public final class Inputs {

  /** The seed, AJISS-Commentary No. 93, as a PDF extraction with a tab-separated masthead. */
  public static final String SEED = "seed";

  /** The same commentary extracted with hard-wrapped lines and clipped column copies. */
  public static final String HARD_WRAPPED = "hard-wrapped";

  /** A synthetic commentary of {@value #LARGE_BODY_CHARS} characters of body. */
  public static final String LARGE = "large";

  /** The body size of {@link #LARGE}. */
  public static final int LARGE_BODY_CHARS = 1_000_000;

  /** The number of lines of the seed before its body paragraphs (the header and masthead). */
  private static final int SEED_HEADER_LINES = 7;

  private Inputs() {}

  /**
   * One of the named inputs.
   *
   * @param name {@link #SEED}, {@link #HARD_WRAPPED} or {@link #LARGE}
   * @return the text
   * @throws IllegalArgumentException for another name
   */
  public static String named(String name) {
    switch (name) {
      case SEED:
        return resource("seed-093.txt");
      case HARD_WRAPPED:
        return resource("pdftotext-clipped-lines.txt");
      case LARGE:
        return synthetic(LARGE_BODY_CHARS);
      default:
        throw new IllegalArgumentException("unknown input " + name);
    }
  }

  /**
   * A commentary with the seed's header, then at least {@code bodyChars} characters of body
   * paragraphs, then the seed's closing author note. The body repeats the seed's paragraphs; each
   * round rotates every paragraph's sentences by one more, so that no two rounds are the same text.
   *
   * @param bodyChars the least number of characters of body
   * @return the text, the same for the same argument
   */
  public static String synthetic(int bodyChars) {
    String seed = resource("seed-093.txt").replace("\r\n", "\n");
    int headerEnd = 0;
    for (int i = 0; i < SEED_HEADER_LINES; i++) {
      headerEnd = seed.indexOf('\n', headerEnd) + 1;
    }
    String header = seed.substring(0, headerEnd);
    List<String> paragraphs = new ArrayList<>();
    for (String p : seed.substring(headerEnd).split("\n\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    String authorNote = paragraphs.remove(paragraphs.size() - 1);

    StringBuilder body = new StringBuilder(bodyChars + 8192);
    for (int round = 0; body.length() < bodyChars; round++) {
      for (String paragraph : paragraphs) {
        body.append(rotateSentences(paragraph, round)).append("\n\n");
      }
    }
    return header + "\n" + body + authorNote + "\n";
  }

  private static String rotateSentences(String paragraph, int by) {
    String[] sentences = paragraph.split("(?<=[.!?\"]) (?=[A-Z\"])");
    if (sentences.length < 2) {
      return paragraph;
    }
    int shift = by % sentences.length;
    StringBuilder sb = new StringBuilder(paragraph.length());
    for (int i = 0; i < sentences.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(sentences[(i + shift) % sentences.length]);
    }
    return sb.toString();
  }

  /**
   * The size of a text in UTF-8 bytes, the unit of every throughput and allocation figure.
   *
   * @param text the text
   * @return its length in bytes
   */
  public static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String resource(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
