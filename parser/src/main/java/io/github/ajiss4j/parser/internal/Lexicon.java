package io.github.ajiss4j.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The English words of SCOWL's large American and British lists, in lower case: by them the body
 * tells a word that a typesetter broke at a line end ({@code war-} / {@code fare}) from a compound
 * broken at its own hyphen ({@code dual-} / {@code use}). Read from {@code words.dat}, made and
 * described by {@code parser/src/build/MakeWords.java}: its bytes once per class loader, and each
 * bucket of words that share their first two letters inflated where a word of it is first looked
 * up, so that a text pays for the few buckets it asks of.
 */
final class Lexicon {

  private static final int BUCKETS = 26 * 27;

  private final ByteBuffer file;

  /**
   * Per bucket, the rest of its words after their first two letters, sorted; null until asked. Read
   * and written with no lock: a bucket's words are final in it, so that a thread that sees the
   * bucket sees them, and two threads that inflate one bucket at once make the same words.
   */
  private final Bucket[] buckets = new Bucket[BUCKETS];

  private static final class Bucket {
    final String[] rests;

    Bucket(String[] rests) {
      this.rests = rests;
    }
  }

  private Lexicon(ByteBuffer file) {
    this.file = file;
  }

  private static final class Holder {
    static final Lexicon WORDS = load();
  }

  /** Whether {@code first} followed by {@code second}, both in lower case, is an English word. */
  static boolean contains(String first, String second) {
    return Holder.WORDS.has(first.concat(second));
  }

  /** Whether {@code word}, in lower case, is an English word. */
  static boolean contains(String word) {
    return Holder.WORDS.has(word);
  }

  private boolean has(String word) {
    if (word.isEmpty()
        || !isLetter(word.charAt(0))
        || (word.length() > 1 && !isLetter(word.charAt(1)))) {
      return false;
    }
    int b = (word.charAt(0) - 'a') * 27 + (word.length() > 1 ? word.charAt(1) - 'a' + 1 : 0);
    Bucket bucket = buckets[b];
    if (bucket == null) {
      bucket = new Bucket(inflate(b));
      buckets[b] = bucket;
    }
    return Arrays.binarySearch(bucket.rests, word.substring(Math.min(2, word.length()))) >= 0;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private String[] inflate(int b) {
    int data = 4 + 4 * (BUCKETS + 1);
    int from = file.getInt(4 + 4 * b);
    int to = file.getInt(4 + 4 * (b + 1));
    // with no zlib header the inflater needs a byte more than the stream: Inflater's own note
    byte[] in = new byte[to - from + 1];
    file.get(data + from, in, 0, to - from);
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(in);
      byte[] out = new byte[Math.max(64, in.length * 4)];
      int n = 0;
      while (!inflater.finished()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("the word list words.dat is cut short");
        }
        n += got;
      }
      return lines(out, n);
    } catch (DataFormatException e) {
      throw new IllegalStateException("the word list words.dat is damaged", e);
    } finally {
      inflater.end();
    }
  }

  /** The words of a bucket's {@code n} bytes, their front coding undone. */
  private static String[] lines(byte[] bytes, int n) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      count += bytes[i] == '\n' ? 1 : 0;
    }
    String[] rests = new String[count];
    byte[] word = new byte[64];
    int i = 0;
    for (int w = 0; w < count; w++) {
      int k = bytes[i++] - '0';
      while (bytes[i] != '\n') {
        if (k == word.length) {
          word = Arrays.copyOf(word, k * 2);
        }
        word[k++] = bytes[i++];
      }
      i++;
      rests[w] = new String(word, 0, k, StandardCharsets.US_ASCII);
    }
    return rests;
  }

  private static final String RESOURCE = "io/github/ajiss4j/parser/internal/words.dat";

  private static Lexicon load() {
    try {
      byte[] bytes = fromCodeSource();
      if (bytes == null) {
        try (InputStream in = Lexicon.class.getResourceAsStream("words.dat")) {
          if (in == null) {
            throw new IllegalStateException(
                "the word list words.dat is missing from the parser's jar");
          }
          bytes = in.readAllBytes();
        }
      }
      ByteBuffer file = ByteBuffer.wrap(bytes);
      if (file.getInt(0) != BUCKETS) {
        throw new IllegalStateException("the word list words.dat is not of this parser's making");
      }
      return new Lexicon(file);
    } catch (IOException e) {
      throw new UncheckedIOException("the word list words.dat cannot be read", e);
    }
  }

  /**
   * The word list read straight from the jar or the directory that this class came from, or null
   * where that is no file: a class loader's resource lookup first searches every module of the
   * runtime image for it, which costs a short run more than the reading (about 15 ms).
   */
  private static byte[] fromCodeSource() {
    try {
      CodeSource source = Lexicon.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        Path file = path.resolve(RESOURCE);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      }
      try (ZipFile jar = new ZipFile(path.toFile())) {
        ZipEntry entry = jar.getEntry(RESOURCE);
        if (entry == null) {
          return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null; // the class loader's lookup, then
    }
  }
}
