package io.github.ajiss4j.render.json;

/**
 * Thrown by {@link CommentaryJsonReader} for input that is not JSON, or not a commentary in the
 * shape of {@link JsonRenderer}'s output. The message names the JSON path of the offending value
 * and its line and column, such as {@code $.body[2].type: unknown block type "table"; expected one
 * of paragraph, heading, list, blockquote (line 40, column 15)}.
 *
 * <pre>{@code
 * try {
 *   reader.read("{\"schemaVersion\": 1}");
 * } catch (JsonReadException e) {
 *   System.err.println(e.getMessage()); // $: missing required field "series" (line 1, column 20)
 * }
 * }</pre>
 */
public final class JsonReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** The 1-based line of the offending value, or -1. */
  private final int line;

  /** The 1-based column of the offending value, or -1. */
  private final int column;

  /**
   * Makes an exception.
   *
   * @param problem what is wrong, without the path or the location
   * @param path the JSON path of the offending value, such as {@code $.body[2].type}
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public JsonReadException(String problem, String path, int line, int column, Throwable cause) {
    super(format(problem, path, line, column), cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String format(String problem, String path, int line, int column) {
    StringBuilder sb = new StringBuilder(path).append(": ").append(problem);
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * The JSON path of the offending value, in the form {@code $.body[2].content[0].text}; {@code $}
   * is the whole document.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending value.
   *
   * @return the 1-based line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int column() {
    return column;
  }
}
