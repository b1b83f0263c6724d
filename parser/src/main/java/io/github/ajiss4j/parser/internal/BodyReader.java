package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body: splits it into blocks at blank lines, joins hard-wrapped lines, undoes
 * hyphenation at line ends, drops the clipped copy of the first paragraph, rejoins paragraphs cut
 * by a page break, and types key points and subheadings.
 */
final class BodyReader {

  /**
   * Prefixes that keep their hyphen when a line ends at it. Prefixes that English mostly writes
   * closed (co-, pre-, multi-, sub-), or that begin many words a typesetter breaks after them
   * (ex-ample, pro-gress), are not among them.
   */
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of("self", "non", "anti", "vice", "half", "cross", "well", "all", "post");

  /**
   * Prefixes that keep their hyphen only before a word that the text uses elsewhere: so-called, but
   * so-cial.
   */
  private static final Set<String> HYPHEN_PREFIXES_BEFORE_WORDS = Set.of("so");

  /**
   * Words that open closed compounds (some-thing, with-out, how-ever, there-fore, under-stand): a
   * line end at a hyphen after one is the typesetter's, though both parts stand alone elsewhere.
   */
  private static final Set<String> CLOSED_COMPOUND_FIRSTS =
      Set.of(
          "any", "can", "down", "every", "for", "further", "her", "him", "how", "more", "never",
          "none", "our", "out", "over", "some", "them", "there", "through", "under", "what", "when",
          "where", "who", "with", "your");

  /**
   * Words that head compounds ({@code US-led}, {@code decision-making}, {@code long-term}): after a
   * hyphen at a line end such a word is the compound's own, though the text uses neither part
   * elsewhere; none of them is a syllable that a typesetter's hyphen leaves.
   */
  private static final Set<String> COMPOUND_HEADS =
      Set.of(
          "led",
          "based",
          "making",
          "maker",
          "makers",
          "called",
          "scale",
          "owned",
          "term",
          "level",
          "standing",
          "related",
          "centered",
          "centred",
          "oriented",
          "era",
          "style",
          "driven",
          "backed",
          "made",
          "born",
          "funded",
          "sponsored",
          "focused",
          "minded",
          "sided",
          "ranging",
          "wide",
          "friendly",
          "free",
          "specific",
          "sized",
          "year",
          "old",
          "up",
          "off",
          "building",
          "keeping",
          "sharing",
          "setting",
          "looking",
          "lasting",
          "run",
          "range",
          "zone",
          "sum",
          "reaching",
          "torn",
          "advised",
          "growing",
          "alliance",
          "commerce",
          "dependent",
          "intensive",
          "prone",
          "won");

