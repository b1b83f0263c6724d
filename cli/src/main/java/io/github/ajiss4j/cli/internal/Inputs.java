package io.github.ajiss4j.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Turns the names on a command line ({@code FILE}, {@code DIR}, {@code -}) into inputs. */
final class Inputs {

  /** The inputs of {@code convert} and {@code check}: files, directories, {@code -}, or none. */
  static final Option OPTION =
      Option.positional(
          "FILE|DIR|-", 0, Integer.MAX_VALUE, "The inputs (default: standard input).");

  private Inputs() {}

  /**
   * Lists the inputs. A directory is walked recursively for {@code *.txt} files, following links,
   * in name order; an unreadable directory, or one without any {@code *.txt} file, becomes one
   * failed input. No names means standard input.
   *
   * @throws UsageException when standard input is named twice
   */
  static List<Input> expand(Context context, List<String> names) {
    return expand(context, names, null);
  }

  /**
   * Lists the inputs as {@link #expand(Context, List)} does, a directory walked skipping {@code
   * outputs}, the directory the outputs go to, where it lies inside it: a run again does not read
   * the texts that the first wrote there.
   *
   * @throws UsageException when standard input is named twice
   */
  static List<Input> expand(Context context, List<String> names, Path outputs) {
    List<String> given = names == null || names.isEmpty() ? List.of("-") : names;
    List<Input> inputs = new ArrayList<>();
    boolean stdinSeen = false;
    for (String name : given) {
      if (name.equals("-")) {
        if (stdinSeen) {
          throw new UsageException("standard input (-) given twice");
        }
        stdinSeen = true;
        try {
          inputs.add(Input.stdin(context.in()));
        } catch (IOException e) {
          inputs.add(Input.failed("<stdin>", e));
        }
        continue;
      }
      Path path = context.resolve(name);
      if (Files.isDirectory(path)) {
        walk(name, path, inputs, outputs == null ? null : outputs.toAbsolutePath().normalize());
      } else {
        inputs.add(Input.file(name, path, stem(path.getFileName().toString())));
      }
    }
    return inputs;
  }

  private static void walk(String name, Path dir, List<Input> inputs, Path skip) {
    List<Path> files = new ArrayList<>();
    List<Input> failures = new ArrayList<>();
    try {
      // links are followed: a linked text is converted like any other, a loop is reported
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return skip != null && !d.equals(dir) && d.toAbsolutePath().normalize().equals(skip)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // a link that leads nowhere (its file was removed) is listed all the same, so
              // that reading it reports the missing file instead of skipping it in silence
              if ((attrs.isRegularFile() || attrs.isSymbolicLink())
                  && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              failures.add(Input.failed(display(name, dir, file), e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(Input.failed(name, e));
    }
    if (files.isEmpty() && failures.isEmpty()) {
      // a directory named on the command line with nothing to convert is most likely a mistake
      failures.add(Input.failed(name, new Failures.NoInputException()));
    }
    files.sort(null);
    for (Path file : files) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      inputs.add(Input.file(display(name, dir, file), file, stem(relative)));
    }
    inputs.addAll(failures);
  }

  private static String display(String name, Path dir, Path file) {
    String relative = dir.relativize(file).toString();
    if (relative.isEmpty()) {
      return name;
    }
    return name.endsWith("/") || name.endsWith(dir.getFileSystem().getSeparator())
        ? name + relative
        : name + dir.getFileSystem().getSeparator() + relative;
  }

  /** The name without its last extension: {@code a.txt} gives {@code a}, {@code a} gives itself. */
  static String stem(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
