package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.Severity;
import io.github.ajiss4j.parser.CommentaryParseException;
import io.github.ajiss4j.parser.CommentaryParser;
import io.github.ajiss4j.parser.ParseResult;
import io.github.ajiss4j.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts many inputs to many formats in parallel. Each input is parsed once and rendered to each
 * format; a failure is one line on standard error and never stops the others.
 */
final class Batch {

  /** Where the output of a batch goes. */
  record Target(Path directory, boolean stdout) {}

  /** What became of one input. */
  private record Outcome(
      Input input,
      List<Path> written,
      List<Path> unchanged,
      List<String> errors,
      List<String> diagnostics,
      int warnings) {

    boolean failed() {
      return !errors.isEmpty();
    }
  }

  /** The counts of a finished batch. */
  record Summary(int converted, int failed, int warnings, long millis) {

    String line() {
      long hundredths = (millis + 5) / 10; // rounded half up, as %.2f of the seconds
      return "ajiss: converted "
          + converted
          + ", failed "
          + failed
          + ", warnings "
          + warnings
          + ", time "
          + hundredths / 100
          + (hundredths % 100 < 10 ? ".0" : ".")
          + hundredths % 100
          + " s";
    }
  }

  private final Context context;
  private final CommentaryParser parser;
  private final List<Renderer> renderers;
  private final Target target;
  private final int threads;
  private final boolean listWritten;
  private final boolean verbose;

  /** The files read by this batch, which no output may replace; filled by {@link #run}. */
  private final Set<Path> inputFiles = ConcurrentHashMap.newKeySet();

  /**
   * The identities of the input files (device and inode where the file system has them), so that an
   * output is matched with one call for its attributes rather than by resolving its real path.
   */
  private final Set<Object> inputKeys = ConcurrentHashMap.newKeySet();

  /** Some input file has no identity: its real path is in {@link #inputFiles}. */
  private volatile boolean inputsWithoutKeys;

  Batch(
      Context context,
      CommentaryParser parser,
      List<Renderer> renderers,
      Target target,
      int threads,
      boolean listWritten,
      boolean verbose) {
    this.context = context;
    this.parser = parser;
    this.renderers = renderers;
    this.target = target;
    this.threads = threads;
    this.listWritten = listWritten;
    this.verbose = verbose;
  }

