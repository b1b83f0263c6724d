package io.github.ajiss4j.parser;

import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.parser.internal.Decoder;
import io.github.ajiss4j.parser.internal.Engine;
import io.github.ajiss4j.parser.internal.ParseFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads AJISS-format plain text, as PDF extraction leaves it, into a commentary.
 *
 * <pre>{@code
 * CommentaryParser parser = CommentaryParser.builder().strict(false).build();
 * ParseResult result = parser.parse(Path.of("000_093.txt"));
 * System.out.println(result.commentary().title()); // The Prospects of Japan-NATO Cooperation
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: configure it once and share it. Each {@code parse} call
 * keeps its working state to itself, and its diagnostics belong to its result. Bytes are read as
 * UTF-8 (UTF-16 too when a UTF-16 byte-order mark says so); a byte-order mark is dropped, and CRLF,
 * CR and LF line ends are all accepted. The only exception a parse throws for bad input is {@link
 * CommentaryParseException}; I/O failures of the source are {@link IOException}s.
 */
public final class CommentaryParser {

  /**
   * The default limit on input size: 16 MiB, counted in characters for text and a reader, and in
   * bytes for bytes, a stream and a file.
   */
  public static final int DEFAULT_MAX_INPUT_CHARS = 16 * 1024 * 1024;

  /** The default limit on the length of one line, in characters: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

  /** The default limit on the number of diagnostics of one parse: 10,000. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 10_000;

  private final Engine.Settings settings;

  private CommentaryParser(Builder b) {
    this.settings =
        new Engine.Settings(
            b.defaultLanguage,
            b.maxInputChars,
            b.maxLineLength,
            b.maxDiagnostics,
            b.strict,
            b.institutes.institutes());
  }

  /**
   * Returns a builder with every option at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a parser with every option at its default.
   *
   * @return the parser
   */
  public static CommentaryParser create() {
    return builder().build();
  }

  /**
   * Parses text.
   *
   * @param text the text; a leading byte-order mark is dropped
   * @return the commentary and its diagnostics
   * @throws CommentaryParseException if the text is not a commentary or breaks a limit
   */
  public ParseResult parse(CharSequence text) throws CommentaryParseException {
    Objects.requireNonNull(text, "text");
    if (text.length() > settings.maxInputChars()) {
      throw tooLarge(text.length(), "characters");
    }
    return run(text.toString(), null);
  }

  /**
   * Parses text from a reader, which is read to its end but not closed.
   *
   * @param reader the reader
   * @return the commentary and its diagnostics
   * @throws CommentaryParseException if the text is not a commentary or breaks a limit
   * @throws IOException if reading fails
   */
  public ParseResult parse(Reader reader) throws CommentaryParseException, IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = reader.read(buf)) >= 0) {
      sb.append(buf, 0, n);
      if (sb.length() > settings.maxInputChars()) {
        throw tooLarge(sb.length(), "characters");
      }
    }
    return run(sb.toString(), null);
  }

  /**
   * Parses bytes from a stream, which is read to its end but not closed.
   *
   * @param in the stream of UTF-8 bytes
   * @return the commentary and its diagnostics
   * @throws CommentaryParseException if the bytes are not UTF-8, not a commentary, or break a limit
   * @throws IOException if reading fails
   */
  public ParseResult parse(InputStream in) throws CommentaryParseException, IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes(settings.maxInputChars() + 1);
    if (bytes.length > settings.maxInputChars()) {
      throw tooLarge(bytes.length, "bytes");
    }
    return parse(bytes);
  }

  /**
   * Parses a file of UTF-8 bytes.
   *
   * @param file the file
   * @return the commentary and its diagnostics
   * @throws CommentaryParseException if the bytes are not UTF-8, not a commentary, or break a limit
   * @throws IOException if reading fails
   */
  public ParseResult parse(Path file) throws CommentaryParseException, IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > settings.maxInputChars()) {
      throw tooLarge(size, "bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  /**
   * Parses UTF-8 bytes.
   *
   * @param bytes the bytes
   * @return the commentary and its diagnostics
   * @throws CommentaryParseException if the bytes are not UTF-8, not a commentary, or break a limit
   */
  public ParseResult parse(byte[] bytes) throws CommentaryParseException {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > settings.maxInputChars()) {
      throw tooLarge(bytes.length, "bytes");
    }
    try {
      Decoder.Decoded decoded = Decoder.read(bytes);
      return run(decoded.text(), decoded);
    } catch (ParseFailure f) {
      throw f.exception();
    }
  }

  private ParseResult run(String text, Decoder.Decoded decoded) throws CommentaryParseException {
    try {
      Engine.Outcome outcome = new Engine(settings, text, decoded).run();
      return new ParseResult(outcome.commentary(), outcome.diagnostics(), outcome.fieldSpans());
    } catch (ParseFailure f) {
      throw f.exception();
    }
  }

  /** The refusal of an input over the limit, in the unit counted: characters, or bytes. */
  private CommentaryParseException tooLarge(long size, String unit) {
    return new CommentaryParseException(
        DiagnosticCode.INPUT_TOO_LARGE,
        1,
        1,
        0,
        "expected at most "
            + settings.maxInputChars()
            + " "
            + unit
            + " of input, but the input has "
            + size);
  }

  /** Configures a {@link CommentaryParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private String defaultLanguage = "en";
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
    private boolean strict;
    private InstituteRegistry institutes = InstituteRegistry.ajiss();

    private Builder() {}

    /**
     * The language given to every commentary, as a BCP 47 tag. Default {@code en}.
     *
     * @param tag a well-formed BCP 47 tag
     * @return this builder
     * @throws IllegalArgumentException if the tag is not well-formed
     */
    public Builder defaultLanguage(String tag) {
      try {
        new Locale.Builder().setLanguageTag(Objects.requireNonNull(tag, "tag"));
      } catch (IllformedLocaleException e) {
        throw new IllegalArgumentException("not a well-formed BCP 47 tag: " + tag, e);
      }
      this.defaultLanguage = tag;
      return this;
    }

    /**
     * The largest input accepted: in characters for text and a reader, in bytes for bytes, a stream
     * and a file, whatever their encoding (a UTF-16 file, two bytes a character, thus holds half as
     * many characters). Default {@link #DEFAULT_MAX_INPUT_CHARS}; at least 1.
     *
     * @param max the limit
     * @return this builder
     */
    public Builder maxInputChars(int max) {
      this.maxInputChars = positive(max, "maxInputChars");
      return this;
    }

    /**
     * The longest line accepted, in characters. Default {@link #DEFAULT_MAX_LINE_LENGTH}; at least
     * 1.
     *
     * @param max the limit
     * @return this builder
     */
    public Builder maxLineLength(int max) {
      this.maxLineLength = positive(max, "maxLineLength");
      return this;
    }

    /**
     * The most diagnostics one parse may report before it gives up. Default {@link
     * #DEFAULT_MAX_DIAGNOSTICS}; at least 1.
     *
     * @param max the limit
     * @return this builder
     */
    public Builder maxDiagnostics(int max) {
      this.maxDiagnostics = positive(max, "maxDiagnostics");
      return this;
    }

    /**
     * Whether a repair by judgement (a diagnostic of severity {@code WARNING}) fails the parse with
     * {@link io.github.ajiss4j.model.DiagnosticCode#STRICT_VIOLATION}. Default {@code false}: such
     * repairs are made and reported.
     *
     * @param strict true for strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The known member institutes that misread masthead entries are corrected against. Default
     * {@link InstituteRegistry#ajiss()}.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder institutes(InstituteRegistry registry) {
      this.institutes = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public CommentaryParser build() {
      return new CommentaryParser(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
