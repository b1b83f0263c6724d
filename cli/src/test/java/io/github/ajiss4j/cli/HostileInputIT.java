package io.github.ajiss4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ajiss4j.render.json.CommentaryJsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs and a hostile file system, each met by the real jar as a process: every case is a
 * batch {@code convert --to html,json -o OUT good1.txt HOSTILE good2.txt}, and its outcome is
 * either a valid result or one line on standard error naming the file and what was expected, with
 * exit code 1 (2 for a usage error), no stack trace, no temporary file left behind, and both good
 * files converted.
 */
class HostileInputIT {

  private static Path jar;
  private static byte[] sample;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() throws IOException {
    jar = JarRun.jar();
    sample = JarRun.sample();
  }

  @BeforeEach
  void goodFiles() throws IOException {
    write("good1.txt", sample);
    write("good2.txt", sample);
  }

  // ---------------------------------------------------------------- running the jar

  private JarRun run(List<String> jvm, Path stdin, String... args)
      throws IOException, InterruptedException {
    // a small heap for every run: a tool that read a large input whole would fail here
    List<String> flags = new ArrayList<>(List.of("-Xmx64m"));
    flags.addAll(jvm);
    return JarRun.of(jar, dir, flags, stdin, args);
  }

  /** {@code convert --to html,json -o OUT good1.txt HOSTILE good2.txt}. */
  private JarRun batch(String hostile) throws Exception {
    return run(
        List.of(),
        null,
        "convert",
        "--to",
        "html,json",
        "-o",
        "OUT",
        "good1.txt",
        hostile,
        "good2.txt");
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- the outcomes

  /** One line naming the hostile file, the summary, exit 1, the good files converted. */
  private void assertFailedAlone(JarRun run, String stem, String lineRegex) throws IOException {
    assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(1);
    List<String> lines = run.errLines();
    assertThat(lines).as("stderr").hasSize(2);
    assertThat(lines.get(0)).matches(lineRegex);
    assertThat(lines.get(1)).startsWith("ajiss: converted 2, failed 1,");
    assertThat(run.out()).isEmpty();
    assertGoodConverted("OUT");
    assertThat(dir.resolve("OUT/" + stem + ".html")).doesNotExist();
    assertThat(dir.resolve("OUT/" + stem + ".json")).doesNotExist();
    assertNoLeftovers();
  }

  /** Exit 0, only the summary, all three converted to a commentary equal to the sample. */
  private void assertAllConverted(JarRun run, String stem) throws IOException {
    assertThat(run.code()).as("exit code; stderr: %s", run.err()).isZero();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("ajiss: converted 3, failed 0,");
    assertGoodConverted("OUT");
    assertThat(Files.mismatch(dir.resolve("OUT/" + stem + ".json"), dir.resolve("OUT/good1.json")))
        .as("%s.json equals good1.json", stem)
        .isEqualTo(-1);
    assertThat(Files.mismatch(dir.resolve("OUT/" + stem + ".html"), dir.resolve("OUT/good1.html")))
        .as("%s.html equals good1.html", stem)
        .isEqualTo(-1);
    assertNoLeftovers();
  }

  private void assertGoodConverted(String out) throws IOException {
    for (String good : List.of("good1", "good2")) {
      assertWhole(dir.resolve(out + "/" + good + ".json"));
      assertWhole(dir.resolve(out + "/" + good + ".html"));
    }
  }

  /** A written file is complete: JSON reads back, HTML is closed. */
  private static void assertWhole(Path file) throws IOException {
    assertThat(file).isRegularFile();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (file.toString().endsWith(".json")) {
      assertThat(new CommentaryJsonReader().read(text).number())
          .as("%s is whole", file)
          .isEqualTo(93);
    } else {
      assertThat(text.strip()).as("%s is whole", file).endsWith("</html>");
    }
  }

  /** No temporary file ({@code .part}) and no probe of the output directory is left anywhere. */
  private void assertNoLeftovers() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      assertThat(
              s.map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".part") || n.endsWith(".probe")))
          .as("temporary files left")
          .isEmpty();
    }
  }

  // ---------------------------------------------------------------- hostile content

  @Test
  void emptyFile() throws Exception {
    write("empty.txt", new byte[0]);
    assertFailedAlone(
        batch("empty.txt"),
        "empty",
        "empty\\.txt:1:1: error empty-input expected an AJISS-Commentary, .*but the input is empty");
  }

  @Test
  void randomBytesWithNuls() throws Exception {
    byte[] noise = new byte[8192];
    new Random(8).nextBytes(noise);
    noise[0] = 'B'; // no byte-order mark by chance
    noise[100] = 0;
    write("noise.txt", noise);
    assertFailedAlone(
        batch("noise.txt"),
        "noise",
        "noise\\.txt:\\d+:\\d+: error binary-input expected AJISS-Commentary text, but found binary"
            + " data \\(byte offset \\d+\\)");
  }

  @Test
  void pngImage() throws Exception {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1A,
      '\n', // signature
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      6,
      0,
      0,
      0, // 1x1 RGBA
      0x1F,
      0x15,
      (byte) 0xC4,
      (byte) 0x89, // CRC
      0,
      0,
      0,
      0,
      'I',
      'E',
      'N',
      'D',
      (byte) 0xAE,
      0x42,
      0x60,
      (byte) 0x82
    };
    write("picture.txt", png);
    assertFailedAlone(
        batch("picture.txt"),
        "picture",
        "picture\\.txt:1:1: error binary-input expected AJISS-Commentary text, but found a"
            + " PNG image");
  }

  @Test
  void htmlPage() throws Exception {
    write(
        "page.txt",
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Japan and NATO</title></head>\n"
            + "<body><h1>No.93</h1><p>Text</p></body>\n</html>\n");
    assertFailedAlone(
        batch("page.txt"),
        "page",
        "page\\.txt:1:1: error not-a-commentary expected the series name \"AJISS-Commentary\" .*but"
            + " found \"<!DOCTYPE html>\"");
  }

  @Test
  void theHtmlPageOfACommentary() throws Exception {
    // a page saved from the web site names the series in its title: the parser takes that line
    // for the masthead, and then misses the issue line
    write(
        "saved.txt",
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>AJISS-Commentary</title></head>\n"
            + "<body><h1>No.93</h1><p>Text</p></body>\n</html>\n");
    assertFailedAlone(
        batch("saved.txt"),
        "saved",
        "saved\\.txt:\\d+:\\d+: error missing-issue-line expected an issue line such as \"No\\.93\\. 8"
            + " June 2010\" after the masthead, but found none");
  }

  @Test
  void malformedUtf8() throws Exception {
    // UTF-8 ("Caf\u00e9" on line 2), then a byte that breaks it: 0xE9 on line 3, column 1
    byte[] broken =
        "AJISS-Commentary\nCaf\u00e9 society\n\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = "AJISS-Commentary\nCaf\u00e9 society\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 2);
    bytes[utf8.length] = broken[broken.length - 2];
    bytes[utf8.length + 1] = '\n';
    write("latin1.txt", bytes);
    assertFailedAlone(
        batch("latin1.txt"),
        "latin1",
        "latin1\\.txt:3:1: error malformed-utf8 expected UTF-8 text, but byte offset 31 holds 0xE9,"
            + " which is not valid UTF-8");
  }

  @Test
  void singleByteTextIsReadAsWindows1252WithAWarning() throws Exception {
    // the sample saved by an old tool in windows-1252, an accented word in it
    String text =
        new String(sample, StandardCharsets.UTF_8).replace("Caught in a", "Caught in a caf\u00e9");
    write("legacy.txt", text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    JarRun run = batch("legacy.txt");
    assertThat(run.code()).as("exit code; stderr: %s", run.err()).isZero();
    assertThat(run.err()).contains("ajiss: converted 3, failed 0, warnings");
    assertThat(Files.readString(dir.resolve("OUT/legacy.json"))).contains("Caught in a caf\u00e9");
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() throws Exception {
    String text = new String(sample, StandardCharsets.UTF_8);
    // Java's UTF-16 writes a big-endian byte-order mark
    write("utf16be.txt", text.getBytes(StandardCharsets.UTF_16));
    assertAllConverted(batch("utf16be.txt"), "utf16be");
  }

  @Test
  void utf16LittleEndianWithAByteOrderMarkIsDecoded() throws Exception {
    byte[] body = new String(sample, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    write("utf16le.txt", bytes);
    assertAllConverted(batch("utf16le.txt"), "utf16le");
  }

  @Test
  void fiftyMegabytesAreRefusedWithoutBeingRead() throws Exception {
    // larger than the heap the jar runs with (-Xmx64m): reading it whole would fail
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
    }
    assertFailedAlone(
        batch("huge.txt"),
        "huge",
        "huge\\.txt:1:1: error input-too-large expected at most 16777216 bytes of input, but"
            + " the input has 52428800");
  }

  @Test
  void fiftyMegabytesOnStandardInputAreRefusedWithoutBeingRead() throws Exception {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'x');
    Path huge = dir.resolve("huge.in");
    try (OutputStream out = Files.newOutputStream(huge)) {
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
    }
    JarRun run = run(List.of(), huge, "convert", "--to", "json");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "<stdin>:1:1: error input-too-large expected at most 16777216 bytes of input, but"
                + " <stdin> has more",
            run.errLines().get(1));
    assertThat(run.errLines().get(1)).startsWith("ajiss: converted 0, failed 1,");
  }

  @Test
  void aFiveMegabyteLine() throws Exception {
    String head =
        new String(sample, StandardCharsets.UTF_8)
            .lines()
            .limit(2)
            .reduce("", (a, b) -> a + b + "\n");
    byte[] line = new byte[5 << 20];
    Arrays.fill(line, (byte) 'y');
    try (OutputStream out = Files.newOutputStream(dir.resolve("long.txt"))) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(line);
      out.write('\n');
    }
    assertFailedAlone(
        batch("long.txt"),
        "long",
        "long\\.txt:3:1: error line-too-long expected lines of at most 1048576 characters, but line"
            + " 3 has 5242880");
  }

  /** The batch of {@code NAME.txt} between the good files converts all three, whole. */
  private void assertConvertedWithTheGoodOnes(String name) throws Exception {
    JarRun run = batch(name + ".txt");
    assertThat(run.code()).as("stderr: %s", run.err()).isZero();
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("ajiss: converted 3, failed 0,");
    assertWhole(dir.resolve("OUT/" + name + ".json"));
    assertWhole(dir.resolve("OUT/" + name + ".html"));
    assertGoodConverted("OUT");
    assertNoLeftovers();
  }

  @Test
  void aHundredThousandBlankLinesBeforeTheCommentary() throws Exception {
    byte[] blanks = "\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[blanks.length + sample.length];
    System.arraycopy(blanks, 0, bytes, 0, blanks.length);
    System.arraycopy(sample, 0, bytes, blanks.length, sample.length);
    write("blank-before.txt", bytes);
    assertConvertedWithTheGoodOnes("blank-before");
  }

  @Test
  void aHundredThousandBlankLinesInsideTheCommentary() throws Exception {
    List<String> lines = new String(sample, StandardCharsets.UTF_8).lines().toList();
    int middle = lines.size() / 2;
    String text =
        String.join("\n", lines.subList(0, middle))
            + "\n".repeat(100_000)
            + String.join("\n", lines.subList(middle, lines.size()))
            + "\n";
    write("blank-inside.txt", text);
    assertConvertedWithTheGoodOnes("blank-inside");
  }

  @Test
  void checkReportsEachHostileFileInOneLineAndGoesOn() throws Exception {
    write("empty.txt", new byte[0]);
    write("page.txt", "<!DOCTYPE html>\n<html><body><p>Text</p></body></html>\n");
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
    }
    JarRun run =
        run(
            List.of(),
            null,
            "check",
            "good1.txt",
            "empty.txt",
            "page.txt",
            "huge.txt",
            "gone.txt",
            "good1.txt/inside.txt",
            "good2.txt");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    List<String> errors = run.out().lines().filter(l -> l.contains(": error ")).toList();
    assertThat(errors)
        .containsExactly(
            "empty.txt:1:1: error empty-input expected an AJISS-Commentary, starting with the"
                + " series name \"AJISS-Commentary\", but the input is empty",
            "page.txt:1:1: error not-a-commentary expected the series name \"AJISS-Commentary\" or"
                + " an issue line such as \"No.93. 8 June 2010\", but found \"<!DOCTYPE html>\"",
            "huge.txt:1:1: error input-too-large expected at most 16777216 bytes of input, but"
                + " the input has 52428800",
            "gone.txt: error io-error no such file or directory",
            "good1.txt/inside.txt: error io-error not a directory");
    // the good files are checked as usual, before and after
    assertThat(run.out()).contains("good1.txt:5:6: warning ").contains("good2.txt:5:6: warning ");
  }

  // ---------------------------------------------------------------- a hostile file system

  @Test
  void aListedFileThatIsGoneWhenItIsRead() throws Exception {
    Path gone = write("gone.txt", sample);
    Files.delete(gone);
    assertFailedAlone(
        batch("gone.txt"), "gone", "gone\\.txt: error io-error no such file or directory");
  }

  @Test
  void aFileInADirectoryThatIsGoneWhenItIsRead() throws Exception {
    // the walk lists texts/b.txt, a link whose file has been removed: it is reported, not skipped
    write("texts/a.txt", sample);
    Path link = dir.resolve("texts/b.txt");
    try {
      Files.createSymbolicLink(link, dir.resolve("removed.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links cannot be made here: " + e);
    }
    JarRun run =
        run(
            List.of(),
            null,
            "convert",
            "--to",
            "html,json",
            "-o",
            "OUT",
            "good1.txt",
            "texts",
            "good2.txt");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "texts/b.txt: error io-error no such file or directory", run.errLines().get(1));
    assertThat(run.errLines().get(1)).startsWith("ajiss: converted 3, failed 1,");
    assertGoodConverted("OUT");
    assertWhole(dir.resolve("OUT/a.json"));
    assertThat(dir.resolve("OUT/b.json")).doesNotExist();
    assertNoLeftovers();
  }

  @Test
  void anUnreadableFileEvenForRoot() throws Exception {
    // chmod 000 does not stop root; a path through a regular file cannot be opened by anyone
    assertFailedAlone(
        batch("good1.txt/inside.txt"),
        "inside",
        "good1\\.txt/inside\\.txt: error io-error not a directory");
  }

  @Test
  void aFileThatFailsWhileItIsRead() throws Exception {
    // opening /proc/self/mem succeeds, and reading its first page fails with EIO, even for root
    assumeTrue(Files.exists(Path.of("/proc/self/mem")), "no /proc/self/mem on this system");
    assertFailedAlone(
        batch("/proc/self/mem"), "mem", "/proc/self/mem: error io-error input/output error");
  }

  @Test
  void aFileWithoutReadPermission() throws Exception {
    Path locked = write("locked.txt", sample);
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    assumeTrue(
        !Files.isReadable(locked),
        "running as root, who reads a file of mode 000: anUnreadableFileEvenForRoot covers this");
    assertFailedAlone(
        batch("locked.txt"), "locked", "locked\\.txt: error io-error permission denied");
  }

  @Test
  void anOutputDirectoryThatCannotBeMadeIsAUsageError() throws Exception {
    // even root cannot make a directory under a regular file
    JarRun run =
        run(
            List.of(),
            null,
            "convert",
            "--to",
            "html,json",
            "-o",
            "good1.txt/OUT",
            "good1.txt",
            "good2.txt");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "ajiss: cannot write to the output directory good1.txt/OUT: not a directory");
    assertNoLeftovers();
  }

  @Test
  void anOutputFileThatCannotBeReplaced() throws Exception {
    // OUT/good2.json is a directory with something in it: nobody, root included, can rename a
    // file over it; good2.html is written, good2.json is reported
    write("OUT/good2.json/keep", "x");
    JarRun run =
        run(List.of(), null, "convert", "--to", "html,json", "-o", "OUT", "good1.txt", "good2.txt");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "good2.txt: error io-error cannot write OUT/good2.json: is a directory",
            run.errLines().get(1));
    assertThat(run.errLines().get(1)).startsWith("ajiss: converted 1, failed 1,");
    assertWhole(dir.resolve("OUT/good1.json"));
    assertWhole(dir.resolve("OUT/good1.html"));
    assertWhole(dir.resolve("OUT/good2.html"));
    assertThat(dir.resolve("OUT/good2.json/keep")).hasContent("x");
    assertNoLeftovers();
  }

  @Test
  void anOutputThatWouldReplaceItsInput() throws Exception {
    // the text format writes NAME.txt: into the input's own directory it would replace the input
    write("texts/a.txt", sample);
    JarRun run = run(List.of(), null, "convert", "--to", "text,json", "-o", "texts", "texts/a.txt");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "texts/a.txt: error output-is-input its output texts/a.txt would replace an input of"
                + " this batch",
            run.errLines().get(1));
    assertThat(dir.resolve("texts/a.txt")).hasBinaryContent(sample);
    assertWhole(dir.resolve("texts/a.json"));
    assertNoLeftovers();
  }

  @Test
  void anOutputThatWouldReplaceItsInputThroughALink() throws Exception {
    // "link" names the input's directory by another path: the output is still the input
    write("texts/a.txt", sample);
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("texts"));
    JarRun run = run(List.of(), null, "convert", "--to", "text", "-o", "link", "texts/a.txt");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errLines().get(0))
        .isEqualTo(
            "texts/a.txt: error output-is-input its output link/a.txt would replace an input of"
                + " this batch");
    assertThat(dir.resolve("texts/a.txt")).hasBinaryContent(sample);
    assertNoLeftovers();
  }

  @Test
  void standardOutputOnAFullDisk() throws Exception {
    // /dev/full is a device that fails every write with ENOSPC
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full on this system");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "convert",
            "--to",
            "json",
            "good1.txt");
    Path err = dir.resolve("err.log");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(full.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(err);
    assertThat(p.exitValue()).as("stderr: %s", lines).isEqualTo(1);
    assertThat(lines)
        .containsExactly(
            "good1.txt: error io-error cannot write standard output: no space left on device",
            lines.get(1));
    assertThat(lines.get(1)).startsWith("ajiss: converted 0, failed 1,");
  }

  /**
   * A disk that fills up mid-batch: a tmpfs of 64 KB, mounted as root or, where root may not mount,
   * in a user namespace of its own ({@code unshare -Urm}). A script mounts it, runs the jar twice
   * and copies what the disk held after each run out for the checks, as the mount ends with the
   * namespace. Skipped only where neither way may mount a tmpfs.
   */
  @Test
  void aFullDisk() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      write("many/c" + i + ".txt", sample);
      inputs.add("many/c" + i + ".txt");
    }
    String ajiss = "\"$1\" -Xmx64m -jar \"$2\" ";
    Path script =
        write(
            "full-disk.sh",
            String.join(
                "\n",
                "mkdir -p disk seen held",
                "mount -t tmpfs -o size=64k tmpfs disk || exit 97",
                ajiss
                    + "convert --to html,json -o disk -j 1 "
                    + String.join(" ", inputs)
                    + " > convert.out 2> convert.err",
                "echo $? > convert.code",
                "cp -a disk/. seen/",
                ajiss + "collect -o disk/book.epub good1.txt > collect.out 2> collect.err",
                "echo $? > collect.code",
                "cp -a disk/. held/",
                "umount disk",
                ""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> asRoot = List.of("sh", script.toString(), java, jar.toString());
    JarRun mounted = JarRun.command(asRoot, dir, Map.of(), null);
    if (mounted.code() == 97) {
      List<String> inNamespace = new ArrayList<>(List.of("unshare", "-Urm"));
      inNamespace.addAll(asRoot);
      try {
        mounted = JarRun.command(inNamespace, dir, Map.of(), null);
      } catch (IOException e) {
        assumeTrue(false, "cannot mount a tmpfs, and no unshare command: " + e.getMessage());
      }
    }
    assumeTrue(
        mounted.code() == 0,
        "cannot mount a tmpfs, as root or in a user namespace: " + mounted.err());

    assertThat(Files.readString(dir.resolve("convert.out"))).isEmpty();
    int code = Integer.parseInt(Files.readString(dir.resolve("convert.code")).strip());
    List<String> lines = Files.readAllLines(dir.resolve("convert.err"));
    assertThat(code).as("stderr: %s", lines).isEqualTo(1);
    assertThat(lines).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
    List<String> failures = lines.subList(0, lines.size() - 1);
    assertThat(failures).as("some inputs did not fit").isNotEmpty();
    assertThat(failures)
        .allMatch(
            l ->
                l.matches(
                    "many/c\\d\\.txt: error io-error cannot write disk/c\\d\\.(html|json)"
                        + "(, disk/c\\d\\.json)?: no space left on device"),
            "one line per input naming the outputs that did not fit");
    assertThat(lines.get(lines.size() - 1)).matches("ajiss: converted [1-7], failed [1-7],.*");
    // whatever is in the disk is whole, and what is not there was reported
    List<Path> written;
    try (Stream<Path> s = Files.list(dir.resolve("seen"))) {
      written = s.toList();
    }
    assertThat(written).as("the files that fit").isNotEmpty();
    for (Path file : written) {
      assertWhole(file);
    }
    for (int i = 0; i < 8; i++) {
      for (String ext : List.of("html", "json")) {
        String name = "c" + i + "." + ext;
        if (!Files.exists(dir.resolve("seen").resolve(name))) {
          assertThat(failures).as("%s is reported", name).anyMatch(l -> l.contains("disk/" + name));
        }
      }
    }

    // and a book that does not fit is not written at all
    assertThat(Files.readString(dir.resolve("collect.code")).strip()).isEqualTo("1");
    assertThat(Files.readAllLines(dir.resolve("collect.err")))
        .containsExactly("disk/book.epub: error io-error cannot write: no space left on device");
    assertThat(dir.resolve("held/book.epub")).doesNotExist();
    assertNoLeftovers(); // the copies of the disk hold no temporary file either
  }
}
