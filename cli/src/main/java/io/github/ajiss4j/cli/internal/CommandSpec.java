package io.github.ajiss4j.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The declaration of one command: its name, its help text and its options. {@link ArgParser} parses
 * a command line by it and {@link HelpFormatter} prints its help from it.
 *
 * <p>Every command has {@link #HELP}, {@link #VERSION} (first) and {@link #DEBUG} (last); a
 * command's own options come in between, in the order the help lists them.
 */
final class CommandSpec {

  /** {@code -h, --help}. */
  static final Option HELP =
      Option.flag("Show this help message and exit.", "-h", "--help").repeatable();

  /** {@code -V, --version}. */
  static final Option VERSION =
      Option.flag("Print version information and exit.", "-V", "--version").repeatable();

  /** {@code --debug}. */
  static final Option DEBUG =
      Option.flag("Show the stack trace of an unexpected error.", "--debug");

  /** The name of the tool, the first word of every usage line. */
  static final String TOOL = "ajiss";

  private final String name;
  private String header;
  private String[] description = new String[0];
  private final List<Option> options = new ArrayList<>();
  private Option positional;
  private String[] commands = new String[0];
  private String[] footer = new String[0];

  private CommandSpec(String name) {
    this.name = name;
    options.add(HELP);
    options.add(VERSION);
  }

  /**
   * Declares a command.
   *
   * @param name its name, such as {@code convert}, or null for the tool itself
   */
  static CommandSpec command(String name) {
    return new CommandSpec(name);
  }

  /** The one-line summary, first in the help and in the list of commands. */
  CommandSpec header(String line) {
    this.header = line;
    return this;
  }

  /** The paragraphs after the usage line. */
  CommandSpec description(String... paragraphs) {
    this.description = paragraphs;
    return this;
  }

  /** Adds options, in the order the help lists them. */
  CommandSpec options(Option... more) {
    for (Option o : more) {
      options.add(o);
    }
    return this;
  }

  /** The positional parameters. */
  CommandSpec positional(Option parameters) {
    this.positional = parameters;
    return this;
  }

  /** The names of the subcommands (only the tool itself has some), in the order the help lists. */
  CommandSpec commands(String... names) {
    this.commands = names;
    return this;
  }

  /** The lines after the options; an empty string is an empty line. */
  CommandSpec footer(String... lines) {
    this.footer = lines;
    return this;
  }

  /**
   * Ends the declaration: adds {@link #DEBUG} as the last option.
   *
   * @return this
   */
  CommandSpec build() {
    options.add(DEBUG);
    return this;
  }

  /** The command's name, or null for the tool itself. */
  String name() {
    return name;
  }

  /** What the usage line and {@code Try '... --help'} call it: {@code ajiss convert}. */
  String qualifiedName() {
    return name == null ? TOOL : TOOL + " " + name;
  }

  String header() {
    return header;
  }

  String[] description() {
    return description;
  }

  /** Every option, in help order. */
  List<Option> options() {
    return options;
  }

  /** The positional parameters, or null when the command takes none. */
  Option positional() {
    return positional;
  }

  String[] commands() {
    return commands;
  }

  /** Whether {@code word} names a subcommand. */
  boolean hasCommand(String word) {
    for (String c : commands) {
      if (c.equals(word)) {
        return true;
      }
    }
    return false;
  }

  String[] footer() {
    return footer;
  }

  /** The option with this name, or null. */
  Option find(String optionName) {
    for (Option o : options) {
      if (o.hasName(optionName)) {
        return o;
      }
    }
    return null;
  }
}
