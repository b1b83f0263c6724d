package io.github.ajiss4j.model;

/**
 * The stable codes of every {@link Diagnostic} that ajiss4j reports. Each code has an id that never
 * changes (used in reports and JSON) and a default severity.
 */
public enum DiagnosticCode {
  // --- repairs and drops reported by the parser
  /** The copy of the first paragraph from a narrow boxed column, clipped or whole, was dropped. */
  CLIPPED_COPY("clipped-copy", Severity.INFO),
  /** A paragraph split by a page break was joined again. */
  PAGE_BREAK_JOINED("page-break-joined", Severity.INFO),
  /**
   * A paragraph end that no blank line marks, in text whose lines run on with none between
   * paragraphs or where one was lost, was read from the shape of the lines: a line that ends a
   * sentence with room left on it for the next word, or a line set in below it.
   */
  PARAGRAPH_END_INFERRED("paragraph-end-inferred", Severity.INFO),
  /**
   * A word hyphenated at a line end or a page break, or parted there by a soft hyphen, was joined.
   */
  HYPHENATION_REMOVED("hyphenation-removed", Severity.INFO),
  /**
   * Text laid out in columns side by side, as {@code pdftotext -layout} gives the first page's
   * masthead beside the main column, was read one column after another.
   */
  LAYOUT_COLUMNS_READ("layout-columns-read", Severity.INFO),
  /**
   * A page number, a running head or foot, a rule line, the PDF's title that Tika writes first, or
   * other page furniture was dropped.
   */
  PAGE_FURNITURE_DROPPED("page-furniture-dropped", Severity.INFO),
  /**
   * The closing note that the views are the author's own, neither body nor biography, was dropped.
   */
  CLOSING_NOTE_DROPPED("closing-note-dropped", Severity.INFO),
  /**
   * The label over the biographies ("About the author"), on a line of its own or before the name,
   * or the footnote mark that opens a biography, was dropped: the biography is the text after it.
   */
  BIOGRAPHY_LABEL_DROPPED("biography-label-dropped", Severity.INFO),
  /** A piece of the title that extraction moved behind the author's name was put back. */
  TITLE_PIECE_RESTORED("title-piece-restored", Severity.INFO),
  /** A title printed in capitals was turned into title case. */
  TITLE_RECASED("title-recased", Severity.INFO),
  /**
   * A mark that a PDF-to-Markdown tool writes, the {@code #} before a heading, the {@code **}
   * around a line in bold or a staff label, the {@code |} of a table, an image's placeholder or the
   * backslash of an escape ({@code \$}), was dropped, an HTML entity ({@code &amp;}) was read as
   * its character, or the tag of an inline HTML element ({@code <sup>}) was dropped.
   */
  MARKUP_DROPPED("markup-dropped", Severity.INFO),
  /**
   * Characters that print nothing inside the text (soft hyphens, zero-width spaces, word joiners)
   * were dropped, or read as the space beside them: reported once, where the first stands, with how
   * many more there are.
   */
  INVISIBLE_DROPPED("invisible-dropped", Severity.INFO),
  /**
   * Latin ligatures ({@code ﬁ}, {@code ﬀ}) were written out as their letters: reported once, where
   * the first stands, with how many more there are.
   */
  LIGATURE_WRITTEN_OUT("ligature-written-out", Severity.INFO),
  /**
   * A misread institute abbreviation, name or role, or a misread word of the publisher's name, was
   * corrected against the known names.
   */
  INSTITUTE_CORRECTED("institute-corrected", Severity.WARNING),
  /**
   * Stray glyphs, such as those before an institute name or a footnote mark after an author's name,
   * were dropped.
   */
  STRAY_TEXT_DROPPED("stray-text-dropped", Severity.WARNING),
  /** An institute not among the known ones was kept as printed. */
  UNKNOWN_INSTITUTE("unknown-institute", Severity.WARNING),
  /** A staff label with a misread letter ({@code Editoria1 Board:}) was read as the known label. */
  LABEL_CORRECTED("label-corrected", Severity.WARNING),
  /**
   * A month's name in the issue line with a misread letter ({@code Jume}) was read as the month, or
   * a letter misread for a digit of the number or the date ({@code 2O10}), or a digit for the o of
   * {@code No} ({@code N0.93}), as the digit or the letter.
   */
  DATE_CORRECTED("date-corrected", Severity.WARNING),
  /**
   * The issue line's date falls outside the series' life, before April 2007 or after next year:
   * kept as printed, most likely a misread digit of the year.
   */
  IMPLAUSIBLE_DATE("implausible-date", Severity.WARNING),
  /** Masthead text that fits no known post was dropped. */
  UNKNOWN_MASTHEAD_TEXT("unknown-masthead-text", Severity.WARNING),
  /** An author has no closing biography. */
  MISSING_BIOGRAPHY("missing-biography", Severity.WARNING),
  /** A header field that every commentary prints was not found. */
  MISSING_FIELD("missing-field", Severity.WARNING),
  /**
   * The input is not UTF-8 and holds no UTF-8 sequence: it was read as windows-1252, as older
   * extraction tools write text.
   */
  LEGACY_ENCODING("legacy-encoding", Severity.WARNING),
  /**
   * UTF-8 text that a tool had read as windows-1252 and written back as UTF-8 ({@code â€™} for
   * {@code ’}, {@code Ã©} for {@code é}) was read as the characters it stands for.
   */
  MOJIBAKE_REPAIRED("mojibake-repaired", Severity.WARNING),
  /**
   * The body stands on one line with the header, no line end in it, as where extraction made the
   * whole text one line: its paragraphs cannot be told apart, and it was read as one.
   */
  ONE_LINE_BODY("one-line-body", Severity.WARNING),
  /** A control character, or another character that text may not hold, was dropped. */
  CONTROL_CHARACTER_DROPPED("control-character-dropped", Severity.WARNING),
  /**
   * A glyph that extraction could not map to a character, as pdfminer writes one ({@code
   * (cid:127)}), was dropped, or read as a key point's mark where it opens a line; or the
   * replacement character U+FFFD, which stands for a character lost, was kept where it stands.
   */
  UNMAPPED_GLYPH("unmapped-glyph", Severity.WARNING),
  /** An asterisk that opens no emphasis was kept as text. */
  UNMATCHED_EMPHASIS("unmatched-emphasis", Severity.INFO),

