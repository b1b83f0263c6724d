package io.github.ajiss4j.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The English words of SCOWL's large American and British lists, in lower case: by them the body
 * tells a word that a typesetter broke at a line end ({@code war-} / {@code fare}) from a compound
 * broken at its own hyphen ({@code dual-} / {@code use}). Read from {@code words.gz} (made by
 * {@code parser/src/build/words.sh}) on first use, once per class loader, and held as 64-bit hashes
 * in an open-addressed table: about 2 MB, and no string per word.
 */
final class Lexicon {

  private static final long EMPTY = 0L;

  /** The table, the hashes of the words in it; a slot holding {@link #EMPTY} is free. */
  private final long[] table;

  private Lexicon(long[] table) {
    this.table = table;
  }

  private static final class Holder {
    static final Lexicon WORDS = load();
  }

  /** Whether {@code first} followed by {@code second}, both in lower case, is an English word. */
  static boolean contains(String first, String second) {
    return Holder.WORDS.has(first, second);
  }

  /** Whether {@code word}, in lower case, is an English word. */
  static boolean contains(String word) {
    return Holder.WORDS.has(word, "");
  }

  private boolean has(String first, String second) {
    long h = SEED;
    for (int i = 0; i < first.length(); i++) {
      h = step(h, first.charAt(i));
    }
    for (int i = 0; i < second.length(); i++) {
      h = step(h, second.charAt(i));
    }
    h = finish(h);
    int mask = table.length - 1;
    for (int slot = slot(h, mask); ; slot = (slot + 1) & mask) {
      long t = table[slot];
      if (t == h) {
        return true;
      }
      if (t == EMPTY) {
        return false;
      }
    }
  }

  private static final long SEED = 0xcbf29ce484222325L;

  private static long step(long h, char c) {
    return (h ^ c) * 0x100000001b3L; // FNV-1a, a character at a time
  }

  /** The hash of a word, never {@link #EMPTY}, its bits mixed so that its low bits pick a slot. */
  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }

  private static int slot(long h, int mask) {
    return (int) h & mask;
  }

  private static Lexicon load() {
    byte[] data;
    try (InputStream in = Lexicon.class.getResourceAsStream("words.gz")) {
      if (in == null) {
        throw new IllegalStateException("the word list words.gz is missing from the parser's jar");
      }
      data = new GZIPInputStream(in, 1 << 16).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the word list words.gz cannot be read", e);
    }
    int lines = 0;
    for (byte b : data) {
      lines += b == '\n' ? 1 : 0;
    }
    int size = Integer.highestOneBit(Math.max(lines, 1) * 2) * 2; // half full at most
    long[] table = new long[size];
    int mask = size - 1;
    long[] prefix =
        new long[10]; // the hash of the word's first k letters, as the last word had them
    prefix[0] = SEED;
    int i = 0;
    while (i < data.length) {
      int k = data[i++] - '0';
      long h = prefix[k];
      while (i < data.length && data[i] != '\n') {
        h = step(h, (char) data[i++]);
        if (++k < prefix.length) {
          prefix[k] = h;
        }
      }
      i++;
      long f = finish(h);
      int slot = slot(f, mask);
      while (table[slot] != EMPTY && table[slot] != f) {
        slot = (slot + 1) & mask;
      }
      table[slot] = f;
    }
    return new Lexicon(table);
  }
}
