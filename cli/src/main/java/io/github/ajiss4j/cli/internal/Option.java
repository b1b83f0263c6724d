package io.github.ajiss4j.cli.internal;

/**
 * One option of a command, or its positional parameters, declared once: {@link ArgParser} parses by
 * this declaration and {@link HelpFormatter} describes it, so no option is spelled twice.
 *
 * <p>An option is made by {@link #flag}, {@link #value} or {@link #positional} and refined by the
 * methods that return {@code this}; it is meant to be a constant, built once in a static
 * initializer and never changed after. The description may hold {@code ${DEFAULT-VALUE}} and {@code
 * ${COMPLETION-CANDIDATES}}, which {@link #description()} replaces with the default value and the
 * choices.
 */
final class Option {

  /** The longest option name, with its label, that shares a column with the others in the help. */
  static final int HELP_NAME_WIDTH = 20;

  private final String[] names;
  private final String label;
  private final String description;
  private boolean required;
  private boolean repeatable;
  private String split;
  private boolean integer;
  private String[] choices;
  private String defaultValue;
  private int min;
  private int max;

  private Option(String[] names, String label, String description) {
    this.names = names;
    this.label = label;
    this.description = description;
  }

  /**
   * An option without a value: present or not ({@code --name=false} is accepted too).
   *
   * @param description the help text
   * @param names its names, the short one first: {@code "-v", "--verbose"}
   */
  static Option flag(String description, String... names) {
    return new Option(names, null, description);
  }

  /**
   * An option that takes one value: {@code --name VALUE}, {@code --name=VALUE}, {@code -n VALUE},
   * {@code -nVALUE} or {@code -n=VALUE}.
   *
   * @param label the value's name in the help, such as {@code FILE}
   * @param description the help text
   * @param names its names, the short one first
   */
  static Option value(String label, String description, String... names) {
    return new Option(names, label, description);
  }

  /**
   * The positional parameters of a command: the arguments that are not options.
   *
   * @param label their name in the help
   * @param min how many at least
   * @param max how many at most ({@link Integer#MAX_VALUE} for no limit)
   * @param description the help text
   */
  static Option positional(String label, int min, int max, String description) {
    Option o = new Option(new String[0], label, description);
    o.min = min;
    o.max = max;
    return o;
  }

  /** Makes the option required: a command line without it is a usage error. */
  Option required() {
    this.required = true;
    return this;
  }

  /** Lets the option be given more than once; otherwise a second occurrence is a usage error. */
  Option repeatable() {
    this.repeatable = true;
    return this;
  }

  /** Lets the option be repeated and each of its values hold a list: {@code -t a,b -t c}. */
  Option split(String separator) {
    this.split = separator;
    this.repeatable = true;
    return this;
  }

  /** Requires the value to be an {@code int}. */
  Option integer() {
    this.integer = true;
    return this;
  }

  /** Requires the value to be one of these, case-sensitive. */
  Option choices(String... allowed) {
    this.choices = allowed;
    return this;
  }

  /** The value when the option is not given. */
  Option defaultValue(String value) {
    this.defaultValue = value;
    return this;
  }

  /** The names, as typed, the short one first; none for positional parameters. */
  String[] names() {
    return names;
  }

  /** Whether the option has this name. */
  boolean hasName(String name) {
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The name without its leading dashes: {@code verbose} for {@code --verbose}. */
  static String withoutDashes(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) == '-') {
      i++;
    }
    return name.substring(i);
  }

  /** The longest name, which error messages use: {@code --output} for {@code -o, --output}. */
  String longestName() {
    String longest = names.length == 0 ? label : names[0];
    for (String n : names) {
      if (n.length() > longest.length()) {
        longest = n;
      }
    }
    return longest;
  }

  /** The shortest name, which the usage line uses. */
  String shortestName() {
    String shortest = names[0];
    for (String n : names) {
      if (n.length() < shortest.length()) {
        shortest = n;
      }
    }
    return shortest;
  }

  /** The one-letter name such as {@code -v}, or null. */
  String shortName() {
    for (String n : names) {
      if (n.length() == 2 && n.charAt(0) == '-' && n.charAt(1) != '-') {
        return n;
      }
    }
    return null;
  }

  /** The long name such as {@code --verbose}, or null. */
  String longName() {
    for (String n : names) {
      if (n.startsWith("--")) {
        return n;
      }
    }
    return null;
  }

  /** The label of the value, or null for a flag. */
  String label() {
    return label;
  }

  /** The label as the help shows it: {@code FORMAT[,FORMAT...]} for a split option. */
  String labelInHelp() {
    return split == null ? label : label + "[" + split + label + "...]";
  }

  /** The description, its {@code ${...}} variables replaced. */
  String description() {
    String d = description;
    if (defaultValue != null) {
      d = d.replace("${DEFAULT-VALUE}", defaultValue);
    }
    if (choices != null) {
      d = d.replace("${COMPLETION-CANDIDATES}", String.join(", ", choices));
    }
    return d;
  }

  boolean isPositional() {
    return names.length == 0;
  }

  boolean takesValue() {
    return label != null && !isPositional();
  }

  boolean isRequired() {
    return required;
  }

  boolean isRepeatable() {
    return repeatable;
  }

  /** The separator of a list in one value, or null. */
  String splitBy() {
    return split;
  }

  boolean isInteger() {
    return integer;
  }

  /** The values allowed, or null for any. */
  String[] choices() {
    return choices;
  }

  /** The value when the option is not given, or null. */
  String defaultValue() {
    return defaultValue;
  }

  /** The fewest positional parameters. */
  int min() {
    return min;
  }

  /** The most positional parameters. */
  int max() {
    return max;
  }

  /** The positional parameters as the usage line shows them: {@code [FILE...]}, {@code FILE...}. */
  String positionalInHelp() {
    String s = label + (max > 1 ? "..." : "");
    return min == 0 ? "[" + s + "]" : s;
  }

  @Override
  public String toString() {
    return isPositional() ? label : longestName();
  }
}
