package io.github.ajiss4j.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the help of a command from its {@link CommandSpec}, in the common layout: the header, the
 * usage line, the description, the options (positional parameters first) with their descriptions in
 * a column, the subcommands, and the footer. Every line is shorter than {@value #WIDTH} characters,
 * to fit an 80-column terminal.
 */
final class HelpFormatter {

  /** Lines are shorter than this. */
  static final int WIDTH = 80;

  private final StringBuilder out = new StringBuilder();

  private HelpFormatter() {}

  /**
   * The help of a command.
   *
   * @param spec the command
   * @param commands the subcommands' declarations, listed under {@code Commands:} (the tool's help
   *     only; empty for a subcommand)
   * @return the help, ending with a line break
   */
  static String help(CommandSpec spec, List<CommandSpec> commands) {
    HelpFormatter f = new HelpFormatter();
    if (spec.header() != null) {
      f.paragraph(spec.header());
    }
    f.usage(spec);
    for (String paragraph : spec.description()) {
      f.paragraph(paragraph);
    }
    f.options(spec);
    if (!commands.isEmpty()) {
      f.commands(commands);
    }
    for (String line : spec.footer()) {
      f.paragraph(line);
    }
    return f.out.toString();
  }

  /** {@code Usage: ajiss convert [-hqvV] [--debug] ... [FILE|DIR|-...]}, wrapped under itself. */
  private void usage(CommandSpec spec) {
    List<String> words = new ArrayList<>();
    StringBuilder cluster = new StringBuilder();
    List<Option> flags = new ArrayList<>();
    List<Option> single = new ArrayList<>();
    List<Option> repeated = new ArrayList<>();
    for (Option o : spec.options()) {
      if (!o.takesValue()) {
        if (o.shortName() != null && !o.isRequired()) {
          cluster.append(o.shortName().charAt(1));
        } else {
          flags.add(o);
        }
      } else if (o.isRepeatable()) {
        repeated.add(o);
      } else {
        single.add(o);
      }
    }
    if (cluster.length() > 0) {
      words.add("[-" + sortLetters(cluster) + "]");
    }
    sortByName(flags);
    for (Option o : flags) {
      words.add(o.isRequired() ? o.shortestName() : "[" + o.shortestName() + "]");
    }
    sortByName(single);
    sortByName(repeated);
    single.addAll(repeated);
    for (Option o : single) {
      String word = o.shortestName() + "=" + o.labelInHelp();
      if (o.isRepeatable()) {
        if (o.isRequired()) {
          words.add(word);
        }
        words.add("[" + word + "]...");
      } else {
        words.add(o.isRequired() ? word : "[" + word + "]");
      }
    }
    if (spec.positional() != null) {
      words.add(spec.positional().positionalInHelp());
    }
    if (spec.commands().length > 0) {
      words.add("[COMMAND]");
    }
    String start = "Usage: " + spec.qualifiedName();
    String indent = " ".repeat(start.length() + 1);
    StringBuilder line = new StringBuilder(start);
    for (String word : words) {
      if (line.length() + 1 + word.length() >= WIDTH && line.length() > indent.length()) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent).append(word);
      } else {
        line.append(' ').append(word);
      }
    }
    out.append(line).append('\n');
  }

  /** {@code hqvV}: case-insensitive, a lower-case letter before its capital. */
  private static String sortLetters(StringBuilder letters) {
    char[] c = letters.toString().toCharArray();
    for (int i = 1; i < c.length; i++) {
      for (int j = i; j > 0 && letterOrder(c[j - 1], c[j]) > 0; j--) {
        char t = c[j];
        c[j] = c[j - 1];
        c[j - 1] = t;
      }
    }
    return new String(c);
  }

  private static int letterOrder(char a, char b) {
    int byLetter = Character.compare(Character.toLowerCase(a), Character.toLowerCase(b));
    return byLetter != 0 ? byLetter : Character.compare(b, a);
  }

  /** By the shortest name without its dashes: {@code --base-url}, {@code --css}, {@code -j}. */
  private static void sortByName(List<Option> options) {
    for (int i = 1; i < options.size(); i++) {
      for (int j = i; j > 0 && key(options.get(j - 1)).compareTo(key(options.get(j))) > 0; j--) {
        options.set(j, options.set(j - 1, options.get(j)));
      }
    }
  }

  private static String key(Option o) {
    return Option.withoutDashes(o.shortestName()).toLowerCase(Locale.ROOT);
  }

  /**
   * The options, in declaration order, after the positional parameters: {@code -o, --output=DIR}
   * and its description in a column, or on the next line when the name does not fit.
   */
  private void options(CommandSpec spec) {
    List<Option> rows = new ArrayList<>();
    if (spec.positional() != null) {
      rows.add(spec.positional());
    }
    rows.addAll(spec.options());
    int nameWidth = 0;
    for (Option o : rows) {
      int w = longColumn(o).length();
      if (w <= Option.HELP_NAME_WIDTH) {
        nameWidth = Math.max(nameWidth, w);
      }
    }
    int column = 6 + nameWidth + 3;
    for (Option o : rows) {
      String shortName = o.isPositional() ? null : o.shortName();
      String longColumn = longColumn(o);
      StringBuilder row = new StringBuilder("  ");
      if (shortName != null && o.longName() != null) {
        row.append(shortName).append(", ");
      } else {
        row.append("    ");
      }
      row.append(longColumn);
      if (row.length() + 1 > column) {
        out.append(row).append('\n');
        row.setLength(0);
      }
      row.append(" ".repeat(column - row.length()));
      List<String> lines = wrap(o.description(), WIDTH - 1 - column, WIDTH - 1 - column - 2);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          row.append(" ".repeat(column + 2));
        }
        out.append(row).append(lines.get(i)).append('\n');
        row.setLength(0);
      }
    }
  }

  /** {@code --output=DIR}, {@code --debug}, {@code [FILE|DIR|-...]}: the second column. */
  private static String longColumn(Option o) {
    if (o.isPositional()) {
      return o.positionalInHelp();
    }
    String name = o.longName() != null ? o.longName() : o.shortestName();
    return o.takesValue() ? name + "=" + o.labelInHelp() : name;
  }

  /** {@code Commands:} and each subcommand's name and header. */
  private void commands(List<CommandSpec> commands) {
    out.append("Commands:\n");
    int width = 0;
    for (CommandSpec c : commands) {
      width = Math.max(width, c.name().length());
    }
    for (CommandSpec c : commands) {
      String name = c.name();
      out.append("  ").append(name).append(" ".repeat(width - name.length() + 2));
      out.append(c.header()).append('\n');
    }
  }

  /** A paragraph wrapped at the width. */
  private void paragraph(String text) {
    for (String line : wrap(text, WIDTH - 1, WIDTH - 1)) {
      out.append(line).append('\n');
    }
  }

  /**
   * Breaks text into lines at spaces: the first at most {@code first} characters long, the others
   * at most {@code rest}; a word longer than that has a line of its own. The spaces before the
   * first word and between the words of a line are kept as they are.
   */
  static List<String> wrap(String text, int first, int rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int width = first;
    int i = 0;
    while (i < text.length()) {
      int gapEnd = i;
      while (gapEnd < text.length() && text.charAt(gapEnd) == ' ') {
        gapEnd++;
      }
      int end = text.indexOf(' ', gapEnd);
      if (end < 0) {
        end = text.length();
      }
      if (line.length() > 0 && line.length() + (end - i) > width) {
        lines.add(line.toString());
        line.setLength(0);
        width = rest;
        line.append(text, gapEnd, end);
      } else {
        line.append(text, i, end);
      }
      i = end;
    }
    lines.add(line.toString());
    return lines;
  }
}
