package io.github.ajiss4j.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the entries of a zip held in memory, such as a rendered EPUB. */
public final class ZipEntries {

  /**
   * One entry of a zip.
   *
   * @param name the entry's name
   * @param bytes its content, uncompressed
   */
  public record Entry(String name, byte[] bytes) {}

  private ZipEntries() {}

  /**
   * Every entry, in the order of the zip.
   *
   * @param zip the bytes of the zip
   * @return the entries
   * @throws IOException if the bytes are not a zip
   */
  public static List<Entry> all(byte[] zip) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(new Entry(e.getName(), in.readAllBytes()));
      }
    }
    return entries;
  }

  /**
   * The text of the first entry of a name, read as UTF-8.
   *
   * @param zip the bytes of the zip
   * @param name the entry's name
   * @return its text
   * @throws IOException if the bytes are not a zip
   * @throws AssertionError if no entry has the name
   */
  public static String text(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
