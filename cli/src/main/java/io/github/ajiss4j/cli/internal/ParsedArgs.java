package io.github.ajiss4j.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ArgParser} found on a command line: each option given, in the order given, with its
 * value ({@code "true"} or {@code "false"} for a flag), the positional parameters, and the first
 * usage error, if any.
 */
final class ParsedArgs {

  private final CommandSpec spec;
  private final List<Option> given = new ArrayList<>();
  private final List<String> values = new ArrayList<>();
  private final List<String> positionals = new ArrayList<>();
  private UsageException error;
  private String command;
  private int commandStart;

  ParsedArgs(CommandSpec spec) {
    this.spec = spec;
  }

  /** The command that was parsed. */
  CommandSpec spec() {
    return spec;
  }

  void add(Option option, String value) {
    given.add(option);
    values.add(value);
  }

  void addPositional(String value) {
    positionals.add(value);
  }

  /** Keeps the first error only: it is the one reported. */
  void fail(UsageException e) {
    if (error == null) {
      error = e;
    }
  }

  void command(String name, int start) {
    this.command = name;
    this.commandStart = start;
  }

  /** The first usage error, or null. */
  UsageException error() {
    return error;
  }

  /** The subcommand named on the tool's command line, or null. */
  String command() {
    return command;
  }

  /** Where the subcommand's own arguments start. */
  int commandStart() {
    return commandStart;
  }

  /** How many options were given. */
  int size() {
    return given.size();
  }

  /** The {@code i}th option given. */
  Option option(int i) {
    return given.get(i);
  }

  /** The value of the {@code i}th option given. */
  String value(int i) {
    return values.get(i);
  }

  /** Whether the option was given at all, even as {@code --flag=false}. */
  boolean wasGiven(Option option) {
    return given.contains(option);
  }

  /** Whether the option was given (a flag: given and not {@code =false}). */
  boolean has(Option option) {
    if (!given.contains(option)) {
      return false;
    }
    return option.takesValue() || "true".equals(value(option));
  }

  /** The last value of the option, or its default value (null when it has none). */
  String value(Option option) {
    for (int i = given.size() - 1; i >= 0; i--) {
      if (given.get(i) == option) {
        return values.get(i);
      }
    }
    return option.defaultValue();
  }

  /** The value of an {@link Option#integer()} option, or null when it was not given. */
  Integer integer(Option option) {
    String v = value(option);
    return v == null ? null : Integer.valueOf(v.trim());
  }

  /** Every value of the option, in order, each split by the option's separator. */
  List<String> values(Option option) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) == option) {
        String v = values.get(i);
        String separator = option.splitBy();
        if (separator == null) {
          all.add(v);
          continue;
        }
        int from = 0;
        for (int at = v.indexOf(separator); at >= 0; at = v.indexOf(separator, from)) {
          all.add(v.substring(from, at));
          from = at + separator.length();
        }
        all.add(v.substring(from));
      }
    }
    return all;
  }

  /** The positional parameters, in order. */
  List<String> positionals() {
    return positionals;
  }

  /** Whether {@code -h} or {@code --help} was given. */
  boolean helpRequested() {
    return given.contains(CommandSpec.HELP);
  }

  /** Whether {@code -V} or {@code --version} was given. */
  boolean versionRequested() {
    return given.contains(CommandSpec.VERSION);
  }
}
