package io.github.ajiss4j.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a command line by a {@link CommandSpec}, in the usual syntax of Unix tools: {@code --to
 * html}, {@code --to=html}, {@code -t html}, {@code -thtml}, {@code -t=html}, clustered flags
 * ({@code -qv}), {@code --} to end the options, {@code -} as a positional parameter, and options
 * and positional parameters in any order.
 *
 * <p>Parsing goes on after a usage error, so that a {@code --help} later on the line still wins;
 * the first error is kept in the {@link ParsedArgs}. On the tool's own command line, the first
 * positional parameter that names a subcommand ends the parse: the rest is the subcommand's.
 */
final class ArgParser {

  private final CommandSpec spec;
  private final String[] args;
  private final ParsedArgs parsed;

  private ArgParser(CommandSpec spec, String[] args) {
    this.spec = spec;
    this.args = args;
    this.parsed = new ParsedArgs(spec);
  }

  /**
   * Parses {@code args[from..]}.
   *
   * @param spec the command
   * @param args the whole command line (indexes in messages count from its start)
   * @param from where the command's arguments start
   * @return what was found, with the first usage error if there is one
   */
  static ParsedArgs parse(CommandSpec spec, String[] args, int from) {
    ArgParser p = new ArgParser(spec, args);
    p.run(from);
    return p.parsed;
  }

  private void run(int from) {
    boolean optionsEnded = false;
    int i = from;
    while (i < args.length) {
      String arg = args[i];
      if (!optionsEnded && arg.equals("--")) {
        optionsEnded = true;
        i++;
      } else if (!optionsEnded && arg.length() > 1 && arg.charAt(0) == '-') {
        i = option(i);
      } else if (spec.commands().length > 0) {
        if (spec.hasCommand(arg)) {
          parsed.command(arg, i + 1);
          return;
        }
        parsed.fail(
            new UsageException(
                "Unmatched argument at index " + i + ": '" + arg + "'",
                suggestCommands(arg, spec.commands())));
        i++;
      } else {
        Option positional = spec.positional();
        if (positional == null || parsed.positionals().size() >= positional.max()) {
          parsed.fail(new UsageException("Unmatched argument at index " + i + ": '" + arg + "'"));
        } else {
          parsed.addPositional(arg);
        }
        i++;
      }
    }
    checkRequired();
  }

  private void checkRequired() {
    for (Option o : spec.options()) {
      if (o.isRequired() && !parsed.has(o)) {
        parsed.fail(
            new UsageException(
                "Missing required option: '" + o.longestName() + "=" + o.label() + "'"));
      }
    }
    Option positional = spec.positional();
    if (positional != null && parsed.positionals().size() < positional.min()) {
      parsed.fail(new UsageException("Missing required parameter: '" + positional.label() + "'"));
    }
  }

  /** Parses the option at {@code args[i]} and returns the index of the next argument. */
  private int option(int i) {
    String arg = args[i];
    int eq = arg.indexOf('=');
    String name = eq > 0 ? arg.substring(0, eq) : arg;
    Option o = spec.find(name);
    if (o != null) {
      return given(o, eq > 0 ? arg.substring(eq + 1) : null, i);
    }
    if (arg.charAt(1) != '-') {
      return cluster(i);
    }
    parsed.fail(new UsageException("Unknown option: '" + arg + "'", suggestOptions(name)));
    return i + 1;
  }

  /** {@code -qv}, {@code -thtml}, {@code -j3}: one-letter options run together. */
  private int cluster(int i) {
    String arg = args[i];
    for (int k = 1; k < arg.length(); k++) {
      String name = "-" + arg.charAt(k);
      Option o = spec.find(name);
      if (o == null) {
        String within = arg.length() > 2 ? " (while processing option: '" + arg + "')" : "";
        parsed.fail(
            new UsageException(
                "Unknown option: '" + name + "'" + within,
                arg.length() > 2 ? null : suggestOptions(name)));
        return i + 1;
      }
      if (o.takesValue()) {
        String rest = arg.substring(k + 1);
        if (rest.startsWith("=")) {
          rest = rest.substring(1);
        }
        return given(o, rest.isEmpty() ? null : rest, i);
      }
      record(o, "true");
    }
    return i + 1;
  }

