package io.github.ajiss4j.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.epubcheck.api.EpubCheck;
import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.EpubCheckReport;
import io.github.ajiss4j.render.Renderers;
import io.github.ajiss4j.render.ZipEntries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB renderer: whole books pass EPUBCheck with no fatal error, error or warning; the bytes
 * are reproducible; the container is well formed. One class, since EPUBCheck starts slowly.
 */
class EpubRendererTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final String EVIL = "<script>&amp;\"' ]]> \u0000 \uFFFE </p>";

  @TempDir Path dir;

  static Commentary seed() throws Exception {
    return parse(FIXTURES.resolve("seed-093.txt"));
  }

  static Commentary parse(Path file) throws Exception {
    return CommentaryParser.create()
        .parse(Files.readString(file, StandardCharsets.UTF_8))
        .commentary();
  }

  static List<Commentary> fixtures() throws Exception {
    List<Commentary> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        all.add(parse(file));
      }
    }
    return all;
  }

  static Commentary hostile() {
    return Commentary.builder()
        .series(Series.of("AJISS " + EVIL, "Publisher " + EVIL))
        .number(7)
        .date(LocalDate.of(2020, 1, 31))
        .title("Title " + EVIL)
        .addAuthor(Author.of("Author " + EVIL).withBiography("Biography " + EVIL))
        .addAuthor(Author.of("Second " + EVIL))
        .addBody(
            Paragraph.of(Text.of("Text " + EVIL), Emphasis.of("Emphasis " + EVIL)),
            Heading.of(Text.of("Heading " + EVIL)),
            BulletList.of(ListItem.of(Text.of("Item " + EVIL))),
            BlockQuote.of(Text.of("Quote " + EVIL)))
        .build();
  }

  static byte[] epub(Commentary c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EpubRenderer().render(c, out);
    return out.toByteArray();
  }

  static byte[] collection(EpubRenderer renderer, List<Commentary> all) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.renderCollection(all, out);
    return out.toByteArray();
  }

  @Test
  void booksPassEpubCheck() throws Exception {
    List<Commentary> fixtures = fixtures();
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(3);
    List<Commentary> mixed = new ArrayList<>(fixtures);
    mixed.add(hostile());
    EpubRenderer bare = EpubRenderer.builder().titlePage(false).collectionTitle(EVIL).build();
    record Book(String name, byte[] bytes) {}
    List<Book> books =
        List.of(
            new Book("seed", epub(seed())),
            new Book("hostile", epub(hostile())),
            new Book("collection", collection(new EpubRenderer(), fixtures)),
            new Book("collection with hostile, no title page", collection(bare, mixed)),
            new Book(
                "seed, no title page",
                collection(bare, List.of(seed())) /* a collection of one */));
    for (Book book : books) {
      assertThat(epubcheck(book.bytes())).as("EPUBCheck on %s", book.name()).isEmpty();
    }
    // a checker that passes everything would make this test worthless
    byte[] broken = replaceEntry(epub(seed()), "EPUB/nav.xhtml", "<html/>");
    assertThat(epubcheck(broken)).isNotEmpty();
  }

  @Test
  void twoRunsGiveTheSameBytes() throws Exception {
    assertThat(sha256(epub(seed()))).isEqualTo(sha256(epub(seed())));
    assertThat(sha256(collection(new EpubRenderer(), fixtures())))
        .isEqualTo(sha256(collection(new EpubRenderer(), fixtures())));
    List<Commentary> reversed = new ArrayList<>(fixtures());
    java.util.Collections.reverse(reversed);
    assertThat(sha256(collection(new EpubRenderer(), reversed)))
        .as("ordered by number, whatever the input order")
        .isEqualTo(sha256(collection(new EpubRenderer(), fixtures())));
  }

  @Test
  void mimetypeIsTheFirstEntryAndStored() throws Exception {
    byte[] bytes = epub(seed());
    // the OCF rule readers rely on: "mimetype" at offset 30, uncompressed
    assertThat(new String(bytes, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    assertThat(new String(bytes, 38, 20, StandardCharsets.US_ASCII))
        .isEqualTo("application/epub+zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(first.getExtra()).isNull();
      names.add(first.getName());
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names)
        .containsExactly(
            "mimetype",
            "META-INF/container.xml",
            "EPUB/package.opf",
            "EPUB/nav.xhtml",
            "EPUB/ajiss.css",
            "EPUB/title.xhtml",
            "EPUB/ajiss-commentary-93.xhtml");
  }

  /**
   * A date outside the years a zip entry's DOS time holds, or on its first day, gives the entries a
   * time that it does hold: an extended time would give the mimetype entry an extra field, which
   * EPUBCheck refuses (PKG-005).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"1979-12-31", "1980-01-01", "1907-06-08", "2108-01-01", "2107-12-31"})
  void aDateOutsideTheZipTimesGivesNoExtraField(String date) throws Exception {
    Commentary seed = seed();
    byte[] bytes =
        epub(
            Commentary.builder()
                .series(seed.series())
                .number(seed.number())
                .date(java.time.LocalDate.parse(date))
                .language(seed.language())
                .title(seed.title())
                .addAllAuthors(seed.authors())
                .masthead(seed.masthead())
                .addAllBody(seed.body())
                .build());
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getExtra()).as("the extra field of %s", e.getName()).isNull();
      }
    }
    assertThat(epubcheck(bytes)).isEmpty();
  }

  @Test
  void packageDocumentHoldsTheMetadata() throws Exception {
    String opf = ZipEntries.text(epub(seed()), "EPUB/package.opf");
    assertThat(opf)
        .contains("version=\"3.0\"")
        .contains(
            "urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(
                    "ajiss4j:AJISS-Commentary:93".getBytes(StandardCharsets.UTF_8)))
        .contains("<dc:creator id=\"creator-1\">Yoshikazu Hirose</dc:creator>")
        .contains("<dc:date>2010-06-08</dc:date>")
        .contains("group-position")
        .contains("properties=\"nav\"")
        .contains("schema:accessibilitySummary");
    if (System.getenv("SOURCE_DATE_EPOCH") == null) {
      assertThat(opf).contains(">2010-06-08T00:00:00Z</meta>");
    }
    String hostile = ZipEntries.text(epub(hostile()), "EPUB/package.opf");
    assertThat(hostile).contains("Title &lt;script&gt;&amp;amp;").doesNotContain("<script>");
    String nav = ZipEntries.text(collection(new EpubRenderer(), fixtures()), "EPUB/nav.xhtml");
    assertThat(nav.split("epub:type=\"toc\"", -1)).hasSize(3); // the nav and the landmark link
    assertThat(nav).contains("epub:type=\"landmarks\"").contains("epub:type=\"bodymatter\"");
  }

  @Test
  void isAServiceAndRefusesText() {
    assertThat(Renderers.load().get("epub")).isInstanceOf(EpubRenderer.class);
    EpubRenderer epub = new EpubRenderer();
    assertThat(epub.isBinary()).isTrue();
    assertThat(epub.mediaType()).isEqualTo("application/epub+zip");
    assertThat(epub.fileExtension()).isEqualTo("epub");
    assertThat(epub.options()).isEqualTo(EpubOptions.defaults());
    assertThatThrownBy(() -> epub.render(hostile(), new StringBuilder()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> epub.renderCollection(List.of(), new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpubRenderer.builder().collectionTitle(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sourceDateEpochSetsTheModificationTimeWhenUsable() {
    LocalDate latest = LocalDate.of(2010, 6, 8);
    Instant midnight = Instant.parse("2010-06-08T00:00:00Z");
    assertThat(EpubRenderer.modified(latest, null)).isEqualTo(midnight);
    assertThat(EpubRenderer.modified(latest, "1700000000"))
        .isEqualTo(Instant.parse("2023-11-14T22:13:20Z"));
    assertThat(EpubRenderer.modified(latest, " 0 ")).isEqualTo(Instant.EPOCH);
    assertThat(EpubRenderer.modified(latest, "253402300799"))
        .isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    for (String unusable :
        List.of("", "  ", "soon", "1.5e9", "-1", "253402300800", "9".repeat(30))) {
      assertThat(EpubRenderer.modified(latest, unusable)).as(unusable).isEqualTo(midnight);
    }
  }

  @Test
  void pandocReadsEveryParagraph() throws Exception {
    Assumptions.assumeTrue(
        onPath("pandoc") || System.getenv("AJISS4J_REQUIRE_PANDOC") != null,
        "pandoc not installed; .ci/run installs it and sets AJISS4J_REQUIRE_PANDOC");
    List<Commentary> all = fixtures();
    Path book = Files.write(dir.resolve("book.epub"), collection(new EpubRenderer(), all));
    Process p =
        new ProcessBuilder("pandoc", "-f", "epub", "-t", "plain", book.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    String text = words(out);
    for (Commentary c : all) {
      for (Block block : c.body()) {
        if (block instanceof Paragraph) {
          assertThat(text).contains(words(block.plainText()));
        }
      }
    }
  }

  private static String words(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().toLowerCase(Locale.ROOT);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Copies an EPUB, replacing one entry's text (the mimetype stays first and stored). */
  private static byte[] replaceEntry(byte[] epub, String name, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data =
            e.getName().equals(name) ? text.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        if (e.getMethod() == ZipEntry.STORED) {
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(data.length);
          copy.setCompressedSize(data.length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(data);
          copy.setCrc(crc.getValue());
        }
        zip.putNextEntry(copy);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private List<String> epubcheck(byte[] epub) throws IOException {
    File file = Files.write(Files.createTempFile(dir, "book", ".epub"), epub).toFile();
    EpubCheckReport report = new EpubCheckReport();
    new EpubCheck(file, report).doValidate();
    return report.messages();
  }
}
