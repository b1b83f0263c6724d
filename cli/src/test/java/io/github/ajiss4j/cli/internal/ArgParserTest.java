package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The syntax {@link ArgParser} accepts and the message of each usage error it reports. */
class ArgParserTest {

  private static ParsedArgs convert(String... args) {
    return ArgParser.parse(ConvertCommand.SPEC, args, 0);
  }

  private static ParsedArgs tool(String... args) {
    return ArgParser.parse(AjissCommand.SPEC, args, 0);
  }

  private static String error(ParsedArgs parsed) {
    assertThat(parsed.error()).as("a usage error").isNotNull();
    return parsed.error().getMessage();
  }

  private static String hint(ParsedArgs parsed) {
    assertThat(parsed.error()).as("a usage error").isNotNull();
    return parsed.error().hint();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--to=html", "--to html", "-t html", "-thtml", "-t=html"})
  void everySpellingOfAnOptionWithAValue(String spelling) {
    List<String> args = new ArrayList<>(List.of(spelling.split(" ")));
    args.add("a.txt");
    ParsedArgs parsed = convert(args.toArray(String[]::new));
    assertThat(parsed.error()).isNull();
    assertThat(parsed.values(ConvertCommand.TO)).containsExactly("html");
    assertThat(parsed.positionals()).containsExactly("a.txt");
  }

  @Test
  void aRepeatedSplitOptionCollectsEveryValueInOrder() {
    ParsedArgs parsed = convert("-t", "html,json", "--to=text", "-tepub,,xhtml");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.values(ConvertCommand.TO))
        .containsExactly("html", "json", "text", "epub", "", "xhtml");
  }

