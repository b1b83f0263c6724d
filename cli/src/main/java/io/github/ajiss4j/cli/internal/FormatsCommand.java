package io.github.ajiss4j.cli.internal;

import io.github.ajiss4j.render.Renderer;
import io.github.ajiss4j.render.Renderers;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code ajiss formats}: every renderer on the class path. */
final class FormatsCommand extends BaseCommand {

  /** {@code ajiss formats [-hV] [--debug]}. */
  static final CommandSpec SPEC =
      CommandSpec.command("formats")
          .header("List the formats available.")
          .description(
              "Every renderer found on the class path, third-party ones included: its name,"
                  + " aliases, media type and file extension.")
          .build();

  FormatsCommand(Context context) {
    super(context);
  }

  @Override
  int call(ParsedArgs args) {
    List<Renderer> all = Renderers.load().all();
    String[][] rows = new String[all.size() + 1][];
    rows[0] = new String[] {"NAME", "ALIASES", "MEDIA TYPE", "EXTENSION"};
    for (int i = 0; i < all.size(); i++) {
      Renderer r = all.get(i);
      String aliases =
          r.aliases().isEmpty() ? "-" : String.join(",", r.aliases().stream().sorted().toList());
      rows[i + 1] =
          new String[] {
            r.name(), aliases, r.mediaType(), r.fileExtension() + (r.isBinary() ? " (binary)" : "")
          };
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int c = 0; c < 4; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    PrintStream out = context.out();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < 4; c++) {
        line.append(
            c < 3 ? String.format(Locale.ROOT, "%-" + (widths[c] + 2) + "s", row[c]) : row[c]);
      }
      out.println(line.toString().stripTrailing());
    }
    if (all.isEmpty()) {
      out.println("(no format found on the class path)");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