  Summary run(List<Input> inputs) {
    long start = System.nanoTime();
    Map<String, String> claimed = new HashMap<>();
    List<Input> work = new ArrayList<>();
    int[] counts = new int[3]; // converted, failed, warnings
    for (Input input : inputs) {
      if (input.file() != null) {
        inputFiles.add(input.file().toAbsolutePath().normalize());
        try {
          Object key = Files.readAttributes(input.file(), BasicFileAttributes.class).fileKey();
          if (key != null) {
            inputKeys.add(key);
          } else {
            inputsWithoutKeys = true;
            inputFiles.add(input.file().toRealPath()); // what outputs are matched with then
          }
        } catch (IOException | SecurityException e) {
          // not there: reading it will say so
        }
      }
    }
    for (Input input : inputs) {
      // two inputs with one name (a/x.txt and b/x.txt) would overwrite each other's output
      String first = claimed.putIfAbsent(input.stem(), input.display());
      if (first != null && !target.stdout()) {
        context
            .err()
            .println(
                input.display()
                    + ": error duplicate-output its output "
                    + input.stem()
                    + ".* is already written for "
                    + first);
        counts[1]++;
      } else {
        work.add(input);
      }
    }
    try (Progress progress = Progress.start(context, "Converting", work.size())) {
      Parallel.forEach(work, threads, new Conversions(counts, progress));
    }
    context.out().flush();
    return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - start) / 1_000_000);
  }

  /** Converts each input, and reports and counts each outcome. */
  private final class Conversions implements Parallel.Task<Input, Outcome> {
    private final int[] counts;
    private final Progress progress;

    Conversions(int[] counts, Progress progress) {
      this.counts = counts;
      this.progress = progress;
    }

    @Override
    public Outcome work(Input input) {
      return convert(input);
    }

    @Override
    public void done(Outcome outcome) {
      report(outcome, progress);
      if (outcome.failed()) {
        counts[1]++;
      } else {
        counts[0]++;
      }
      counts[2] += outcome.warnings();
      progress.step();
    }
  }

  /** Renders a commentary into a file's content, keeping the renderer's diagnostics. */
  private static final class Rendering implements AtomicFiles.Content {
    private final Renderer renderer;
    private final Commentary commentary;
    private List<Diagnostic> diagnostics = List.of();

    Rendering(Renderer renderer, Commentary commentary) {
      this.renderer = renderer;
      this.commentary = commentary;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      diagnostics = renderer.render(commentary, out);
    }
  }

  private void report(Outcome outcome, Progress progress) {
    progress.println(context.err(), outcome.diagnostics());
    progress.println(context.err(), outcome.errors());
    if (listWritten) {
      for (Path p : outcome.written()) {
        // a file that already held the output is named as such
        context.out().println((outcome.unchanged().contains(p) ? "unchanged " : "wrote ") + p);
      }
    }
  }

  private Outcome convert(Input input) {
    List<Path> written = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>(); // of the written, those that held the output already
    List<String> errors = new ArrayList<>();
    List<String> diagnostics = new ArrayList<>();
    int warnings = 0;
    ParseResult result;
    try {
      result = input.parse(parser);
    } catch (CommentaryParseException e) {
      return new Outcome(
          input, written, unchanged, List.of(Failures.parse(input.display(), e)), diagnostics, 0);
    } catch (IOException e) {
      return new Outcome(
          input, written, unchanged, List.of(Failures.io(input.display(), e)), diagnostics, 0);
    } catch (RuntimeException e) {
      return new Outcome(
          input, written, unchanged, List.of(unexpected(input.display(), e)), diagnostics, 0);
    }
    warnings += count(result.diagnostics(), input.display(), diagnostics);
    Commentary commentary = result.commentary();
    // the outputs that could not be written, by reason: a full disk fails every format of an
    // input alike, and is then one line naming them all
    Map<String, List<String>> unwritten = new LinkedHashMap<>();
    for (Renderer renderer : renderers) {
      String what = renderer.name();
      try {
        List<Diagnostic> found;
        if (target.stdout()) {
          // rendered in full before a byte goes out, so a failure writes nothing
          ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
          found = renderer.render(commentary, buffer);
          what = "standard output";
          buffer.writeTo(context.out());
          IOException lost = context.outFailure();
          if (lost != null) {
            throw lost;
          }
        } else {
          Path file = target.directory().resolve(input.stem() + "." + renderer.fileExtension());
          what = file.toString();
          if (replacesAnInput(file)) {
            // "convert --to text -o . a.txt" would write a.txt over itself
            errors.add(
                input.display()
                    + ": error output-is-input its output "
                    + file
                    + " would replace an input of this batch");
            continue;
          }
          Rendering rendering = new Rendering(renderer, commentary);
          if (!AtomicFiles.write(file, rendering)) {
            unchanged.add(file);
          }
          found = rendering.diagnostics;
          written.add(file);
        }
        warnings += count(found, input.display(), diagnostics);
      } catch (IOException e) {
        unwritten(unwritten, Failures.describe(e, false)).add(what);
      } catch (RuntimeException e) {
        // a renderer's writer may wrap the failure of the disk in an unchecked exception
        IOException io = Failures.ioCause(e);
        if (io != null) {
          unwritten(unwritten, Failures.describe(io, false)).add(what);
        } else {
          errors.add(unexpected(input.display() + ": " + renderer.name(), e));
        }
      }
    }
    for (Map.Entry<String, List<String>> e : unwritten.entrySet()) {
      errors.add(
          input.display()
              + ": error io-error cannot write "
              + String.join(", ", e.getValue())
              + ": "
              + e.getKey());
    }
    return new Outcome(input, written, unchanged, errors, diagnostics, warnings);
  }

  /** The outputs not written for a reason, a new list for a new reason. */
  private static List<String> unwritten(Map<String, List<String>> unwritten, String reason) {
    List<String> outputs = unwritten.get(reason);
    if (outputs == null) {
      outputs = new ArrayList<>();
      unwritten.put(reason, outputs);
    }
    return outputs;
  }

  private boolean replacesAnInput(Path file) {
    if (inputFiles.contains(file.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      if (key != null && inputKeys.contains(key)) {
        return true;
      }
      // an input without an identity is known by its real path
      return inputsWithoutKeys && inputFiles.contains(file.toRealPath());
    } catch (IOException | SecurityException e) {
      return false; // not there yet, or not to be looked at: writing it will say so
    }
  }

  private int count(List<Diagnostic> found, String display, List<String> lines) {
    int warnings = 0;
    for (Diagnostic d : found) {
      if (d.severity().compareTo(Severity.WARNING) >= 0) {
        warnings++;
      }
      if (verbose) {
        lines.add(display + ":" + d);
      }
    }
    return warnings;
  }

  private String unexpected(String where, RuntimeException e) {
    if (context.debug()) {
      e.printStackTrace(context.err());
    }
    return where + ": error internal " + e;
  }
}
