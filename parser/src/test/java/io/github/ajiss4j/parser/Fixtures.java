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