  @Test
  void clusteredFlagsAndAValueAtTheEndOfTheCluster() {
    ParsedArgs parsed = convert("-qv", "-qvj3", "--to", "json");
    assertThat(parsed.error()).as("-q given twice").isNotNull();
    parsed = convert("-qvj3", "--to", "json");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.has(ConvertCommand.QUIET)).isTrue();
    assertThat(parsed.has(ConvertCommand.VERBOSE)).isTrue();
    assertThat(parsed.integer(ConvertCommand.JOBS)).isEqualTo(3);
    assertThat(parsed.has(ConvertCommand.STRICT)).isFalse();
  }

  @Test
  void doubleDashEndsTheOptionsAndSingleDashIsAPositional() {
    ParsedArgs parsed = convert("-", "--to", "json", "--", "--help", "-q");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.helpRequested()).isFalse();
    assertThat(parsed.has(ConvertCommand.QUIET)).isFalse();
    assertThat(parsed.positionals()).containsExactly("-", "--help", "-q");
  }

  @Test
  void optionsAndPositionalsInAnyOrder() {
    ParsedArgs parsed = convert("a.txt", "-o", "out", "b.txt", "--to", "json", "c.txt", "--strict");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.positionals()).containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(parsed.value(ConvertCommand.OUTPUT)).isEqualTo("out");
    assertThat(parsed.has(ConvertCommand.STRICT)).isTrue();
  }

  @Test
  void aValueMayStartWithADashWhenItIsNoOption() {
    ParsedArgs parsed = convert("--to", "json", "-j", "-1", "-o", "-dir");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.integer(ConvertCommand.JOBS)).isEqualTo(-1);
    assertThat(parsed.value(ConvertCommand.OUTPUT)).isEqualTo("-dir");
  }

  @Test
  void aFlagTakesAnAttachedBoolean() {
    ParsedArgs parsed = convert("--to", "json", "--quiet=false", "--strict=TRUE");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.has(ConvertCommand.QUIET)).isFalse();
    assertThat(parsed.has(ConvertCommand.STRICT)).isTrue();
    assertThat(error(convert("--to", "json", "--quiet=maybe")))
        .isEqualTo("Invalid value for option '--quiet': 'maybe' is not a boolean");
  }

  @Test
  void defaultValuesAndChoices() {
    ParsedArgs parsed = ArgParser.parse(CheckCommand.SPEC, new String[] {"a.txt"}, 0);
    assertThat(parsed.error()).isNull();
    assertThat(parsed.value(CheckCommand.FAIL_ON)).isEqualTo("error");
    parsed = ArgParser.parse(CheckCommand.SPEC, new String[] {"--fail-on", "warning"}, 0);
    assertThat(parsed.value(CheckCommand.FAIL_ON)).isEqualTo("warning");
    assertThat(error(ArgParser.parse(CheckCommand.SPEC, new String[] {"--fail-on=Warning"}, 0)))
        .isEqualTo(
            "Invalid value for option '--fail-on': expected one of [warning, error]"
                + " (case-sensitive) but was 'Warning'");
  }

  @Test
  void aMissingRequiredOption() {
    assertThat(error(convert("a.txt"))).isEqualTo("Missing required option: '--to=FORMAT'");
    assertThat(error(ArgParser.parse(CollectCommand.SPEC, new String[] {"a.txt"}, 0)))
        .isEqualTo("Missing required option: '--output=BOOK.epub'");
  }

  @Test
  void aMissingRequiredPositional() {
    assertThat(error(ArgParser.parse(CollectCommand.SPEC, new String[] {"-o", "b.epub"}, 0)))
        .isEqualTo("Missing required parameter: 'FILE|DIR'");
  }

  @Test
  void aMissingValue() {
    assertThat(error(convert("--to")))
        .isEqualTo("Missing required parameter for option '--to' (FORMAT)");
    assertThat(error(convert("-t")))
        .isEqualTo("Missing required parameter for option '--to' (FORMAT)");
    assertThat(error(convert("--to", "json", "-o", "--strict")))
        .isEqualTo("Missing required parameter for option '--output' (DIR)");
  }

  @Test
  void anIntThatIsNone() {
    assertThat(error(convert("--to", "json", "-j", "2x")))
        .isEqualTo("Invalid value for option '--jobs': '2x' is not an int");
    assertThat(error(convert("--to", "json", "--jobs=")))
        .isEqualTo("Invalid value for option '--jobs': '' is not an int");
  }

  @Test
  void anOptionGivenTwice() {
    assertThat(error(convert("--to", "json", "-o", "a", "--output=b")))
        .isEqualTo("option '--output' (DIR) should be specified only once");
    assertThat(error(convert("--to", "json", "-v", "--verbose")))
        .isEqualTo("option '--verbose' should be specified only once");
  }

  @Test
  void anUnknownOptionWithAndWithoutASuggestion() {
    ParsedArgs parsed = convert("--to", "json", "--strct");
    assertThat(error(parsed)).isEqualTo("Unknown option: '--strct'");
    assertThat(hint(parsed)).isEqualTo("Possible solutions: --strict");
    parsed = convert("--to", "json", "--bogus");
    assertThat(error(parsed)).isEqualTo("Unknown option: '--bogus'");
    assertThat(hint(parsed)).isNull();
    parsed = convert("--to", "json", "-qvx");
    assertThat(error(parsed)).isEqualTo("Unknown option: '-x' (while processing option: '-qvx')");
  }

  @Test
  void anUnknownOptionIsReportedBeforeAMissingRequiredOne() {
    assertThat(error(convert("--tO", "json"))).isEqualTo("Unknown option: '--tO'");
  }

  @Test
  void anArgumentTheCommandDoesNotTake() {
    assertThat(error(ArgParser.parse(FormatsCommand.SPEC, new String[] {"formats", "x"}, 1)))
        .isEqualTo("Unmatched argument at index 1: 'x'");
  }

  @Test
  void theToolStopsAtTheNameOfACommand() {
    ParsedArgs parsed = tool("--debug", "convert", "--to", "json");
    assertThat(parsed.error()).isNull();
    assertThat(parsed.has(CommandSpec.DEBUG)).isTrue();
    assertThat(parsed.command()).isEqualTo("convert");
    assertThat(parsed.commandStart()).isEqualTo(2);
  }

  @Test
  void anUnknownCommandWithSuggestions() {
    ParsedArgs parsed = tool("conver");
    assertThat(error(parsed)).isEqualTo("Unmatched argument at index 0: 'conver'");
    assertThat(hint(parsed)).isEqualTo("Did you mean: ajiss convert?");
    assertThat(hint(tool("chekc"))).isEqualTo("Did you mean: ajiss check?");
    assertThat(hint(tool("co"))).isNull();
    assertThat(hint(tool("frobnicate"))).isNull();
    assertThat(ArgParser.suggestCommands("colect", new String[] {"collect", "convert"}))
        .isEqualTo("Did you mean: ajiss collect?");
    assertThat(ArgParser.suggestCommands("c0nvert", new String[] {"convert", "convers"}))
        .isEqualTo("Did you mean: ajiss convert or ajiss convers?");
  }

  @Test
  void helpAndVersionWinOverErrors() {
    ParsedArgs parsed = convert("--bogus", "--help");
    assertThat(parsed.helpRequested()).isTrue();
    assertThat(parsed.error()).isNotNull();
    parsed = convert("-hV");
    assertThat(parsed.helpRequested()).isTrue();
    assertThat(parsed.versionRequested()).isTrue();
  }

  @Test
  void theEditDistanceCountsASwapAsOne() {
    assertThat(ArgParser.distance("strict", "strict")).isZero();
    assertThat(ArgParser.distance("strct", "strict")).isEqualTo(1);
    assertThat(ArgParser.distance("chekc", "check")).isEqualTo(1);
    assertThat(ArgParser.distance("", "abc")).isEqualTo(3);
    assertThat(ArgParser.distance("kitten", "sitting")).isEqualTo(3);
  }
}
