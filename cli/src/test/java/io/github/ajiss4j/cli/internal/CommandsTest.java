package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.render.json.CommentaryJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each command through {@link Cli} with captured streams, in a temporary working directory.
 */
class CommandsTest {

  @TempDir Path dir;

  private byte[] sample;
  private byte[] stdin = new byte[0];
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws IOException {
    try (InputStream in = CommandsTest.class.getResourceAsStream(AjissCommand.SAMPLE)) {
      sample = in.readAllBytes();
    }
  }

  private int run(String... args) {
    Context context =
        new Context(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            false);
    return Cli.execute(context, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private List<String> errLines() {
    return err().lines().toList();
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static byte[] binary() {
    byte[] b = new byte[300];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 7);
    }
    return b;
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void noArgumentsConvertsTheSampleToEveryFormatIntoOut() throws IOException {
    assertThat(run()).isZero();
    assertThat(dir.resolve("out/ajiss-commentary-93.json")).isRegularFile();
    assertThat(out())
        .contains("wrote ")
        .contains("ajiss-commentary-93.json")
        .contains("ajiss convert --to html my.txt")
        .contains("ajiss --help");
    assertThat(leftovers()).isEmpty();
  }

  /** A run again over the same input says which outputs it left as they were. */
  @Test
  void aRunAgainListsTheOutputsThatItLeftAsTheyWere() throws IOException {
    assertThat(run()).isZero();
    out.reset();
    assertThat(run()).isZero();
    assertThat(out())
        .contains("unchanged " + dir.resolve("out").resolve("ajiss-commentary-93.json"))
        .doesNotContain("wrote ");
  }

  /**
   * An output directory inside the input directory is not walked for inputs: a run again does not
   * read the texts that the first wrote there.
   */
  @Test
  void theOutputDirectoryInsideAnInputDirectoryIsNoInput() throws IOException {
    write("site/a.txt", sample);
    assertThat(run("convert", "-t", "text", "-o", "site/out", "site")).isZero();
    assertThat(dir.resolve("site/out/a.txt")).exists();
    out.reset();
    err.reset();
    assertThat(run("convert", "-t", "text", "-o", "site/out", "site")).isZero();
    assertThat(dir.resolve("site/out/out")).doesNotExist();
    assertThat(err()).startsWith("ajiss: converted 1, failed 0,");
  }

  /**
   * A message that quotes the input or names a file shows its control characters as escapes: a
   * terminal's escape sequence runs nothing, and a line end in a file's name does not split the
   * message's line.
   */
  @Test
  void messagesShowControlCharactersAsEscapes() throws IOException {
    write("a.txt", "hello \u001B]0;title\u0007\u001B[2J world\n".getBytes(StandardCharsets.UTF_8));
    write("b\nc.txt", "not a commentary\n".getBytes(StandardCharsets.UTF_8));
    assertThat(run("convert", "-t", "json", "-o", "out", "a.txt", "b\nc.txt")).isEqualTo(1);
    assertThat(err()).doesNotContain("\u001B", "\u0007", "b\nc");
    assertThat(errLines())
        .anySatisfy(l -> assertThat(l).startsWith("a.txt:1:1: error").contains("\\u001B]0;title"))
        .anySatisfy(l -> assertThat(l).startsWith("b\\u000Ac.txt:1:1: error not-a-commentary"));
    out.reset();
    assertThat(run("check", "a.txt")).isEqualTo(1);
    assertThat(out()).doesNotContain("\u001B").contains("\\u001B[2J");
  }

  @Test
  void convertsEachInputToItsOwnFile() throws Exception {
    write("a.txt", sample);
    write("b.txt", sample);
    assertThat(run("convert", "--to", "json", "-o", "OUT", "a.txt", "b.txt")).isZero();
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(dir.resolve("OUT/b.json")).isRegularFile();
    assertThat(new CommentaryJsonReader().read(Files.readString(dir.resolve("OUT/a.json"))))
        .isEqualTo(CommentaryParser.create().parse(sample).commentary());
    assertThat(out()).isEmpty();
    assertThat(errLines()).hasSize(1);
    assertThat(err()).startsWith("ajiss: converted 2, failed 0, warnings 6, time ");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aBadInputIsOneLineAndTheOthersAreConverted() throws IOException {
    write("a.txt", sample);
    write("bin.txt", binary());
    write("c.txt", sample);
    int code =
        run("convert", "--to", "json", "-o", "OUT", "a.txt", "bin.txt", "missing.txt", "c.txt");
    assertThat(code).isEqualTo(1);
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(dir.resolve("OUT/c.json")).isRegularFile();
    assertThat(dir.resolve("OUT/bin.json")).doesNotExist();
    assertThat(errLines())
        .filteredOn(l -> l.startsWith("bin.txt"))
        .singleElement()
        .asString()
        .matches("bin\\.txt:\\d+:\\d+: error binary-input .+");
    assertThat(errLines())
        .contains("missing.txt: error io-error no such file or directory")
        .last()
        .asString()
        .startsWith("ajiss: converted 2, failed 2,");
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void standardInputGoesToStandardOutput() {
    stdin = sample;
    assertThat(run("convert", "--to", "json")).isZero();
    assertThat(new CommentaryJsonReader().read(out()).number()).isEqualTo(93);
    assertThat(out()).doesNotContain("\n  \"");
  }

  @Test
  void prettyJsonIsIndented() throws IOException {
    write("a.txt", sample);
    assertThat(run("convert", "--to", "json", "--pretty", "a.txt")).isZero();
    assertThat(out()).startsWith("{\n  \"schemaVersion\": 1,");
  }

  @Test
  void aDirectoryIsWalkedAndItsTreeKept() throws IOException {
    write("in/a.txt", sample);
    write("in/sub/b.txt", sample);
    write("in/notes.md", "not a commentary".getBytes(StandardCharsets.UTF_8));
    assertThat(run("convert", "--to", "JSON", "-o", "OUT", "in")).isZero();
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(dir.resolve("OUT/sub/b.json")).isRegularFile();
    assertThat(dir.resolve("OUT/notes.json")).doesNotExist();
  }

  @Test
  void aDirectoryWithoutTextsFailsAndTheOtherInputsAreConverted() throws IOException {
    write("in/notes.md", "not a commentary".getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(dir.resolve("empty"));
    write("a.txt", sample);

    assertThat(run("convert", "--to", "json", "-o", "OUT", "in", "empty", "a.txt")).isEqualTo(1);

    assertThat(errLines())
        .contains(
            "in: error no-input expected *.txt files in this directory, found none",
            "empty: error no-input expected *.txt files in this directory, found none");
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(run("check", "empty")).isEqualTo(1);
    assertThat(run("check", "--json", "empty", "missing.txt")).isEqualTo(1);
    assertThat(out())
        .contains("{\"file\":\"empty\",\"status\":\"failed\",\"error\":{")
        .contains("\"code\":\"no-input\"")
        .contains("\"code\":\"io-error\"");
  }

  @Test
  void twoInputsWithOneNameDoNotOverwriteEachOther() throws IOException {
    write("x/a.txt", sample);
    write("y/a.txt", sample);
    assertThat(run("convert", "--to", "json", "-o", "OUT", "x/a.txt", "y/a.txt")).isEqualTo(1);
    assertThat(errLines()).anyMatch(l -> l.startsWith("y/a.txt: error duplicate-output"));
  }

  @Test
  void aLargeBatchIsConvertedInParallelWithoutABarWhenNoOneWatches() throws IOException {
    for (int i = 1; i <= 30; i++) {
      write("many/c" + i + ".txt", sample);
    }
    assertThat(run("convert", "--to", "json", "-o", "OUT", "-j", "3", "many")).isZero();
    try (Stream<Path> s = Files.list(dir.resolve("OUT"))) {
      assertThat(s.count()).isEqualTo(30);
    }
    assertThat(errLines()).singleElement().asString().startsWith("ajiss: converted 30, failed 0");
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheKnownOnes() throws IOException {
    write("a.txt", sample);
    assertThat(run("convert", "--to", "docx", "a.txt")).isEqualTo(2);
    assertThat(err()).contains("unknown format \"docx\"; known: ").contains("json");
  }

  @Test
  void anUnwritableOutputDirectoryIsOneLineAndExitTwo() throws IOException {
    write("a.txt", sample);
    write("file", new byte[0]);
    assertThat(run("convert", "--to", "json", "-o", "file/sub", "a.txt")).isEqualTo(2);
    assertThat(errLines())
        .singleElement()
        .asString()
        .startsWith("ajiss: cannot write to the output directory file/sub");
  }

  @Test
  void fragmentAndStandaloneTogetherAreAUsageErrorNamingBoth() throws IOException {
    write("a.txt", sample);
    assertThat(run("convert", "--to", "html", "--fragment", "--standalone", "a.txt")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly(
            "ajiss: --fragment and --standalone cannot be given together",
            "Try 'ajiss convert --help'.");
    assertThat(out()).isEmpty();
    err.reset();
    // one of them switched off again is no conflict
    assertThat(run("convert", "--to", "html", "--fragment", "--standalone=false", "a.txt"))
        .isZero();
    assertThat(out()).startsWith("<article");
  }

  @Test
  void htmlOptionsWithoutAnHtmlFormatAreReportedAsIgnored() throws IOException {
    write("a.txt", sample);
    write("style.css", new byte[0]);
    assertThat(
            run(
                "convert",
                "--to",
                "json",
                "--standalone",
                "--css",
                "style.css",
                "-o",
                "O",
                "a.txt"))
        .isZero();
    assertThat(err()).contains("warning: --standalone, --css apply only to html and xhtml");
  }

  @Test
  void aMissingStylesheetIsAUsageError() throws IOException {
    write("a.txt", sample);
    assertThat(run("convert", "--to", "json", "--css", "none.css", "a.txt")).isEqualTo(2);
    assertThat(err()).contains("--css: cannot read the file \"none.css\"");
  }

  /**
   * A stylesheet or template that the renderer refuses, or that is no UTF-8 text, and a base URL it
   * refuses: usage errors that name the option, never a hint at a stack trace.
   */
  @Test
  void anOptionsContentThatTheRendererRefusesIsAUsageError() throws IOException {
    write("a.txt", sample);
    write("bin.css", new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
    write("evil.css", "p { color: red } </style>".getBytes(StandardCharsets.UTF_8));
    write("bad.mustache", "{{#body}} never closed".getBytes(StandardCharsets.UTF_8));
    String[][] cases = {
      {"--css", "bin.css", "--css: the file \"", "is not UTF-8 text"},
      {"--css", "evil.css", "--css: ", ""},
      {"--template", "bad.mustache", "--template: ", ""},
      {"--base-url", "javascript:alert(1)", "--base-url: ", ""}
    };
    for (String[] c : cases) {
      err.reset();
      assertThat(run("convert", "--to", "html", c[0], c[1], "-o", "O", "a.txt"))
          .as("%s %s", c[0], c[1])
          .isEqualTo(2);
      assertThat(err()).contains(c[2]).contains(c[3]).doesNotContain("--debug");
    }
  }

  @Test
  void checkPrintsEachDiagnosticWithItsFile() throws IOException {
    write("a.txt", sample);
    write("bin.txt", binary());
    assertThat(run("check", "a.txt")).isZero();
    assertThat(out().lines())
        .contains(
            "a.txt:5:6: warning institute-corrected corrected the misread institute abbreviation"
                + " \"JIIN\" to \"JIIA\"")
        .allMatch(l -> l.matches("a\\.txt:\\d+:\\d+: (info|warning) [a-z-]+ .+"));
    out.reset();
    assertThat(run("check", "--fail-on", "warning", "a.txt")).isEqualTo(1);
    out.reset();
    assertThat(run("check", "a.txt", "bin.txt")).isEqualTo(1);
    assertThat(out()).contains("bin.txt:").contains(": error binary-input ");
  }

  @Test
  void checkWritesJson() throws IOException {
    write("a.txt", sample);
    write("bin.txt", binary());
    assertThat(run("check", "--json", "a.txt", "bin.txt")).isEqualTo(1);
    assertThat(out())
        .startsWith("{\"files\":[{\"file\":\"a.txt\",\"status\":\"ok\"")
        .contains("\"code\":\"institute-corrected\"")
        .contains("{\"file\":\"bin.txt\",\"status\":\"failed\",\"error\":{")
        .contains("\"passed\":false")
        // the failed file's error counts among the errors, as its severity says
        .contains("\"summary\":{\"files\":2,\"failed\":1,")
        .contains(",\"errors\":1,");
  }

  @Test
  void collectWritesOneBook() throws IOException {
    write("a.txt", sample);
    write(
        "b.txt",
        new String(sample, StandardCharsets.UTF_8)
            .replace("No.93.", "No.94.")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(run("collect", "-o", "book.epub", "a.txt", "b.txt")).isEqualTo(0);
    byte[] book = Files.readAllBytes(dir.resolve("book.epub"));
    assertThat(new String(book, 30, 28, StandardCharsets.US_ASCII))
        .isEqualTo("mimetypeapplication/epub+zip");
    // the sample's three warnings (JIIN, Internationa, Il), once per commentary
    assertThat(err()).contains("collected 2, failed 0, warnings 6,");
  }

  /** A book that would replace one of its inputs is refused before anything is read. */
  @ParameterizedTest
  @ValueSource(strings = {"a.txt", "./in/../a.txt", "link.txt"})
  void collectNeverWritesTheBookOverAnInput(String book) throws IOException {
    Path a = write("a.txt", sample);
    Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(dir.resolve("link.txt"), a);
    assertThat(run("collect", "-o", book, "a.txt")).isEqualTo(2);
    assertThat(err()).contains("output-is-input", book).doesNotContain("collected");
    assertThat(Files.readAllBytes(a)).isEqualTo(sample);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void collectRefusesABlankTitleBeforeReadingAnything(String title) throws IOException {
    write("a.txt", sample);
    assertThat(run("collect", "-o", "book.epub", "--title", title, "a.txt")).isEqualTo(2);
    assertThat(err()).contains("--title").doesNotContain("collected", "--debug");
    assertThat(dir.resolve("book.epub")).doesNotExist();
  }

  /** The exit code that {@code collect --help} gives for a book that cannot be written. */
  @Test
  void collectsBookDirectoryThatCannotBeMadeIsAUsageErrorAsItsHelpSays() throws IOException {
    write("a.txt", sample);
    write("file", new byte[0]);
    assertThat(run("collect", "-o", "file/book.epub", "a.txt")).isEqualTo(2);
    assertThat(errLines())
        .singleElement()
        .asString()
        .startsWith("ajiss: cannot write to the output directory ")
        .contains("file");
    assertThat(run("collect", "--help")).isZero();
    assertThat(out())
        .contains(
            "  1  some input failed and was left out, or writing the book failed",
            "  2  usage error, the book's directory cannot be made or written, or the epub\n"
                + "     format is not available")
        .doesNotContain("the book could not be written");
  }

  @Test
  void collectTakesACommentaryGivenTwiceOnce() throws IOException {
    write("a.txt", sample);
    write("b.txt", sample);
    String text = new String(sample, StandardCharsets.UTF_8);
    write("c.txt", text.replace("No.93.", "No.94.").getBytes(StandardCharsets.UTF_8));
    // the same number on another day: a misprint, or another commentary; kept, and said
    write("d.txt", text.replace("8 June 2010", "9 June 2010").getBytes(StandardCharsets.UTF_8));
    assertThat(run("collect", "-o", "book.epub", "a.txt", "b.txt", "c.txt", "d.txt")).isZero();
    assertThat(errLines())
        .contains(
            "b.txt: warning duplicate-commentary No.93 of 8 June 2010 is in the book already,"
                + " from a.txt; left out",
            "d.txt: warning duplicate-number No.93 of 9 June 2010 has the number of No.93 of"
                + " 8 June 2010, from a.txt")
        .last()
        .asString()
        .startsWith("ajiss: collected 3, failed 0, warnings 11,");
    List<String> chapters = new java.util.ArrayList<>();
    try (var zip = new java.util.zip.ZipFile(dir.resolve("book.epub").toFile())) {
      zip.stream()
          .map(java.util.zip.ZipEntry::getName)
          .filter(n -> n.endsWith(".xhtml") && n.contains("commentary-9"))
          .forEach(chapters::add);
    }
    assertThat(chapters).hasSize(3);
  }

  @Test
  void formatsListsEveryRenderer() {
    assertThat(run("formats")).isZero();
    assertThat(out().lines()).first().asString().matches("NAME +ALIASES +MEDIA TYPE +EXTENSION");
    assertThat(out()).containsPattern("(?m)^json +- +application/json +json$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "collect", "formats", "help"})
  void everyCommandHasHelp(String command) {
    assertThat(run(command, "--help")).isZero();
    assertThat(out()).contains("Usage: ajiss " + command);
  }

  @Test
  void versionAndUsageErrors() {
    assertThat(run("--version")).isZero();
    assertThat(out()).startsWith("ajiss ").doesNotContain("${");
    assertThat(run("convert", "--to", "json", "--bogus")).isEqualTo(2);
    assertThat(err()).contains("Unknown option: '--bogus'").contains("Try 'ajiss convert --help'.");
    assertThat(run("convert", "a.txt")).isEqualTo(2); // --to is required
  }

  @Test
  void aUsageErrorIsTheMessageTheHintAndWhereToFindHelp() {
    assertThat(run("convert", "--to", "json", "--strct")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly(
            "ajiss: Unknown option: '--strct'",
            "Possible solutions: --strict",
            "Try 'ajiss convert --help'.");
    assertThat(out()).isEmpty();
    err.reset();
    assertThat(run("conver")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly(
            "ajiss: Unmatched argument at index 0: 'conver'",
            "Did you mean: ajiss convert?",
            "Try 'ajiss --help'.");
    err.reset();
    assertThat(run("help", "chek")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly(
            "ajiss: Unknown subcommand 'chek'.",
            "Did you mean: ajiss check?",
            "Try 'ajiss --help'.");
    err.reset();
    assertThat(run("convert", "--to", "json", "-j", "0")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly("ajiss: --jobs must be at least 1, was 0", "Try 'ajiss convert --help'.");
    err.reset();
    assertThat(run("collect", "-o", "b.epub")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly(
            "ajiss: Missing required parameter: 'FILE|DIR'", "Try 'ajiss collect --help'.");
  }

  @Test
  void helpAndVersionWinOverAUsageErrorOnTheSameLine() {
    assertThat(run("convert", "--bogus", "--help")).isZero();
    assertThat(out()).startsWith("Convert commentaries to one or more formats.\nUsage: ");
    assertThat(err()).isEmpty();
    out.reset();
    assertThat(run("check", "-V")).isZero();
    assertThat(out()).startsWith("ajiss ").contains("\nJava ");
    out.reset();
    assertThat(run("help", "collect")).isZero();
    assertThat(out()).startsWith("Collect many commentaries into one EPUB book.\n");
  }

  @Test
  void theToolsOptionsMayComeBeforeTheCommand() throws IOException {
    write("a.txt", sample);
    assertThat(run("--debug", "convert", "-qt", "json", "-o", "OUT", "a.txt")).isZero();
    assertThat(dir.resolve("OUT/a.json")).isRegularFile();
    assertThat(err()).isEmpty();
    assertThat(run("--bogus", "convert", "--to", "json", "a.txt")).isEqualTo(2);
    assertThat(errLines())
        .containsExactly("ajiss: Unknown option: '--bogus'", "Try 'ajiss --help'.");
  }
}