  /**
   * Records option {@code o}, found at {@code args[i]} with the value {@code attached} after its
   * name (or null), and returns the index of the next argument.
   */
  private int given(Option o, String attached, int i) {
    if (!o.takesValue()) {
      String value = "true";
      if (attached != null) {
        value = attached.toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
          parsed.fail(invalid(o, "'" + attached + "' is not a boolean"));
          return i + 1;
        }
      }
      record(o, value);
      return i + 1;
    }
    String value = attached;
    int next = i + 1;
    if (value == null) {
      if (next >= args.length || isOption(args[next])) {
        parsed.fail(
            new UsageException(
                "Missing required parameter for option '"
                    + o.longestName()
                    + "' ("
                    + o.label()
                    + ")"));
        return next;
      }
      value = args[next++];
    }
    if (o.isInteger() && !isInt(value)) {
      parsed.fail(invalid(o, "'" + value + "' is not an int"));
    } else if (o.choices() != null && !isOneOf(value, o.choices())) {
      parsed.fail(
          invalid(
              o,
              "expected one of ["
                  + String.join(", ", o.choices())
                  + "] (case-sensitive) but was '"
                  + value
                  + "'"));
    } else {
      record(o, value);
    }
    return next;
  }

  private void record(Option o, String value) {
    if (!o.isRepeatable() && parsed.wasGiven(o)) {
      String label = o.takesValue() ? " (" + o.label() + ")" : "";
      parsed.fail(
          new UsageException(
              "option '" + o.longestName() + "'" + label + " should be specified only once"));
      return;
    }
    parsed.add(o, value);
  }

  private static UsageException invalid(Option o, String why) {
    return new UsageException("Invalid value for option '" + o.longestName() + "': " + why);
  }

  /** Whether the argument is an option of this command, which cannot be another's value. */
  private boolean isOption(String arg) {
    if (arg.equals("--")) {
      return true;
    }
    int eq = arg.indexOf('=');
    return spec.find(eq > 0 ? arg.substring(0, eq) : arg) != null;
  }

  private static boolean isInt(String value) {
    try {
      Integer.parseInt(value.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isOneOf(String value, String[] choices) {
    for (String c : choices) {
      if (c.equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Possible solutions: --strict, --standalone} for a mistyped option, or null. */
  private String suggestOptions(String name) {
    List<String> close = new ArrayList<>();
    for (Option o : spec.options()) {
      for (String n : o.names()) {
        if (n.length() > 2
            && isClose(Option.withoutDashes(name), Option.withoutDashes(n))
            && !close.contains(n)) {
          close.add(n);
        }
      }
    }
    return close.isEmpty() ? null : "Possible solutions: " + String.join(", ", close);
  }

  /** {@code Did you mean: ajiss convert or ajiss collect?} for a mistyped command, or null. */
  static String suggestCommands(String word, String[] commands) {
    List<String> close = new ArrayList<>();
    for (String c : commands) {
      if (isClose(word, c)) {
        close.add(CommandSpec.TOOL + " " + c);
      }
    }
    return close.isEmpty() ? null : "Did you mean: " + String.join(" or ", close) + "?";
  }

  /**
   * Whether a mistyped word is close to a name: a few letters off (one in three), two letters
   * swapped, or the start of the name.
   */
  static boolean isClose(String typed, String name) {
    String a = typed.toLowerCase(Locale.ROOT);
    String b = name.toLowerCase(Locale.ROOT);
    if (a.length() >= 3 && b.startsWith(a)) {
      return true;
    }
    return distance(a, b) <= Math.max(1, Math.max(a.length(), b.length()) / 3);
  }

  /** The optimal string alignment distance: insertions, deletions, changes and swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
