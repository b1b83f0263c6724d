package io.github.ajiss4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help that {@link HelpFormatter} writes from each command's declaration. */
class HelpFormatterTest {

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "collect", "formats", "help"})
  void theHelpOfEveryCommandListsEveryOptionItDeclares(String name) {
    CommandSpec spec = Cli.spec(name);
    String help = Cli.help(spec);
    assertThat(help).startsWith(spec.header() + "\nUsage: ajiss " + name + " ");
    for (Option o : spec.options()) {
      String row = o.shortName() != null ? o.shortName() + ", " + o.longName() : o.longName();
      if (o.takesValue()) {
        row += "=" + o.labelInHelp();
      }
      assertThat(help).as("the row of %s", o).containsPattern("(?m)^  (    )?\\Q" + row + "\\E");
      String firstWords = o.description().substring(0, Math.min(15, o.description().length()));
      assertThat(help).as("the description of %s", o).contains(firstWords);
      assertThat(help).as("the usage line has %s", o).contains(usageName(o));
    }
    if (spec.positional() != null) {
      assertThat(help).contains(spec.positional().positionalInHelp());
    }
    assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(80));
    assertThat(help).doesNotContain("${");
  }

  private static String usageName(Option o) {
    if (o.shortName() != null && !o.takesValue()) {
      return o.shortName().substring(1); // in the cluster, [-hqvV]
    }
    return o.takesValue() ? o.shortestName() + "=" + o.labelInHelp() : o.shortestName();
  }

  @Test
  void theToolsHelpIsLaidOutLineForLine() {
    assertThat(Cli.help(AjissCommand.SPEC))
        .isEqualTo(
            """
            Convert AJISS-Commentary plain texts to HTML, XHTML, EPUB, JSON and plain text.
            Usage: ajiss [-hV] [--debug] [COMMAND]
            Without a command, converts the bundled sample commentary (No.93) to every
            format found into ./out/ and shows how to go on.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
                  --debug     Show the stack trace of an unexpected error.
            Commands:
              convert  Convert commentaries to one or more formats.
              check    Report the diagnostics of commentaries.
              collect  Collect many commentaries into one EPUB book.
              formats  List the formats available.
              help     Display help information about the specified command.

            Exit codes:
              0  everything was converted
              1  some input failed (each failure is one line on standard error)
              2  usage error: bad option, unknown format, output directory not writable
            """);
  }

  @Test
  void convertsUsageLineWrapsUnderItselfAndALongOptionPutsItsDescriptionBelow() {
    String help = Cli.help(ConvertCommand.SPEC);
    assertThat(help)
        .contains(
            """
            Usage: ajiss convert [-hqvV] [--debug] [--fragment] [--masthead] [--pretty]
                                 [--standalone] [--strict] [--base-url=URL] [--css=FILE]
                                 [-j=N] [-o=DIR] [--template=FILE] -t=FORMAT[,FORMAT...]
                                 [-t=FORMAT[,FORMAT...]]... [FILE|DIR|-...]
            """)
        .contains(
            """
                  [FILE|DIR|-...]   The inputs (default: standard input).
              -h, --help            Show this help message and exit.
              -V, --version         Print version information and exit.
              -t, --to=FORMAT[,FORMAT...]
                                    The formats to write, separated by commas (see: ajiss
                                      formats).
              -o, --output=DIR      The output directory, made when missing.
              -j, --jobs=N          Convert at most N files at once (default: the number of
                                      processors).
            """)
        .endsWith(
            """
                  --debug           Show the stack trace of an unexpected error.

            Examples:
              ajiss convert --to html my.txt > my.html
              ajiss convert --to json --pretty < my.txt
              ajiss convert --to html,epub,json -o out/ texts/

            Exit codes: 0 all converted, 1 some input failed, 2 usage error or output
            directory not writable.
            """);
  }

  @Test
  void defaultValuesAndChoicesAreFilledIn() {
    assertThat(Cli.help(CheckCommand.SPEC))
        .contains(
            """
                  --fail-on=LEVEL   Exit 1 when a diagnostic of this severity or worse is
                                      found: warning, error (default: error).
            """);
    assertThat(Cli.help(CollectCommand.SPEC))
        .contains("--title=TITLE        The book's title (default: AJISS-Commentary).")
        .contains("Usage: ajiss collect [-hV] [--debug] -o=BOOK.epub [--title=TITLE] FILE|DIR...");
  }

  @Test
  void wrapBreaksAtSpacesAndKeepsTheSpacingOfALine() {
    assertThat(HelpFormatter.wrap("  0  done", 79, 79)).containsExactly("  0  done");
    assertThat(HelpFormatter.wrap("aaa bbb ccc", 7, 3)).containsExactly("aaa bbb", "ccc");
    assertThat(HelpFormatter.wrap("aaaaaaaaaa b", 5, 5)).containsExactly("aaaaaaaaaa", "b");
    assertThat(HelpFormatter.wrap("", 79, 79)).containsExactly("");
    assertThat(HelpFormatter.wrap("one two three four", 9, 5))
        .isEqualTo(List.of("one two", "three", "four"));
  }
}