  /**
   * Words that open compounds ({@code twenty-five}, {@code high-level}, {@code large-scale}):
   * before a hyphen at a line end and a word that is no suffix, such a word keeps its hyphen.
   */
  private static final Set<String> COMPOUND_OPENERS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
          "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "long", "high", "low",
          "large", "full", "middle", "rules", "rule", "top", "first", "second", "third", "short",
          "small", "like", "open", "state", "nuclear", "free", "east", "west", "north", "south",
          "zero", "far", "ill", "ever", "quasi", "gray", "grey", "war");

  /**
   * Endings that a typesetter's hyphen leaves alone on the next line ({@code high-} / {@code ly},
   * {@code Ameri-} / {@code can}), and the ends that English writes closed onto a word, as in
   * statecraft, statehood and eastern: after one, a hyphen at a line end is no compound's.
   */
  private static final Set<String> SUFFIXES =
      Set.of(
          "ly", "er", "ers", "est", "ness", "ish", "ing", "ings", "ed", "en", "ened", "age", "ages",
          "ity", "ities", "ous", "ment", "ments", "tion", "tions", "sion", "ism", "ist", "ists",
          "ize", "ized", "ise", "ised", "ese", "an", "ans", "ian", "ians", "ean", "eans", "ic",
          "ics", "al", "ally", "ful", "less", "ship", "dom", "ward", "wards", "able", "ible",
          "ance", "ence", "ant", "ent", "ry", "y", "can", "cans", "ia", "ium", "wise", "craft",
          "hood", "ern");

  /**
   * Prefixes that English writes closed ({@code inter-} / {@code national}): a word that heads
   * compounds after one is no sign of a compound.
   */
  private static final Set<String> CLOSED_PREFIXES =
      Set.of(
          "inter", "intra", "counter", "trans", "multi", "super", "sub", "pre", "dis", "mis", "re",
          "de", "un", "co", "over", "under", "out", "fore", "mid");

  /**
   * Prefixes that keep a hyphen before a word that opens with the vowel that ends them ({@code
   * de-escalation}, {@code re-elect}, {@code pre-empt}); {@code co} is written closed ({@code
   * cooperation}).
   */
  private static final Set<String> VOWEL_PREFIXES =
      Set.of("de", "re", "pre", "anti", "semi", "multi", "intra", "ultra", "extra");

  /**
   * Words after a line end that English writes both closed onto the word before and hyphenated
   * ({@code build-up}, {@code trade-off}): the word before tells nothing, and the body decides.
   */
  private static final Set<String> PARTICLES =
      Set.of("up", "off", "out", "over", "down", "in", "on");

  /** The short words that title case leaves in lower case. */
  private static final Set<String> MINOR_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "for", "to", "with",
          "from", "at", "by", "as", "vs");

  private static final Set<String> OPEN_ENDINGS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
          "but", "nor", "as", "that", "which", "who", "whose", "its", "their", "his", "her", "is",
          "are", "was", "were", "be", "been", "has", "have", "had", "not", "this", "these", "than",
          "into", "between", "such", "both", "each", "very", "more", "most", "also", "will",
          "would", "can", "could", "should", "may", "might", "must", "our", "my", "your", "some",
          "many", "any", "every", "several", "those", "whether", "because", "whom", "during",
          "against", "within", "among", "amid", "toward", "towards", "upon", "via");

  /** The text; {@link #dropOverlaidCopy} blanks out the words of a copy it drops. */
  private String text;

  private final Sink sink;
  private final Source src;

  /** How often each word of the body occurs, in lower case; learned at the first hyphen join. */
  private java.util.Map<String, Integer> vocabulary;

  private int bodyStart;
  private boolean oneLinePerParagraph;

  /**
   * The offsets of the page numbers dropped, in ascending order: {@code furnitureCount} of them.
   */
  private int[] furniture = new int[8];

  private int furnitureCount;

  private int typicalWidth;

  /**
   * Whether the body's lines were set in a proportional font and justified, so that how full a line
   * is shows in its width as set ({@link #setWidth}), not in its count of characters.
   */
  private int setProportionally; // 1 true, 0 false, -1 not yet measured

  /** The body's lines as {@link #measure} found them, for {@link #setProportionally()}. */
  private List<int[]> measured;

  /** Whether {@link #cutAtBlanks()} holds for {@link #measured}: 1, 0, or -1 before it is asked. */
  private int cutAtBlanks = -1;

  /**
   * The lines of a run between blank lines from which it is parted into paragraphs as lines that
   * stand together are: more than most paragraphs of a commentary hold, hard-wrapped, where
   * extraction left a blank line here and there (around a key point or a subheading) but none
   * between paragraphs.
   */
  private static final int LONG_RUN = 16;

  /**
   * The advance widths of the printable ASCII characters in Times Roman, in thousandths of an em,
   * from the space to the tilde. Any proportional font's are near enough to tell a full line from a
   * paragraph's last.
   */
  private static final short[] WIDTHS = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541
  };

  /**
   * Whether the body's hard-wrapped lines stand together with no blank line between paragraphs, as
   * some tools give them: {@link #partParagraphs} then finds where paragraphs end.
   */
  private boolean linesTogether;

  /** Where the text holds a blank other than a plain space or a line end, in ascending order. */
  private final int[] oddBlanks;

  /** The first of {@link #oddBlanks} at or after the line {@link #appendLine} had last. */
  private int nextOddBlank;

  /** Where two plain spaces stand at or after the line {@link #appendLine} had last, or -1. */
  private int nextDoubleSpace = -1;

  /** Where the line {@link #appendLine} had last starts. */
  private int lastLine;

  /** Whether the text holds a character beyond Latin-1, as a curly quote is. */
  private final boolean wide;

  /** Whether the text holds a hyphen that pdfium folded into a line (U+FFFE between letters). */
  private boolean folded;

  /**
   * Reads the body of a text.
   *
   * @param text the text, its forbidden characters blanked out
   * @param sink where diagnostics go
   * @param oddBlanks where the text holds a blank other than a plain space or a line end (a tab, a
   *     no-break space), in ascending order
   * @param wide whether the text holds a character beyond Latin-1
   */
  BodyReader(String text, Sink sink, int[] oddBlanks, boolean wide) {
    this.text = text;
    this.sink = sink;
    this.src = sink.src;
    this.oddBlanks = oddBlanks;
    this.wide = wide;
  }

  /** The text as given, where it holds line or paragraph separators (U+2028, U+2029); else null. */
  private String paragraphSeparated;

  /**
   * Sets the text as given, before its line and paragraph separators (U+2028, U+2029) were made
   * line feeds: each paragraph separator ends a paragraph, as a blank line does, and a line
   * separator goes on with the paragraph, where each paragraph is otherwise a line.
   *
   * @param given the text as given, or null where it holds none or is not read as it stands
   * @return this reader
   */
  /** The rows taken out whole, as a clipped copy's pieces on rows of their own: no blank lines. */
  private java.util.BitSet rowsOut;

  /** Reads the body without rows {@code rows}: they neither are lines nor part paragraphs. */
  BodyReader without(java.util.BitSet rows) {
    rowsOut = rows;
    return this;
  }

  BodyReader paragraphSeparated(String given) {
    paragraphSeparated = given;
    return this;
  }

  /**
   * Sets whether the text holds U+FFFE between two letters, pdfium's hyphen that ended a printed
   * line, each to be judged as a hyphen at a line end.
   *
   * @param holds whether it holds one
   * @return this reader
   */
  BodyReader foldedHyphens(boolean holds) {
    folded = holds;
    return this;
  }

  /** Where key points' bullets stand apart from their items, alone on their lines; or none. */
  private int[] strayBullets = new int[0];

  /**
   * Sets where key points' bullets stand apart from their items, alone on their lines elsewhere in
   * the text (after a page number, as pdfminer puts one now and then): as many blocks beside the
   * key points at the body's top, with no bullet, are key points.
   *
   * @param at the bullets' offsets
   * @return this reader
   */
  BodyReader strayBullets(int[] at) {
    strayBullets = at;
    return this;
  }

  /** The commentary's issue number, or 0 where not known. */
  private long issueNumber;

  /**
   * Sets the commentary's issue number: an issue line with another number under the series name
   * starts another commentary.
   *
   * @param number the issue number
   * @return this reader
   */
  BodyReader numbered(long number) {
    issueNumber = number;
    return this;
  }

  /** The commentary's date, or null where not known. */
  private LocalDate issueDate;

  /**
   * Sets the commentary's date: a line that holds it alone after a page break is a running head's,
   * as a head of two lines prints it under the series name and the number.
   *
   * @param date the issue's date, or null
   * @return this reader
   */
  BodyReader dated(LocalDate date) {
    issueDate = date;
    return this;
  }

  /**
   * The issue line of another commentary that line {@code l}, {@code text[s, e)}, opens: an issue
   * line with a date ({@link #isAnother}) under the series name within the few lines above it, or
   * the series name over such an issue line within a masthead's lines below it, on a line of its
   * own or not, or glued to the end of the line; the header of another commentary, as where two
   * were extracted or put together into one file. Or null.
   */
  private IssueLine anotherCommentary(int l, int s, int e) {
    IssueLine issue = IssueLine.find(text, s, e);
    if (issue != null) {
      if (issue.start != s) {
        return null;
      }
      boolean publisher = false;
      for (int k = l - 1; k >= 0 && k >= l - 6; k--) {
        publisher |=
            Chars.indexOfIgnoreCase(text, Chars.PUBLISHER_MARK, src.starts[k], src.ends[k]) >= 0;
        if (Chars.opensWithSeriesName(text, src.starts[k], src.ends[k])) {
          return isAnother(issue, publisher) ? issue : null;
        }
      }
      return null;
    }
    if (!Chars.opensWithSeriesName(text, s, e) && !Chars.endsWithSeriesName(text, s, e)) {
      return null;
    }
    boolean publisher = false;
    for (int k = l + 1; k < src.lineCount && k <= l + MASTHEAD_LINES; k++) {
      IssueLine below = IssueLine.find(text, src.starts[k], src.ends[k]);
      publisher |=
          Chars.indexOfIgnoreCase(text, Chars.PUBLISHER_MARK, src.starts[k], src.ends[k]) >= 0;
      if (below != null) {
        return isAnother(below, publisher) ? below : null;
      }
    }
    return null;
  }

  /** The most lines of a masthead between the series name and the issue line. */
  private static final int MASTHEAD_LINES = 40;

  /**
   * Whether an issue line under the series name starts another commentary: one of another number,
   * or one of the same number under the publisher's name, which a running head does not repeat.
   */
  private boolean isAnother(IssueLine issue, boolean underPublisher) {
    return issue.date != null && (issue.number != issueNumber || underPublisher);
  }

  /** The spans of the texts that a running head may repeat: the title's, the byline's. */
  private List<List<int[]>> repeatedSpans = List.of();

  /**
   * The characters of the longest text a running head may repeat, blanks between its lines; or -1.
   */
  private int longestRepeated = -1;

  /** Their keys ({@link #wordKey}), made when a line after a page break is first looked at. */
  private java.util.Set<String> repeated;

  /**
   * Sets the texts that a running head may repeat: a line that repeats one of them right after a
   * page break is a running head.
   *
   * @param texts per text, its spans in the text: the title's lines, the byline's lines
   * @return this reader
   */
  BodyReader repeating(List<List<int[]>> texts) {
    repeatedSpans = texts;
    return this;
  }

  /**
   * The words of the spans of a text in lower case, letters and digits only, sorted and parted by
   * spaces, without "by", "and" and "&": one key for a title whatever order extraction gave its
   * pieces, and for a byline however its names are parted.
   */
  static String wordKey(String text, List<int[]> spans) {
    List<String> words = new ArrayList<>();
    for (int[] span : spans) {
      int i = span[0];
      while (i < span[1]) {
        while (i < span[1] && !Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < span[1] && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
          if (!w.equals("by") && !w.equals("and")) {
            words.add(w);
          }
        }
      }
    }
    Collections.sort(words);
    return String.join(" ", words);
  }

  List<Draft> read(int from) {
    bodyStart = from;
    List<int[]> lines = lines(from);
    dropOverlaidCopy(lines);
    measure(lines);
    List<List<int[]>> runs = runs(lines);
    dropClippedCopy(runs);
    int[] runStarts = new int[runs.size()];
    for (int i = 0; i < runStarts.length; i++) {
      runStarts[i] = runs.get(i).get(0)[0];
    }
    if (linesTogether) {
      runs = partAtSubheadings(partParagraphs(partEnumerations(runs), 0));
    } else if (!oneLinePerParagraph) {
      // blank lines part most paragraphs, but a run as long as several is parted as lines together
      runs =
          partAtShortEnds(
              partAtSubheadings(partParagraphs(partHeadings(partEnumerations(runs)), LONG_RUN)));
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<int[]> run : runs) {
      assemble(run, drafts);
    }
    List<Draft> rejoined = rejoin(drafts);
    if (strayBullets.length > 0) {
      rejoined = withItemsApart(rejoined);
    }
    for (Draft d : rejoined) {
      if (d.kind == Draft.Kind.PARAGRAPH && indexOf(d.chars(), "- ") > 0) {
        joinWordsBrokenBeforeASpace(d);
      }
    }
    reportInferredEnds(rejoined, runStarts);
    return rejoined;
  }

  /**
   * Reports each paragraph end that no blank line marks: a paragraph whose first line opens no run
   * ({@code runStarts}, in order), after another paragraph, was parted from it by the shape of the
   * lines alone.
   */
  private void reportInferredEnds(List<Draft> drafts, int[] runStarts) {
    for (int i = 1; i < drafts.size(); i++) {
      Draft above = drafts.get(i - 1);
      Draft d = drafts.get(i);
      if (above.kind == Draft.Kind.PARAGRAPH
          && d.kind == Draft.Kind.PARAGRAPH
          && above.end < d.start
          && Arrays.binarySearch(runStarts, d.start) < 0) {
        sink.report(
            DiagnosticCode.PARAGRAPH_END_INFERRED,
            above.end,
            d.start,
            "read a paragraph end that no blank line marks after "
                + Sink.quote(tail(above.chars()))
                + ": the line ends a sentence with room left for the next word, or the next line"
                + " is set in");
      }
    }
  }

  /** The most lines of a key point whose bullet stands apart from it. */
  private static final int ITEM_APART_LINES = 3;

  /**
   * The blocks with the key points whose bullets stand apart ({@link #strayBullets}) read as key
   * points: at the body's top, where lists and paragraphs of {@link #ITEM_APART_LINES} lines at
   * most that each end a sentence follow one another, a list among them or, two paragraphs at
   * least, a longer paragraph under them, and the paragraphs are as many as the bullets apart, they
   * and the lists are one list; each is reported. Else the blocks as they are.
   */
  private List<Draft> withItemsApart(List<Draft> drafts) {
    int end = 0;
    int apart = 0;
    boolean list = false;
    for (; end < drafts.size(); end++) {
      Draft d = drafts.get(end);
      if (d.kind == Draft.Kind.LIST) {
        list = true;
      } else if (d.kind == Draft.Kind.PARAGRAPH
          && d.lines <= ITEM_APART_LINES
          && Chars.isSentenceEnd(lastChar(d.chars()))) {
        apart++;
      } else {
        break;
      }
    }
    // with no list, every bullet apart: two at least, and the body's first paragraph under them
    boolean allApart =
        !list
            && apart >= 2
            && end < drafts.size()
            && drafts.get(end).kind == Draft.Kind.PARAGRAPH
            && drafts.get(end).lines > ITEM_APART_LINES;
    if (!(list || allApart) || apart != strayBullets.length) {
      return drafts;
    }
    Draft keyPoints = new Draft(Draft.Kind.LIST, drafts.get(0).start);
    int bullet = 0;
    for (Draft d : drafts.subList(0, end)) {
      if (d.kind == Draft.Kind.LIST) {
        keyPoints.items.addAll(d.items);
      } else {
        keyPoints.items.add(new StringBuilder(d.chars()));
        int at = strayBullets[bullet++];
        sink.report(
            DiagnosticCode.UNMAPPED_GLYPH,
            d.start,
            d.end,
            "read the block as a key point, whose bullet extraction put apart at line "
                + (src.lineOf(at) + 1));
      }
      keyPoints.end = d.end;
      keyPoints.lines += d.lines;
    }
    List<Draft> out = new ArrayList<>(drafts.size() - end + 1);
    out.add(keyPoints);
    out.addAll(drafts.subList(end, drafts.size()));
    return out;
  }

  private static char lastChar(CharSequence s) {
    return s.length() == 0 ? ' ' : s.charAt(closing(s));
  }

  /** Where {@code s} first holds {@code what}, or -1. */
  private static int indexOf(CharSequence s, String what) {
    return s instanceof String str ? str.indexOf(what) : ((StringBuilder) s).indexOf(what);
  }

  /** Words that a hyphen before a blank leaves a compound's first part to: short- and long-term. */
  private static final Set<String> SUSPENDING_WORDS = Set.of("and", "or", "nor", "to", "but", "as");

  /**
   * Joins the words of a paragraph that a line end hyphenated and a tool joined to the next line
   * with a space ({@code capa- bilities}), where the text writes the word whole elsewhere; keeps
   * the hyphen and drops the space where it writes the compound so ({@code so- called}); reports
   * each. Any other such hyphen stays as it is: {@code short- and long-term}.
   */
  private void joinWordsBrokenBeforeASpace(Draft d) {
    StringBuilder sb = d.text();
    for (int i = sb.indexOf("- "); i > 0; i = sb.indexOf("- ", i + 1)) {
      int headStart = wordStart(sb, i);
      int tailStart = i + 2;
      int tailEnd = tailStart;
      while (tailEnd < sb.length() && Character.isLetter(sb.charAt(tailEnd))) {
        tailEnd++;
      }
      if (headStart == i
          || tailEnd == tailStart
          || !Character.isLowerCase(sb.charAt(tailStart))
          || (headStart > 0 && Chars.isHyphen(sb.charAt(headStart - 1)))) {
        continue;
      }
      String head = sb.substring(headStart, i);
      String tail = sb.substring(tailStart, tailEnd);
      if (SUSPENDING_WORDS.contains(tail)) {
        continue;
      }
      String first = head.toLowerCase(Locale.ROOT);
      boolean whole = count(first + tail, 1) > 0;
      if (!whole && count(first + "-" + tail, 1) == 0) {
        continue;
      }
      String printed = head + "- " + tail;
      int at = text.indexOf(printed, d.start);
      at = at >= 0 && at < d.end ? at + head.length() : d.start;
      sb.delete(whole ? i : i + 1, i + 2);
      sink.report(
          DiagnosticCode.HYPHENATION_REMOVED,
          at,
          at + 2,
          (whole ? "joined " : "kept the hyphen of ")
              + Sink.quote(head + "-")
              + " and "
              + Sink.quote(tail)
              + ", a word hyphenated at a line end that extraction joined to the next line with a"
              + " space");
    }
  }

  // ------------------------------------------------------------------ lines and runs

  /** Trimmed non-blank lines from {@code from}; null stands for a blank line. */
  private List<int[]> lines(int from) {
    int first = src.lineOf(from);
    List<int[]> out = new ArrayList<>(src.lineCount - first);
    int bodyEnd = from; // where the last line of the body so far ends
    for (int l = first; l < src.lineCount; l++) {
      if (rowsOut != null && rowsOut.get(l)) {
        continue;
      }
      int s = Math.max(src.starts[l], from);
      int e = src.ends[l];
      while (s < e && isTrim(text.charAt(s))) {
        s++;
      }
      // a soft hyphen that ends a line parts a word, which join puts together again
      while (e > s && isTrim(text.charAt(e - 1)) && !isSoftHyphenAfterLetter(s, e - 1)) {
        e--;
      }
      String furnitureKind =
          s >= e
              ? null
              : isPageFurniture(s, e)
                  ? "page number"
                  : isRunningHead(s, e) || repeatsAfterPageBreak(s, e, bodyEnd)
                      ? "running head"
                      : Chars.isRule(text, s, e) ? "rule" : null;
      IssueLine other =
          issueNumber > 0 && (furnitureKind != null || Chars.endsWithSeriesName(text, s, e))
              ? anotherCommentary(l, s, e)
              : null;
      if (other != null) {
        throw new ParseFailure(
            DiagnosticCode.SECOND_COMMENTARY,
            src.span(other.start, other.end),
            "expected one commentary, No."
                + issueNumber
                + ", but "
                + (other.number == issueNumber ? "a second copy of it" : "another one")
                + ", with its series name and the issue line "
                + Sink.quote(text.substring(other.start, other.end))
                + ", starts here");
      }
      if (s >= e) {
        out.add(null);
      } else if (furnitureKind != null) {
        sink.report(
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            s,
            e,
            "dropped the " + furnitureKind + " " + Sink.quote(text.substring(s, e)));
        if (!furnitureKind.equals("rule")) {
          markFurniture(s); // a page number or a running head marks a page break; a rule does not
        }
        out.add(null);
      } else {
        out.add(new int[] {s, e});
        bodyEnd = e;
      }
      int end = src.ends[l];
      if (paragraphSeparated != null
          && end < paragraphSeparated.length()
          && paragraphSeparated.charAt(end) == '\u2029') {
        out.add(null); // a paragraph separator: a blank line
      }
    }
    dropFooters(out);
    dropStrandedLines(out);
    looseBullets(out);
    labelsAlone(out);
    return out;
  }

  /**
   * Takes out the blank lines between an enumerator alone on its line ({@code 1.}, {@code (2)},
   * {@code b)}) and the text of its item, as extraction gives a label set apart from its text by a
   * tab: the label then opens the item's first line ({@link #partEnumerations}).
   */
  private void labelsAlone(List<int[]> lines) {
    // the values of the enumerators alone, as bits: a list has two items at least, numbered on
    // from each other, where a lone "2." may as well be a page number
    long values = 0;
    for (int[] line : lines) {
      if (line != null && isLabelAlone(line)) {
        values |= 1L << Math.min(63, enumeratorValue(line));
      }
    }
    if ((values & (values >>> 1)) == 0) {
      return;
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      int[] line = lines.get(i);
      if (line == null || lines.get(i + 1) != null || !isLabelAlone(line)) {
        continue;
      }
      int v = Math.min(63, enumeratorValue(line));
      if ((values & ((1L << (v + 1)) | (v > 0 ? 1L << (v - 1) : 0))) == 0) {
        continue;
      }
      int next = i + 1;
      while (next < lines.size() && lines.get(next) == null) {
        next++;
      }
      if (next < lines.size() && next - i <= 3) {
        lines.subList(i + 1, next).clear();
      }
    }
  }

  /** The value of the enumerator that opens a line: its number, or its letter's place (b: 2). */
  private int enumeratorValue(int[] line) {
    int i = text.charAt(line[0]) == '(' ? line[0] + 1 : line[0];
    char c = text.charAt(i);
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    int v = 0;
    while (Character.isDigit(text.charAt(i))) {
      v = v * 10 + text.charAt(i++) - '0';
    }
    return v;
  }

  /** Whether a line holds an enumerator alone: {@code 1.}, {@code 2)}, {@code (3)}, {@code b)}. */
  private boolean isLabelAlone(int[] line) {
    return enumeratorEnd(line) == line[1];
  }

  /**
   * Per first line of a key point whose bullet extraction gave alone on a line of its own, the
   * bullet's offset; null where there is none.
   */
  private java.util.Map<Integer, Integer> itemBullets;

  /** The most lines of a key point whose bullet stands alone. */
  private static final int LOOSE_ITEM_LINES = 6;

  /**
   * Reads the bullets that stand alone on their lines as the bullets of the blocks after them, as
   * pdfminer gives key points: each bullet before its item, or a group of bullets before as many
   * items, blank lines between. The bullets' lines become blank, and each item's first line is
   * recorded in {@link #itemBullets}.
   */
  private void looseBullets(List<int[]> out) {
    for (int i = 0; i < out.size(); i++) {
      if (!isLoneBullet(out.get(i))) {
        continue;
      }
      List<Integer> bullets = new ArrayList<>();
      int j = i;
      while (j < out.size() && (out.get(j) == null || isLoneBullet(out.get(j)))) {
        if (out.get(j) != null) {
          bullets.add(j);
        }
        j++;
      }
      List<Integer> items = new ArrayList<>();
      int k = j;
      while (k < out.size() && items.size() < bullets.size()) {
        int[] line = out.get(k);
        if (line == null || Chars.isBullet(text.charAt(line[0]))) {
          break;
        }
        items.add(k);
        int lines = 0;
        while (k < out.size() && out.get(k) != null) {
          k++;
          lines++;
        }
        if (lines > LOOSE_ITEM_LINES) {
          items.clear(); // a paragraph, no key point
          break;
        }
        while (k < out.size() && out.get(k) == null) {
          k++;
        }
      }
      if (items.size() == bullets.size()) {
        if (itemBullets == null) {
          itemBullets = new java.util.HashMap<>();
        }
        for (int m = 0; m < items.size(); m++) {
          itemBullets.put(out.get(items.get(m))[0], out.get(bullets.get(m))[0]);
          out.set(bullets.get(m), null);
        }
      }
      i = j - 1;
    }
  }

  private boolean isLoneBullet(int[] line) {
    return line != null && line[1] - line[0] == 1 && Chars.isBullet(text.charAt(line[0]));
  }

  /**
   * Drops a line that holds only a web address ({@code www.jiia.or.jp}), or a copyright line, next
   * to a page break (a page number, a running head or a form feed between it and the text before or
   * after it) or last in the text, as a page's footer prints it; reports each. Elsewhere such a
   * line stays: a note may give one.
   */
  private void dropFooters(List<int[]> out) {
    for (int i = 0; i < out.size(); i++) {
      int[] line = out.get(i);
      if (line == null || line[1] - line[0] > FOOTER_CHARS) {
        continue;
      }
      boolean address = isAddressOnly(line[0], line[1]) || isCopyright(line[0], line[1]);
      if (!address && !mayRepeat(line[0], line[1])) {
        continue; // most lines: neither an address nor as short as the title or the byline
      }
      int before = bodyStart;
      for (int k = i - 1; k >= 0; k--) {
        if (out.get(k) != null) {
          before = out.get(k)[1];
          break;
        }
      }
      int after = -1; // the text's end, which is a page's end too
      for (int k = i + 1; k < out.size(); k++) {
        if (out.get(k) != null) {
          after = out.get(k)[0];
          break;
        }
      }
      boolean nextToPageBreak =
          after < 0 || pageBreakBetween(before, line[0]) || pageBreakBetween(line[1], after);
      // a line alone between blank lines, text above and under it
      boolean alone =
          !address
              && i > 0
              && out.get(i - 1) == null
              && i + 1 < out.size()
              && out.get(i + 1) == null
              && after >= 0
              && before > bodyStart;
      // ... that a sentence goes on across, as a page break with no mark but the running head
      // leaves it; else, between paragraphs, only the whole title, as no subheading repeats it;
      // but text in lower case after a sentence's end goes on from the line, not from the text
      // above it: the byline opening the closing biography (Ryo Tanabe / is Professor at)
      boolean sentenceEndAbove = Chars.isSentenceEnd(text.charAt(before - 1));
      boolean acrossSentence =
          alone
              && (!sentenceEndAbove || Character.isLowerCase(text.charAt(after)))
              && !(sentenceEndAbove && repeatsBylineOrTitlePart(line));
      // a line inside a paragraph, no blank line around it, that a sentence goes on across, as
      // pypdf gives a running head where nothing marks the page break
      boolean insideSentence =
          !address
              && i > 0
              && out.get(i - 1) != null
              && i + 1 < out.size()
              && out.get(i + 1) != null
              && !Chars.isSentenceEnd(text.charAt(before - 1))
              && Character.isLowerCase(text.charAt(after));
      // the title or the byline, looked for only next to a page break, as few lines stand there
      if ((nextToPageBreak || acrossSentence || insideSentence || (alone && repeatsTitle(line)))
          && (address || repeatsTitleOrByline(line[0], line[1]))
          && !citedAbove(out, i)) {
        sink.report(
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            line[0],
            line[1],
            (nextToPageBreak ? "dropped the footer " : "dropped the running head ")
                + Sink.quote(text.substring(line[0], line[1])));
        markFurniture(line[0]);
        out.set(i, null);
      }
    }
  }

  /** The fewest words of a title that a line alone between paragraphs repeats as a running head. */
  private static final int TITLE_HEAD_WORDS = 3;

  /** The title's {@link #wordKey}, where it has three words at least, else ""; made once. */
  private String titleKey;

  /** Whether a line repeats the whole title, of three words at least, whatever its case. */
  /**
   * Whether {@code line} repeats the byline or a part of the title ({@link #repeatsTitleOrByline}),
   * not the whole title.
   */
  private boolean repeatsBylineOrTitlePart(int[] line) {
    return !repeatsTitle(line) && repeatsTitleOrByline(line[0], line[1]);
  }

  private boolean repeatsTitle(int[] line) {
    if (titleKey == null) {
      String key =
          repeatedSpans.isEmpty() || repeatedSpans.get(0).isEmpty()
              ? ""
              : wordKey(text, repeatedSpans.get(0));
      int words = key.isEmpty() ? 0 : 1;
      for (int i = 0; i < key.length(); i++) {
        words += key.charAt(i) == ' ' ? 1 : 0;
      }
      titleKey = words >= TITLE_HEAD_WORDS ? key : "";
    }
    return !titleKey.isEmpty()
        && titleKey.equals(wordKey(text, List.of(new int[] {line[0], line[1]})));
  }

  /**
   * Whether the web address on line {@code out[i]} goes on from the line right above it, as a note
   * wraps the source it cites: that line ends in a comma or a colon (quotation marks after it
   * allowed), or the address ends a sentence, as no footer's does.
   */
  private boolean citedAbove(List<int[]> out, int i) {
    int[] above = i > 0 ? out.get(i - 1) : null;
    if (above == null) {
      return false;
    }
    int[] line = out.get(i);
    int e = above[1];
    while (e > above[0] && "\"'\u201D\u2019".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    char last = e > above[0] ? text.charAt(e - 1) : ' ';
    return last == ',' || last == ':' || text.charAt(line[1] - 1) == '.';
  }

  /** The longest line that {@link #dropStrandedLines} takes for a page's footer or head. */
  private static final int FOOTER_CHARS = 200;

  /** The most lines that {@link #dropStrandedLines} drops at one page break. */
  private static final int STRANDED_LINES = 3;

  /**
   * Drops the lines that stand alone between a paragraph cut in mid-sentence and the text in lower
   * case that goes on with it after a page break: nothing of the body can stand there, so each is a
   * page's footer, footnote or running head that no other rule knows (an address, a telephone
   * number, the title or the authors over a later page); reports each. The paragraph must be more
   * than a heading, over a hundred characters, or end with a comma or a word that no sentence ends
   * with ({@code of}), where no page break need show; and no such line opens in lower case, as the
   * paragraph's own last line, parted from it by a blank line, would.
   */
  private void dropStrandedLines(List<int[]> out) {
    // where most lines stand alone, as in text with a blank line after every line, a line alone is
    // no sign of a footer: a page break must show
    int lonely = 0;
    int lines = 0;
    for (int q = 0; q < out.size(); q++) {
      if (out.get(q) != null) {
        lines++;
        lonely += q + 1 < out.size() && out.get(q + 1) == null ? 1 : 0;
      }
    }
    boolean spaced = lonely * 2 > lines;
    for (int p = 0; p + 2 < out.size(); p++) {
      int[] cut = out.get(p);
      if (cut == null || out.get(p + 1) != null) {
        continue;
      }
      char last = text.charAt(cut[1] - 1);
      if (Character.isDigit(last) && endsASentence(cut)) {
        continue; // a sentence's end before a note's number (hostile.3) ends the paragraph
      }
      // a paragraph that ends in a comma or a word that no sentence ends with is cut, however
      // short; another must be more than a heading
      boolean midSentence =
          !spaced
              && (last == ','
                  || endsWithOpenWord(text.subSequence(Math.max(cut[0], cut[1] - 8), cut[1])));
      if (!(Character.isLetterOrDigit(last) || last == ',')
          || (blockChars(out, p) <= 100 && !midSentence)) {
        continue;
      }
      int[] stranded = new int[STRANDED_LINES];
      int count = 0;
      int n = p + 1;
      while (n < out.size()) {
        int[] line = out.get(n);
        if (line == null) {
          n++;
          continue;
        }
        // alone: a blank line or a page break after it (a footer, then the next page's head)
        boolean alone =
            n + 1 >= out.size()
                || out.get(n + 1) == null
                || pageBreakBetween(line[1], out.get(n + 1)[0]);
        boolean address = startsWithAddress(text, line[0], line[1]);
        if ((Character.isLowerCase(text.charAt(line[0])) && !address)
            || !alone
            || line[1] - line[0] > FOOTER_CHARS
            || count == STRANDED_LINES
            || isFootnoteLine(line)
            || opensEnumeration(line)) {
          break; // a footnote or a numbered item is text
        }
        stranded[count++] = n++;
      }
      if (count == 0
          || n >= out.size()
          || !Character.isLowerCase(text.charAt(out.get(n)[0]))
          || !(midSentence || pageBreakBetween(cut[1], out.get(n)[0]))) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        int[] line = out.get(stranded[k]);
        sink.report(
            DiagnosticCode.PAGE_FURNITURE_DROPPED,
            line[0],
            line[1],
            "dropped the page furniture "
                + Sink.quote(text.substring(line[0], line[1]))
                + ", which stands between a paragraph cut in mid-sentence and the text after the"
                + " page break that goes on with it");
        markFurniture(line[0]);
        out.set(stranded[k], null);
      }
      p = n - 1;
    }
  }

  /** Whether a line is a page number in lower-case Roman numerals, {@code ii} to {@code x}. */
  private boolean isRomanPageNumber(int s, int e) {
    if (e - s < 2 || e - s > 4) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c != 'i' && c != 'v' && c != 'x') {
        return false;
      }
    }
    return Set.of("ii", "iii", "iv", "vi", "vii", "viii", "ix").contains(text.substring(s, e));
  }

  /** Adds a dropped line's offset to {@link #furniture}, kept in order. */
  private void markFurniture(int start) {
    int at = Arrays.binarySearch(furniture, 0, furnitureCount, start);
    at = at < 0 ? -at - 1 : at;
    if (furnitureCount == furniture.length) {
      furniture = Arrays.copyOf(furniture, 2 * furnitureCount);
    }
    System.arraycopy(furniture, at, furniture, at + 1, furnitureCount - at);
    furniture[at] = start;
    furnitureCount++;
  }

  /** The characters of the lines of the block that ends with line {@code p}, up to 101. */
  private static int blockChars(List<int[]> out, int p) {
    int chars = 0;
    for (int q = p; q >= 0 && out.get(q) != null && chars <= 100; q--) {
      chars += out.get(q)[1] - out.get(q)[0];
    }
    return chars;
  }

  /** Whether a block is one web address and nothing else. */
  private static boolean isAddressAlone(Draft d) {
    if (d.kind != Draft.Kind.PARAGRAPH || d.length() > 100) {
      return false;
    }
    CharSequence c = d.chars();
    if (!startsWithAddress(c)) {
      return false;
    }
    for (int i = 0; i < c.length(); i++) {
      if (Chars.isBlank(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last word of a text is a web address. */
  private static boolean endsWithAddress(CharSequence a) {
    int i = a.length();
    while (i > 0 && !Chars.isBlank(a.charAt(i - 1))) {
      i--;
    }
    return startsWithAddress(a, i);
  }

  /**
   * Where the character that closes a block's text stands: its last, or the one before the marks
   * that close italics ({@code *Beyond the Alliance.*}) and before a note's number after a
   * sentence's end ({@code the willing.1}, {@code forces."2}, {@code forces.³}, {@code in 2022.3}).
   */
  static int closing(CharSequence a) {
    return closing(a, 0, a.length());
  }

  /** {@link #closing(CharSequence)} of {@code a[from, to)}, not empty: an index into {@code a}. */
  static int closing(CharSequence a, int from, int to) {
    int i = to - 1;
    while (i > from && (a.charAt(i) == '*' || a.charAt(i) == '_')) {
      i--;
    }
    int j = i;
    while (j > from && i - j < 3 && isNoteDigit(a.charAt(j))) {
      j--;
    }
    char c = a.charAt(j);
    if (j < i
        && j > from
        && (c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ')')
        && (!Character.isDigit(a.charAt(j - 1)) || endsWithYear(a, from, j))) {
      return j; // but 2.0 or 3.1 is a number, as 2022.3 is not
    }
    return i;
  }

  /** Whether four digits, and no fifth, stand in {@code a} from {@code from} before {@code end}. */
  private static boolean endsWithYear(CharSequence a, int from, int end) {
    int k = end;
    while (k > from && Character.isDigit(a.charAt(k - 1))) {
      k--;
    }
    return end - k == 4;
  }

  /** A digit, or a superscript one, that numbers a note. */
  private static boolean isNoteDigit(char c) {
    return noteDigit(c) >= 0;
  }

  /** The value of a digit or a superscript one ({@code ¹}, {@code ⁴}); else -1. */
  private static int noteDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    switch (c) {
      case '\u00B9':
        return 1;
      case '\u00B2':
        return 2;
      case '\u00B3':
        return 3;
      default:
        return c >= '\u2070' && c <= '\u2079' && c != '\u2071' && c != '\u2072' && c != '\u2073'
            ? c - '\u2070'
            : -1;
    }
  }

  private static boolean startsWithAddress(CharSequence b) {
    return startsWithAddress(b, 0);
  }

  /**
   * Whether a web address starts at {@code at}: {@code http://}, {@code https://}, {@code www.}.
   */
  private static boolean startsWithAddress(CharSequence b, int at) {
    return startsWithAddress(b, at, b.length());
  }

  /** Whether a web address starts at {@code at} in {@code b[at, end)}, read in place. */
  private static boolean startsWithAddress(CharSequence b, int at, int end) {
    return startsWithIgnoreCase(b, at, end, "http://")
        || startsWithIgnoreCase(b, at, end, "https://")
        || startsWithIgnoreCase(b, at, end, "www.");
  }

  /** Whether {@code b[at, end)} holds {@code prefix}, in lower case, at {@code at}, in any case. */
  private static boolean startsWithIgnoreCase(CharSequence b, int at, int end, String prefix) {
    if (end - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase(b.charAt(at + i)) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[s, e)} is one web address and nothing else. */
  private boolean isAddressOnly(int s, int e) {
    char c = text.charAt(s);
    if (c != 'h' && c != 'w' && c != 'H' && c != 'W') {
      return false; // most lines, told at once
    }
    if (e - s > 100
        || !(text.regionMatches(true, s, "http://", 0, 7)
            || text.regionMatches(true, s, "https://", 0, 8)
            || text.regionMatches(true, s, "www.", 0, 4))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (Chars.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The longest copyright line that a page's footer prints. */
  private static final int COPYRIGHT_CHARS = 160;

  /**
   * Whether {@code text[s, e)} is a copyright line ({@code Copyright © 2018 JIIA. All rights
   * reserved.}): it opens with the sign or the word and holds the sign or a year.
   */
  private boolean isCopyright(int s, int e) {
    char c = text.charAt(s);
    if ((c != '\u00A9' && c != 'C' && c != 'c' && c != '(') || e - s > COPYRIGHT_CHARS) {
      return false; // most lines, told at once
    }
    boolean opens =
        c == '\u00A9'
            || text.regionMatches(true, s, "(c) ", 0, 4)
            || text.regionMatches(true, s, "copyright ", 0, 10);
    if (!opens) {
      return false;
    }
    for (int i = s; i + 3 < e; i++) {
      char d = text.charAt(i);
      if (d == '\u00A9'
          || ((d == '1' || d == '2')
              && Character.isDigit(text.charAt(i + 1))
              && Character.isDigit(text.charAt(i + 2))
              && Character.isDigit(text.charAt(i + 3)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrim(char c) {
    return Chars.isBlank(c) || Chars.isInvisible(c);
  }

  private boolean isSoftHyphenAfterLetter(int lineStart, int i) {
    return text.charAt(i) == '\u00AD' && i > lineStart && Character.isLetter(text.charAt(i - 1));
  }

  /**
   * A line that holds only a page number, in Arabic figures ({@link Chars#isPageNumber}) or Roman.
   */
  private boolean isPageFurniture(int s, int e) {
    return isRomanPageNumber(s, e) || Chars.isPageNumber(text, s, e);
  }

  /**
   * A line that a later page repeats at its head or foot: the series name, with or without the
   * issue ("AJISS-Commentary No.93", "AJISS Commentary | No.93. 8 June 2010"), the issue alone, or
   * the publisher; a page number after it or not.
   */
  private boolean isRunningHead(int s, int end) {
    if (end - s > 80) {
      return false;
    }
    int e = beforePageNumber(s, end);
    char c = text.charAt(s);
    if (c == 'A' || c == 'a') {
      if (!text.regionMatches(true, s, "AJISS", 0, 5)) {
        return false;
      }
      int p = Chars.seriesNameEnd(text, s, e);
      if (p < 0) {
        return false;
      }
      p = skipSeparators(p, e);
      return p == e || isIssueOnly(p, e);
    }
    if (c == 'N' || c == 'n' || c == IssueLine.NUMERO) {
      return isIssueOnly(s, e);
    }
    return (c == 'T' || c == 't')
        && e - s == Series.AJISS_PUBLISHER.length()
        && text.regionMatches(true, s, Series.AJISS_PUBLISHER, 0, e - s);
  }

  /**
   * Where a line ends before the page number that a head or foot may end with, parted from it by
   * two blanks or more or by a bar or a dash ({@code AJISS-Commentary No.93 2}); else {@code e}.
   */
  private int beforePageNumber(int s, int e) {
    int digits = e;
    while (digits > s && Character.isDigit(text.charAt(digits - 1))) {
      digits--;
    }
    if (digits == e || e - digits > 3) {
      return e;
    }
    int before = digits;
    boolean mark = false;
    while (before > s && " \t|-\u2013".indexOf(text.charAt(before - 1)) >= 0) {
      mark |= text.charAt(before - 1) != ' ' && text.charAt(before - 1) != '\t';
      before--;
    }
    return before > s && (mark || digits - before >= 2) ? before : e;
  }

  /**
   * Whether {@code text[s, e)} repeats the title or the byline ({@link #repeating}) and stands
   * after a page break, a form feed or page furniture between it and the body's line before, which
   * ends at {@code bodyEnd}.
   */
  private boolean repeatsAfterPageBreak(int s, int e, int bodyEnd) {
    if (e - s > FOOTER_CHARS || !pageBreakBetween(bodyEnd, s)) {
      return false;
    }
    if (issueDate != null
        && Character.isLetterOrDigit(text.charAt(s))
        && issueDate.equals(IssueLine.dateOnly(text, s, e))) {
      return true; // the date line of a running head of two lines
    }
    return repeatsTitleOrByline(s, e);
  }

  /**
   * Whether {@code text[s, e)} is short enough to repeat the title or the byline ({@link
   * #repeating}) with a page number and blanks beside it.
   */
  private boolean mayRepeat(int s, int e) {
    if (repeatedSpans.isEmpty()) {
      return false;
    }
    if (longestRepeated < 0) {
      longestRepeated = 0;
      for (List<int[]> spans : repeatedSpans) {
        int chars = 0;
        for (int[] span : spans) {
          chars += span[1] - span[0] + 1;
        }
        longestRepeated = Math.max(longestRepeated, chars);
      }
    }
    return e - s <= longestRepeated + 8;
  }

  /**
   * Whether {@code text[s, e)} repeats the title, its main part before a colon, or the byline
   * ({@link #repeating}), a page number before or after it or not.
   */
  private boolean repeatsTitleOrByline(int s, int e) {
    if (!mayRepeat(s, e)) {
      return false;
    }
    if (repeated == null) {
      repeated = new java.util.HashSet<>();
      for (List<int[]> spans : repeatedSpans) {
        repeated.add(wordKey(text, spans));
        List<int[]> main = beforeColon(spans); // a title's main part, without its subtitle
        if (main != null) {
          repeated.add(wordKey(text, main));
        }
      }
      repeated.remove("");
    }
    if (repeated.contains(wordKey(text, List.of(new int[] {s, e})))) {
      return true;
    }
    // a page number before or after it, one blank between
    int from = s;
    int to = e;
    while (from < to && Character.isDigit(text.charAt(from)) && from - s < 3) {
      from++;
    }
    from = from > s && from < to && Chars.isBlank(text.charAt(from)) ? from : s;
    while (to > from && Character.isDigit(text.charAt(to - 1)) && e - to < 3) {
      to--;
    }
    to = to < e && to > from && Chars.isBlank(text.charAt(to - 1)) ? to : e;
    return (from > s || to < e) && repeated.contains(wordKey(text, List.of(new int[] {from, to})));
  }

  /** The spans up to the first colon in them, or null when they hold none. */
  private List<int[]> beforeColon(List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int colon = text.indexOf(':', span[0]);
      if (colon >= 0 && colon < span[1]) {
        out.add(new int[] {span[0], colon});
        return out;
      }
      out.add(span);
    }
    return null;
  }

  /**
   * Whether {@code text[s, e)} is an issue number ("No.93"), or an issue line, and nothing else.
   */
  private boolean isIssueOnly(int s, int e) {
    IssueLine issue = IssueLine.find(text, s, e);
    if (issue != null) {
      return issue.start == s && skipSeparators(issue.end, e) == e;
    }
    int p = s;
    if (!text.regionMatches(true, p, "No", 0, 2)) {
      return false;
    }
    p += 2;
    if (p < e && text.charAt(p) == '.') {
      p++;
    }
    while (p < e && Chars.isBlank(text.charAt(p))) {
      p++;
    }
    int digits = p;
    while (p < e && p - digits < 5 && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
      p++;
    }
    return p > digits && skipSeparators(p, e) == e;
  }

  /** Skips the blanks and marks that part a running head's fields: {@code , . | : - –}. */
  private int skipSeparators(int p, int e) {
    while (p < e
        && (Chars.isBlank(text.charAt(p)) || ",.|:-\u2013\u2014".indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    return p;
  }

  /** The longest line that hard-wrapped text holds, side-by-side columns laid out included. */
  private static final int LONGEST_WRAPPED = 200;

  private void measure(List<int[]> lines) {
    int count = 0;
    for (int[] l : lines) {
      count += l != null ? 1 : 0;
    }
    if (count == 0) {
      return;
    }
    int[] lengths = new int[count];
    count = 0;
    for (int[] l : lines) {
      if (l != null) {
        lengths[count++] = l[1] - l[0];
      }
    }
    Arrays.sort(lengths);
    int p75 = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.75))];
    glued = gluedLines(lines, p75);
    // the width the text is wrapped at, of the lines as printed: not of two glued into one
    int wrapped = lengths.length;
    if (glued.length > 0) {
      wrapped = 0;
      for (int[] l : lines) {
        if (l != null && Arrays.binarySearch(glued, l[0]) < 0) {
          lengths[wrapped++] = l[1] - l[0];
        }
      }
      Arrays.sort(lengths, 0, wrapped);
    }
    int p90 = lengths[Math.min(wrapped - 1, (int) (wrapped * 0.9))];
    // a paragraph a line: most lines long, or, where key points, headings and biographies make
    // many lines short, a good share of the lines longer than hard-wrapped text ever has them
    oneLinePerParagraph = p75 > 250 || hasLengthyLines(lines);
    typicalWidth = p90;
    measured = lines;
    setProportionally = oneLinePerParagraph ? 0 : -1; // measured where a paragraph's end is sought
    cutAtBlanks = -1;
    if (nearlyGlued != null && !oneLinePerParagraph) {
      // lines wider than the column only as set, glued where the text is set proportionally, which
      // is measured without them
      int[] without = glued;
      int at = glued.length;
      glued = Arrays.copyOf(glued, at + nearlyGlued.size());
      for (int start : nearlyGlued) {
        glued[at++] = start;
      }
      Arrays.sort(glued);
      if (!setProportionally()) {
        glued = without;
      }
    }
  }

  /**
   * Whether three lines or more, and three in ten of the lines of 60 characters or more, are lines
   * of prose longer than any that hard wrapping leaves: a blank in twelve characters at least, as
   * words have them and a web address or a run of marks does not. Each line is read only until it
   * has blanks enough, and the lines only until there are such lines enough.
   */
  private boolean hasLengthyLines(List<int[]> lines) {
    int fair = 0;
    for (int[] l : lines) {
      fair += l != null && l[1] - l[0] >= 60 ? 1 : 0;
    }
    int needed = Math.max(3, (fair * 3 + 9) / 10);
    int lengthy = 0;
    for (int[] l : lines) {
      int length = l == null ? 0 : l[1] - l[0];
      if (length > LONGEST_WRAPPED) {
        int blanksNeeded = (length + 11) / 12;
        int blanks = 0;
        for (int i = l[0]; i < l[1] && blanks < blanksNeeded; i++) {
          blanks += text.charAt(i) == ' ' ? 1 : 0;
        }
        if (blanks >= blanksNeeded && ++lengthy >= needed) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How many blanks stand after {@code line}, trimmed, before its line's end: 0, 1, or 2 for more.
   */
  private int blanksAfter(int[] line) {
    int n = 0;
    for (int i = line[1]; n < 2 && i < text.length(); i++, n++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00A0') {
        break;
      }
    }
    return n;
  }

  /** Whether a blank stands after {@code line}, trimmed, on its line. */
  private boolean endsWithBlank(int[] line) {
    return blanksAfter(line) > 0;
  }

  /**
   * Whether a line that ends with a blank is a piece of a printed line that the tool cut at a wide
   * blank, as mutool and pdfminer give it ({@code one-sided } / {@code concession. } / {@code
   * Sustained }): no more than a tenth of the lines measured end with one blank, fewer than half of
   * them a sentence's end (as a tool may write a blank after a paragraph's last line), and none
   * with more, as where a tool pads its lines to a width.
   */
  private boolean cutAtBlanks() {
    if (cutAtBlanks < 0) {
      int n = 0;
      int one = 0;
      int sentences = 0; // of those with one blank, the lines that end a sentence
      boolean padded = false;
      for (int[] l : measured) {
        if (l != null) {
          int blanks = blanksAfter(l);
          n++;
          one += blanks == 1 ? 1 : 0;
          sentences += blanks == 1 && endsASentence(l) ? 1 : 0;
          padded |= blanks > 1;
        }
      }
      cutAtBlanks = !padded && one * 10 <= n && sentences * 2 < one ? 1 : 0;
    }
    return cutAtBlanks == 1;
  }

  /**
   * Whether the body was set in a proportional font ({@link #isSetProportionally}), measured once.
   */
  private boolean setProportionally() {
    if (setProportionally < 0) {
      setProportionally = isSetProportionally(measured, typicalWidth) ? 1 : 0;
    }
    return setProportionally == 1;
  }

  /**
   * Whether the long lines (four fifths of the 90th percentile's length or more, eight at least)
   * differ less in their widths as set in a proportional font than in their counts of characters:
   * justified text from a PDF, whose full lines are nearly as wide as the column, rather than text
   * wrapped at a count of characters. Compares the spread from the 25th to the 75th percentile; as
   * the text comes from a PDF, a spread as set up to a fifth wider still counts as less, as where
   * lines so long that their counts of characters spread nearly as little.
   */
  private boolean isSetProportionally(List<int[]> lines, int p90) {
    int n = 0;
    for (int[] l : lines) {
      n += l != null && (l[1] - l[0]) * 5 >= p90 * 4 && !isGlued(l) ? 1 : 0;
    }
    if (n < 8) {
      return false;
    }
    int[] chars = new int[n];
    int[] set = new int[n];
    n = 0;
    for (int[] l : lines) {
      if (l != null && (l[1] - l[0]) * 5 >= p90 * 4 && !isGlued(l)) {
        chars[n] = l[1] - l[0];
        set[n++] = setWidth(l);
      }
    }
    Arrays.sort(chars);
    Arrays.sort(set);
    int q25 = n / 4;
    int q75 = n * 3 / 4;
    // (q75 - q25) / q75 for each, compared without division
    return (long) (set[q75] - set[q25]) * chars[q75] * 5
            < (long) (chars[q75] - chars[q25]) * set[q75] * 6
        || isSetProportionallyLineByLine(lines, p90);
  }

  /**
   * Whether consecutive long lines differ less in their widths as set than in their counts of
   * characters (up to a fifth more, as {@link #isSetProportionally}), summed over eight pairs at
   * least: justified text whose pages set it to two widths (the first beside the sidebar, the later
   * ones wider), which spreads the percentiles of both alike, where the lines of one page still
   * match as set.
   */
  private boolean isSetProportionallyLineByLine(List<int[]> lines, int p90) {
    double set = 0;
    double chars = 0;
    int pairs = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      int[] a = lines.get(i);
      int[] b = lines.get(i + 1);
      if (isLong(a, p90) && isLong(b, p90)) {
        int sa = setWidth(a);
        int sb = setWidth(b);
        int ca = a[1] - a[0];
        int cb = b[1] - b[0];
        set += Math.abs(sa - sb) / (double) Math.max(sa, sb);
        chars += Math.abs(ca - cb) / (double) Math.max(ca, cb);
        pairs++;
      }
    }
    return pairs >= 8 && set * 5 < chars * 6;
  }

  private boolean isLong(int[] l, int p90) {
    return l != null && (l[1] - l[0]) * 5 >= p90 * 4 && !isGlued(l);
  }

  /**
   * The width of {@code text[s, e)} set in Times Roman ({@link #WIDTHS}), a run of blanks as one
   * space, in thousandths of an em; a character beyond ASCII half an em, an em dash a whole one.
   */
  private int setWidth(int s, int e) {
    if (setChars.length < e - s) {
      setChars = new char[Math.max(e - s, 2 * setChars.length)];
    }
    char[] chars = setChars;
    text.getChars(s, e, chars, 0);
    int w = 0;
    boolean blank = false;
    for (int i = 0; i < e - s; i++) {
      char c = chars[i];
      if (Chars.isVisibleAscii(c)) {
        w += WIDTHS[c - ' '];
        blank = false;
      } else if (Chars.isBlank(c)) {
        w += blank ? 0 : WIDTHS[0];
        blank = true;
      } else {
        w += c == '\u2014' ? 1000 : 500;
        blank = false;
      }
    }
    return w;
  }

  /** An em in the units of {@link #WIDTHS}, thousandths of one. */
  private static final int EM = 1000;

  /** The characters that {@link #setWidth(int, int)} measures, copied out of the text. */
  private char[] setChars = new char[0];

  /**
   * Per row of the text, the start, the end and the width as set of the line last measured on it
   * ({@link #setWidth(int[])}); made at the first.
   */
  private int[] rowWidths;

  /** The width of a line as set ({@link #setWidth(int, int)}), each line measured once. */
  private int setWidth(int[] line) {
    if (rowWidths == null) {
      rowWidths = new int[3 * src.lineCount];
    }
    int at = 3 * src.lineOf(line[0]);
    if (rowWidths[at] != line[0] || rowWidths[at + 1] != line[1]) {
      rowWidths[at] = line[0];
      rowWidths[at + 1] = line[1];
      rowWidths[at + 2] = setWidth(line[0], line[1]);
    }
    return rowWidths[at + 2];
  }

  /**
   * The most characters a line of {@code run[from, to)} but {@code k} may hold and be of the column
   * that holds line {@code k}: a fifth more than the middle one of those lines that are no
   * paragraph's short last line. A line longer still, and no two printed lines glued, is set to
   * another measure, as a biography set wider than the column is.
   */
  private int longestInColumn(List<int[]> run, int k, int from, int to) {
    int[] lengths = new int[to - from];
    int n = 0;
    for (int j = from; j < to; j++) {
      int length = run.get(j)[1] - run.get(j)[0];
      if (j != k && !isGlued(run.get(j)) && length * 2 >= typicalWidth) {
        lengths[n++] = length;
      }
    }
    if (n < 3) {
      return Integer.MAX_VALUE;
    }
    Arrays.sort(lengths, 0, n);
    return lengths[n / 2] * 6 / 5;
  }

  /**
   * The widest of up to three lines of a run on either side of {@code run[k]}, as set, a glued line
   * ({@link #gluedLines}) as its first printed line, and none below a line under {@code run[k]}
   * that ends a sentence half as wide as the text's lines or less; or 0.
   */
  private int widestAround(List<int[]> run, int k) {
    int widest = 0;
    boolean glued = false;
    int from = Math.max(0, k - 3);
    int to = Math.min(run.size(), k + 4);
    // no line beyond a paragraph's short last line below, which may open a block in another
    // measure, as a biography
    for (int j = k + 1; j < to - 1; j++) {
      int[] l = run.get(j);
      if (!isGlued(l) && endsASentence(l) && (l[1] - l[0]) * 2 < typicalWidth) {
        to = j + 1;
      }
    }
    int longest = longestInColumn(run, k, from, to);
    for (int j = from; j < to; j++) {
      int[] line = run.get(j);
      if (j == k) {
        continue;
      }
      boolean two = isGlued(line);
      int piece = two ? widestFoldedPiece(line) : -1;
      if (piece >= 0) {
        widest = Math.max(widest, piece); // pdfium's: where the printed lines part is known
      } else if (two) {
        glued = true;
      } else if (line[1] - line[0] <= longest) {
        widest = Math.max(widest, setWidth(line));
      }
    }
    if (glued) {
      // two printed lines glued into one: the first as wide as the line less the widest other,
      // and no more than 1.15 times that; a line over 2.3 times as wide holds more than two, and
      // how wide its first is no one can tell
      int others = widest;
      for (int j = Math.max(0, k - 3); j < Math.min(run.size(), k + 4); j++) {
        int[] l = run.get(j);
        if (j != k && isGlued(l) && setWidth(l) * 10L <= others * 23L) {
          int first = setWidth(l) - others;
          widest = Math.max(widest, Math.min(first, others * 23 / 20));
        }
      }
    }
    return widest;
  }

  /**
   * The narrowest width, as set, of a full line of up to five on either side of {@code run[k]}, one
   * that ends no sentence and no word (it is a paragraph's, not its last), with the next line's
   * first word, or its piece up to a hyphen, on it: a width that the column is narrower than, as
   * that word did not fit on the line; {@code column} where no line tells.
   *
   * @param column the widest line around, as set ({@link #widestAround})
   */
  private int leastOverflow(List<int[]> run, int k, int column) {
    int least = Integer.MAX_VALUE;
    for (int j = Math.max(0, k - 5); j < Math.min(run.size() - 1, k + 6); j++) {
      int[] l = run.get(j);
      int[] next = run.get(j + 1);
      if (j == k
          || isGlued(l)
          || isGlued(next)
          || text.charAt(l[1] - 1) == '-'
          || endsASentence(l)) {
        continue;
      }
      int set = setWidth(l);
      if (set * 10 < column * 9) {
        continue; // a short line: a heading's, or one that a tool cut
      }
      int wordEnd = next[0];
      while (wordEnd < next[1] && !Chars.isBlank(text.charAt(wordEnd))) {
        if (text.charAt(wordEnd++) == '-') {
          break;
        }
      }
      least = Math.min(least, set + WIDTHS[0] + setWidth(next[0], wordEnd));
    }
    return least == Integer.MAX_VALUE ? column : least;
  }

  /**
   * Where the last printed line that pdfium folded into the line {@code text[from, to)} starts,
   * after its line-end hyphen (U+FFFE between letters); or -1.
   */
  private int lastFold(int from, int to) {
    if (folded) {
      for (int i = to - 2; i > from; i--) {
        if (text.charAt(i) == '\uFFFE'
            && Character.isLetter(text.charAt(i - 1))
            && Character.isLetter(text.charAt(i + 1))) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /**
   * The widest, as set, of the printed lines that pdfium folded into {@code line}, each but the
   * last with its hyphen; or -1 where it folded none.
   */
  private int widestFoldedPiece(int[] line) {
    int end = line[1];
    int widest = -1;
    for (int fold = lastFold(line[0], end); fold >= 0; fold = lastFold(line[0], end)) {
      widest = Math.max(widest, setWidth(fold, end) + (end < line[1] ? WIDTHS['-' - ' '] : 0));
      end = fold - 1;
    }
    return widest < 0 ? -1 : Math.max(widest, setWidth(line[0], end) + WIDTHS['-' - ' ']);
  }

  private List<List<int[]>> runs(List<int[]> lines) {
    int spacing = oneLinePerParagraph ? 1 : measureGaps(lines);
    List<List<int[]>> runs = new ArrayList<>();
    List<int[]> run = null;
    int blanks = 0;
    for (int[] line : lines) {
      if (line == null) {
        blanks++;
        continue;
      }
      if (blanks > 0
          && run != null
          && !oneLinePerParagraph
          && !Chars.isBullet(text.charAt(run.get(0)[0]))
          && besideOnly(run.get(run.size() - 1), line)
          && !endsParagraphAbove(run, line)) {
        blanks = 0; // a row of the other column's alone, no blank line of this one's
      }
      // one blank line may be the line spacing, and only more part paragraphs
      if (run == null
          || (oneLinePerParagraph && !(blanks == 0 && afterLineSeparator(line)))
          || blanks >= spacing) {
        run = new ArrayList<>(oneLinePerParagraph ? 1 : 8);
        runs.add(run);
      }
      run.add(line);
      blanks = 0;
    }
    return runs;
  }

  /**
   * Whether the one line between {@code above} and {@code line} is a blank row of a column read
   * apart from its layout, its row holding the other column's text only ({@link
   * Source#besideOnly}): where the other column's lines stand closer, one such row now and then
   * falls between two lines of a paragraph, as two do not.
   */
  private boolean besideOnly(int[] above, int[] line) {
    int between = src.lineOf(above[0]) + 1;
    return between + 1 == src.lineOf(line[0]) && src.besideOnly(between);
  }

  /**
   * Whether a paragraph ends with the last line of {@code run} before {@code line}, as where no
   * blank line parts paragraphs ({@link #endsParagraph}).
   */
  private boolean endsParagraphAbove(List<int[]> run, int[] line) {
    List<int[]> lines = new ArrayList<>(run);
    lines.add(line);
    return endsParagraph(lines, run.size(), run.size() == 1, false, 0);
  }

  /** Whether the line before {@code line} ended with a line separator (U+2028) as given. */
  private boolean afterLineSeparator(int[] line) {
    int l = src.lineOf(line[0]);
    if (paragraphSeparated == null || l == 0) {
      return false;
    }
    int end = src.ends[l - 1];
    return end < paragraphSeparated.length() && paragraphSeparated.charAt(end) == '\u2028';
  }

  /**
   * Parts runs of lines where a paragraph ends: at a line that ends a sentence and leaves room in
   * the column for the next line's first word, which wrapping would otherwise have put on it,
   * before a line that opens a sentence (a capital, a digit, an opening quote or a key point); and
   * after a short line that opens a run and ends no sentence, a subheading; and before a line
   * indented further than most, as a paragraph's first line may be. A paragraph whose last line is
   * full stays joined to the next where its first line is not indented: nothing else tells them
   * apart. Runs of fewer than {@code minLines} lines stay whole.
   */
  private List<List<int[]>> partParagraphs(List<List<int[]>> runs, int minLines) {
    int longest = 0;
    for (List<int[]> run : runs) {
      longest = Math.max(longest, run.size());
    }
    if (longest < minLines) {
      return runs; // most texts with blank lines between paragraphs
    }
    // each line's indentation, found once, in the order of the runs' lines
    int total = 0;
    for (List<int[]> run : runs) {
      total += run.size();
    }
    int[] indentAt = new int[total];
    int[] indents = new int[MAX_INDENT + 1];
    int k = 0;
    for (List<int[]> run : runs) {
      for (int[] line : run) {
        indentAt[k] = indent(line);
        indents[indentAt[k++]]++;
      }
    }
    int margin = 0; // the indentation of most lines
    for (int i = 1; i <= MAX_INDENT; i++) {
      margin = indents[i] > indents[margin] ? i : margin;
    }
    boolean setInMarks = setInMarksParagraphs(runs, indentAt, margin);
    List<List<int[]>> out = new ArrayList<>(runs.size());
    k = 0;
    for (List<int[]> run : runs) {
      if (run.size() < minLines) {
        out.add(run);
        k += run.size();
        continue;
      }
      List<int[]> part = new ArrayList<>();
      out.add(part);
      for (int i = 0; i < run.size(); i++, k++) {
        int[] line = run.get(i);
        boolean setIn = indentAt[k] >= margin + 2 && indentAt[k] >= around(indentAt, k, i, run) + 2;
        if (!part.isEmpty()
            && ((setInMarks
                    ? (setIn && endsParagraph(run, i, true, true, 0))
                        || standsApart(run, i, indentAt, k, margin)
                    : endsParagraph(
                        run,
                        i,
                        part.size() == 1,
                        setIn,
                        Math.max(
                            0,
                            indentAt[k - 1]
                                - Math.max(margin, around(indentAt, k - 1, i - 1, run)))))
                || endsKeyPoints(part, run, i))) {
          part = new ArrayList<>();
          out.add(part);
        }
        part.add(line);
      }
    }
    return out;
  }

  /**
   * The least indentation of the lines of {@code run} before and after line {@code i}, {@code k} of
   * the runs' lines ({@code indentAt}); or 0 where it has neither. A line set in beyond it is set
   * in among its own lines, as a paragraph's first is, not with them, as the lines of a page beside
   * the sidebar are.
   */
  private static int around(int[] indentAt, int k, int i, List<int[]> run) {
    int least = Integer.MAX_VALUE;
    if (i > 0) {
      least = indentAt[k - 1];
    }
    if (i + 1 < run.size()) {
      least = Math.min(least, indentAt[k + 1]);
    }
    return least == Integer.MAX_VALUE ? 0 : least;
  }

  /**
   * Whether {@code run[i]}, at the margin of text whose paragraphs open with a line set in, stands
   * apart from the paragraph above as a label or a subheading does ({@code Notes}): short, with no
   * sentence's end, after a line that ends a sentence and over a line set in.
   */
  private boolean standsApart(List<int[]> run, int i, int[] indentAt, int k, int margin) {
    int[] line = run.get(i);
    int[] above = run.get(i - 1);
    return i + 1 < run.size()
        && indentAt[k] < margin + 2
        && indentAt[k + 1] >= margin + 2
        && (line[1] - line[0]) * 5 < typicalWidth * 3
        && !endsASentence(line)
        && endsASentence(above);
  }

  /**
   * Whether the text marks each paragraph by setting its first line in, and by nothing else, as
   * {@code pdftotext -layout} gives a PDF without space between paragraphs: three lines set in at
   * least, two blanks or more beyond the margin, each after a line that ends a sentence or a short
   * one (a subheading), and none after a longer line that does not, but a key point's own lines
   * under its bullet. A line at the margin then opens no paragraph. {@code indentAt} holds each
   * line's indentation, in the order of the runs' lines.
   */
  private boolean setInMarksParagraphs(List<List<int[]>> runs, int[] indentAt, int margin) {
    int marks = 0;
    int k = 0;
    for (List<int[]> run : runs) {
      boolean inItem = false; // the lines of a key point, set in under its bullet
      for (int i = 0; i < run.size(); i++, k++) {
        int[] line = run.get(i);
        if (Chars.isBullet(text.charAt(line[0]))) {
          inItem = true; // wherever it stands: the body's first line has its blanks cut off
          continue;
        }
        if (indentAt[k] < margin + 2) {
          inItem = false;
          continue;
        }
        if (i > 0 && !inItem) {
          int[] above = run.get(i - 1);
          if (endsASentence(above)) {
            marks++;
          } else if ((above[1] - above[0]) * 5 >= typicalWidth * 3) {
            return false; // but under a short line, a subheading's
          }
        }
      }
    }
    return marks >= 3;
  }

  /**
   * Parts runs of lines before and after each subheading inside them ({@link #isSubheadingInRun}),
   * where no blank line parts the paragraphs, or where extraction lost the blank lines above and
   * under one: the paragraph above may end with a full line, which the measure of a paragraph's end
   * does not part from the heading.
   */
  private List<List<int[]>> partAtSubheadings(List<List<int[]>> runs) {
    List<List<int[]>> out = null; // made at the first part, as most texts have none
    for (int r = 0; r < runs.size(); r++) {
      List<int[]> run = runs.get(r);
      int from = 0;
      // a run's first line too, under a run that ends a sentence (1. What Has Changed, which the
      // numbered list's parting put at a run's start), and its last, over the next run (a
      // subheading at the margin over a paragraph whose first line is set in)
      List<int[]> above = r > 0 ? runs.get(r - 1) : null;
      List<int[]> next = r + 1 < runs.size() ? runs.get(r + 1) : List.of();
      for (int i = above != null && !above.isEmpty() ? 0 : 1; i < run.size(); i++) {
        List<int[]> below = i + 1 < run.size() ? run.subList(i + 1, run.size()) : next;
        int[] before = i == 0 ? above.get(above.size() - 1) : run.get(i - 1);
        if (!below.isEmpty() && isSubheadingInRun(before, run.get(i), below)) {
          if (out == null) {
            out = new ArrayList<>(runs.subList(0, r));
          }
          if (i > from) {
            out.add(run.subList(from, i));
          }
          out.add(run.subList(i, i + 1));
          from = i + 1;
        }
      }
      if (out != null && from < run.size()) {
        out.add(from == 0 ? run : run.subList(from, run.size()));
      }
    }
    return out == null ? runs : out;
  }

  /**
   * Whether {@code line} is a subheading inside a run of lines: after a line that ends a sentence,
   * full or not, but not with a colon, a line in title case over a full line that opens a sentence
   * ({@link #isTitleCaseHeading}), the width measured on the lines under it (a page beside the
   * sidebar is narrower than the next). A line so short with no closing punctuation ends no
   * justified line in mid-paragraph, and one after a sentence's end is no paragraph's last words.
   *
   * @param before the line above it, the last of the run above where it opens its run
   * @param below the lines under it, those of the next run where it closes its run; not empty
   */
  private boolean isSubheadingInRun(int[] before, int[] line, List<int[]> below) {
    if (text.regionMatches(below.get(0)[0], text, line[0], line[1] - line[0])) {
      return false; // a name over the biography that opens with it
    }
    if ((line[1] - line[0]) * 5 >= typicalWidth * 3
        || !Character.isUpperCase(text.charAt(afterSectionNumber(line)))
        || !endsAsHeading(line)) {
      return false; // most lines: no short line
    }
    // a sentence's end, but no colon, which leads into a list, a quotation or a name under it
    char end = text.charAt(closing(text, before[0], before[1]));
    if (!Chars.isSentenceEnd(end) || end == ':') {
      return false;
    }
    int widest = 0; // of the lines under it, but for two printed lines glued into one
    for (int j = 0; j < below.size() && j < 4; j++) {
      if (!isGlued(below.get(j))) {
        widest = Math.max(widest, below.get(j)[1] - below.get(j)[0]);
      }
    }
    return isTitleCaseHeading(line, below.get(0), null, Math.min(typicalWidth, widest));
  }

  /**
   * Parts each run shorter than {@link #LONG_RUN} after a line that ends a paragraph ({@link
   * #endsParagraph}) and is clearly short, three fifths at most of the widest of the two lines
   * before it and the two after it, two lines at least on each side: where blank lines part the
   * paragraphs, one lost between two (as tools that place lines on a grid by their height lose one
   * now and then) leaves a paragraph's short last line inside a run.
   */
  private List<List<int[]>> partAtShortEnds(List<List<int[]>> runs) {
    List<List<int[]>> out = null; // made at the first part, as most texts have none
    for (int r = 0; r < runs.size(); r++) {
      List<int[]> run = runs.get(r);
      int from = 0;
      if (run.size() >= 4 && run.size() < LONG_RUN) {
        for (int i = 2; i + 2 <= run.size(); i++) {
          int[] line = run.get(i - 1);
          int around = 0;
          for (int j = i - 3; j <= i + 1; j++) {
            if (j >= 0 && j != i - 1 && !isGlued(run.get(j))) {
              around = Math.max(around, run.get(j)[1] - run.get(j)[0]);
            }
          }
          if (i - from >= 2
              && (line[1] - line[0]) * 5 <= around * 3
              && endsParagraph(run, i, false, false, 0)) {
            if (out == null) {
              out = new ArrayList<>(runs.subList(0, r));
            }
            out.add(run.subList(from, i));
            from = i;
          }
        }
      }
      if (out != null) {
        out.add(from == 0 ? run : run.subList(from, run.size()));
      }
    }
    return out == null ? runs : out;
  }

  /**
   * Parts a run that opens with a subheading with no blank line under it, as extraction leaves one
   * where a heading stands closer to its paragraph than paragraphs to each other (at the top of a
   * page, under a running head, most often): after a run that ends a sentence, a line in title case
   * of two to eleven words, under three fifths of the typical width, that ends with no punctuation,
   * over a full line that opens a sentence and another line (full too where the next line's first
   * word would not have fitted on it), or over a paragraph of one line that ends a sentence and
   * does not open with the heading's words (a name over its biography); and a run that closes with
   * such a line, no blank line above it, after a sentence's end, over a blank line and the
   * paragraph that it heads, as tools that place lines by their height lose the blank line above a
   * heading now and then.
   */
  private List<List<int[]>> partHeadings(List<List<int[]>> runs) {
    List<List<int[]>> out = null; // made at the first part, as most texts have none
    for (int r = 0; r < runs.size(); r++) {
      List<int[]> run = runs.get(r);
      boolean heading =
          (run.size() >= 3 || (run.size() == 2 && isOneLineParagraphUnder(run.get(0), run.get(1))))
              && r > 0
              && endsSentence(runs.get(r - 1))
              && isTitleCaseHeading(
                  run.get(0), run.get(1), run.size() > 2 ? run.get(2) : null, localWidth(run));
      // or, measured against the text's lines rather than the run's own, one over a paragraph of
      // one line as wide as the text's lines
      heading |=
          run.size() == 2
              && r > 0
              && endsSentence(runs.get(r - 1))
              && isOneLineParagraphUnder(run.get(0), run.get(1))
              && isTitleCaseHeading(run.get(0), run.get(1), null, typicalWidth);
      // or one that closes a run, with no blank line above it, after a sentence's end, over a blank
      // line and the paragraph that it heads
      int n = run.size();
      List<int[]> under = r + 1 < runs.size() ? runs.get(r + 1) : null;
      boolean closing =
          !heading
              && n >= 3
              && under != null
              && endsSentence(run.subList(0, n - 1))
              && isTitleCaseHeading(
                  run.get(n - 1),
                  under.get(0),
                  under.size() > 1 ? under.get(1) : null,
                  localWidth(run));
      if ((heading || closing) && out == null) {
        out = new ArrayList<>(runs.subList(0, r));
      }
      if (heading) {
        out.add(run.subList(0, 1));
        out.add(run.subList(1, n));
      } else if (closing) {
        out.add(run.subList(0, n - 1));
        out.add(run.subList(n - 1, n));
      } else if (out != null) {
        out.add(run);
      }
    }
    return out == null ? runs : out;
  }

  /**
   * The typical width, or the width of the widest of a run's lines after its first where that is
   * less: a page beside the sidebar is narrower than the next.
   */
  private int localWidth(List<int[]> run) {
    int widest = 0;
    for (int i = 1; i < run.size() && i <= 4; i++) {
      widest = Math.max(widest, run.get(i)[1] - run.get(i)[0]);
    }
    return Math.min(typicalWidth, widest);
  }

  /**
   * Whether {@code next}, a run's last line under {@code line}, is a paragraph of one line: it ends
   * a sentence, not with a colon, and does not open with the words of the line above, as a
   * biography opens with the name over it.
   */
  private boolean isOneLineParagraphUnder(int[] line, int[] next) {
    char end = text.charAt(closing(text, next[0], next[1]));
    return Chars.isSentenceEnd(end)
        && end != ':'
        && !text.regionMatches(next[0], text, line[0], line[1] - line[0]);
  }

  /**
   * Whether {@code line} is a subheading over {@code next} (see {@link #partHeadings}), the lines
   * being {@code typical} characters wide: in title case, most words capitalised, or half of them
   * and the last ({@code Lessons from the Past}), the rest small words. {@code next} is full: four
   * fifths of the width, or, where {@code afterNext} is not null, too full for its first word.
   */
  private boolean isTitleCaseHeading(int[] line, int[] next, int[] afterNext, int typical) {
    int width = line[1] - line[0];
    char nextFirst = text.charAt(next[0]);
    if (width * 5 >= typical * 3
        || ((next[1] - next[0]) * 5 < typical * 4 && !leavesNoRoom(next, afterNext, typical))
        || !endsAsHeading(line)
        || !(Character.isUpperCase(nextFirst) || Chars.isOpeningQuote(nextFirst))) {
      return false;
    }
    int from = afterSectionNumber(line); // 1. What Has Changed: the words after the number
    int words = 0;
    int capitals = 0;
    boolean lastCapital = false; // whether the last word is capitalised, as title case has it
    for (int i = from; i < line[1]; i++) {
      boolean opens = i == from || Chars.isBlank(text.charAt(i - 1));
      char c = text.charAt(i);
      if (opens && !Chars.isBlank(c)) {
        words++;
        lastCapital = Character.isUpperCase(c) || Character.isDigit(c);
        if (lastCapital) {
          capitals++;
        } else if (!MINOR_WORDS.contains(text.substring(i, wordEnd(i, line[1])))) {
          return false; // a word in lower case that title case would capitalise
        }
      }
    }
    // two words capitalised (Three Obstacles), but not a name over a line that opens with it
    boolean twoWords =
        words == 2
            && capitals == 2
            && !text.regionMatches(next[0], text, line[0], line[1] - line[0]);
    // most words capitalised, or half of them and the last: Lessons from the Past
    return (words >= 3 || twoWords)
        && words < 12
        && (capitals * 2 > words || (capitals * 2 == words && lastCapital))
        && Character.isUpperCase(text.charAt(from))
        && hasLowerCase(line); // not a line in capitals, as a title or an abbreviation
  }

  /**
   * Whether a line ends as a subheading does: with a word, or with a question mark after one
   * ({@code What Next for Japan?}).
   */
  private boolean endsAsHeading(int[] line) {
    int last = line[1] - 1;
    if (text.charAt(last) == '?' && last > line[0]) {
      last--;
    }
    return Character.isLetterOrDigit(text.charAt(last));
  }

  /**
   * Where a subheading's words start after its section number ({@code 1.}, {@code 2)}, {@code IV.},
   * {@code (3)}) and the blanks after it; the line's start where it has none.
   */
  private int afterSectionNumber(int[] line) {
    int i = line[0];
    boolean bracket = i < line[1] && text.charAt(i) == '(';
    int digits = bracket ? i + 1 : i;
    int j = digits;
    while (j < line[1] && j - digits < 4 && "0123456789IVX".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j == digits || j >= line[1]) {
      return line[0];
    }
    char mark = text.charAt(j);
    if (!(bracket ? mark == ')' : mark == '.' || mark == ')')) {
      return line[0];
    }
    int k = j + 1;
    if (k >= line[1] || !Chars.isBlank(text.charAt(k))) {
      return line[0];
    }
    while (k < line[1] && Chars.isBlank(text.charAt(k))) {
      k++;
    }
    return k < line[1] ? k : line[0];
  }

  /**
   * Whether the first word of {@code afterNext}, a line of the same paragraph, would not have
   * fitted at the end of {@code line} in a column {@code typical} characters wide, as wrapping
   * leaves a line short before a long word ({@code the risk of} / {@code miscalculation}); false
   * where {@code afterNext} is null.
   */
  private boolean leavesNoRoom(int[] line, int[] afterNext, int typical) {
    if (afterNext == null) {
      return false;
    }
    int word = afterNext[0];
    while (word < afterNext[1] && !Chars.isBlank(text.charAt(word))) {
      word++;
    }
    return (line[1] - line[0]) + 1 + (word - afterNext[0]) > typical;
  }

  private boolean hasLowerCase(int[] line) {
    for (int i = line[0]; i < line[1]; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the last of {@code out} is a copy of the first paragraph's opening, cut off where its
   * box ends, before the paragraph ({@code next}) or after it: the first paragraph or the one after
   * it, the other opening with the whole of it.
   */
  private static boolean isFirstParagraphsCopy(List<Draft> out, Draft next) {
    Draft prev = out.get(out.size() - 1);
    Draft first = null;
    for (Draft d : out) {
      if (d.kind == Draft.Kind.PARAGRAPH) {
        first = d;
        break;
      }
    }
    if (prev == first) {
      return opensAlike(prev.chars(), next.chars());
    }
    return out.size() >= 2
        && out.get(out.size() - 2) == first
        && opensAlike(prev.chars(), first.chars());
  }

  /** Whether {@code b} opens with the whole of {@code a}, eight words or more. */
  private static boolean opensAlike(CharSequence a, CharSequence b) {
    int n = a.length();
    if (n > b.length() || a.charAt(0) != b.charAt(0)) {
      return false; // nearly every pair
    }
    int words = 1;
    for (int i = 0; i < n; i++) {
      char c = a.charAt(i);
      if (c != b.charAt(i)) {
        return false;
      }
      words += c == ' ' ? 1 : 0;
    }
    return words >= 8;
  }

  /** Whether the last line of {@code run} ends a sentence. */
  /**
   * Whether a line ends a sentence, seen through the marks that close italics and a note's number
   * after it ({@link #closing}).
   */
  private boolean endsASentence(int[] line) {
    return Chars.isSentenceEnd(text.charAt(closing(text, line[0], line[1])));
  }

  private boolean endsSentence(List<int[]> run) {
    int[] last = run.get(run.size() - 1);
    return Chars.isSentenceEnd(text.charAt(last[1] - 1));
  }

  /**
   * Parts a run of hard-wrapped lines before each line that opens with an enumerator ({@code (2)},
   * {@code 2.}, {@code b)}) where the line before ends a sentence or a clause and leaves room in
   * the column for the enumerator, which wrapping would otherwise have put on it: the items of a
   * numbered list, one a paragraph, with no blank line between them.
   */
  private List<List<int[]>> partEnumerations(List<List<int[]>> runs) {
    List<List<int[]>> out = null; // made at the first part, as most texts have none
    for (int r = 0; r < runs.size(); r++) {
      List<int[]> run = runs.get(r);
      int from = 0;
      int note =
          noteNumber(
              text,
              run.get(0)[0],
              run.get(0)[1]); // the number of the note that the part opens with, or 0
      if (note == 0
          && run.size() > 1
          && isNotesLabel(run.get(0))
          && noteNumber(text, run.get(1)[0], run.get(1)[1]) == 1) {
        // the notes' label over the first note, no blank line between: a part of its own
        if (out == null) {
          out = new ArrayList<>(runs.subList(0, r));
        }
        out.add(run.subList(0, 1));
        from = 1;
        note = 1;
      }
      for (int i = from + 1; i < run.size(); i++) {
        // the notes' label on a line of its own after a sentence's end, over the first note: it
        // parts the lines above it, however wide the last of them (a closing note in a wider
        // measure), and is a part of its own; the notes under it are parted as a numbered list's
        // items are, where each line leaves room, as biographies one a line may follow the last
        if (i + 1 < run.size()
            && isNotesLabel(run.get(i))
            && endsASentence(run.get(i - 1))
            && noteNumber(text, run.get(i + 1)[0], run.get(i + 1)[1]) == 1) {
          if (out == null) {
            out = new ArrayList<>(runs.subList(0, r));
          }
          out.add(run.subList(from, i));
          out.add(run.subList(i, i + 1));
          from = i + 1;
          note = 1;
          i++;
          continue;
        }
        // the next item of a numbered list, or the next note: 1 Ministry ... 2021. / 2 Cabinet
        int next = note > 0 ? noteNumber(text, run.get(i)[0], run.get(i)[1]) : 0;
        boolean nextNote =
            next > 0
                && next == note + 1
                && Chars.isSentenceEnd(
                    text.charAt(closing(text, run.get(i - 1)[0], run.get(i - 1)[1])));
        // an enumerator alone on its line, over its item's text: after a sentence, a clause or
        // a colon that leads into the list
        boolean labelAlone =
            isLabelAlone(run.get(i))
                && i + 1 < run.size()
                && (text.charAt(run.get(i - 1)[1] - 1) == ':'
                    || endsItem(run.get(i - 1), run.get(i)));
        if (nextNote
            || labelAlone
            || (opensEnumeration(run.get(i))
                && endsItem(run.get(i - 1), run.get(i))
                // a numbered subheading, 1. What Has Changed, is parted as a heading
                && !(i + 1 < run.size()
                    && isSubheadingInRun(
                        run.get(i - 1), run.get(i), run.subList(i + 1, run.size()))))) {
          note = next;
          if (out == null) {
            out = new ArrayList<>(runs.subList(0, r));
          }
          out.add(run.subList(from, i));
          from = i;
        }
      }
      if (out != null) {
        out.add(from == 0 ? run : run.subList(from, run.size()));
      }
    }
    return out == null ? runs : out;
  }

  /**
   * Whether a line is the label over notes: Notes, Note, Endnotes, Footnotes, with a colon or not.
   */
  private boolean isNotesLabel(int[] line) {
    int e = line[1];
    if (e - line[0] > 12) {
      return false;
    }
    if (e > line[0] && text.charAt(e - 1) == ':') {
      e--;
    }
    String label = text.substring(line[0], e).strip().toLowerCase(Locale.ROOT);
    return NOTES_LABELS.contains(label);
  }

  private static final Set<String> NOTES_LABELS =
      Set.of("notes", "note", "endnotes", "end notes", "footnotes");

  /**
   * Whether {@code s[from, to)} ends as the item before a list's last does: a semicolon or a comma,
   * then {@code and} or {@code or} ({@code Europe; and}).
   */
  private static boolean endsBeforeLastItem(CharSequence s, int from, int to) {
    int w = to;
    while (w > from && (s.charAt(w - 1) | 0x20) >= 'a' && (s.charAt(w - 1) | 0x20) <= 'z') {
      w--;
    }
    boolean conjunction =
        (to - w == 3 && s.charAt(w) == 'a' && s.charAt(w + 1) == 'n' && s.charAt(w + 2) == 'd')
            || (to - w == 2 && s.charAt(w) == 'o' && s.charAt(w + 1) == 'r');
    if (!conjunction || w == from || !Chars.isBlank(s.charAt(w - 1))) {
      return false;
    }
    int b = w - 1;
    while (b > from && Chars.isBlank(s.charAt(b - 1))) {
      b--;
    }
    return b > from && (s.charAt(b - 1) == ';' || s.charAt(b - 1) == ',');
  }

  /**
   * Whether a line opens with an enumerator and a blank: {@code (2) }, {@code 2. }, {@code b) }.
   */
  private boolean opensEnumeration(int[] line) {
    int end = enumeratorEnd(line);
    return end > 0 && end < line[1] && Chars.isBlank(text.charAt(end));
  }

  /**
   * Where the enumerator that opens a line ends ({@code (2)}, {@code 2.}, {@code b)}: one or two
   * digits or one lower-case letter, closed by a bracket, or digits by a full stop), or -1.
   */
  private int enumeratorEnd(int[] line) {
    int s = line[0];
    int e = line[1];
    int i = s < e && text.charAt(s) == '(' ? s + 1 : s;
    int label = i;
    while (i < e && i - label < 2 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i == label && i < e && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
      i++; // one letter: a), (b)
    }
    if (i == label || i >= e) {
      return -1;
    }
    char close = text.charAt(i);
    boolean digits = Character.isDigit(text.charAt(label));
    return close == ')' || (close == '.' && digits && label == s) ? i + 1 : -1;
  }

  /**
   * The number that opens {@code t[s, e)} as a note's ({@code 2 Cabinet}, {@code [2] Cabinet},
   * {@code 2. Cabinet}, {@code (2) Cabinet}, {@code ² Cabinet}): one to three digits, or
   * superscript ones, blanks, and a capital or a quotation mark after them; else 0.
   */
  static int noteNumber(CharSequence t, int s, int e) {
    int i = s < e && (t.charAt(s) == '[' || t.charAt(s) == '(') ? s + 1 : s;
    int digits = i;
    int n = 0;
    for (int d; i < e && i - digits < 3 && (d = noteDigit(t.charAt(i))) >= 0; i++) {
      n = n * 10 + d;
    }
    if (i == digits || (i < e && isNoteDigit(t.charAt(i)))) {
      return 0;
    }
    if (i < e && (t.charAt(i) == '.' || t.charAt(i) == ']' || t.charAt(i) == ')')) {
      i++;
    }
    if (i + 1 >= e || !Chars.isBlank(t.charAt(i))) {
      return 0;
    }
    while (i + 1 < e && Chars.isBlank(t.charAt(i + 1))) {
      i++; // 1.  Ministry: blanks as wide as the tool spaced them
    }
    if (i + 1 >= e) {
      return 0;
    }
    char c = t.charAt(i + 1);
    return Character.isUpperCase(c) || Chars.isOpeningQuote(c) ? n : 0;
  }

  /**
   * Whether a list item may end with {@code line}: it ends a sentence or a clause ({@code ;}, or
   * {@code ; and}, {@code , or} before the last item), and the next line's first word would have
   * fitted on it.
   */
  private boolean endsItem(int[] line, int[] next) {
    char last = text.charAt(line[1] - 1);
    if (!Chars.isSentenceEnd(last) && last != ';' && !endsBeforeLastItem(text, line[0], line[1])) {
      return false;
    }
    int wordEnd = next[0];
    while (wordEnd < next[1] && !Chars.isBlank(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return line[1] - line[0] + 1 + (wordEnd - next[0]) <= typicalWidth;
  }

  /** The most characters of the 75th percentile of a text hard-wrapped to its page's lines. */
  private static final int HARD_WRAPPED = 130;

  /** Where the {@link #gluedLines} start, in order. */
  private int[] glued = new int[0];

  /**
   * Where the lines start that {@link #gluedLines} finds wider than the column only as set, glued
   * where the text is set proportionally; or null.
   */
  private List<Integer> nearlyGlued;

  /**
   * The starts of the lines that hold two printed lines, which an extraction tool glued into one
   * where it undid a hyphenation itself (pdftotext): in hard-wrapped text (ten lines or more, most
   * no wider than {@link #HARD_WRAPPED}), lines as wide as four fifths of the 75th percentile at
   * least and more than 1.4 times as wide as the widest of the three lines before and after them
   * ({@link #aroundWidth}), two of which are four fifths as wide as that at least: two lines of a
   * page beside the sidebar glued are no wider than a full line of the next page, and a line of a
   * biography set in smaller type is no more than 1.3 times as wide as the body's. A line more than
   * 1.25 times as wide is glued too where it ends a sentence and none of those six lines is wider
   * than the lines of text and no more than 1.4 times as wide as the widest: a full line and a
   * paragraph's short last line glued, which stands alone among lines of one width, as a line of a
   * wider measure (a biography in smaller type, a wider page, a closing note) does not. So is a
   * line so placed, under a line of text (not a biography's first line after a blank line), that is
   * wider than those lines however little, in characters, and more than 1.08 times as wide as set
   * ({@link #widerThanSet}), where the text is set proportionally: a paragraph's last word or two
   * glued to a full line.
   */
  private int[] gluedLines(List<int[]> lines, int p75) {
    int n = lines.size();
    int wrapped = 0;
    for (int[] l : lines) {
      wrapped += l != null && (l[1] - l[0]) * 2 > p75 ? 1 : 0;
    }
    if (p75 > HARD_WRAPPED || wrapped < 10) {
      return new int[0]; // no hard-wrapped text, whose lines are as wide as its page
    }
    int[] found = null;
    int count = 0;
    List<Integer> nearlyFull = null; // lines wider than the column only as set
    for (int k = 0; k < n; k++) {
      int[] l = lines.get(k);
      if (l == null || (l[1] - l[0]) * 5 <= p75 * 4) {
        continue; // a short line, or none
      }
      // the lines around it as wide as lines of text, and no wider than 1.2 times the 75th
      // percentile: the widest, and how many are nearly as wide
      int widest = 0;
      for (int j = Math.max(0, k - 3); j < Math.min(n, k + 4); j++) {
        int width = aroundWidth(lines, j, k, p75);
        widest = Math.max(widest, width);
      }
      int full = 0;
      boolean alone = true; // no other line wider than lines of text, but two lines glued
      for (int j = Math.max(0, k - 3); j < Math.min(n, k + 4); j++) {
        full += aroundWidth(lines, j, k, p75) * 5 >= widest * 4 ? 1 : 0;
        int[] m = lines.get(j);
        int other = m == null || j == k ? 0 : m[1] - m[0];
        alone &= other * 5 <= p75 * 6 || other * 5 > widest * 7;
      }
      int width = l[1] - l[0];
      boolean sentenceEnds = endsASentence(l);
      if (widest > 0
          && full >= 2
          && (width * 5 > widest * 7
              || (alone && width * 4 > widest * 5 && sentenceEnds)
              || (alone
                  && k > 0
                  && lines.get(k - 1) != null
                  && !opensSentenceAfterOne(lines.get(k - 1), l)
                  && width > widest
                  && sentenceEnds
                  && widerThanSet(lines, k, p75)))) {
        if (width * 4 <= widest * 5 && width * 5 <= widest * 7) {
          nearlyFull = nearlyFull == null ? new ArrayList<>() : nearlyFull;
          nearlyFull.add(l[0]); // glued only where the text is set proportionally (measure)
          continue;
        }
        if (found == null) {
          found = new int[8];
        } else if (count == found.length) {
          found = Arrays.copyOf(found, 2 * count);
        }
        found[count++] = l[0];
      }
    }
    nearlyGlued = nearlyFull;
    return found == null ? new int[0] : Arrays.copyOf(found, count);
  }

  /**
   * Whether {@code lines[k]}, set in Times Roman ({@link #setWidth}), is more than 1.08 times as
   * wide as the widest of the three lines before and after it that are as wide as lines of text
   * ({@link #aroundWidth}): justified lines set in a proportional font are no wider than their
   * column, whatever their counts of characters, so a line wider than any around it holds more than
   * a printed line. It tells so only in text set so ({@link #isSetProportionally}).
   */
  private boolean widerThanSet(List<int[]> lines, int k, int p75) {
    int set = 0;
    for (int j = Math.max(0, k - 3); j < Math.min(lines.size(), k + 4); j++) {
      if (aroundWidth(lines, j, k, p75) > 0) {
        set = Math.max(set, setWidth(lines.get(j)));
      }
    }
    int[] l = lines.get(k);
    return set > 0 && setWidth(l) * 25 > set * 27;
  }

  /**
   * Whether {@code line} opens a sentence with a capital after {@code above} ends one: a line that
   * may open a paragraph of its own, as a biography's in a wider measure does, rather than end the
   * paragraph above it.
   */
  private boolean opensSentenceAfterOne(int[] above, int[] line) {
    return endsASentence(above)
        && (Character.isUpperCase(text.charAt(line[0]))
            || Chars.isOpeningQuote(text.charAt(line[0])));
  }

  /** Whether a line holds two printed lines glued into one ({@link #gluedLines}). */
  private boolean isGlued(int[] line) {
    return glued.length > 0 && Arrays.binarySearch(glued, line[0]) >= 0;
  }

  /**
   * The width of {@code lines[j]} beside line {@code k}: where it is another line, more than half
   * the 75th percentile and no more than 1.2 times it; else 0.
   */
  private static int aroundWidth(List<int[]> lines, int j, int k, int p75) {
    int[] m = lines.get(j);
    int width = m == null || j == k ? 0 : m[1] - m[0];
    return width * 2 > p75 && width * 5 <= p75 * 6 ? width : 0;
  }

  /**
   * Whether the paragraph ends after {@code run[i - 1]}, before {@code run[i]}.
   *
   * @param opens whether the line before opens the paragraph
   * @param indented whether {@code run[i]} is set in
   * @param setIn the blanks by which the line before is set in beyond the margin
   */
  private boolean endsParagraph(
      List<int[]> run, int i, boolean opens, boolean indented, int setIn) {
    int[] line = run.get(i - 1);
    int[] next = run.get(i);
    if (endsWithBlank(line) && cutAtBlanks()) {
      // a piece of a printed line that the tool cut at a wide blank: the line goes on
      return false;
    }
    if (isLabelAlone(line) && !closesSentenceAbove(run, i - 1)) {
      return false; // an enumerator alone on its line opens its item's text: 1. / Identify ...
    }
    char first = text.charAt(next[0]);
    boolean nextOpens =
        Character.isUpperCase(first)
            || Character.isDigit(first)
            || Chars.isOpeningQuote(first)
            || Chars.isBullet(first);
    if (!nextOpens) {
      return false;
    }
    if (indented) {
      return true;
    }
    // a paragraph's first line set in fills the line as far as the others do: its blanks beyond
    // the margin count, as wide as its characters on average where the font is proportional
    int width = line[1] - line[0] + setIn;
    boolean glued = isGlued(line);
    // a sentence's end, before a note's number or not: outside pressure.1
    char end = text.charAt(closing(text, line[0], line[1]));
    if (Chars.isSentenceEnd(end)) {
      int wordEnd = next[0];
      while (wordEnd < next[1] && !Chars.isBlank(text.charAt(wordEnd))) {
        wordEnd++;
      }
      int column = setProportionally() ? widestAround(run, i - 1) : 0;
      if (column > 0) {
        // set in a proportional font: the next word would have fitted in the widest line around
        int fold = glued ? lastFold(line[0], line[1]) : -1;
        if (fold >= 0) {
          // printed lines that pdfium folded into one: the last is known, after its fold
          return setWidth(fold, line[1]) + WIDTHS[0] + setWidth(next[0], wordEnd) <= column;
        }
        if (glued) {
          // two printed lines glued: the second's width is known only roughly, so it ends a
          // paragraph only where it leaves a fifth of the column free besides the next word
          int set = setWidth(line) - column;
          return set + WIDTHS[0] + setWidth(next[0], wordEnd) <= column * 4 / 5;
        }
        int set = setWidth(line);
        int setInWidth = setIn == 0 ? 0 : set * setIn / Math.max(1, line[1] - line[0]);
        // a paragraph's first line, which opens a sentence (not the rest of one after a page
        // break), may have been set in by an em where the tool dropped the blanks, or left one for
        // them: room is left for the next word only beyond that
        int o = line[0];
        while (o < line[1] - 1 && Chars.isBlank(text.charAt(o))) {
          o++;
        }
        boolean firstLine =
            opens
                && (Character.isUpperCase(text.charAt(o)) || Chars.isOpeningQuote(text.charAt(o)));
        int need =
            set
                + (firstLine ? Math.max(setInWidth, EM) : setInWidth)
                + WIDTHS[0]
                + setWidth(next[0], wordEnd);
        // the column is at least as wide as the widest line around, and narrower than a full line
        // around that ends no sentence with the next line's first word on it, as that word did not
        // fit; where the two differ, the word fitted if it needs no more than a third of the way
        // from the first to the second
        return need <= column
            || !firstLine && need * 3L <= column * 2L + (long) leastOverflow(run, i - 1, column);
      }
      // the widest line around, where it is narrower than most: a page beside the sidebar
      int around = 0;
      for (int j = Math.max(0, i - 4); j < Math.min(run.size(), i + 3); j++) {
        if (j != i - 1 && !isGlued(run.get(j))) {
          around = Math.max(around, run.get(j)[1] - run.get(j)[0]);
        }
      }
      // but a colon before a quotation, which a paragraph of its own sets apart more often than a
      // line parts them, leaves room as the text's typical width does
      boolean quotation = end == ':' && Chars.isOpeningQuote(first);
      int full =
          around * 10 >= typicalWidth * 6 && !quotation
              ? Math.min(typicalWidth, around)
              : typicalWidth;
      if (glued) {
        // two printed lines glued, the first taken as full: the second's width is known only
        // roughly, so it ends a paragraph only where it leaves a fifth of the line free
        return width - full - 1 + 1 + (wordEnd - next[0]) <= full * 4 / 5;
      }
      return width + 1 + (wordEnd - next[0]) <= full;
    }
    return opens
        && !glued
        && width < typicalWidth * 0.6
        && Character.isUpperCase(text.charAt(line[0]));
  }

  /**
   * Whether {@code run[k]}, a number alone with a full stop ({@code 25.}), closes the sentence of
   * the line above it rather than opening an item: that line ends in a word or a number with no
   * mark after it and is three fifths of the text's width at least, as a wrapped line is, not an
   * item's short text ({@code grew from 15 to} / {@code 25.}).
   */
  private boolean closesSentenceAbove(List<int[]> run, int k) {
    int[] line = run.get(k);
    if (k == 0 || text.charAt(line[1] - 1) != '.' || !Character.isDigit(text.charAt(line[0]))) {
      return false;
    }
    int[] above = run.get(k - 1);
    char last = text.charAt(above[1] - 1);
    return Character.isLetterOrDigit(last)
        && !isGlued(above)
        && (above[1] - above[0]) * 5 >= typicalWidth * 3;
  }

  /**
   * Whether the key points that {@code part} holds end before line {@code i} of the run: the line
   * before ends a sentence, this line opens one with no key point mark, and no key point follows in
   * the next lines; a key point's own lines seldom break at a sentence's end, and the body opens
   * after the last of them.
   */
  private boolean endsKeyPoints(List<int[]> part, List<int[]> run, int i) {
    int[] line = run.get(i);
    char first = text.charAt(line[0]);
    if (!Chars.isBullet(text.charAt(part.get(0)[0]))
        || Chars.isBullet(first)
        || !(Character.isUpperCase(first) || Chars.isOpeningQuote(first))
        || !Chars.isSentenceEnd(text.charAt(run.get(i - 1)[1] - 1))) {
      return false;
    }
    for (int k = i + 1; k < Math.min(run.size(), i + 4); k++) {
      if (Chars.isBullet(text.charAt(run.get(k)[0]))) {
        return false;
      }
    }
    return true;
  }

  /** The most blanks before a line that {@link #indent} counts. */
  private static final int MAX_INDENT = 40;

  /** The blanks before a line's text, up to {@link #MAX_INDENT}. */
  private int indent(int[] line) {
    int s = overlaidStarts == null ? line[0] : overlaidStarts.getOrDefault(line[0], line[0]);
    int laidOut = src.laidOutColumn(s);
    if (laidOut >= 0) {
      // a line of the columns read one after another: as far in as blanks set it in the input's
      // row, as the lines of the text as laid out are
      return Math.min(MAX_INDENT, laidOut);
    }
    return Math.min(MAX_INDENT, s - Math.max(bodyStart, src.starts[src.lineOf(line[0])]));
  }

  /**
   * How many blank lines part two paragraphs: 1 as usual, a paragraph's lines together; or, where
   * extraction put blank lines after every line (as some tools do with widely spaced lines), the
   * fewest blank lines of the gaps wider than those. Lines are spaced so when nearly every gap
   * between two lines holds some blank lines, most gaps the same number, a third of those fall in
   * mid-sentence, and at least two gaps are wider, most of them after a sentence, as paragraphs end
   * (a page break falls anywhere). Where that is not so, paragraphs cannot be told from lines by
   * their gaps, and every blank line parts them as usual (the paragraphs cut in mid-sentence are
   * then joined again). Sets {@link #linesTogether} when nearly no gap holds a blank line, or no
   * more than a third of the short lines that end a sentence have one after them.
   */
  private int measureGaps(List<int[]> lines) {
    // per gap between two lines, its blank lines (up to 7) and whether a sentence ends before it
    int[] gaps = new int[8];
    int[] afterSentence = new int[8];
    int count = 0;
    int blanks = 0;
    int[] last = null;
    int shortEnds = 0; // lines that end a sentence four fifths of the typical width or less
    int shortEndsBlank = 0; // those with a blank line after them
    for (int[] line : lines) {
      if (line == null) {
        blanks++;
        continue;
      }
      if (last != null) {
        int g = Math.min(blanks, 7);
        gaps[g]++;
        boolean sentence = Chars.isSentenceEnd(text.charAt(last[1] - 1));
        afterSentence[g] += sentence ? 1 : 0;
        if (sentence && (last[1] - last[0]) * 5 <= typicalWidth * 4) {
          shortEnds++;
          // a blank line above a subheading is the space a PDF leaves there, not between paragraphs
          shortEndsBlank += g > 0 && !isSubheadingShaped(line) ? 1 : 0;
        }
        count++;
      }
      last = line;
      blanks = 0;
    }
    int spacing = 1; // the blank lines of most gaps
    for (int g = 2; g < 7; g++) {
      spacing = gaps[g] > gaps[spacing] ? g : spacing;
    }
    int wide = 0;
    int wideAfterSentence = 0;
    int wider = 0; // the fewest blank lines of a gap wider than the spacing
    for (int g = 7; g > spacing; g--) {
      wide += gaps[g];
      wideAfterSentence += afterSentence[g];
      wider = gaps[g] > 0 ? g : wider;
    }
    // hard-wrapped lines with no blank line between paragraphs, as some tools give them: a blank
    // line, or a page number dropped, at most at a page break; or here and there (around a key
    // point, a subheading), but after no more than a third of the short lines that end a sentence,
    // as paragraphs do
    linesTogether =
        count >= 15
            && ((count - gaps[0]) * 25 <= count
                || (shortEnds >= 3 && shortEndsBlank * 3 <= shortEnds));
    int midSentence = gaps[spacing] - afterSentence[spacing];
    boolean spaced =
        count >= 8
            && gaps[0] * 10 <= count
            && gaps[spacing] * 2 >= count
            && midSentence * 3 >= gaps[spacing]
            && wide >= 2
            && wideAfterSentence * 2 >= wide;
    return spaced ? wider : 1;
  }

  /**
   * Whether a line is shaped as a subheading: three fifths of the typical width at most, opening
   * with a capital and ending with no sentence's end.
   */
  private boolean isSubheadingShaped(int[] line) {
    int n = line[1] - line[0];
    return n > 0
        && n * 5 <= typicalWidth * 3
        && Character.isUpperCase(text.charAt(line[0]))
        && !Chars.isSentenceEnd(text.charAt(closing(text, line[0], line[1])));
  }

  /** The longest word the vocabulary counts: a longer run of letters is no word. */
  private static final int LONGEST_WORD = 60;

  /** How many words {@link #count} looks for in the text before it learns the vocabulary. */
  private static final int SEARCHES = 32;

  /** How many words {@link #count} has looked for in the text so far. */
  private int searches;

  /** The body in lower case, its hyphens as {@code -}, for {@link #count}; made on first use. */
  private String lowered;

  /**
   * How often a word in lower case stands in the body as a word of its own, a compound counting as
   * one word, up to {@code enough}. Most bodies have no line that ends in a hyphen, and the rest a
   * few: their words are looked for in the text, and only a body with many such lines learns the
   * counts of all its words, so that the work stays in proportion to the text.
   */
  private int count(String word, int enough) {
    if (word.length() > LONGEST_WORD) {
      return 0; // no word of the vocabulary
    }
    if (vocabulary == null && searches++ >= SEARCHES) {
      vocabulary = new java.util.HashMap<>();
      learnVocabulary(bodyStart);
    }
    if (vocabulary != null) {
      return vocabulary.getOrDefault(word, 0);
    }
    if (lowered == null) {
      lowered = lowered();
    }
    String t = lowered;
    int n = 0;
    for (int i = t.indexOf(word); i >= 0 && n < enough; i = t.indexOf(word, i + 1)) {
      int end = i + word.length();
      boolean starts =
          i == 0
              || (!Character.isLetter(t.charAt(i - 1))
                  && !(Chars.isHyphen(t.charAt(i - 1))
                      && i >= 2
                      && Character.isLetter(t.charAt(i - 2))));
      boolean ends =
          end == t.length()
              || (!Character.isLetter(t.charAt(end))
                  && !(Chars.isHyphen(t.charAt(end))
                      && end + 1 < t.length()
                      && Character.isLetter(t.charAt(end + 1))));
      n += starts && ends ? 1 : 0;
    }
    return n;
  }

  /**
   * The body from {@link #bodyStart} in lower case as {@code toLowerCase(Locale.ROOT)} makes it,
   * its hyphens U+2010 and U+2011 as {@code -}.
   */
  private String lowered() {
    if (!wide) {
      return loweredWhole(); // quick in Latin-1
    }
    // each character in lower case as String.toLowerCase(Locale.ROOT) makes it, in one pass: but
    // a capital sigma, whose case depends on the letters around it, a dotted capital I, which
    // becomes two characters, and a surrogate are left to it
    char[] lower = new char[text.length() - bodyStart];
    text.getChars(bodyStart, text.length(), lower, 0);
    for (int i = 0; i < lower.length; i++) {
      char c = lower[i];
      if (c < 0x80) {
        lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        continue;
      }
      int l = Character.toLowerCase((int) c);
      if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) || l > Character.MAX_VALUE) {
        return loweredWhole();
      }
      lower[i] = l == '\u2010' || l == '\u2011' ? '-' : (char) l;
    }
    return new String(lower);
  }

  /** {@link #lowered()}, the body made lower case whole. */
  private String loweredWhole() {
    return text.substring(bodyStart)
        .toLowerCase(Locale.ROOT)
        .replace('\u2010', '-')
        .replace('\u2011', '-');
  }

  private void learnVocabulary(int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n
          && (Character.isLetter(text.charAt(i))
              || (Chars.isHyphen(text.charAt(i))
                  && i + 1 < n
                  && Character.isLetter(text.charAt(i + 1))))) {
        i++;
      }
      if (i - s <= LONGEST_WORD) {
        // a compound counts as one word, whichever hyphen it is printed with
        String w = text.substring(s, i).replace('\u2010', '-').replace('\u2011', '-');
        w = w.toLowerCase(Locale.ROOT);
        Integer count = vocabulary.get(w);
        vocabulary.put(w, count == null ? 1 : count + 1);
      }
    }
  }

  // ------------------------------------------------------------------ clipped copy

  /** How many lines from the body's first are looked at for the first of a copy laid over them. */
  private static final int OVERLAID_LINES = 16;

  /** The most lines of a copy that extraction gave whole, line for line, before its paragraph. */
  private static final int OVERLAID_BLOCK = 24;

  /** The fewest words of a copy laid over the first paragraph that are dropped. */
  private static final int OVERLAID_WORDS = 8;

  /**
   * Drops the boxed column's copy of the first paragraph where it lies over the paragraph, line for
   * line, and extraction that ignores the box's clip keeps both: as lines that repeat the lines
   * right after them word for word, one line or a few at a time (pdfminer gives each line twice in
   * a row; pdf.js and pdftotext -raw give the copy's lines whole before the paragraph's), or as
   * lines whose words are each piece of the row twice in a row ({@code The The debate debate},
   * {@code ... An editorial in ... An editorial in The Economist The Economist}), as a tool that
   * puts the pieces of the page in rows by their height gives them. Such lines stand together from
   * one of the body's first lines on; they are dropped, or their first copies blanked out, only
   * where they hold {@link #OVERLAID_WORDS} words of the copy or more, and reported once. Text
   * repeats no line, nor every piece of one, word for word.
   */
  private void dropOverlaidCopy(List<int[]> lines) {
    int first = -1; // the first line of the copy
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < OVERLAID_LINES && first < 0; i++) {
      if (lines.get(i) != null) {
        seen++;
        first = repeatedBlock(lines, i) > 0 || doubledPieces(lines.get(i), 6) != null ? i : -1;
      }
    }
    if (first < 0) {
      return;
    }
    // the copy's lines, dropped whole, and the pieces of lines blanked out, as {start, end}
    List<int[]> dropped = new ArrayList<>();
    List<int[]> blanked = new ArrayList<>();
    int words = 0;
    int i = first;
    while (i < lines.size() && lines.get(i) != null) {
      int block = repeatedBlock(lines, i);
      if (block > 0) {
        for (int k = i; k < i + block; k++) {
          int[] line = lines.get(k);
          dropped.add(line);
          words += Words.spans(text, line[0], line[1]).size;
        }
        i += 2 * block;
        continue;
      }
      List<int[]> pieces = doubledPieces(lines.get(i), 2);
      if (pieces == null) {
        break;
      }
      for (int[] piece : pieces) {
        blanked.add(piece);
        words += Words.spans(text, piece[0], piece[1]).size;
      }
      i++;
    }
    if (words < OVERLAID_WORDS) {
      return;
    }
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (List<int[]> spans : List.of(dropped, blanked)) {
      for (int[] span : spans) {
        start = Math.min(start, span[0]);
        end = Math.max(end, span[1]);
      }
    }
    sink.report(
        DiagnosticCode.CLIPPED_COPY,
        start,
        end,
        "dropped the copy of the first paragraph ("
            + words
            + " words) that a boxed column laid over it, which extraction gave with it word for"
            + " word: "
            + Sink.quote(text.substring(start, end)));
    lines.removeIf(line -> line != null && dropped.contains(line));
    // blanked out in the text too, which is searched for the words that the body writes
    StringBuilder sb = new StringBuilder(text);
    for (List<int[]> spans : List.of(dropped, blanked)) {
      for (int[] span : spans) {
        for (int k = span[0]; k < span[1]; k++) {
          sb.setCharAt(k, ' ');
        }
      }
    }
    text = sb.toString();
    for (int[] line : lines) {
      int s = line == null ? 0 : line[0];
      while (line != null && line[0] < line[1] && isTrim(text.charAt(line[0]))) {
        line[0]++; // the line now opens with its second copy's first word
      }
      if (line != null && line[0] > s) {
        if (overlaidStarts == null) {
          overlaidStarts = new java.util.HashMap<>();
        }
        overlaidStarts.put(line[0], s); // indented as its first copy is
      }
    }
  }

  /**
   * Where the lines that open with a second copy, the first blanked out by {@link
   * #dropOverlaidCopy}, start as printed, by where they start now; null where there are none.
   */
  private java.util.Map<Integer, Integer> overlaidStarts;

  /**
   * How many lines from line {@code i} on the same number of lines right after them repeat word for
   * word, no blank line among them, the fewest that do; or 0.
   */
  private int repeatedBlock(List<int[]> lines, int i) {
    for (int m = 1; m <= OVERLAID_BLOCK && i + 2 * m <= lines.size(); m++) {
      if (lines.get(i + 2 * m - 2) == null || lines.get(i + 2 * m - 1) == null) {
        return 0; // a blank line: the lines stand together no further
      }
      if (!sameWords(lines.get(i), lines.get(i + m))) {
        continue; // most: the first lines differ
      }
      boolean same = true;
      for (int k = 1; k < m && same; k++) {
        same = sameWords(lines.get(i + k), lines.get(i + m + k));
      }
      if (same) {
        return m;
      }
    }
    return 0;
  }

  /** Whether two lines hold the same words, whatever blanks part them. */
  private boolean sameWords(int[] a, int[] b) {
    int i = a[0];
    int j = b[0];
    while (i < a[1] && j < b[1]) {
      char c = text.charAt(i);
      char d = text.charAt(j);
      if (isSpace(c) && isSpace(d)) {
        while (i < a[1] && isSpace(text.charAt(i))) {
          i++;
        }
        while (j < b[1] && isSpace(text.charAt(j))) {
          j++;
        }
        continue;
      }
      if (c != d) {
        return false;
      }
      i++;
      j++;
    }
    return i == a[1] && j == b[1];
  }

  /**
   * The first copies of the pieces of a line that is each piece of it twice in a row, a piece one
   * word or more and the line {@code fewest} words or more, as {start, end} with the blanks after
   * each; or null.
   */
  private List<int[]> doubledPieces(int[] line, int fewest) {
    if (line == null || !lastWordTwice(line)) {
      return null;
    }
    Words.Spans spans = Words.spans(text, line[0], line[1]);
    int n = spans.size;
    if (n < fewest || n % 2 != 0) {
      return null;
    }
    boolean lastTwice = false; // the last word the last of a piece's two copies: most lines not
    for (int len = 1; len <= n / 2 && !lastTwice; len++) {
      lastTwice =
          sameWord(
              spans.starts[n - 1 - len],
              spans.ends[n - 1 - len],
              spans.starts[n - 1],
              spans.ends[n - 1]);
    }
    if (!lastTwice) {
      return null;
    }
    int[] starts = Arrays.copyOf(spans.starts, n);
    int[] ends = Arrays.copyOf(spans.ends, n);
    // piece[k]: the length in words of a piece whose two copies start at word k and after which
    // the rest of the line is pieces twice over too; 0 where there is none
    int[] piece = new int[n + 1];
    boolean[] ok = new boolean[n + 1];
    ok[n] = true;
    // the words from which the rest is pieces twice over, as found: few in any line
    int[] from = new int[n + 1];
    int found = 0;
    from[found++] = n;
    for (int k = n - 2; k >= 0; k--) {
      for (int f = 0; f < found && !ok[k]; f++) {
        int len = (from[f] - k) / 2;
        if ((from[f] - k) % 2 != 0) {
          continue;
        }
        boolean same = true;
        for (int w = 0; w < len && same; w++) {
          same = sameWord(starts[k + w], ends[k + w], starts[k + len + w], ends[k + len + w]);
        }
        if (same) {
          ok[k] = true;
          piece[k] = len;
        }
      }
      if (ok[k]) {
        from[found++] = k;
      }
    }
    if (!ok[0]) {
      return null;
    }
    List<int[]> pieces = new ArrayList<>();
    for (int k = 0; k < n; k += 2 * piece[k]) {
      pieces.add(new int[] {starts[k], starts[k + piece[k]]});
    }
    return pieces;
  }

  /**
   * Whether the last word of a line stands in it before, after a blank: what a line of pieces each
   * given twice has, tested before the line is split into words; most lines have not.
   */
  private boolean lastWordTwice(int[] line) {
    int end = line[1];
    while (end > line[0] && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > line[0] && !isSpace(text.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return false;
    }
    String last = text.substring(start, end);
    // sought forward from the line's start: the search ends at the word itself at the latest
    for (int at = text.indexOf(last, line[0]);
        at >= 0 && at < start;
        at = text.indexOf(last, at + 1)) {
      if (at + last.length() < start
          && isSpace(text.charAt(at + last.length()))
          && (at == line[0] || isSpace(text.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  private boolean sameWord(int s, int e, int t, int f) {
    return e - s == f - t && text.regionMatches(s, text, t, e - s);
  }

  private void dropClippedCopy(List<List<int[]>> runs) {
    if (runs.isEmpty()) {
      return;
    }
    List<int[]> first = runs.get(0);
    // the copy and the real first paragraph fill the first run or two; past a page break the
    // paragraph may go on in the next runs; key points may stand between the copy and it
    int reach = 1;
    while (reach + 1 < runs.size()
        && reach < 12
        && (Chars.isBullet(text.charAt(runs.get(reach).get(0)[0]))
            || pageBreakBetween(last(runs.get(reach - 1))[1], runs.get(reach).get(0)[0])
            || pageBreakBetween(last(runs.get(reach))[1], runs.get(reach + 1).get(0)[0]))) {
      reach++;
    }
    if (reach == 1 && runs.size() > 2 && isNarrowColumn(first)) {
      // a copy alone in the lines of its narrow column, a blank line under it: its pieces align
      // with the paragraph after it and on, as when no blank line parts the two
      reach = 2;
    }
    int end = last(runs.get(Math.min(runs.size() - 1, reach)))[1];
    // a key point opens no copy: the copy is of a paragraph, and stands before the key points;
    // but a tab on the key point's line, as the seed's line parts the copy from the paragraph, may
    // part a copy of the key points from them
    int[] opening = first.get(0);
    // (the tab that a word processor sets after the bullet itself parts nothing)
    int afterMark = opening[0] + 1;
    while (afterMark < opening[1] && Chars.isBlank(text.charAt(afterMark))) {
      afterMark++;
    }
    boolean keyPoint = Chars.isBullet(text.charAt(opening[0])) && !hasTab(afterMark, opening[1]);
    if (keyPoint && keyPointsAfterTab(opening) < 0) {
      dropCopyAfter(runs); // no copy before the key points either: their words are not read
      return;
    }
    Scratch scratch = Scratch.get();
    Words.Spans words = Words.spans(text, first.get(0)[0], end, scratch);
    int k = words.size < 4 || keyPoint ? 0 : ClippedCopy.find(text, words, scratch);
    if (k == 0 && !keyPoint) {
      k = copyBeforeKeyPoints(runs, reach, words, scratch);
    }
    // where a tab or a narrow column marks a copy, its pieces hold whole the words that the
    // paragraph's lines break at their ends
    LinesJoined joined =
        k == 0
                && !keyPoint
                && words.size >= 4
                && (hasTab(opening[0], opening[1]) || isNarrowColumn(first))
            ? brokenWordsJoined(end)
            : null;
    if (joined != null) {
      Words.Spans whole = Words.spans(joined.text, first.get(0)[0], joined.text.length(), scratch);
      int found = ClippedCopy.find(joined.text, whole, scratch);
      if (found > 0 && whole.starts[found] < joined.firstJoin) {
        // the copy, and the paragraph's first word, stand where they do in the input
        words = whole;
        k = found;
      }
    }
    int copyStart = words.size == 0 ? 0 : words.starts[0];
    int copyEnd = k == 0 ? 0 : words.ends[k - 1];
    int resume = k == 0 ? 0 : words.starts[k];
    scratch.trim(); // the words are not read after this
    if (k == 0) {
      dropCopyAfter(runs);
      return;
    }
    sink.report(
        DiagnosticCode.CLIPPED_COPY,
        copyStart,
        copyEnd,
        "dropped the clipped copy of the first paragraph ("
            + k
            + " words, "
            + (copyEnd - copyStart)
            + " characters) that a narrow boxed column left before it");
    // cut the runs so that the body resumes at the real first paragraph
    while (!runs.isEmpty()) {
      List<int[]> run = runs.get(0);
      while (!run.isEmpty() && run.get(0)[1] <= resume) {
        run.remove(0);
      }
      if (run.isEmpty()) {
        runs.remove(0);
        continue;
      }
      if (run.get(0)[0] < resume) {
        run.set(0, new int[] {resume, run.get(0)[1]});
      }
      break;
    }
  }

  /**
   * The input's text up to a point, with words broken at line ends joined from {@code firstJoin}.
   */
  private record LinesJoined(String text, int firstJoin) {}

  /**
   * The text up to {@code end} with each word of the body that a hyphen at a line end breaks before
   * a small letter written whole, and where the first such word was joined; or null where no line
   * ends so.
   */
  private LinesJoined brokenWordsJoined(int end) {
    StringBuilder sb = null;
    int copied = 0;
    int first = -1;
    for (int i = Math.max(1, bodyStart); i < end - 2; i++) {
      if (text.charAt(i) != '-' || !Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      int next = i + 1;
      if (text.charAt(next) == '\r') {
        next++;
      }
      if (next >= end || text.charAt(next) != '\n') {
        continue;
      }
      next++;
      while (next < end && Chars.isBlank(text.charAt(next))) {
        next++;
      }
      if (next < end && Character.isLowerCase(text.charAt(next))) {
        if (sb == null) {
          sb = new StringBuilder(end);
          first = i;
        }
        sb.append(text, copied, i);
        copied = next;
        i = next;
      }
    }
    return sb == null ? null : new LinesJoined(sb.append(text, copied, end).toString(), first);
  }

  /**
   * The number of words of a clipped copy of the first paragraph that a tab parts from key points
   * before the paragraph, as many words long as the stretch in which the copy's pieces are looked
   * for: the copy is found as though the key points were not there. Or 0.
   */
  private int copyBeforeKeyPoints(
      List<List<int[]>> runs, int reach, Words.Spans words, Scratch scratch) {
    int mark = keyPointsAfterTab(runs.get(0).get(0));
    if (mark < 0) {
      return 0;
    }
    int paragraph = -1; // where the first run after the key points starts
    for (int r = 1; r <= reach && r < runs.size() && paragraph < 0; r++) {
      int start = runs.get(r).get(0)[0];
      if (!Chars.isBullet(text.charAt(start))) {
        paragraph = start;
      }
    }
    int from = 0; // the key points' first word
    while (from < words.size && words.starts[from] < mark) {
      from++;
    }
    int to = from; // the paragraph's first word
    while (to < words.size && words.starts[to] < paragraph) {
      to++;
    }
    if (paragraph < 0 || from < 4 || to == words.size || from == to) {
      return 0;
    }
    int k = ClippedCopy.find(text, words.without(from, to), scratch);
    return k <= from ? k : 0;
  }

  /**
   * Where a key point's bullet stands after the first tab on the opening line, blanks between, as a
   * tab parts a clipped copy from the key points after it; or -1.
   */
  private int keyPointsAfterTab(int[] opening) {
    int tab = Chars.indexOf(text, '\t', opening[0], opening[1]);
    if (tab < 0) {
      return -1;
    }
    int mark = tab + 1;
    while (mark < opening[1] && Chars.isBlank(text.charAt(mark))) {
      mark++;
    }
    return mark < opening[1] && Chars.isBullet(text.charAt(mark)) ? mark : -1;
  }

  private boolean hasTab(int from, int to) {
    return Chars.holds(text, '\t', from, to);
  }

  /** Whether a run is two lines or more, each as narrow as a boxed column's. */
  private static boolean isNarrowColumn(List<int[]> run) {
    if (run.size() < 2) {
      return false;
    }
    for (int[] line : run) {
      if (line[1] - line[0] > ClippedCopy.COLUMN_WIDTH) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops a clipped copy that extraction gave after the first paragraph rather than before it:
   * after a tab on a line of the paragraph's run, up to the run's end, or as the next run.
   */
  private void dropCopyAfter(List<List<int[]>> runs) {
    List<int[]> first = runs.get(0);
    int start = first.get(0)[0];
    int firstTab = text.indexOf('\t', start); // looked for once: most texts hold none
    for (int i = 0; firstTab >= 0 && firstTab < last(first)[1] && i < first.size(); i++) {
      int[] line = first.get(i);
      int tab = firstTab < line[0] ? text.indexOf('\t', line[0]) : firstTab;
      if (tab >= 0 && tab < line[1]) {
        int end = last(first)[1];
        int words = copyAfter(start, tab, end);
        if (words > 0) {
          reportCopyAfter(tab, end, words);
          int cut = tab;
          while (cut > line[0] && isTrim(text.charAt(cut - 1))) {
            cut--;
          }
          first.subList(i, first.size()).clear();
          first.add(new int[] {line[0], cut});
        }
        return; // the first tab, or no copy there
      }
    }
    // the copy's lines, short as a narrow column's, at the end of the paragraph's run: its first
    // line is the first of them whose words pass as a copy's
    int shortFrom = first.size();
    while (shortFrom > 1 && isColumnLine(first.get(shortFrom - 1))) {
      shortFrom--;
    }
    for (int i = shortFrom; i > 0 && i + 3 <= first.size(); i++) {
      int from = first.get(i)[0];
      int end = last(first)[1];
      int words = copyAfter(start, from, end);
      if (words > 0) {
        reportCopyAfter(from, end, words);
        first.subList(i, first.size()).clear();
        return;
      }
    }
    if (runs.size() > 1) {
      List<int[]> next = runs.get(1);
      int from = next.get(0)[0];
      int end = last(next)[1];
      int words = Chars.isBullet(text.charAt(from)) ? 0 : copyAfter(start, from, end);
      if (words > 0) {
        reportCopyAfter(from, end, words);
        runs.remove(1);
      }
    }
  }

  /** Whether a line is as short as the lines of a narrow column: under half the text's width. */
  private boolean isColumnLine(int[] line) {
    return (line[1] - line[0]) * 2 < typicalWidth;
  }

  /**
   * How many words {@code text[from, end)} holds where it is a clipped copy of the paragraph {@code
   * text[start, from)}; else 0.
   */
  private int copyAfter(int start, int from, int end) {
    if (end - from > (from - start) || end - from < 8) {
      return 0; // a copy is shorter than its paragraph: cut lines of it
    }
    Scratch scratch = Scratch.get();
    Words.Spans words = Words.spans(text, start, end, scratch);
    int k = 0;
    while (k < words.size && words.starts[k] < from) {
      k++;
    }
    int copy = ClippedCopy.after(text, words, k, scratch) ? words.size - k : 0;
    scratch.trim();
    return copy;
  }

  private void reportCopyAfter(int from, int end, int words) {
    int s = from;
    while (s < end && isTrim(text.charAt(s))) {
      s++;
    }
    sink.report(
        DiagnosticCode.CLIPPED_COPY,
        s,
        end,
        "dropped the clipped copy of the first paragraph ("
            + words
            + " words, "
            + (end - s)
            + " characters) that a narrow boxed column left after it");
  }

  private static int[] last(List<int[]> run) {
    return run.get(run.size() - 1);
  }

  // ------------------------------------------------------------------ blocks

  private void assemble(List<int[]> run, List<Draft> drafts) {
    int runChars = 0;
    for (int[] line : run) {
      runChars += line[1] - line[0] + 1;
    }
    Draft current = null;
    for (int[] line : run) {
      int s = line[0];
      Integer looseBullet = itemBullets == null ? null : itemBullets.get(s);
      boolean bullet = looseBullet != null || Chars.isBullet(text.charAt(s));
      if (bullet) {
        if (current == null || current.kind != Draft.Kind.LIST) {
          current = new Draft(Draft.Kind.LIST, looseBullet != null ? looseBullet : s);
          drafts.add(current);
        }
        int b = looseBullet != null ? s : s + 1;
        while (b < line[1] && isTrim(text.charAt(b))) {
          b++;
        }
        current.items.add(new StringBuilder());
        appendLine(current.last(), current.end, b, line[1]);
      } else {
        if (current != null && current.kind == Draft.Kind.LIST && endsKeyPoint(current, s)) {
          current = null; // the paragraph after the key points, with no blank line before it
        }
        if (current == null) {
          // the run's lines joined are at most as long as runChars
          current = new Draft(Draft.Kind.PARAGRAPH, s, runChars);
          drafts.add(current);
        }
        int from = current.length();
        if (current.kind != Draft.Kind.LIST && current.length() == 0 && plainlySpaced(s, line[1])) {
          // what appendLine makes of a first line that needs no change: the line itself, which is
          // not copied into a builder to be copied out again
          current.setWhole(text.substring(s, line[1]));
        } else {
          appendLine(current.last(), current.end, s, line[1]);
        }
        if (current.kind == Draft.Kind.PARAGRAPH && isGlued(line)) {
          restoreGluedHyphens(
              current, from, s, line[1], current.widest > 0 ? current.widest : typicalWidth);
        }
      }
      current.end = line[1];
      current.lines++;
      int width = line[1] - line[0];
      if (isGlued(line)) {
        // two printed lines glued: the second as wide as what is left of the first, taken as wide
        // as the block's widest line so far, or the typical width
        width = Math.max(1, width - 1 - (current.widest > 0 ? current.widest : typicalWidth));
      } else {
        current.widest = Math.max(current.widest, width);
      }
      current.lastWidth = width;
    }
  }

  /**
   * Whether the key point that a list ends with is whole before the line at {@code s}, which opens
   * with a capital or a quotation mark: where lines are wrapped, its last line is well short of the
   * text's width; where each paragraph is a line, it ends a sentence; and where the line stands
   * left of the bullets, it ends a sentence.
   */
  private boolean endsKeyPoint(Draft list, int s) {
    StringBuilder item = list.last();
    char next = text.charAt(s);
    if (item.length() == 0 || !(Character.isUpperCase(next) || Chars.isOpeningQuote(next))) {
      return false;
    }
    char end = item.charAt(closing(item));
    boolean sentence = end == '.' || end == '!' || end == '?' || end == '"' || end == '\u201D';
    if (sentence && indent(new int[] {s, s}) < indent(new int[] {list.start, list.start})) {
      return true; // a line set left of the bullets, as pdftotext -layout sets the body's margin
    }
    if (!oneLinePerParagraph) {
      // a line well short of the width ends its item, whatever mark it ends with, but a word that
      // no sentence ends with (within / Asia)
      return typicalWidth >= 50 && list.lastWidth < typicalWidth * 0.8 && !endsWithOpenWord(item);
    }
    return sentence;
  }

  /**
   * Appends a line to a block's text: a space between lines, or no space after a hyphen.
   *
   * @param sb the text so far
   * @param before where the text so far ends in the input
   * @param s where the line starts
   * @param e where it ends
   */
  private void appendLine(StringBuilder sb, int before, int s, int e) {
    if (sb.length() > 0) {
      if (formFeedBetween(before, s)) {
        sink.report(
            DiagnosticCode.PAGE_BREAK_JOINED,
            before,
            s,
            "joined the lines of a paragraph on both sides of a page break that a form feed"
                + " marks");
      }
      join(sb, before, s, e);
    }
    if (plainlySpaced(s, e)) {
      // what the loop below makes of it, in one piece; from a text beyond Latin-1 the builder,
      // in Latin-1 until it meets such a character, would take the line a character at a time,
      // and takes the line's own string, made compact in one step, whole
      if (wide) {
        sb.append(text.substring(s, e));
      } else {
        sb.append(text, s, e);
      }
      return;
    }
    boolean space = false;
    int i = s;
    while (i < e) {
      if (isSpace(text.charAt(i))) {
        space = true;
        i++;
        continue;
      }
      // words parted by one plain space come out as they stand: copy such a stretch in one piece
      int stretch = i;
      while (i < e) {
        while (i < e && !isSpace(text.charAt(i))) {
          i++;
        }
        if (i + 1 < e && text.charAt(i) == ' ' && !isSpace(text.charAt(i + 1))) {
          i++; // one plain space and another word: the stretch goes on
          continue;
        }
        break;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      appendFolding(sb, stretch, i, e);
    }
  }

  /**
   * Appends [from, to) of a line that ends at {@code e}, each hyphen that pdfium folded into the
   * line (U+FFFE between letters) judged as a hyphen at a line end.
   */
  private void appendFolding(StringBuilder sb, int from, int to, int e) {
    if (!folded) {
      sb.append(text, from, to);
      return;
    }
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\uFFFE') {
        sb.append(text, from, k).append('-');
        judgeHyphen(sb, k + 1, k + 1, e);
        from = k + 1;
      }
    }
    sb.append(text, from, to);
  }

  /**
   * Whether the trimmed line [s, e) parts its words by single plain spaces only, as most lines do:
   * no two spaces together, and no other blank, found without a look at every character.
   */
  private boolean plainlySpaced(int s, int e) {
    if (s < lastLine) { // lines come in order; start again where one does not
      nextOddBlank = 0;
      nextDoubleSpace = -1;
    }
    lastLine = s;
    while (nextOddBlank < oddBlanks.length && oddBlanks[nextOddBlank] < s) {
      nextOddBlank++;
    }
    if (nextOddBlank < oddBlanks.length && oddBlanks[nextOddBlank] < e) {
      return false;
    }
    if (nextDoubleSpace < s) {
      nextDoubleSpace = text.indexOf("  ", s);
      if (nextDoubleSpace < 0) {
        nextDoubleSpace = Integer.MAX_VALUE;
      }
    }
    return nextDoubleSpace >= e;
  }

  private static boolean isSpace(char c) {
    return Chars.isBlank(c);
  }

  /**
   * Whether the body writes a word whole that a line end parts after its hyphen, and never with the
   * hyphen: the title, whose capitals show no case, drops its hyphen only so.
   *
   * @param head the letters before the hyphen
   * @param tail the letters after the line end
   */
  boolean writesWhole(String head, String tail) {
    String first = head.toLowerCase(Locale.ROOT);
    String second = tail.toLowerCase(Locale.ROOT);
    return count(first + second, 1) > 0 && count(first + "-" + second, 1) == 0;
  }

  /**
   * Whether the body writes two words of a title one after the other, in any case, parted by blanks
   * only: {@code national security}, as the title's {@code NATIONAL SECURITY}.
   *
   * @param first a word, without the marks around it
   * @param second the word after it, without the marks around it
   */
  boolean writesTogether(String first, String second) {
    return writesInOrder(List.of(first, second));
  }

  /**
   * Whether the body writes words of a title one after the other, in any case, parted by blanks
   * only: {@code relocation of Futenma}, as the title's {@code RELOCATION OF FUTENMA}.
   *
   * @param words two words or more, each without the marks around it
   */
  boolean writesInOrder(List<String> words) {
    String first = words.get(0);
    String second = words.get(words.size() - 1);
    for (String w : words) {
      if (w.isEmpty()) {
        return false;
      }
    }
    if (!appears(first) || !appears(second)) {
      return false; // most pairs: a word that the body does not write, looked for at once
    }
    if (second.length() >= 2 && isAscii(second)) {
      return endsInOrder(words, second);
    }
    String lower = second.toLowerCase(Locale.ROOT);
    String upper = second.toUpperCase(Locale.ROOT);
    String capitalised = upper.charAt(0) + lower.substring(1);
    String compound = capitalised(lower, upper); // Indo-Pacific, as Indo-pacific is not written
    for (String form :
        compound.equals(capitalised)
            ? new String[] {lower, capitalised, upper}
            : new String[] {lower, capitalised, compound, upper}) {
      if (form.length() != second.length()) {
        continue; // a letter whose case changes its length: looked for as printed only
      }
      for (int i = text.indexOf(form, bodyStart); i >= 0; i = text.indexOf(form, i + 1)) {
        int end = i + form.length();
        if ((end < text.length() && Character.isLetterOrDigit(text.charAt(end)))
            || !text.regionMatches(true, i, second, 0, second.length())) {
          continue;
        }
        if (precededBy(words, words.size() - 2, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the body writes {@code words} one after the other ({@link #writesInOrder}), where the
   * last, {@code last}, is ASCII: looked for as {@link #searchedFor} looks for a word, by the
   * character that all its spellings share, else in lower case and capitalised at once and then in
   * capitals.
   */
  private boolean endsInOrder(List<String> words, String last) {
    int n = last.length();
    int mark = caseless(last);
    if (mark >= 0) {
      char c = last.charAt(mark);
      for (int i = text.indexOf(c, bodyStart + mark); i >= 0; i = text.indexOf(c, i + 1)) {
        int start = i - mark;
        if (start + n <= text.length()
            && isSpelling(last, start)
            && endsWordAt(start + n)
            && precededBy(words, words.size() - 2, start)) {
          return true;
        }
      }
      return false;
    }
    String lower = last.toLowerCase(Locale.ROOT);
    String upper = last.toUpperCase(Locale.ROOT);
    String rest = lower.substring(1);
    for (int i = text.indexOf(rest, bodyStart + 1); i >= 0; i = text.indexOf(rest, i + 1)) {
      char head = text.charAt(i - 1);
      if ((head == lower.charAt(0) || head == upper.charAt(0))
          && endsWordAt(i + rest.length())
          && precededBy(words, words.size() - 2, i - 1)) {
        return true;
      }
    }
    for (int i = text.indexOf(upper, bodyStart); i >= 0; i = text.indexOf(upper, i + 1)) {
      if (endsWordAt(i + n) && precededBy(words, words.size() - 2, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the body may end before {@code end}: no letter or digit goes on there. */
  private boolean endsWordAt(int end) {
    return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
  }

  /**
   * Whether {@code words[0..last]} stand in the body right before {@code at}, each parted from the
   * next by blanks only, the first at a word's start.
   */
  private boolean precededBy(List<String> words, int last, int at) {
    int i = at;
    for (int w = last; w >= 0; w--) {
      String word = words.get(w);
      int k = i;
      while (k > bodyStart && Chars.isBlank(text.charAt(k - 1))) {
        k--;
      }
      int start = k - word.length();
      if (k == i || start < bodyStart || !text.regionMatches(true, start, word, 0, word.length())) {
        return false;
      }
      i = start;
    }
    return i == 0 || !isWordPart(text.charAt(i - 1));
  }

  /** Whether the body holds a word in lower case, capitalised or in capitals, as a word or not. */
  private boolean appears(String word) {
    if (appearing == null) {
      appearing = new java.util.HashMap<>();
    }
    Boolean known = appearing.get(word);
    if (known == null) {
      known = searchedFor(word);
      appearing.put(word, known);
    }
    return known;
  }

  /** The words of the title looked for in the body ({@link #appears}), and whether found. */
  private java.util.Map<String, Boolean> appearing;

  private boolean searchedFor(String word) {
    if (word.length() >= 4 && isAscii(word)) {
      int mark = caseless(word);
      if (mark >= 0) {
        return writtenAround(word, mark);
      }
      // the word in lower case and capitalised share all but the first letter: one search finds
      // both, and one more the word in capitals; with no hyphen in it, no compound is capitalised
      // part by part
      String lower = word.toLowerCase(Locale.ROOT);
      String upper = word.toUpperCase(Locale.ROOT);
      return follows(lower, upper.charAt(0), lower.charAt(0))
          || follows(upper, upper.charAt(0), upper.charAt(0));
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String upper = word.toUpperCase(Locale.ROOT);
    if (text.indexOf(lower, bodyStart) >= 0 || text.indexOf(upper, bodyStart) >= 0) {
      return true;
    }
    if (lower.length() != upper.length()) {
      return false;
    }
    String capitalised = upper.charAt(0) + lower.substring(1);
    String compound = capitalised(lower, upper);
    return text.indexOf(capitalised, bodyStart) >= 0
        || (!compound.equals(capitalised) && text.indexOf(compound, bodyStart) >= 0);
  }

  /** Where an ASCII word holds a character that no change of case changes, as its hyphen; or -1. */
  private static int caseless(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the body holds an ASCII word in lower case, capitalised, capitalised part by part or in
   * capitals ({@link #searchedFor}), found where its character at {@code mark}, which every one of
   * these spellings shares, stands: one search for all of them.
   */
  private boolean writtenAround(String word, int mark) {
    int n = word.length();
    char c = word.charAt(mark);
    for (int i = text.indexOf(c, bodyStart + mark); i >= 0; i = text.indexOf(c, i + 1)) {
      int start = i - mark;
      if (start + n <= text.length() && isSpelling(word, start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the body writes an ASCII word from {@code start} in lower case, capitalised,
   * capitalised part by part ({@code Indo-Pacific}) or in capitals.
   */
  private boolean isSpelling(String word, int start) {
    boolean lower = true;
    boolean capitalised = true;
    boolean compound = true;
    boolean upper = true;
    for (int k = 0; k < word.length() && (lower || capitalised || compound || upper); k++) {
      char c = text.charAt(start + k);
      char w = word.charAt(k);
      char lo = w >= 'A' && w <= 'Z' ? (char) (w + ('a' - 'A')) : w;
      char up = w >= 'a' && w <= 'z' ? (char) (w - ('a' - 'A')) : w;
      boolean partHead = k == 0 || word.charAt(k - 1) == '-';
      lower &= c == lo;
      capitalised &= c == (k == 0 ? up : lo);
      compound &= c == (partHead ? up : lo);
      upper &= c == up;
    }
    return lower || capitalised || compound || upper;
  }

  /**
   * Whether the body writes {@code form} with its first letter {@code first} or {@code other}:
   * where the rest of it stands after one of them.
   */
  private boolean follows(String form, char first, char other) {
    String rest = form.substring(1);
    for (int i = text.indexOf(rest, bodyStart + 1); i >= 0; i = text.indexOf(rest, i + 1)) {
      char c = text.charAt(i - 1);
      if (c == first || c == other) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word capitalised, each part of a compound so ({@code Indo-Pacific}), from its lower case and
   * its capitals, of one length.
   */
  private static String capitalised(String lower, String upper) {
    char[] c = lower.toCharArray();
    for (int i = 0; i < c.length && i < upper.length(); i++) {
      if (i == 0 || Chars.isHyphen(c[i - 1])) {
        c[i] = upper.charAt(i);
      }
    }
    return new String(c);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || Chars.isHyphen(c) || c == '\'' || c == '\u2019';
  }

  /**
   * Whether a word that a line end parts after its hyphen keeps the hyphen, as the body writes its
   * words: impl- / ementing and trans- / national join; post- / conflict keeps its hyphen, and so
   * does decision- / making where both words stand alone elsewhere too, but not some- / thing (the
   * counts hold the broken pieces themselves, once each).
   *
   * @param head the letters before the hyphen
   * @param tail the letters after the line end
   * @param rest where the tail is a compound's first part, the letters of its next part; else null
   */
  private boolean keepsHyphen(String head, String tail, String rest) {
    String first = head.toLowerCase(Locale.ROOT);
    String second = tail.toLowerCase(Locale.ROOT);
    boolean compoundAfter = rest != null;
    if (count(first + second, 1) > 0
        || (compoundAfter && count(first + second + "-" + rest.toLowerCase(Locale.ROOT), 1) > 0)) {
      return false; // the text writes the word, or the compound (In- / do-Pacific), whole elsewhere
    }
    return keepsHyphenUnlessWhole(head, tail, rest);
  }

  /**
   * Whether a word that a line end parts after its hyphen keeps the hyphen ({@link #keepsHyphen}),
   * where the body writes it whole nowhere else.
   */
  private boolean keepsHyphenUnlessWhole(String head, String tail, String rest) {
    String first = head.toLowerCase(Locale.ROOT);
    String second = tail.toLowerCase(Locale.ROOT);
    boolean compoundAfter = rest != null;
    boolean suffix = SUFFIXES.contains(second);
    if (count(first + "-" + second, 1) > 0 || ((compoundAfter || head.length() == 1) && !suffix)) {
      return true; // of-the-art, e-commerce: no typesetter breaks there
    }
    String stem = withoutPossessive(second);
    boolean ascii = isAscii(first) && isAscii(stem);
    boolean word = ascii && Lexicon.contains(first, stem);
    if (HYPHEN_PREFIXES.contains(first) && (!suffix || (!word && ascii))) {
      // anti- / war, anti- / ship, but anti- / cipate, self- / less
      return suffix ? Lexicon.contains(stem) : !word || Lexicon.contains(stem);
    }
    if (VOWEL_PREFIXES.contains(first)
        && !stem.isEmpty()
        && stem.charAt(0) == first.charAt(first.length() - 1)
        && ascii
        && Lexicon.contains(stem)) {
      return true; // de- / escalation, re- / elect: a prefix before its own vowel
    }
    if (first.equals("co")
        && stem.length() >= 3
        && "aeiou".indexOf(stem.charAt(0)) < 0
        && ascii
        && Lexicon.contains(stem)) {
      return true; // co- / chair, co- / host, but co- / operation
    }
    if (!suffix && Words.isAcronym(head)) {
      return true; // US- / led: a typesetter's break leaves no acronym before it
    }
    if (word && !PARTICLES.contains(stem)) {
      return false; // war- / fare, South- / east: the pieces make a word of English
    }
    if (!word
        && first.length() >= 3
        && stem.length() >= 2
        && !suffix
        && !CLOSED_PREFIXES.contains(first)
        && ascii
        && Lexicon.contains(first)
        && Lexicon.contains(stem)) {
      return true; // dual- / use: two words of English that make none
    }
    boolean secondElsewhere = count(second, 2) >= 2;
    if (!suffix
        && Words.isCapitalised(head)
        && elsewhere(first, first, second)
        && !writesInLowerCase(first)) {
      return true; // China- / led: a typesetter's break leaves no whole name before it
    }
    if (Character.isUpperCase(head.charAt(0)) && writesInLowerCase(first)) {
      return false; // In- / stead, Other- / wise: a word that opens a sentence, broken
    }
    boolean closed = CLOSED_COMPOUND_FIRSTS.contains(first) || CLOSED_PREFIXES.contains(first);
    return (HYPHEN_PREFIXES_BEFORE_WORDS.contains(first)
            && (secondElsewhere || COMPOUND_HEADS.contains(second)))
        || (first.length() >= 3 && !closed && COMPOUND_HEADS.contains(second))
        || (second.length() >= 3 && !suffix && COMPOUND_OPENERS.contains(first))
        || (first.length() >= 3
            && second.length() >= 3
            && !closed
            && !suffix
            && secondElsewhere
            && elsewhere(first, first, second)
            && elsewhere(second, first, second));
  }

  /**
   * Whether a piece of the break {@code first-} / {@code second} stands alone elsewhere in the
   * body. The counts hold the break's own pieces once, or as often as the text prints the break: a
   * whole copy of its paragraph (a boxed column's, which extraction gave whole) prints it again.
   */
  private boolean elsewhere(String piece, String first, String second) {
    if (count(piece, 2) < 2) {
      return false;
    }
    int own = breaks(first, second);
    return own <= 1 || count(piece, own + 1) > own;
  }

  /**
   * How often the body prints {@code first}, a hyphen, a line end and {@code second}, each piece a
   * whole word, in lower case: the same break of the same word, wherever it stands.
   */
  private int breaks(String first, String second) {
    if (lowered == null) {
      lowered = lowered();
    }
    String t = lowered;
    int n = 0;
    String head = first + "-";
    for (int i = t.indexOf(head); i >= 0; i = t.indexOf(head, i + 1)) {
      if (i > 0 && Character.isLetter(t.charAt(i - 1))) {
        continue;
      }
      int j = i + head.length();
      boolean lineEnd = false; // blanks, then the line end, then maybe blanks that indent
      while (j < t.length() && Chars.isBlank(t.charAt(j))) {
        lineEnd |= t.charAt(j) == '\n' || t.charAt(j) == '\r';
        j++;
      }
      int end = j + second.length();
      if (lineEnd
          && t.startsWith(second, j)
          && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
        n++;
      }
    }
    return n;
  }

  /** Whether the body writes a word in lower case, whole, somewhere. */
  private boolean writesInLowerCase(String lower) {
    for (int i = text.indexOf(lower, bodyStart); i >= 0; i = text.indexOf(lower, i + 1)) {
      int end = i + lower.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Joins what comes at {@code s} to the text so far, which ends at {@code before} in the input:
   * hyphenation undone, or one space.
   */
  private void join(StringBuilder sb, int before, int s, int e) {
    int n = sb.length();
    char lastChar = sb.charAt(n - 1);
    char next = text.charAt(s);
    if (lastChar == '\u00AD') {
      sb.setLength(n - 1);
      sink.report(
          DiagnosticCode.HYPHENATION_REMOVED,
          before - 1,
          s,
          "joined "
              + Sink.quote(sb.substring(wordStart(sb, sb.length())))
              + " and "
              + Sink.quote(text.substring(s, wordEnd(s, e)))
              + ", parted by a soft hyphen at a line end");
      return;
    }
    if ((lastChar == '\u2014' || lastChar == '\u2013') && n >= 2 && !isSpace(sb.charAt(n - 2))) {
      return; // war\u2014 / and, 2006\u2013 / 2010: a dash set close breaks the line with no space
    }
    if (lastChar >= 0x3000
        && next >= 0x3000
        && Chars.isCjk(sb.codePointBefore(n))
        && Chars.isCjk(text.codePointAt(s))) {
      return; // 尖閣 / 諸島: Japanese and Chinese break a line anywhere, and put no space between
    }
    if (lastChar == '\u2011' && n >= 2 && Character.isLetter(sb.charAt(n - 2))) {
      return; // a non-breaking hyphen is a compound's own, wherever the line ends
    }
    if ((next == '\u2014' || next == '\u2013')
        && !isSpace(lastChar)
        && s + 1 < e
        && !isSpace(text.charAt(s + 1))) {
      return; // security / \u2014the United States: a dash set close opens the line with no space
    }
    if (lastChar == '-' && n >= 3 && sb.charAt(n - 2) == '-' && !isSpace(sb.charAt(n - 3))) {
      return; // alliance-- / which: a dash of two hyphens set close, as an em dash is
    }
    if ((lastChar == '/' || lastChar == '-' || lastChar == '\u2010')
        && endsWithAddress(sb)
        && goesOnAsAddress(s, e)) {
      return; // https://www.mofa.go.jp/policy/ / page1we_000081.html: the address goes on
    }
    if ("_=&#%~.?".indexOf(lastChar) >= 0
        && Character.isLetterOrDigit(next)
        // after a full stop or a question mark, a sentence may end: the address goes on in lower
        // case only (a note's number or a capital opens what follows)
        && (lastChar != '.' && lastChar != '?' || Character.isLowerCase(next))
        && endsWithAddress(sb)) {
      return; // https://www.cas.go.jp/index. / html, press4e_ / 001789.html: the address goes on
    }
    if ((lastChar == '-' || lastChar == '\u2010' || lastChar == '/')
        && n >= 2
        && !isSpace(sb.charAt(n - 2))
        && sb.charAt(n - 2) != '-' // a dash written as two hyphens
        && !(lastChar == '/' && endsWithAddress(sb)) // a web address ends at its slash
        && (lastChar == '/' || !Character.isLetter(sb.charAt(n - 2)))
        && Character.isLetterOrDigit(next)) {
      return; // U.S.- / Japan, 2030- / related, NATO/ / ISAF: no word is broken there
    }
    if ((lastChar == '-' || lastChar == '\u2010')
        && n >= 2
        && Character.isLetter(sb.charAt(n - 2))) {
      judgeHyphen(sb, before, s, e);
      return;
    }
    sb.append(' ');
  }

  /**
   * Takes out the hyphen that the text so far ends with, after a letter, where a typesetter put it
   * to break the word that goes on at {@code s}, and reports it; keeps a compound's.
   *
   * @param sb the text so far, ending with the hyphen
   * @param before where the text so far ends in the input
   * @param s where the word goes on
   * @param e where its line ends
   */
  private void judgeHyphen(StringBuilder sb, int before, int s, int e) {
    int n = sb.length();
    char lastChar = sb.charAt(n - 1);
    if (!Character.isLowerCase(text.charAt(s))) {
      return; // Japan- / NATO: a compound broken at its own hyphen
    }
    int headStart = wordStart(sb, n - 1);
    if (headStart > 0 && Character.isDigit(sb.charAt(headStart - 1))) {
      return; // 20th- / century, 5G- / related: a number opens a compound
    }
    String head = sb.substring(headStart, n - 1);
    int tailEnd = wordEnd(s, e);
    String tail = text.substring(s, tailEnd);
    // state- / of-the-art: the word after the line end is itself a compound
    boolean compoundAfter =
        tailEnd + 1 < e
            && Chars.isHyphen(text.charAt(tailEnd))
            && Character.isLetter(text.charAt(tailEnd + 1));
    String rest = compoundAfter ? text.substring(tailEnd + 1, wordEnd(tailEnd + 1, e)) : null;
    if (!keepsHyphen(head, tail, rest)) {
      sb.setLength(n - 1);
      sink.report(
          DiagnosticCode.HYPHENATION_REMOVED,
          before - 1,
          s,
          "joined \"" + head + lastChar + "\" and \"" + tail + "\" hyphenated at a line end");
    }
  }

  /**
   * Whether the line from {@code s} opens with the rest of a web address that the line before broke
   * after a slash or a hyphen: a word that holds a mark of a path or a digit ({@code
   * page1we_000081.html}, {@code pacific/index.html}), not a word of the sentence ({@code and}).
   */
  private boolean goesOnAsAddress(int s, int e) {
    for (int i = s; i < e && !Chars.isBlank(text.charAt(i)); i++) {
      char c = text.charAt(i);
      if ("/_?=#%&~".indexOf(c) >= 0
          || Character.isDigit(c)
          || (c == '.' && i + 1 < e && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The body's compounds of two parts, by their letters without the hyphen; made on first use. */
  private Map<String, String> compoundsJoined;

  /**
   * Puts back the hyphen of a compound in a line that holds two printed lines or more, which the
   * extraction tool glued where it undid a hyphenation itself (pdftotext) and took out the hyphen
   * of a compound broken at its own hyphen with it ({@code hostnation}), where the body writes the
   * word whole nowhere else: where the body writes the compound with its hyphen elsewhere, or, for
   * a word in lower case where a printed line ended, where its parts make a compound as {@link
   * #keepsHyphen} tells one at a line end, the first a prefix or a word that the body writes on its
   * own and the second a word that heads compounds or that the body writes on its own ({@code
   * post-war}, {@code trade-dependent}; not {@code cal-led}). Each is reported.
   *
   * @param d the paragraph, whose text from {@code from} on is the line's
   * @param from where the line's text starts in the paragraph's
   * @param s where the line starts in the input
   * @param e where it ends
   * @param width how wide a printed line of the paragraph is, in characters
   */
  private void restoreGluedHyphens(Draft d, int from, int s, int e, int width) {
    if (lastFold(s, e) >= 0) {
      return; // pdfium glues printed lines only where it folds a hyphen, judged as a line end's
    }
    StringBuilder sb = null;
    String chars = null; // the paragraph's text, until a hyphen is put back in it
    int cursor = from;
    int i = s;
    while (i < e) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int ws = i;
      while (i < e && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int we = i;
      String word = text.substring(ws, we);
      if (sb == null && chars == null) {
        chars = d.chars().toString();
      }
      int at = sb == null ? chars.indexOf(word, cursor) : sb.indexOf(word, cursor);
      if (at < 0) {
        return; // the line's text is not as in the input: nothing to put back
      }
      cursor = at + word.length();
      boolean inCompound =
          (ws > s && (Chars.isHyphen(text.charAt(ws - 1)) || isWordPart(text.charAt(ws - 1))))
              || (we < e && (Chars.isHyphen(text.charAt(we)) || isWordPart(text.charAt(we))));
      if (word.length() < 5 || inCompound || !isAscii(word)) {
        continue;
      }
      int split = gluedCompound(word, ws - s, e - s, width);
      if (split <= 0) {
        continue;
      }
      if (sb == null) {
        sb = d.last();
      }
      sb.insert(at + split, '-');
      cursor++;
      String compound = word.substring(0, split) + "-" + word.substring(split);
      sink.report(
          DiagnosticCode.HYPHENATION_REMOVED,
          ws,
          we,
          "kept the hyphen of "
              + Sink.quote(compound)
              + ", a compound broken at its own hyphen, which the extraction tool took out where"
              + " it glued two printed lines into one");
    }
  }

  /**
   * Where a word of a glued line parts as a compound whose hyphen the extraction tool took out
   * ({@link #restoreGluedHyphens}), or -1.
   *
   * @param word the word, letters only
   * @param ws where it starts in its line
   * @param length how long the line is: as long as the printed lines in it but the last, or longer
   * @param width how wide a printed line is, in characters
   */
  private int gluedCompound(String word, int ws, int length, int width) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (writtenWholeUnglued(lower)) {
      return -1; // the body writes it whole where no line is glued: the author's word
    }
    String hyphenated = compoundsJoined().get(lower);
    if (hyphenated != null) {
      return hyphenated.indexOf('-'); // the body writes it with its hyphen elsewhere
    }
    if (!lower.equals(word)) {
      return gluedNamesCompound(word, ws, length, width);
    }
    int found = -1;
    for (int split = 2; split <= word.length() - 2; split++) {
      if (!endsPrintedLine(ws + split, length, width)) {
        continue; // no printed line ended there, its hyphen no wider than the widest line
      }
      String head = word.substring(0, split);
      String first = lower.substring(0, split);
      String second = lower.substring(split);
      boolean prefix =
          HYPHEN_PREFIXES.contains(first)
              || HYPHEN_PREFIXES_BEFORE_WORDS.contains(first)
              || COMPOUND_OPENERS.contains(first);
      if (SUFFIXES.contains(second)
          || second.length() < 3
          // cal- / led: no word before the hyphen
          || !(prefix || count(first, 1) > 0 || Lexicon.contains(first))
          || !(COMPOUND_HEADS.contains(second) || count(second, 1) > 0 || Lexicon.contains(second))
          || !keepsHyphenUnlessWhole(head, second, null)) {
        continue;
      }
      if (found >= 0) {
        return -1; // two ways to part it: no telling which
      }
      found = first.length();
    }
    return found;
  }

  /**
   * Where a word with capitals that a glued line holds parts as a compound of names whose hyphen
   * the extraction tool took out, where a printed line ended ({@link #gluedCompound}): before a
   * capital after a small letter ({@code Indo-Pacific}, {@code Japan-Philippines}, but not {@code
   * McCain} nor {@code MacArthur}), or after an acronym before a word of English in lower case
   * ({@code US-led}); or -1, as for any other name or acronym ({@code CPTPP}).
   */
  private int gluedNamesCompound(String word, int ws, int length, int width) {
    int found = -1;
    int n = word.length();
    for (int split = 2; split <= n - 2; split++) {
      if (!endsPrintedLine(ws + split, length, width)) {
        continue;
      }
      char before = word.charAt(split - 1);
      char after = word.charAt(split);
      String head = word.substring(0, split);
      String tail = word.substring(split);
      boolean names =
          Character.isLowerCase(before)
              && Character.isUpperCase(after)
              && !head.equals("Mc")
              && !head.equals("Mac");
      boolean acronymBefore =
          Words.isAcronym(head)
              && Character.isUpperCase(before)
              && tail.length() >= 3
              && isAsciiLower(tail)
              && (COMPOUND_HEADS.contains(tail) || Lexicon.contains(tail));
      if (names || acronymBefore) {
        if (found >= 0) {
          return -1;
        }
        found = split;
      }
    }
    return found;
  }

  private static boolean isAsciiLower(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a printed line may have ended at {@code at} of a glued line, before a hyphen that the
   * extraction tool took out: where a full line ends, four fifths of the widest line or more and
   * with its hyphen no wider, or two such lines, and so on; the widest line being the paragraph's
   * so far, or the text's where that is wider, as a paragraph's ragged first lines may all be
   * short.
   */
  private boolean endsPrintedLine(int at, int length, int width) {
    return endsLineOf(at, length, width)
        || (typicalWidth > width && endsLineOf(at, length, typicalWidth));
  }

  private static boolean endsLineOf(int at, int length, int width) {
    for (int k = 1; width > 0 && k * width < length; k++) {
      if (at * 5 >= k * width * 4 && at <= k * width) {
        return true;
      }
    }
    return false;
  }

  /** Whether the body writes a word in lower case whole on a line that is not glued. */
  private boolean writtenWholeUnglued(String lower) {
    if (lowered == null) {
      lowered = lowered();
    }
    String t = lowered;
    if (t.length() != text.length() - bodyStart) {
      return true; // a letter whose case changes its length: no telling where a word stands
    }
    for (int i = t.indexOf(lower); i >= 0; i = t.indexOf(lower, i + 1)) {
      int end = i + lower.length();
      if ((i > 0 && (Character.isLetter(t.charAt(i - 1)) || Chars.isHyphen(t.charAt(i - 1))))
          || (end < t.length()
              && (Character.isLetter(t.charAt(end)) || Chars.isHyphen(t.charAt(end))))) {
        continue;
      }
      int line = src.lineOf(bodyStart + i);
      int lineStart = src.starts[line];
      int k = lineStart;
      while (k < text.length() && isTrim(text.charAt(k))) {
        k++;
      }
      if (!(Arrays.binarySearch(glued, k) >= 0 || Arrays.binarySearch(glued, lineStart) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** The body's compounds of two parts, in lower case, by their letters without the hyphen. */
  private Map<String, String> compoundsJoined() {
    if (compoundsJoined == null) {
      compoundsJoined = new java.util.HashMap<>();
      if (lowered == null) {
        lowered = lowered();
      }
      String t = lowered;
      int n = t.length();
      int i = 0;
      while (i < n) {
        if (!Character.isLetter(t.charAt(i))) {
          i++;
          continue;
        }
        int s = i;
        int hyphens = 0;
        int hyphen = -1;
        while (i < n
            && (Character.isLetter(t.charAt(i))
                || (t.charAt(i) == '-' && i + 1 < n && Character.isLetter(t.charAt(i + 1))))) {
          if (t.charAt(i) == '-') {
            hyphens++;
            hyphen = i;
          }
          i++;
        }
        if (hyphens == 1 && (i == n || t.charAt(i) != '-')) {
          String w = t.substring(s, i);
          compoundsJoined.putIfAbsent(w.substring(0, hyphen - s) + w.substring(hyphen - s + 1), w);
        }
      }
    }
    return compoundsJoined;
  }

  /** Where the letters that end {@code sb} before {@code end} start. */
  private static int wordStart(StringBuilder sb, int end) {
    int i = end;
    while (i > 0 && Character.isLetter(sb.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Where the letters that start at {@code s} end, at {@code e} at most. */
  private int wordEnd(int s, int e) {
    int i = s;
    while (i < e && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------ page breaks and headings

  private List<Draft> rejoin(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    boolean firstLinesApart = firstLinesApart(drafts);
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Draft prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.kind == Draft.Kind.LIST && d.kind == Draft.Kind.LIST) {
        prev.items.addAll(d.items); // key points one a line, or separated by blank lines
        prev.end = d.end;
        prev.lines += d.lines;
        continue;
      }
      if (prev != null && prev.kind == Draft.Kind.PARAGRAPH && isFirstParagraphsCopy(out, d)) {
        out.add(d); // the first paragraph's copy, cut off where its box ends: no page break
        continue;
      }
      int notes = prev == null ? 0 : footnotesBetween(drafts, i, prev);
      if (notes > 0) {
        // footnotes at a page's foot between a paragraph cut in mid-sentence and its rest: the
        // paragraph joined again, the footnotes after it
        joinAcross(
            prev,
            drafts.get(i + notes),
            ", over the footnotes at the page's foot, which" + " follow it");
        out.addAll(drafts.subList(i, i + notes));
        i += notes;
        continue;
      }
      if (firstLinesApart && prev != null && isFirstLineApart(prev, d)) {
        joinAcross(
            prev,
            d,
            "joined a paragraph's first line, which the text stands apart as it does each"
                + " paragraph's first, and its rest after ",
            "");
        continue;
      }
      if (prev != null && continues(prev, d)) {
        joinAcross(prev, d, ""); // a list never goes on a block: see continues
        continue;
      }
      out.add(d);
    }
    for (int i = 0; i < out.size(); i++) {
      Draft d = out.get(i);
      if (d.kind == Draft.Kind.PARAGRAPH
          && isHeading(
              d, i == 0 ? null : out.get(i - 1), i + 1 < out.size() ? out.get(i + 1) : null)) {
        d.kind = Draft.Kind.HEADING;
      }
    }
    return out;
  }

  /**
   * Joins {@code rest} to the paragraph or key point that {@code prev} ends, as a page break split
   * them, and reports it, {@code more} after the report's usual words.
   */
  private void joinAcross(Draft prev, Draft rest, String more) {
    joinAcross(prev, rest, "joined a paragraph split by a page break after ", more);
  }

  /**
   * Joins {@code rest} to the paragraph or key point that {@code prev} ends, as {@link
   * #joinAcross(Draft, Draft, String)} does, and reports it in the words of {@code what}, which the
   * text before the gap follows, then {@code more}.
   */
  private void joinAcross(Draft prev, Draft rest, String what, String more) {
    int gapStart = prev.end;
    // room for a space and the rest, which a builder made from a line taken whole lacks
    StringBuilder target = prev.last(1 + rest.length());
    String before = tail(target);
    int number = gluedPageNumber(target, gapStart, rest);
    if (number > 0) {
      // pdftotext undid the hyphenation of a word that a page ends with by gluing on the next
      // line it read, the page number (with1 / drew): the number dropped, the word joined
      int n = target.length();
      sink.report(
          DiagnosticCode.PAGE_FURNITURE_DROPPED,
          gapStart - number,
          gapStart,
          "dropped the page number "
              + Sink.quote(target.substring(n - number))
              + " glued to "
              + Sink.quote(target.substring(wordStart(target, n - number), n - number)));
      target.setLength(n - number);
      sink.report(
          DiagnosticCode.HYPHENATION_REMOVED,
          gapStart - number,
          rest.start,
          "joined "
              + Sink.quote(target.substring(wordStart(target, target.length())))
              + " and "
              + Sink.quote(text.substring(rest.start, wordEnd(rest.start, rest.end)))
              + ", a word hyphenated at a page's end");
    } else {
      join(target, gapStart, rest.start, rest.end);
    }
    target.append(rest.chars());
    prev.end = rest.end;
    prev.lines += rest.lines;
    prev.widest = Math.max(prev.widest, rest.widest);
    prev.lastWidth = rest.lastWidth;
    if (!oneLinePerParagraph
        && src.lineOf(rest.start) == src.lineOf(gapStart) + 1
        && !pageBreakBetween(gapStart, rest.start)) {
      // the next line of hard-wrapped text, parted from it only by how the lines were measured:
      // nothing of the input is repaired
      return;
    }
    sink.report(
        DiagnosticCode.PAGE_BREAK_JOINED, gapStart, rest.start, what + Sink.quote(before) + more);
  }

  /**
   * Whether the text stands each paragraph's first line apart, a blank line under it, as PyMuPDF
   * does with a PDF that sets first lines in: of the full lines alone between a paragraph and the
   * next ({@link #isFullLineAlone}), two at least end no sentence and go on under their blank line,
   * in lower case or after a hyphen, and no fewer end a sentence.
   */
  private boolean firstLinesApart(List<Draft> drafts) {
    if (oneLinePerParagraph || linesTogether) {
      return false;
    }
    int goOn = 0;
    int end = 0;
    for (int i = 1; i < drafts.size(); i++) {
      Draft line = drafts.get(i - 1);
      Draft next = drafts.get(i);
      if (!isFullLineAlone(line, next)) {
        continue;
      }
      CharSequence a = line.lastChars();
      char last = a.charAt(closing(a));
      if (Chars.isSentenceEnd(last)) {
        end++;
      } else if (startsLower(next.chars()) || Chars.isHyphen(last)) {
        goOn++;
      }
    }
    return goOn >= 2 && goOn >= end;
  }

  /**
   * Whether {@code line} is a paragraph of one line as full as the text column, a blank line alone
   * between it and {@code next}, a paragraph that opens no word in capitals after a full line
   * alone.
   */
  private boolean isFullLineAlone(Draft line, Draft next) {
    return line.kind == Draft.Kind.PARAGRAPH
        && next.kind == Draft.Kind.PARAGRAPH
        && line.lines == 1
        && line.lastWidth >= typicalWidth * 0.85
        && line.lastChars().length() > 0
        && next.chars().length() > 0
        && src.lineOf(next.start) == src.lineOf(line.end) + 2
        && !headingShape(next);
  }

  /**
   * Whether {@code line}, in text that stands first lines apart ({@link #firstLinesApart}), is the
   * first line of the paragraph {@code rest} goes on: it stands alone ({@link #isFullLineAlone}),
   * and {@code rest} is no such line itself, which would be the next paragraph's first.
   */
  private boolean isFirstLineApart(Draft line, Draft rest) {
    return isFullLineAlone(line, rest)
        && !(rest.lines == 1 && rest.lastWidth >= typicalWidth * 0.85)
        && !isAddressAlone(line);
  }

  /**
   * How many digits of a page number end {@code target} glued to a word in lower case, where the
   * paragraph goes on across a page break in lower case ({@code with1} / {@code drew}): one or two
   * digits, as they stand at {@code end}, the end of the input's line; else 0.
   */
  private int gluedPageNumber(StringBuilder target, int end, Draft rest) {
    int n = target.length();
    int digits = 0;
    while (digits < 3 && n - digits > 0 && Character.isDigit(target.charAt(n - digits - 1))) {
      digits++;
    }
    return digits >= 1
            && digits <= 2
            && target.charAt(n - digits) != '0' // no page is numbered 0 or 01
            && n - digits >= 2
            && Character.isLowerCase(target.charAt(n - digits - 1))
            && Character.isLowerCase(target.charAt(n - digits - 2))
            && rest.end > rest.start
            && Character.isLowerCase(text.charAt(rest.start))
            && text.regionMatches(end - digits, target.substring(n - digits), 0, digits)
        ? digits
        : 0;
  }

  /** How many footnotes a page's foot may hold. */
  private static final int MAX_FOOTNOTES = 8;

  /** How long a footnote may be. */
  private static final int FOOTNOTE_CHARS = 600;

  /**
   * How many blocks from {@code drafts[i]} on are footnotes at a page's foot that stand between
   * {@code prev}, a paragraph cut in mid-sentence, and its rest: each opens with a note's number or
   * an asterisk and ends a sentence, and after the last the paragraph goes on in lower case (where
   * the page break falls, whether a page number or a form feed shows it or not); else 0.
   */
  private int footnotesBetween(List<Draft> drafts, int i, Draft prev) {
    if (prev.kind != Draft.Kind.PARAGRAPH) {
      return 0;
    }
    int k = i;
    while (k < drafts.size() && k - i < MAX_FOOTNOTES && isFootnote(drafts.get(k))) {
      k++;
    }
    if (k == i || k >= drafts.size()) {
      return 0;
    }
    Draft rest = drafts.get(k);
    CharSequence a = prev.lastChars();
    char end = a.charAt(closing(a));
    return rest.kind == Draft.Kind.PARAGRAPH
            && startsLower(rest.chars())
            && !Chars.isSentenceEnd(end)
        ? k - i
        : 0;
  }

  /** Whether a line reads as a footnote ({@link #readsAsFootnote}). */
  private boolean isFootnoteLine(int[] line) {
    return readsAsFootnote(text.subSequence(line[0], line[1]));
  }

  /** Whether a block reads as a footnote ({@link #readsAsFootnote}), of a footnote's length. */
  private static boolean isFootnote(Draft d) {
    return d.kind == Draft.Kind.PARAGRAPH
        && d.length() <= FOOTNOTE_CHARS
        && readsAsFootnote(d.chars());
  }

  /** Whether a text reads as a footnote: a note's number or an asterisk, a sentence's end. */
  private static boolean readsAsFootnote(CharSequence t) {
    return t.length() >= 4
        && (noteNumber(t, 0, t.length()) > 0
            || ((t.charAt(0) == '*' || t.charAt(0) == '\u2020') && Chars.isBlank(t.charAt(1))))
        && Chars.isSentenceEnd(t.charAt(closing(t)));
  }

  /** The last words of a text, from the first space of its last 30 characters. */
  private static String tail(CharSequence s) {
    String t = s.subSequence(Math.max(0, s.length() - 30), s.length()).toString();
    int space = t.indexOf(' ');
    return space >= 0 && space < t.length() - 1 ? t.substring(space + 1) : t;
  }

  /** Whether {@code next} goes on the paragraph or key point that {@code prev} ends. */
  private boolean continues(Draft prev, Draft next) {
    if (next.kind == Draft.Kind.LIST) {
      return false;
    }
    // the blocks' text is looked at in place: copying whole paragraphs to test their ends costs
    CharSequence a = prev.lastChars();
    CharSequence b = next.chars();
    if (a.length() == 0 || b.length() == 0) {
      return false;
    }
    char end = a.charAt(closing(a));
    if (isAddressAlone(prev)) {
      return false; // a web address on a line of its own ends with no mark, yet is whole
    }

    char first = b.charAt(0);
    if (Character.isUpperCase(first) && endsWithAddress(a)) {
      return false; // ... at https://www.mofa.go.jp/ / The next: an address ends with no mark
    }
    if ((end == ';' || Chars.isSentenceEnd(end) || endsBeforeLastItem(a, 0, a.length()))
        && (first == '(' || Character.isDigit(first) || (first >= 'a' && first <= 'z'))
        && opensEnumeration(new int[] {next.start, src.ends[src.lineOf(next.start)]})) {
      return false; // the next item of a numbered list: (1) ...; (2) ...
    }
    if (startsLower(b) && !(Chars.isSentenceEnd(end) && startsWithAddress(b))) {
      return true; // a web address after a sentence's end opens no continuation
    }
    if (end == ',' || end == ';' || Chars.isHyphen(end) || end == '–' || end == '—') {
      return true;
    }
    if (end == '.' && endsWithHonorific(a)) {
      return true; // the view of Mr. / Rumsfeld: no paragraph ends with a title before a name
    }
    if (Chars.isSentenceEnd(end) || end == '”') {
      return endsFullAtPageBreak(prev, next);
    }
    if (prev.kind == Draft.Kind.LIST) {
      return endsWithOpenWord(a);
    }
    if (endsWithOpenWord(a)) {
      return true;
    }
    // no closing punctuation: a cut paragraph, unless it is a short subheading, which layout keeps
    // with its paragraph rather than at a page's foot unless each of its words is capitalised
    return !headingShape(prev)
        || (capitalisedWords(a) < 0 && pageBreakBetween(prev.end, next.start));
  }

  /**
   * Whether a paragraph whose last line is as wide as the text column ends at a page break (a form
   * feed or a dropped page number) and goes on in a paragraph that is no subheading: a page break
   * after a sentence in mid-paragraph. A paragraph's own last line is seldom full: full is
   * seventeen twentieths of the text's typical width, or, on a page narrower than the next (beside
   * the sidebar), nineteen twentieths of the paragraph's widest line, of three lines at least, as
   * ragged lines differ more; a paragraph of one line only where it is nine tenths as wide and no
   * footnote, the first line of a paragraph that goes on.
   */
  private boolean endsFullAtPageBreak(Draft prev, Draft next) {
    boolean full =
        prev.lastWidth >= typicalWidth * 0.85
            || (prev.lines >= 3
                && prev.widest < typicalWidth
                && prev.lastWidth >= prev.widest * 0.95);
    if (oneLinePerParagraph
        || prev.kind != Draft.Kind.PARAGRAPH
        || (prev.lines < 2 && (prev.lastWidth < typicalWidth * 0.9 || isFootnote(prev)))
        || typicalWidth < 50
        || !full
        || headingShape(next)
        || indentedFirstLine(next)) {
      return false;
    }
    return pageBreakBetween(prev.end, next.start);
  }

  /** Whether a block's first line is indented further than its second, as a paragraph's opening. */
  private boolean indentedFirstLine(Draft d) {
    int line = src.lineOf(d.start);
    if (line + 1 >= src.lineCount) {
      return false;
    }
    int second = src.starts[line + 1];
    while (second < src.ends[line + 1] && Chars.isBlank(src.text.charAt(second))) {
      second++;
    }
    return second < src.ends[line + 1]
        && d.start - src.starts[line] > second - src.starts[line + 1] + 1;
  }

  /** Whether a form feed lies between two offsets of the input. */
  private boolean formFeedBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (src.text.charAt(i) == '\f') {
        return true;
      }
    }
    return false;
  }

  /** Whether a form feed or a dropped page number lies between two blocks. */
  private boolean pageBreakBetween(int from, int to) {
    return formFeedBetween(from, to) || furnitureBetween(from, to);
  }

  private boolean furnitureBetween(int from, int to) {
    int i = Arrays.binarySearch(furniture, 0, furnitureCount, from);
    int next = i >= 0 ? i : -i - 1;
    return next < furnitureCount && furniture[next] < to;
  }

  private static boolean startsLower(CharSequence b) {
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** The abbreviations that stand before a name or a number, never at a paragraph's end. */
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "amb", "adm",
          "st", "no", "nos", "vs", "art", "pres");

  /** Whether a text ends with one of the {@link #HONORIFICS} and its full stop: {@code Mr.}. */
  private static boolean endsWithHonorific(CharSequence a) {
    int e = a.length() - 1; // the full stop
    int s = e;
    while (s > 0 && Character.isLetter(a.charAt(s - 1))) {
      s--;
    }
    return s < e
        && e - s <= 4
        && (s == 0 || Chars.isBlank(a.charAt(s - 1)))
        && HONORIFICS.contains(a.subSequence(s, e).toString().toLowerCase(Locale.ROOT));
  }

  /** A word without the possessive that ends it: {@code JAPAN'S} as {@code JAPAN}. */
  static String withoutPossessive(String word) {
    String b = word.replace('\u2019', '\'');
    return b.endsWith("'S") || b.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
  }

  /** Whether a text ends with a possessive, {@code America's}, which no heading ends with. */
  static boolean endsWithPossessive(CharSequence a) {
    int n = a.length();
    return n >= 3
        && (((a.charAt(n - 1) | 0x20) == 's'
                && (a.charAt(n - 2) == '\'' || a.charAt(n - 2) == '\u2019'))
            || ((a.charAt(n - 1) == '\'' || a.charAt(n - 1) == '\u2019')
                && (a.charAt(n - 2) | 0x20) == 's'));
  }

  private static boolean endsWithOpenWord(CharSequence a) {
    int e = a.length();
    int s = e;
    while (s > 0 && Character.isLetter(a.charAt(s - 1))) {
      s--;
    }
    // the longest open word has seven letters
    return s < e
        && e - s <= 7
        && OPEN_ENDINGS.contains(a.subSequence(s, e).toString().toLowerCase(Locale.ROOT));
  }

  private boolean headingShape(Draft d) {
    CharSequence t = d.chars();
    if (d.lines > 2 || t.length() > LONG_HEADING || endsWithPossessive(t)) {
      return false;
    }
    if (t.length() > 90 && !isTitleCased(t)) {
      return false;
    }
    if (!oneLinePerParagraph
        && typicalWidth > 0
        && d.lines == 1
        && typicalWidth >= 50
        && t.length() > typicalWidth * 0.85 * 0.6
        && t.length() > widthNear(d.start) * 0.85
        && !isTitleCased(t)) {
      return false; // a full-width line cut off by a page break, or by a blank line
    }
    if (spaceSeparatedParts(t) > 14 && !isTitleCased(t)) {
      return false;
    }
    if (holdsSentenceEnd(t)) {
      return false; // a paragraph's first line cut off by a page break: quickly. The package
    }
    char first = t.charAt(0);
    int i = 0;
    while (i < t.length() && Chars.isOpeningQuote(t.charAt(i))) {
      i++;
    }
    if (i >= t.length()) {
      return false;
    }
    first = t.charAt(i);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    return !endsWithOpenWord(t);
  }

  /**
   * The width of the text's full lines near the line at {@code start}: the widest of the three
   * lines before it and the three after it, where that is three fifths of the typical width at
   * least and less than it, as on a page beside the sidebar; else the typical width.
   */
  private int widthNear(int start) {
    int k = 0;
    while (k < measured.size() && (measured.get(k) == null || measured.get(k)[0] < start)) {
      k++;
    }
    int around = 0;
    for (int j = Math.max(0, k - 3); j < Math.min(measured.size(), k + 4); j++) {
      int[] l = measured.get(j);
      if (j != k && l != null && !isGlued(l)) {
        around = Math.max(around, l[1] - l[0]);
      }
    }
    return around * 10 >= typicalWidth * 6 ? Math.min(typicalWidth, around) : typicalWidth;
  }

  /**
   * Whether a sentence ends inside a text: a word of four letters or more in lower case, or an
   * acronym or a number of two characters or more, then a full stop, a question or an exclamation
   * mark, a blank and a capital ({@code quickly. The}, {@code GDP. President}); no title before a
   * name, {@code Mr. Abe}, nor an abbreviation, {@code U.S. Policy}, does so.
   */
  private static boolean holdsSentenceEnd(CharSequence t) {
    for (int i = 4; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '?' || c == '!')
          && Chars.isBlank(t.charAt(i + 1))
          && Character.isUpperCase(t.charAt(i + 2))) {
        int w = i;
        while (w > 0 && Character.isLowerCase(t.charAt(w - 1))) {
          w--;
        }
        if (i - w >= 4) {
          return true;
        }
        w = i;
        while (w > 0
            && (Character.isUpperCase(t.charAt(w - 1)) || Character.isDigit(t.charAt(w - 1)))) {
          w--;
        }
        if (i - w >= 2 && (w == 0 || Chars.isBlank(t.charAt(w - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a text is a title in quotation marks, as a slogan set for a subheading: {@code
   * "Proactive Contribution to Peace"}, the words inside in title case and no sentence's end.
   */
  private static boolean isQuotedTitle(CharSequence t) {
    int n = t.length();
    if (n < 4 || !Chars.isOpeningQuote(t.charAt(0)) || t.charAt(0) == '(') {
      return false;
    }
    char inner = t.charAt(n - 2);
    return inner != '.' && inner != '!' && inner != ',' && isTitleCased(t.subSequence(1, n - 1));
  }

  /**
   * Whether a question is in title case, as a subheading is: two words or more, no comma, and every
   * word capitalised but the short function words, the first too ({@code What Next for Japan?}, not
   * {@code Is that enough?}).
   */
  private static boolean isTitleCaseQuestion(CharSequence t) {
    int first = 0;
    while (first < t.length() && Chars.isBlank(t.charAt(first))) {
      first++;
    }
    return first < t.length()
        && !Character.isLowerCase(t.charAt(first))
        && t.toString().indexOf(',') < 0
        && titleCaseWords(t) >= 2;
  }

  /** The most characters of a subheading in title case, over two lines at most. */
  private static final int LONG_HEADING = 140;

  /**
   * Whether a text is in title case, as a long subheading is and no cut paragraph: four words or
   * more, every one capitalised but the short function words, some in lower case, and no mark after
   * the last.
   */
  private static boolean isTitleCased(CharSequence t) {
    int n = t.length();
    if (n == 0 || !Character.isLetterOrDigit(t.charAt(n - 1))) {
      return false;
    }
    return capitalisedWords(t) >= 4
        && Words.hasLower(t.toString())
        && Character.isUpperCase(t.charAt(0));
  }

  /**
   * How many words a text has where every one is capitalised (or opens with a digit or a quotation
   * mark) but the short function words, as in a title in title case; else -1.
   */
  static int capitalisedWords(CharSequence t) {
    int n = t.length();
    int words = 0;
    int i = 0;
    while (i < n) {
      while (i < n && Chars.isBlank(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Chars.isBlank(t.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      words++;
      char c = t.charAt(start);
      if (!Character.isUpperCase(c)
          && !Character.isDigit(c)
          && !Chars.isOpeningQuote(c)
          && !MINOR_WORDS.contains(t.subSequence(start, i).toString())) {
        return -1;
      }
    }
    return words;
  }

  /**
   * How many parts {@code t.toString().split(" ")} gives, without the array: one more than the
   * spaces before the last character that is not a space, and none when there are only spaces.
   */
  private static int spaceSeparatedParts(CharSequence t) {
    int last = t.length() - 1;
    while (last >= 0 && t.charAt(last) == ' ') {
      last--;
    }
    if (last < 0) {
      return t.length() == 0 ? 1 : 0;
    }
    int parts = 1;
    for (int i = 0; i < last; i++) {
      if (t.charAt(i) == ' ') {
        parts++;
      }
    }
    return parts;
  }

  /** The longest label over a list that is a heading, in characters. */
  private static final int LABEL_CHARS = 40;

  private boolean isHeading(Draft d, Draft prev, Draft next) {
    CharSequence t = d.chars();
    char end = t.charAt(closing(t));
    if (t.length() > 2 && end == Chars.closingBracket(t.charAt(0))) {
      end = t.charAt(t.length() - 2); // a subheading in brackets: <A Second Track for Japan>
    } else if (end == ':'
        && t.length() > 1
        && t.length() <= LABEL_CHARS
        && next != null
        && next.kind == Draft.Kind.LIST
        && isLabel(t)) {
      end = t.charAt(t.length() - 2); // a label over a list: Key points:
    }
    if (Chars.isSentenceEnd(end) && end != ')' && end != '?' && end != '"' && end != '”') {
      return false;
    }
    if (end == '?' || end == '"' || end == '”' || end == ')') {
      // a question or quotation may be a heading only when it is short and title-like
      if (t.length() > 60) {
        return false;
      }
      if (end != '?' && !isQuotedTitle(t)) {
        return false;
      }
      if (end == '?' && !isTitleCaseQuestion(t)) {
        return false; // What, then, should Japan do?: a question of the prose
      }
    }
    if (end == ',' || end == ';') {
      return false;
    }
    if (next == null || !headingShape(d)) {
      return false;
    }
    if (prev != null && prev.kind == Draft.Kind.PARAGRAPH) {
      CharSequence p = prev.chars();
      char before = p.charAt(closing(p));
      if (!Chars.isSentenceEnd(before) && before != '”') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line that ends in a colon over a list is a label ({@code Key points:}, {@code Three
   * Steps for Japan:}) rather than a sentence that leads into the list ({@code Japan should take
   * three steps:}): three words at most, or every word but the small ones capitalised.
   */
  private static boolean isLabel(CharSequence t) {
    int words = titleCaseWords(t);
    return Math.abs(words) <= 3 || words > 0;
  }

  /**
   * How many words a text holds, blanks between them: as a negative number where one of them opens
   * in lower case and is no short function word ({@link #MINOR_WORDS}), a colon or a question mark
   * after it set aside.
   */
  private static int titleCaseWords(CharSequence t) {
    int words = 0;
    boolean titleCase = true;
    int i = 0;
    int n = t.length();
    while (i < n) {
      while (i < n && Chars.isBlank(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Chars.isBlank(t.charAt(i))) {
        i++;
      }
      if (start < i) {
        words++;
        int end = i - 1 > start && (t.charAt(i - 1) == ':' || t.charAt(i - 1) == '?') ? i - 1 : i;
        titleCase &=
            !Character.isLowerCase(t.charAt(start))
                || MINOR_WORDS.contains(t.subSequence(start, end).toString());
      }
    }
    return titleCase ? words : -words;
  }
}
