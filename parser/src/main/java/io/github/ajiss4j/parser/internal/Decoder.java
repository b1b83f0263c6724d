package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.DiagnosticCode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, strictly, with byte offsets: UTF-8, or UTF-16 with its byte-order mark or with the
 * zero bytes that Latin-script text has in UTF-16; or, where the bytes are not UTF-8 and hold no
 * sequence of UTF-8 at all, windows-1252, as older extraction tools write text.
 */
public final class Decoder {

  private Decoder() {}

  /**
   * Text decoded from bytes, and where the bytes showed that they are not UTF-8.
   *
   * @param text the text
   * @param legacyAt where the first byte that is not UTF-8 stands, when the text was read as
   *     windows-1252; else -1
   * @param legacyByte that byte
   */
  public record Decoded(String text, int legacyAt, int legacyByte) {}

  /** The name of the encoding of single-byte text that is not UTF-8. */
  public static final String LEGACY = "windows-1252";

  /**
   * Decodes bytes.
   *
   * @param bytes the input
   * @return the text, with a UTF-8 byte-order mark removed
   * @throws ParseFailure for binary data or malformed UTF-8
   */
  public static String decode(byte[] bytes) {
    return read(bytes).text();
  }

  /**
   * Decodes bytes, and tells whether they were read as windows-1252.
   *
   * @param bytes the input
   * @return the text, with a UTF-8 byte-order mark removed, and how it was read
   * @throws ParseFailure for binary data or malformed UTF-8
   */
  public static Decoded read(byte[] bytes) {
    int start = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
    } else {
      if (bytes.length >= 3
          && (bytes[0] & 0xFF) == 0xEF
          && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF) {
        start = 3;
      }
      int nul = indexOfNul(bytes, start);
      if (nul >= 0) {
        charset = utf16WithoutMark(bytes);
        if (charset == null) {
          throw binary(bytes, nul);
        }
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      if (charset == StandardCharsets.UTF_8 && looksBinary(bytes, start)) {
        throw binary(bytes, at);
      }
      if (charset == StandardCharsets.UTF_8 && !hasUtf8Sequence(bytes, start)) {
        // not one character of the text is in UTF-8 beyond ASCII: single-byte text
        return new Decoded(Legacy.decode(bytes, start), at - start, bytes[at] & 0xFF);
      }
      int[] lc = lineColumn(bytes, at);
      throw new ParseFailure(
          DiagnosticCode.MALFORMED_UTF8,
          lc[0],
          lc[1],
          at,
          String.format(
              "expected %s text, but byte offset %d holds 0x%02X, which is not valid %s",
              charset.name(), at, bytes[at] & 0xFF, charset.name()));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (charset != StandardCharsets.UTF_8) {
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        throw new ParseFailure(
            DiagnosticCode.BINARY_INPUT, 1, 1, nul, "expected text, but found binary data");
      }
    }
    return new Decoded(text, -1, -1);
  }

  /**
   * Windows-1252, or Latin-1 where the bytes hold one of the five that windows-1252 leaves
   * undefined, which then stand for the control characters that cleaning drops and reports. A class
   * of its own, so that the charset is looked up only for such text, not at start-up.
   */
  private static final class Legacy {
    private static final Charset CHARSET = Charset.forName(LEGACY);

    static String decode(byte[] bytes, int start) {
      try {
        return CHARSET
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
      }
    }
  }

  /** Whether the bytes hold one well-formed UTF-8 sequence of two bytes or more. */
  private static boolean hasUtf8Sequence(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      int more =
          b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      if (more == 0 || i + more >= bytes.length) {
        continue;
      }
      int k = 1;
      while (k <= more && (bytes[i + k] & 0xC0) == 0x80) {
        k++;
      }
      if (k > more) {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-16 without a byte-order mark, as some Windows tools write it: text in the Latin script has
   * a zero in every other byte. Returns the byte order, or null when the bytes do not look so.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int end = Math.min(bytes.length, 4096) & ~1;
    if (end < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < end; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = end / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static int indexOfNul(byte[] bytes, int from) {
    int end = Math.min(bytes.length, from + 65536);
    for (int i = from; i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean looksBinary(byte[] bytes, int from) {
    int end = Math.min(bytes.length, from + 512);
    int control = 0;
    for (int i = from; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 20 > end - from;
  }

  private static ParseFailure binary(byte[] bytes, int at) {
    // a file whose signature names its kind is that kind from its first byte
    String kind = kindOf(bytes);
    int where = kind == null ? at : 0;
    int[] lc = lineColumn(bytes, where);
    return new ParseFailure(
        DiagnosticCode.BINARY_INPUT,
        lc[0],
        lc[1],
        where,
        kind == null
            ? "expected AJISS-Commentary text, but found binary data (byte offset " + at + ")"
            : "expected AJISS-Commentary text, but found " + kind);
  }

  /**
   * The kind of file that its first bytes name, as a user may give one by mistake, and what to do
   * with it; or null.
   */
  private static String kindOf(byte[] bytes) {
    if (startsWith(bytes, "%PDF-")) {
      return "a PDF file: extract its text first (pdftotext, for one)";
    }
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x89 && startsWith(bytes, 1, "PNG")) {
      return "a PNG image";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return "a JPEG image";
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return "a zip archive (a Word document or an EPUB is one): save or extract its text first";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    return startsWith(bytes, 0, ascii);
  }

  private static boolean startsWith(byte[] bytes, int from, String ascii) {
    if (bytes.length < from + ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[from + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int[] lineColumn(byte[] bytes, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }
}