  // --- reported by renderers
  /** A character that XML forbids was left out of the output. */
  FORBIDDEN_CHARACTER_DROPPED("forbidden-character-dropped", Severity.WARNING),

  // --- input that is not a commentary: the codes of a parse exception
  /** The input is empty or holds only white space. */
  EMPTY_INPUT("empty-input", Severity.ERROR),
  /** The input is binary data, not text. */
  BINARY_INPUT("binary-input", Severity.ERROR),
  /** The input bytes are not valid UTF-8. */
  MALFORMED_UTF8("malformed-utf8", Severity.ERROR),
  /** The input is text, but not an AJISS-Commentary. */
  NOT_A_COMMENTARY("not-a-commentary", Severity.ERROR),
  /** No issue line ({@code No.93. 8 June 2010}) was found. */
  MISSING_ISSUE_LINE("missing-issue-line", Severity.ERROR),
  /** The issue line names an impossible number or date. */
  BAD_ISSUE_LINE("bad-issue-line", Severity.ERROR),
  /** No title was found. */
  MISSING_TITLE("missing-title", Severity.ERROR),
  /** No author was found. */
  MISSING_AUTHOR("missing-author", Severity.ERROR),
  /** No body text was found. */
  MISSING_BODY("missing-body", Severity.ERROR),
  /**
   * A second commentary (another one, or a copy of the first) with its own series name and issue
   * line follows the first.
   */
  SECOND_COMMENTARY("second-commentary", Severity.ERROR),
  /** The input is longer than the parser's limit. */
  INPUT_TOO_LARGE("input-too-large", Severity.ERROR),
  /** A line is longer than the parser's limit. */
  LINE_TOO_LONG("line-too-long", Severity.ERROR),
  /** More diagnostics than the parser's limit. */
  TOO_MANY_DIAGNOSTICS("too-many-diagnostics", Severity.ERROR),
  /** A strict parser met a repair that a lenient one would have reported as a warning. */
  STRICT_VIOLATION("strict-violation", Severity.ERROR),
  /** The input could not be read. */
  IO_ERROR("io-error", Severity.ERROR);

  private final String id;
  private final Severity severity;

  DiagnosticCode(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /**
   * The stable id used in reports and JSON, such as {@code clipped-copy}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The severity this code is reported with.
   *
   * @return the default severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Finds a code by its id.
   *
   * @param id an id such as {@code clipped-copy}
   * @return the code
   * @throws IllegalArgumentException if no code has that id
   */
  public static DiagnosticCode ofId(String id) {
    for (DiagnosticCode code : values()) {
      if (code.id.equals(id)) {
        return code;
      }
    }
    throw new IllegalArgumentException("unknown diagnostic code: " + id);
  }
}
