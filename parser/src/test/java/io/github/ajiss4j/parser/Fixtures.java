package io.github.ajiss4j.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from {@code src/test/resources/fixtures}. */
final class Fixtures {

  private Fixtures() {}

  /**
   * The seed's masthead as extraction that keeps the PDF's lines gives it: one item a line, in
   * groups parted by blank lines, ending in a blank line.
   */
  static final String MASTHEAD_ONE_A_LINE =
      String.join(
          "\n",
          "IIPS",
          "JIIA",
          "RIPS",
          "",
          "Institute for International Policy Studies",
          "The Japan Institute of International Affairs (Secretariat)",
          "Research Institute for Peace and Security",
          "",
          "Editor:",
          "Akio Watanabe",
          "Editorial Board:",
          "Masashi Nishihara",
          "Naoko Saiki",
          "Taizo Yakushiji",
          "Online Publisher:",
          "Yoshiji Nogami",
          "President, JIIA",
          "",
          "");

  /** Parses text that must parse, with every option at its default. */
  static ParseResult parse(String text) {
    try {
      return CommentaryParser.create().parse(text);
    } catch (CommentaryParseException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /**
   * The text with each of {@code found}, which it must hold, replaced by what {@code change} makes
   * of it.
   */
  static String replacingEach(
      String text, java.util.function.UnaryOperator<String> change, String... found) {
    String out = text;
    for (String f : found) {
      if (!out.contains(f)) {
        throw new AssertionError("the text holds no " + f);
      }
      out = out.replace(f, change.apply(f));
    }
    return out;
  }

  /**
   * The seed's text with its body hard-wrapped at blanks to {@code width} characters at most: each
   * line after the masthead's, the paragraph after the clipped copy's tab too, but not the copy.
   */
  static String hardWrapped(String seed, int width) {
    String[] lines = seed.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int start = i < 7 ? line.length() : line.lastIndexOf('\t') + 1;
      out.append(line, 0, start);
      while (line.length() - start > width) {
        int cut = line.lastIndexOf(' ', start + width);
        if (cut <= start) {
          break;
        }
        out.append(line, start, cut).append('\n');
        start = cut + 1;
      }
      out.append(line, start, line.length());
      if (i + 1 < lines.length) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  static String read(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
