package io.github.ajiss4j.cli;

import io.github.ajiss4j.cli.internal.Cli;
import io.github.ajiss4j.cli.internal.Context;
import java.util.Arrays;

/**
 * The entry point of the {@code ajiss} command-line tool.
 *
 * <pre>{@code
 * java -jar cli/target/ajiss.jar convert --to json -o out a.txt b.txt
 * }</pre>
 *
 * <p>Exit codes: {@code 0} when everything was converted, {@code 1} when some input failed (or
 * {@code check} reached its threshold), {@code 2} for a usage error, including an unknown format,
 * an output directory that cannot be written and a missing {@code epub} format. No stack trace is
 * printed unless {@code --debug} is given.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the tool on the process's standard streams and working directory, without exiting.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    Context context = Context.system();
    try {
      return Cli.execute(context, args);
    } catch (Throwable t) { // the last line of defence: no stack trace without --debug
      context.err().println("ajiss: internal error: " + t);
      if (Arrays.asList(args).contains("--debug")) {
        t.printStackTrace(context.err());
      }
      return 1;
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }
}
