package io.github.ajiss4j.parser.internal;

import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.parser.internal.Words.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the masthead between the publisher and the issue line: the institutes' abbreviations and
 * names, aligned by column, and the staff, post by post, with labels that may be glued to their
 * values.
 */
final class MastheadReader {

  /** The staff labels, each before the shorter ones that it opens with. */
  static final String[] LABELS = {
    "Editorial Advisory Board",
    "Editorial Committee",
    "Editorial Board",
    "Online Publisher",
    "Editor"
  };

  /**
   * How many letters the first word of each label has: its last letter, in either case, must end
   * the word in the text for the label to stand there, and the labels that open alike have first
   * words unlike ({@code Editor}, {@code Editorial}).
   */
  private static final int[] FIRST_WORDS = new int[LABELS.length];

  static {
    for (int i = 0; i < LABELS.length; i++) {
      int space = LABELS[i].indexOf(' ');
      FIRST_WORDS[i] = space < 0 ? LABELS[i].length() : space;
    }
  }

  /** The words that open the online publisher's title ({@code President, JIIA}). */
  static final String[] TITLE_WORDS = {
    "President", "Chairman", "Chairperson", "Director", "Executive", "Vice", "Acting", "Senior"
  };

  private final String text;
  private final Sink sink;
  private final List<Institute> registry;
  private final Masthead.Builder masthead = Masthead.builder();
  private boolean hasEditor;
  private boolean hasPublisher;

  MastheadReader(String text, Sink sink, List<Institute> registry) {
    this.text = text;
    this.sink = sink;
    this.registry = registry;
    NameWords cached = lastNameWords;
    if (cached == null || cached.registry != registry) {
      cached = new NameWords(registry);
      lastNameWords = cached;
    }
    this.nameWords = cached.words;
    this.plain = cached.plain;
  }

  /**
   * The words of the names of the institutes of one registry, split at single spaces, and each
   * institute as the masthead gives it with no role. Shared between parses and threads, so never
   * written once made.
   */
  private static final class NameWords {
    final List<Institute> registry;
    final String[][] words;

    /**
     * Each institute with its name as printed and no role ({@link #withRole}); null where its name
     * prints nothing, which the abbreviation then stands for.
     */
    final Institute[] plain;

    NameWords(List<Institute> registry) {
      this.registry = registry;
      this.words = new String[registry.size()][];
      this.plain = new Institute[registry.size()];
      for (int k = 0; k < words.length; k++) {
        Institute known = registry.get(k);
        words[k] = known.name().split(" ");
        String printed = Chars.printed(known.name());
        plain[k] = printed.isBlank() ? null : Institute.of(known.abbreviation(), printed);
      }
    }
  }

  /**
   * The names split for the registry of the last parse: a parser keeps one registry, so each parse
   * finds them made. A parse that finds another registry's makes its own.
   */
  private static volatile NameWords lastNameWords;

  /** The words of the name of each known institute; read, never written. */
  private final String[][] nameWords;

  /** Each known institute with no role, as {@link NameWords#plain}; read, never written. */
  private final Institute[] plain;

  /**
   * Where {@code known} stands in the registry, for its name's words: an institute taken from the
   * registry is found by identity, one comparison each (an equal one before it has the same name);
   * any other as {@link List#indexOf} finds it.
   */
  private int indexOf(Institute known) {
    for (int k = 0; k < registry.size(); k++) {
      if (registry.get(k) == known) {
        return k;
      }
    }
    return registry.indexOf(known);
  }

  /** The words of the name of the known institute {@code k}. */
  private String[] nameWords(int k) {
    return nameWords[k];
  }

  Masthead read(int from, int to) {
    int[] label = new int[2];
    int staffStart = nextLabel(from, to, label) >= 0 ? label[0] : to;
    boolean before = readInstitutes(from, staffStart);
    // the institutes stand before the staff, or, where extraction read the staff first, after it
    int staffEnd = staffStart < to && !before ? abbreviationsAfter(staffStart, to) : to;
    if (staffStart < to) {
      readStaff(staffStart, staffEnd);
    }
    if (staffEnd < to) {
      readInstitutes(staffEnd, to);
    }
    return masthead.build();
  }

  /**
   * Where a line of the institutes' abbreviations starts after the line that holds {@code from},
   * before {@code to}: two or more, or one under which another or an institute's name follows (a
   * lone {@code JIIA} may be the end of the publisher's post); else {@code to}.
   */
  private int abbreviationsAfter(int from, int to) {
    Source src = sink.src;
    for (int l = src.lineOf(from) + 1; l < src.lineCount && src.starts[l] < to; l++) {
      int s = src.starts[l];
      int e = Math.min(src.ends[l], to);
      if (!hasText(s, e) || !isKnownAbbreviationLine(s, e)) {
        continue;
      }
      if (Words.moreThan(text, s, e, 1)) {
        return s;
      }
      int next = l + 1;
      while (next < src.lineCount
          && src.starts[next] < to
          && !hasText(src.starts[next], src.ends[next])) {
        next++;
      }
      if (next < src.lineCount && src.starts[next] < to) {
        int ne = Math.min(src.ends[next], to);
        if (isKnownAbbreviationLine(src.starts[next], ne)
            || namesKnownInstitute(src.starts[next], ne)) {
          return s;
        }
      }
    }
    return to;
  }

  /**
   * Finds a masthead that extraction placed after the issue line (a sidebar read after the main
   * column): a block of consecutive lines that opens with the institutes' abbreviations or a staff
   * label, and holds only abbreviations, institute names, staff posts and the names that go on
   * them.
   *
   * @param from where to look from: the end of the issue line
   * @return the block as [start, end), or null
   */
  int[] findBlock(int from) {
    Source src = sink.src;
    for (int l = src.lineOf(from) + 1; l < src.lineCount; l++) {
      int s = src.starts[l];
      int e = labelLineEnd(l);
      if (!hasText(s, e) || !(isKnownAbbreviationLine(s, e) || hasLabel(s, e))) {
        continue;
      }
      // the block goes on over the lines that fit, and over blank lines between groups of them
      int last = e == src.ends[l] ? l : l + 1;
      boolean staff = hasLabel(s, e);
      boolean afterLabel = staff;
      // the blank lines between the block's first two lines: where extraction put a blank line
      // after every line, as many stand between one name and the next
      int spacing = -1;
      for (int next = last + 1; next < src.lineCount; next++) {
        int ns = src.starts[next];
        int ne = labelLineEnd(next);
        if (!hasText(ns, ne)) {
          continue;
        }
        boolean label = hasLabel(ns, ne);
        if (ne != src.ends[next]) {
          next++; // the label's second line
        }
        boolean nextName = staff && next - last - 1 <= Math.max(spacing, 0);
        boolean fits =
            label
                || isKnownAbbreviationLine(ns, ne)
                || namesKnownInstitute(ns, ne)
                || isRoleLine(ns, ne)
                // a piece of the institutes' names, wrapped by extraction anywhere
                || (!staff && isNamesPiece(ns, ne))
                // a name or title under a label, or, one a line, under the name before it
                || ((afterLabel || nextName) && isShortNameLine(ns, ne));
        if (!fits) {
          break;
        }
        spacing = spacing < 0 ? next - last - 1 : spacing;
        staff |= label;
        afterLabel = label;
        last = next;
      }
      return new int[] {s, src.ends[last]};
    }
    return null;
  }

  /**
   * The masthead {@code m} with the institutes whose pieces stand loose on the {@code lines} lines
   * after the one that holds {@code from}: logos stacked down a sidebar that extraction read block
   * by block between the main column's lines, an abbreviation parted from its name by the issue
   * line, the title, the byline or a key point. A known abbreviation alone on its line is an
   * institute the masthead lacks; a known institute's name alone on one to three lines, word for
   * word but for misread letters and a role in brackets after it or not, is the name of one the
   * masthead holds and whose name it does not print, or of one whose abbreviation stands loose too.
   * A name the masthead prints already is the author's affiliation, not the masthead's. The lines
   * read go into {@code taken} as {@code [start, end)} pairs. The search stops at the main column's
   * first line of text: a line of more than {@value #LOOSE_WORDS} words that no bullet opens.
   */
  Masthead withLooseInstitutes(Masthead m, int from, int lines, List<int[]> taken) {
    Source src = sink.src;
    int n = registry.size();
    int[][] abbreviationAt = new int[n][];
    int[][] nameAt = new int[n][];
    int first = src.lineOf(from) + 1;
    int last = Math.min(src.lineCount, first + lines);
    for (int l = first; l < last; l++) {
      int s = Chars.skipBlanks(text, src.starts[l], src.ends[l]);
      int e = Chars.trimBlanks(text, s, src.ends[l]);
      if (s == e) {
        continue;
      }
      if (Words.moreThan(text, s, e, LOOSE_WORDS)) {
        if (!Chars.isBullet(text.charAt(s))) {
          break;
        }
        continue;
      }
      int abbreviation = knownAbbreviation(registry, text, s, e);
      if (abbreviation >= 0) {
        if (abbreviationAt[abbreviation] == null) {
          abbreviationAt[abbreviation] = new int[] {s, e};
        }
        continue;
      }
      // the name over this line and the next two at most, no blank line between, the role in
      // brackets on a line of its own or not
      int end = e;
      int named = -1;
      int namedEnd = -1;
      int lastNamed = l;
      for (int more = 0; more < 3 && l + more < last; more++) {
        if (more > 0) {
          int ns = Chars.skipBlanks(text, src.starts[l + more], src.ends[l + more]);
          int ne = Chars.trimBlanks(text, ns, src.ends[l + more]);
          if (ns == ne) {
            break;
          }
          end = ne;
        }
        int k = knownNameIn(s, end);
        if (k >= 0 && (named < 0 || k == named)) {
          named = k;
          namedEnd = end;
          lastNamed = l + more;
        }
      }
      if (named >= 0 && nameAt[named] == null) {
        nameAt[named] = new int[] {s, namedEnd};
        l = lastNamed;
      }
    }
    List<Institute> institutes = null;
    for (int k = 0; k < n; k++) {
      Institute known = registry.get(k);
      int held = -1;
      for (int i = 0; i < m.institutes().size() && held < 0; i++) {
        held = m.institutes().get(i).abbreviation().equals(known.abbreviation()) ? i : -1;
      }
      int[] name = nameAt[k];
      boolean named = name != null && (held >= 0 ? !printsName(k) : abbreviationAt[k] != null);
      if (!named && (held >= 0 || abbreviationAt[k] == null)) {
        continue;
      }
      institutes = institutes == null ? new ArrayList<>(m.institutes()) : institutes;
      Institute read = named ? looseName(known, name[0], name[1]) : withRole(known, null);
      if (held >= 0) {
        institutes.set(held, read);
      } else {
        institutes.add(read);
        sink.field("institutes", abbreviationAt[k][0], abbreviationAt[k][1]);
        taken.add(abbreviationAt[k]);
      }
      if (named) {
        sink.field("institutes", name[0], name[1]);
        taken.add(name);
      }
    }
    if (institutes == null) {
      return m;
    }
    return Masthead.builder()
        .addAllInstitutes(institutes)
        .editor(m.editor())
        .addAllEditorialBoard(m.editorialBoard())
        .addAllEditorialAdvisoryBoard(m.editorialAdvisoryBoard())
        .addAllEditorialCommittee(m.editorialCommittee())
        .onlinePublisher(m.onlinePublisher())
        .build();
  }

  /** How many words a line after the issue line may hold and still be a sidebar's. */
  private static final int LOOSE_WORDS = 8;

  /**
   * The index of the known institute of {@code registry} whose abbreviation {@code s[from, to)} is,
   * letter for letter; or -1.
   */
  static int knownAbbreviation(List<Institute> registry, String s, int from, int to) {
    for (int k = 0; k < registry.size(); k++) {
      String abbreviation = registry.get(k).abbreviation();
      if (abbreviation.length() == to - from && s.startsWith(abbreviation, from)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The known institute whose name {@code [s, e)} is, word for word but for misread letters, a role
   * in brackets after it or not; or -1.
   */
  private int knownNameIn(int s, int e) {
    List<Word> words = Words.split(text, s, e);
    int nameEnd = roleStart(words);
    for (int k = 0; k < registry.size(); k++) {
      String[] expected = nameWords(k);
      if (expected.length == nameEnd && matches(words, 0, expected, 0, nameEnd)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where the role in brackets that closes {@code words} starts, or their number where none does.
   */
  private static int roleStart(List<Word> words) {
    int end = words.size();
    if (end > 1 && words.get(end - 1).text.endsWith(")")) {
      int open = end - 1;
      while (open > 0 && !words.get(open).text.startsWith("(")) {
        open--;
      }
      return open > 0 && words.get(open).text.startsWith("(") ? open : end;
    }
    return end;
  }

  /**
   * The institute {@code known} of the name, and the role in brackets after it, in {@code [s, e)}.
   */
  private Institute looseName(Institute known, int s, int e) {
    List<Word> words = Words.split(text, s, e);
    int nameEnd = roleStart(words);
    String role = null;
    if (nameEnd < words.size()) {
      int open = words.get(nameEnd).start;
      role = role(open + 1, words.get(words.size() - 1).end - 1, true);
    }
    List<Word> name = words.subList(0, nameEnd);
    return institute(known, null, name, s, name.get(nameEnd - 1).end, role);
  }

  /**
   * Whether the lines read as institutes print the name of the known institute {@code k}, word for
   * word but for misread letters, on one line or wrapped over the next.
   */
  private boolean printsName(int k) {
    List<SourceSpan> spans = sink.fields.get("institutes");
    if (spans == null) {
      return false;
    }
    List<SourceSpan> inOrder = new ArrayList<>(spans);
    inOrder.sort(Comparator.comparingInt(SourceSpan::offset));
    List<Word> words = new ArrayList<>();
    for (SourceSpan span : inOrder) {
      words.addAll(Words.split(text, span.offset(), span.endOffset()));
    }
    String[] expected = nameWords(k);
    for (int w = 0; w + expected.length <= words.size(); w++) {
      if (matches(words, w, expected, 0, expected.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where line {@code l} ends, or, where a label opens it that a narrow sidebar wrapped onto the
   * next line ({@code Editorial Advisory} / {@code Board:}), where that line ends.
   */
  private int labelLineEnd(int l) {
    Source src = sink.src;
    int e = src.ends[l];
    if (l + 1 >= src.lineCount) {
      return e;
    }
    int s = src.starts[l];
    while (s < e && Chars.isSpace(text.charAt(s))) {
      s++;
    }
    int[] label = new int[2];
    return labelAt(s, src.ends[l + 1], label) >= 0 && label[1] > e ? src.ends[l + 1] : e;
  }

  /**
   * The staff posts that stand apart, each a label opening a line and the names under it up to a
   * blank line or a line that is no name, on the {@code lines} lines after the one that holds
   * {@code from}: a sidebar that extraction read post by post between the main column's lines (the
   * issue line, the title, the byline), as {@code [start, end)} pairs.
   */
  List<int[]> staffPosts(int from, int lines) {
    Source src = sink.src;
    List<int[]> posts = new ArrayList<>(2);
    int first = src.lineOf(from) + 1;
    for (int l = first; l < Math.min(src.lineCount, first + lines); l++) {
      int s = src.starts[l];
      while (s < src.ends[l] && Chars.isSpace(text.charAt(s))) {
        s++;
      }
      int c = s < src.ends[l] ? text.charAt(s) | 0x20 : 0;
      int[] label = new int[2];
      if ((c != 'e' && c != 'o')
          || labelAt(s, src.ends[l], label) < 0
          || !(isBlankOrName(label[1], src.ends[l]))) {
        continue; // a label with a sentence after it is text
      }
      int last = l;
      // the publisher's post: the name, then the title; a name under a title that ends is the
      // next text's (the author's, where the sidebar stands between the main column's lines)
      int post = labelAt(s, src.ends[l], label);
      int titleLine = -1;
      while (last + 1 < src.lineCount
          && hasText(src.starts[last + 1], src.ends[last + 1])
          && (titleLine < 0
              || !titleEnds(titleLine)
              || !Words.moreThan(text, src.starts[last + 1], src.ends[last + 1], 1))
          && (hasLabel(src.starts[last + 1], src.ends[last + 1])
              || isShortNameLine(src.starts[last + 1], src.ends[last + 1]))) {
        last++;
        if (post == PUBLISHER && last > l + (hasText(label[1], src.ends[l]) ? 0 : 1)) {
          titleLine = last; // the line under the publisher's name
        }
        if (hasLabel(src.starts[last], src.ends[last])) {
          post = labelAt(src.starts[last], src.ends[last], label);
          titleLine = -1;
        }
      }
      if (last > l || hasText(label[1], src.ends[l])) {
        posts.add(new int[] {s, src.ends[last]}); // a label with no name under it is text
      }
      l = last;
    }
    return posts;
  }

  /** The index of the publisher's label in {@link #LABELS}. */
  private static final int PUBLISHER = 3;

  /**
   * Whether the publisher's title on line {@code l} is whole: it holds a comma ({@code President,
   * JIIA}) and ends in no word that the next line goes on from.
   */
  private boolean titleEnds(int l) {
    Source src = sink.src;
    int s = src.starts[l];
    int e = src.ends[l];
    while (e > s && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e == s || !Chars.holds(text, ',', s, e) || text.charAt(e - 1) == ',') {
      return false;
    }
    int w = e;
    while (w > s && !Chars.isSpace(text.charAt(w - 1))) {
      w--;
    }
    String last = text.substring(w, e);
    return !last.equals("of") && !last.equals("and") && !last.equals("for") && !last.equals("the");
  }

  /** Whether {@code [s, e)} is blank or a short line of names ({@link #isShortNameLine}). */
  private boolean isBlankOrName(int s, int e) {
    return !hasText(s, e) || isShortNameLine(s, e);
  }

  /** Whether each post labelled in {@code [from, to)} is one that the masthead {@code m} lacks. */
  boolean postsMissingFrom(int from, int to, Masthead m) {
    int[] pos = new int[2];
    for (int label = nextLabel(from, to, pos); label >= 0; label = nextLabel(pos[1], to, pos)) {
      boolean has =
          switch (label) {
            case 0 -> !m.editorialAdvisoryBoard().isEmpty();
            case 1 -> !m.editorialCommittee().isEmpty();
            case 2 -> !m.editorialBoard().isEmpty();
            case 3 -> m.onlinePublisher().isPresent();
            default -> m.editor().isPresent();
          };
      if (has) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line holds the abbreviations of known institutes: two or more, misread letters
   * allowed, or, where extraction gave one a line, one exactly as known; or each glued to its
   * institute's name.
   */
  private boolean isKnownAbbreviationLine(int s, int e) {
    if (!isAbbreviationLine(new int[] {s, e})) {
      return gluedAbbreviations(s, e) != null;
    }
    List<Word> words = abbreviations(s, e, null);
    for (Word w : words) {
      if (nearestAbbreviation(w.text) == null) {
        return false;
      }
    }
    if (words.size() == 1) {
      for (Institute known : registry) {
        if (known.abbreviation().equals(words.get(0).text)) {
          return true;
        }
      }
      return false;
    }
    return !words.isEmpty();
  }

  /**
   * Whether {@code [s, e)} holds something of a masthead: a staff label, a line of the institutes'
   * abbreviations, a known institute's name, or a role in brackets alone.
   */
  boolean isMastheadText(int s, int e) {
    return hasLabel(s, e)
        || isKnownAbbreviationLine(s, e)
        || namesKnownInstitute(s, e)
        || isRoleLine(s, e);
  }

  /**
   * Whether {@code [s, e)} holds something of a masthead ({@link #isMastheadText}) or a piece of a
   * known institute's name that extraction wrapped onto a line of its own ({@code Policy Studies}).
   */
  boolean isMastheadLine(int s, int e) {
    return isMastheadText(s, e) || isNamesPiece(s, e);
  }

  /** Whether {@code [s, e)} holds a staff label. */
  boolean holdsLabel(int s, int e) {
    return hasLabel(s, e);
  }

  /**
   * Whether {@code [s, e)} is a short line of names or a title that goes on a staff post ({@code
   * Kenichiro Sasae}, {@code President, JIIA}), no sentence.
   */
  boolean isStaffNameLine(int s, int e) {
    return isShortNameLine(s, e);
  }

  private boolean hasLabel(int s, int e) {
    return nextLabel(s, e, new int[2]) >= 0;
  }

  private boolean namesKnownInstitute(int s, int e) {
    List<Word> words = Words.split(text, s, e);
    for (int w = 0; w < words.size(); w++) {
      if (startsKnownName(words, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each word of a line is a word of a known institute's name as the name prints it, or of
   * a role in brackets: the pieces of the names where extraction wrapped them mid-name ({@code
   * Policy Studies The Japan}).
   */
  private boolean isNamesPiece(int s, int e) {
    List<Word> words = Words.split(text, s, e);
    boolean inRole = false;
    for (Word w : words) {
      String t = w.text;
      inRole |= t.startsWith("(");
      if (!inRole && !isNameWord(t)) {
        return false;
      }
      inRole &= !t.endsWith(")");
    }
    return !words.isEmpty();
  }

  private boolean isNameWord(String word) {
    for (int k = 0; k < registry.size(); k++) {
      for (String known : nameWords(k)) {
        if (known.equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A role in brackets alone on a line, as under an institute's name: "(Secretariat)". */
  private boolean isRoleLine(int s, int e) {
    int from = s;
    int to = e;
    while (from < to && Chars.isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isBlank(text.charAt(to - 1))) {
      to--;
    }
    return to - from > 2
        && text.charAt(from) == '('
        && text.charAt(to - 1) == ')'
        && !Words.moreThan(text, from, to, 3);
  }

  /** Whether {@code names}, one line's, are the names of {@code count} known institutes. */
  private boolean holdsEveryName(List<Segment> names, int count) {
    List<Segment> split = names.size() == count ? names : realign(names, count);
    return split.size() == count && allKnownNames(split);
  }

  /**
   * Whose is a role alone on its line under a line of every name: the secretariat's, {@code
   * (Secretariat)}, is JIIA's, the association's secretariat; any other the last institute's, as
   * where the role wraps under the last name.
   */
  private int looseRoleOwner(List<Word> abbreviations, int[] line) {
    if (roleText(line, false).equalsIgnoreCase(SECRETARIAT)) {
      for (int i = 0; i < abbreviations.size(); i++) {
        Institute known = nearestAbbreviation(abbreviations.get(i).text);
        if (known != null && known.abbreviation().equals("JIIA")) {
          return i;
        }
      }
    }
    return abbreviations.size() - 1;
  }

  /**
   * The text in the brackets of a role line ({@link #isRoleLine}), a misread role read as the one
   * it stands for ({@link #role}), and reported where {@code report}.
   */
  private String roleText(int[] line, boolean report) {
    int open = text.indexOf('(', line[0]);
    int close = text.lastIndexOf(')', line[1] - 1);
    return role(open + 1, close, report);
  }

  /** The role that the association's secretariat is given; the masthead's only role. */
  private static final String SECRETARIAT = "Secretariat";

  /**
   * The role that a role as printed stands for where extraction misread a letter or two of it
   * ({@code Secretarlat}, {@code 5ecretariat}); else null.
   */
  private static String misreadRole(String printed) {
    return printed.length() >= SECRETARIAT.length() - 2
            && !printed.equalsIgnoreCase(SECRETARIAT)
            && Words.distance(printed.toLowerCase(Locale.ROOT), "secretariat", 2) <= 2
        ? SECRETARIAT
        : null;
  }

  /**
   * The role printed in {@code text[s, e)}, inside its brackets, trimmed: as printed, or the role
   * it stands for where a letter or two were misread, which is reported where {@code report}.
   */
  private String role(int s, int e, boolean report) {
    while (s < e && text.charAt(s) <= ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) <= ' ') {
      e--;
    }
    String printed = text.substring(s, e);
    String known = misreadRole(printed);
    if (known == null || !report) {
      return known == null ? printed : known;
    }
    sink.report(
        DiagnosticCode.INSTITUTE_CORRECTED,
        s,
        e,
        "corrected the misread role \"" + printed + "\" to \"" + known + "\"");
    return known;
  }

  /** A name or a title going on a staff post: "President, JIIA"; no sentence. */
  private boolean isShortNameLine(int s, int e) {
    List<Word> words = Words.split(text, s, e);
    if (words.isEmpty() || words.size() > 6 || e - s > 60) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      // a role in brackets goes with the name: Akio Watanabe (Chair)
      String w = words.get(i).text;
      String t = w.startsWith("(") && w.length() > 1 ? w.substring(1) : w;
      if (i > 0 && (t.equals("and") || t.equals("&"))) {
        continue; // before a list's last name: Shujiro Urata and / Yasunori Nakayama
      }
      if (!Character.isUpperCase(t.charAt(0)) || t.endsWith(".")) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- institutes

  /** Reads the institutes in [from, to); returns whether their abbreviations were found. */
  private boolean readInstitutes(int from, int to) {
    Source src = sink.src;
    int first = src.lineOf(from);
    int last = to > from ? src.lineOf(Math.max(from, to - 1)) : first - 1;
    List<int[]> lines = new ArrayList<>();
    for (int l = first; l <= last; l++) {
      int s = Math.max(src.starts[l], from);
      int e = Math.min(src.ends[l], to);
      if (!hasText(s, e)) {
        continue;
      }
      List<int[]> glued = gluedAbbreviations(s, e);
      if (glued != null) {
        lines.addAll(glued); // read as each abbreviation with its name under it
      } else {
        int names = namesAfterAbbreviations(s, e);
        if (names > s) {
          // the abbreviations and the names on one line, where extraction put the header so
          lines.add(new int[] {s, names});
          lines.add(new int[] {names, e});
        } else {
          lines.add(new int[] {s, e});
        }
      }
    }
    int abbreviationLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isAbbreviationLine(lines.get(i))) {
        abbreviationLine = i;
        break;
      }
    }
    // the abbreviations stand on one line, or one a line where extraction turned tabs into line
    // ends; the names follow in the same way, a name that extraction wrapped going on over the
    // next lines (a narrow column under each logo: "Research Institute for" / "Peace and
    // Security"); where extraction read each logo's column whole, each abbreviation has its name
    // under it, and the next abbreviation follows
    List<Word> abbreviations = new ArrayList<>();
    // a role or two beside the abbreviations at most: a table for a few, not the default 32
    Map<Word, String> roles = new IdentityHashMap<>(4);
    List<Segment> names = new ArrayList<>();
    int[] looseRole = null; // a role alone on its line, under a line of every name
    int nameEnd = abbreviationLine - 1;
    int groups = 0;
    int nameLines = 0; // the first group's lines of names
    while (abbreviationLine >= 0
        && nameEnd + 1 < lines.size()
        // the first group's line was found an abbreviation line above
        && (groups == 0
            || (isAbbreviationLine(lines.get(nameEnd + 1))
                && isOneKnownAbbreviationEach(abbreviations, names, groups)))) {
      groups++;
      int groupStart = nameEnd + 1;
      int abbreviationEnd = groupStart;
      while (abbreviationEnd + 1 < lines.size()
          && isAbbreviationLine(lines.get(abbreviationEnd + 1))) {
        abbreviationEnd++;
      }
      for (int i = groupStart; i <= abbreviationEnd; i++) {
        int[] line = lines.get(i);
        sink.field("institutes", line[0], line[1]);
        abbreviations.addAll(abbreviations(line[0], line[1], roles));
      }
      nameEnd = abbreviationEnd;
      boolean oneALine = abbreviationEnd > groupStart;
      boolean any = false;
      while (nameEnd + 1 < lines.size()) {
        int[] nameLine = lines.get(nameEnd + 1);
        List<Segment> segments = segments(nameLine[0], nameLine[1]);
        // the line's first column may go on with the name before it
        boolean goesOn =
            any
                && !segments.isEmpty()
                && continuesName(names.get(names.size() - 1), segments.get(0));
        if (any && !goesOn && !(oneALine && names.size() < abbreviations.size())) {
          break;
        }
        nameEnd++;
        sink.field("institutes", nameLine[0], nameLine[1]);
        nameLines++;
        if (goesOn
            && abbreviations.size() > 1
            && nameLines == 2
            && isRoleLine(nameLine[0], nameLine[1])
            && holdsEveryName(names, abbreviations.size())) {
          // a role alone under a line that holds every name, as text sorted by its height on the
          // page gives it: no column shows whose it is
          looseRole = nameLine;
          continue;
        }
        if (goesOn) {
          Segment wrapped = names.remove(names.size() - 1);
          segments.set(0, new Segment(wrapped.start, segments.get(0).end));
        } else {
          oneALine |= segments.size() == 1 && abbreviations.size() > names.size() + 1;
        }
        names.addAll(segments);
        any = true;
      }
    }
    int namesFrom = nameEnd - nameLines + 1;
    boolean namesKnown = groups != 1 || nameLines == 0 || allKnownNames(names);
    if (!namesKnown
        && namesFrom + 1 < lines.size()
        && !isAbbreviationLine(lines.get(namesFrom + 1))
        && !hasLabel(lines.get(namesFrom + 1)[0], lines.get(namesFrom + 1)[1])) {
      // names that extraction wrapped with no regard for where a name ends, whatever parts them
      for (int through = looseRole != null ? namesFrom : namesFrom + 1;
          through < Math.min(lines.size(), namesFrom + 8);
          through++) {
        int[] line = lines.get(through);
        if (isAbbreviationLine(line) || hasLabel(line[0], line[1])) {
          break;
        }
        Segment whole = new Segment(lines.get(namesFrom)[0], line[1]);
        List<Segment> split = realign(List.of(whole), abbreviations.size());
        if (split.size() == abbreviations.size() && allKnownNames(split)) {
          for (int i = nameEnd + 1; i <= through; i++) {
            sink.field("institutes", lines.get(i)[0], lines.get(i)[1]);
          }
          names = split;
          namesKnown = true;
          nameEnd = Math.max(nameEnd, through);
          break;
        }
      }
    }
    List<List<Word>> rowNames = null; // each name's words, where the names run row by row
    List<String> rowRoles = new ArrayList<>();
    if (!namesKnown && abbreviations.size() > 1) {
      List<List<Word>> found = new ArrayList<>();
      int through = namesRowByRow(lines, namesFrom, nameEnd, abbreviations, found, rowRoles);
      if (through >= 0) {
        for (int i = nameEnd + 1; i <= through; i++) {
          sink.field("institutes", lines.get(i)[0], lines.get(i)[1]);
        }
        nameEnd = through;
        rowNames = found;
        names = new ArrayList<>();
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      if (abbreviationLine >= 0 && i >= abbreviationLine && i <= nameEnd) {
        continue;
      }
      sink.report(
          DiagnosticCode.UNKNOWN_MASTHEAD_TEXT,
          line[0],
          line[1],
          "dropped masthead text that is neither institutes nor staff: "
              + Sink.quote(text.substring(line[0], line[1]).trim()));
    }
    if (abbreviationLine < 0) {
      return false;
    }
    if (names.size() != abbreviations.size() && !names.isEmpty()) {
      names = realign(names, abbreviations.size());
    }
    int loose = looseRole == null ? -1 : looseRoleOwner(abbreviations, looseRole);
    for (int i = 0; i < abbreviations.size(); i++) {
      Word abbr = abbreviations.get(i);
      Institute known = correctAbbreviation(abbr);
      // most abbreviations have no role beside them: no word is hashed to be told so
      String besideRole = roles.isEmpty() ? null : roles.get(abbr);
      if (rowNames != null) {
        String role = rowRoles.get(i) != null ? rowRoles.get(i) : besideRole;
        List<Word> words = rowNames.get(i);
        masthead.addInstitute(
            institute(
                known, abbr, words, words.get(0).start, words.get(words.size() - 1).end, role));
        continue;
      }
      Segment name = i < names.size() ? names.get(i) : null;
      String role = i == loose ? roleText(looseRole, true) : besideRole;
      masthead.addInstitute(institute(known, abbr, name, role));
    }
    for (int i = abbreviations.size(); i < names.size(); i++) {
      Segment extra = names.get(i);
      sink.report(
          DiagnosticCode.UNKNOWN_MASTHEAD_TEXT,
          extra.start,
          extra.end,
          "dropped an institute name with no abbreviation above it: "
              + Sink.quote(text.substring(extra.start, extra.end)));
    }
    return true;
  }

  /**
   * Reads the institutes of a logo row printed beside the series name, as text sorted by its height
   * on the page gives it: the abbreviations in {@code abbreviations}, two or more and each a known
   * one ({@code IIPS JIIA RIPS}), the names' words run together on the lines in {@code names}
   * ({@code Institute for International The Japan Institute of Research Institute for} / {@code
   * Policy Studies International Affairs Peace and Security}), and a role in brackets, {@code
   * (Secretariat)}, in {@code role}, or null. The names must be word for word the known names of
   * the abbreviations, in their order, as no column shows where a name ends; where the
   * abbreviations stand apart at the heads of columns, each name must stand in its abbreviation's
   * column, and the role in its institute's ({@link #readColumns}). Returns the institutes read, or
   * null where the text is no such row; nothing is reported then.
   */
  Masthead readBesideSeries(int[] abbreviations, List<int[]> names, int[] role) {
    List<Word> printed = Words.split(text, abbreviations[0], abbreviations[1]);
    if (printed.size() < 2 || (role != null && !isRoleLine(role[0], role[1]))) {
      return null;
    }
    int[] known = new int[printed.size()];
    int words = 0;
    for (int i = 0; i < known.length; i++) {
      known[i] = -1;
      for (int k = 0; k < registry.size() && known[i] < 0; k++) {
        if (registry.get(k).abbreviation().equals(printed.get(i).text)) {
          known[i] = k;
          words += nameWords(k).length;
        }
      }
      if (known[i] < 0) {
        return null;
      }
    }
    List<List<Word>> lines = new ArrayList<>(names.size());
    int read = 0;
    for (int[] line : names) {
      List<Word> w = Words.split(text, line[0], line[1]);
      lines.add(w);
      read += w.size();
    }
    int owner = -1;
    if (inColumns(printed)) {
      owner = readColumns(printed, known, lines, role, false);
      if (owner == NO_COLUMNS) {
        // names centred under their logos: a name wider than its abbreviation starts left of it
        owner = readColumns(printed, known, lines, role, true);
      }
      if (owner == NO_COLUMNS) {
        return null;
      }
    } else if (read != words || !runTogether(lines, 0, 0, 0, known, new int[known.length], null)) {
      return null;
    } else if (role != null) {
      owner = looseRoleOwner(printed, role);
    }
    sink.field("institutes", abbreviations[0], abbreviations[1]);
    for (int[] line : names) {
      sink.field("institutes", line[0], line[1]);
    }
    if (role != null) {
      sink.field("institutes", role[0], role[1]);
    }
    for (int i = 0; i < known.length; i++) {
      masthead.addInstitute(
          withRole(registry.get(known[i]), i == owner ? roleText(role, true) : null));
    }
    return masthead.build();
  }

  /** The fewest blanks between two abbreviations that each head a column of their own. */
  private static final int COLUMN_GAP = 3;

  /** How far left of its abbreviation a name may start, as a name is centred under its logo. */
  private static final int COLUMN_SLACK = 4;

  /** What {@link #readColumns} gives where the names do not stand in the columns. */
  private static final int NO_COLUMNS = -2;

  /** Whether the abbreviations {@code printed} stand apart, each at the head of its column. */
  private boolean inColumns(List<Word> printed) {
    for (int i = 1; i < printed.size(); i++) {
      if (printed.get(i).start - printed.get(i - 1).end < COLUMN_GAP) {
        return false;
      }
    }
    return true;
  }

  /** The column of {@code at}: how far it stands from its line's start. */
  private int column(int at) {
    return at - (text.lastIndexOf('\n', at - 1) + 1);
  }

  /**
   * Reads the names of the known institutes {@code known} by the columns their abbreviations {@code
   * printed} head, as a layout that keeps the columns gives them ({@code IIPS} over {@code
   * Institute for International} / {@code Policy Studies}, the other names further right on the
   * lines under it): a word belongs to the column of the last abbreviation it starts at or after,
   * less a few characters of slack, and each column's words, line after line, must be word for word
   * its institute's name. Where {@code centred}, each piece of a line, its words parted by fewer
   * blanks than {@link #COLUMN_GAP}, belongs to the column whose abbreviation's middle its middle
   * stands nearest, as where each name is centred under its logo ({@code IIPS} over {@code
   * Institute for International}, which starts well left of it). Returns the index of the column
   * the role {@code role} stands in, -1 without a role, or {@link #NO_COLUMNS} where the names do
   * not fill the columns so.
   */
  private int readColumns(
      List<Word> printed, int[] known, List<List<Word>> lines, int[] role, boolean centred) {
    int[] done = new int[known.length];
    for (List<Word> line : lines) {
      int piece = 0; // the first word of the piece the word is in
      for (int at = 0; at < line.size(); at++) {
        Word w = line.get(at);
        if (at > 0 && w.start - line.get(at - 1).end >= COLUMN_GAP) {
          piece = at;
        }
        int last = at;
        while (centred
            && last + 1 < line.size()
            && line.get(last + 1).start - line.get(last).end < COLUMN_GAP) {
          last++;
        }
        int i =
            centred
                ? nearestColumn(printed, line.get(piece).start, line.get(last).end)
                : columnOf(printed, w.start);
        String[] name = nameWords(known[Math.max(i, 0)]);
        if (i < 0 || done[i] == name.length || !w.text.equals(name[done[i]])) {
          return NO_COLUMNS;
        }
        done[i]++;
      }
    }
    for (int i = 0; i < known.length; i++) {
      if (done[i] != nameWords(known[i]).length) {
        return NO_COLUMNS;
      }
    }
    if (role == null) {
      return -1;
    }
    if (centred) {
      return nearestColumn(printed, role[0], role[1]);
    }
    int owner = columnOf(printed, role[0]);
    return owner >= 0 && columnOf(printed, role[1] - 1) == owner ? owner : NO_COLUMNS;
  }

  /**
   * The column among those {@code printed} heads whose abbreviation's middle the middle of the text
   * in {@code [start, end)} stands nearest, on a line of its own.
   */
  private int nearestColumn(List<Word> printed, int start, int end) {
    int middle = 2 * column(start) + (end - start); // twice the column, to stay in whole numbers
    int best = 0;
    for (int i = 1; i < printed.size(); i++) {
      Word a = printed.get(i);
      Word b = printed.get(best);
      if (Math.abs(2 * column(a.start) + a.text.length() - middle)
          < Math.abs(2 * column(b.start) + b.text.length() - middle)) {
        best = i;
      }
    }
    return best;
  }

  /** The column among those {@code printed} heads that the text at {@code at} stands in; or -1. */
  private int columnOf(List<Word> printed, int at) {
    int c = column(at);
    int i = printed.size() - 1;
    while (i >= 0 && c < column(printed.get(i).start) - COLUMN_SLACK) {
      i--;
    }
    return i;
  }

  /**
   * Whether the words of {@code lines}, from word {@code at} of line {@code line} on, are the rest
   * of the names of the known institutes {@code known} from the one at {@code k} on, each line
   * holding the next words of each name in turn, as the names stand side by side under their logos;
   * {@code done} holds how many words of each name the lines before gave. Tries every number of
   * words for each name on a line: a few names over a few lines. Without {@code fit} each word must
   * be the name's as known; with it a word may have a letter misread, a role in brackets may follow
   * a name's last word, and {@code fit} is left holding what each line gave each name.
   */
  private boolean runTogether(
      List<List<Word>> lines, int line, int at, int k, int[] known, int[] done, Fit fit) {
    if (line == lines.size()) {
      for (int i = 0; i < known.length; i++) {
        if (done[i] != nameWords(known[i]).length) {
          return false;
        }
      }
      return true;
    }
    List<Word> words = lines.get(line);
    if (k == known.length) {
      return at == words.size() && runTogether(lines, line + 1, 0, 0, known, done, fit);
    }
    String[] name = nameWords(known[k]);
    int most = 0;
    while (done[k] + most < name.length
        && at + most < words.size()
        && (fit == null
            ? words.get(at + most).text.equals(name[done[k] + most])
            : similar(words.get(at + most).text, name[done[k] + most]))) {
      most++;
    }
    for (int t = most; t >= 0; t--) {
      done[k] += t;
      boolean fits = false;
      // the role right after the name's last word: International Affairs (Secretariat)
      int role = fit != null && t > 0 && done[k] == name.length ? roleEnd(words, at + t) : -1;
      if (role >= 0) {
        fit.roles[k] = new int[] {words.get(at + t).start, words.get(role).end};
        fit.take[line][k] = t;
        fits = runTogether(lines, line, role + 1, k + 1, known, done, fit);
        if (!fits) {
          fit.roles[k] = null;
        }
      }
      if (!fits) {
        if (fit != null) {
          fit.take[line][k] = t;
        }
        fits = runTogether(lines, line, at + t, k + 1, known, done, fit);
      }
      done[k] -= t;
      if (fits) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #runTogether} read: how many words each line gave each name, and each's role. */
  private static final class Fit {
    /** The words each line gave each name, as [line][name]. */
    final int[][] take;

    /** Each name's role in brackets as [start, end), the brackets in it; null where it has none. */
    final int[][] roles;

    Fit(int lines, int names) {
      this.take = new int[lines][names];
      this.roles = new int[names][];
    }
  }

  /** The most words a role in brackets after a name takes: {@code (Secretariat)} takes one. */
  private static final int ROLE_WORDS = 8;

  /**
   * The institutes of the abbreviations {@code abbreviations}, two or more and each a known one,
   * whose names' words run together on the lines {@code lines[from, through]}, each line holding
   * the next words of every name in turn (PDFBox with sorting and pdf.js give a row of logos whose
   * names wrap so: {@code Institute for International The Japan Institute of Research Institute
   * for} / {@code Policy Studies International Affairs (Secretariat) Peace and Security}); the
   * lines that end soonest after {@code from}, not before {@code least}, at most {@link
   * #ROW_NAME_LINES}, before a line of abbreviations or a staff label. A letter may be misread, and
   * a role in brackets may follow a name. Returns each institute's name words and role in {@code
   * names} and {@code roles}, and the last line read; or -1 where no lines are such names.
   */
  private int namesRowByRow(
      List<int[]> lines,
      int from,
      int least,
      List<Word> abbreviations,
      List<List<Word>> names,
      List<String> roles) {
    if (from + 1 >= lines.size()) {
      return -1; // one line of names at most: a name's first line alone is no row of names wrapped
    }
    int[] known = new int[abbreviations.size()];
    for (int i = 0; i < known.length; i++) {
      Institute k = nearestAbbreviation(abbreviations.get(i).text);
      known[i] = k == null ? -1 : indexOf(k);
      if (known[i] < 0) {
        return -1;
      }
    }
    int expected = 0;
    for (int k : known) {
      expected += nameWords(k).length;
    }
    List<List<Word>> read = new ArrayList<>();
    int count = 0; // the words read so far, those of roles in brackets aside
    for (int through = from; through < Math.min(lines.size(), from + ROW_NAME_LINES); through++) {
      int[] line = lines.get(through);
      if (isAbbreviationLine(line)
          || hasLabel(line[0], line[1])
          // more words than the names have left, however many a role in brackets takes
          || Words.moreThan(text, line[0], line[1], expected - count + ROLE_WORDS)) {
        break;
      }
      List<Word> printed = Words.split(text, line[0], line[1]);
      read.add(printed);
      boolean inRole = false;
      for (Word w : printed) {
        inRole |= w.text.startsWith("(");
        count += inRole ? 0 : 1;
        inRole &= !w.text.endsWith(")");
      }
      if (count > expected) {
        break; // more words than the names have, which no further line mends
      }
      if (through == from || through < least || count < expected) {
        continue; // a name's first line alone is no row of names wrapped; or words are missing
      }
      Fit fit = new Fit(read.size(), known.length);
      if (runTogether(read, 0, 0, 0, known, new int[known.length], fit)) {
        for (int k = 0; k < known.length; k++) {
          List<Word> words = new ArrayList<>();
          for (int l = 0; l < read.size(); l++) {
            int skip = 0; // the words of the names before it, and the roles after them
            for (int before = 0; before < k; before++) {
              skip += fit.take[l][before] + roleWords(read.get(l), skip, fit, before, l);
            }
            words.addAll(read.get(l).subList(skip, skip + fit.take[l][k]));
          }
          names.add(words);
          int[] role = fit.roles[k];
          roles.add(role == null ? null : role(role[0] + 1, role[1] - 1, true));
        }
        return through;
      }
    }
    return -1;
  }

  /**
   * How many words of {@code line}, read as line {@code l}, the role of name {@code k} takes after
   * the name's words there, which start at word {@code at}; 0 where its role stands elsewhere.
   */
  private static int roleWords(List<Word> line, int at, Fit fit, int k, int l) {
    int[] role = fit.roles[k];
    int after = at + fit.take[l][k];
    if (role == null || after >= line.size() || line.get(after).start != role[0]) {
      return 0;
    }
    int last = after;
    while (line.get(last).end < role[1]) {
      last++;
    }
    return last - after + 1;
  }

  /** The most lines the institutes' names run over, row by row under their abbreviations. */
  private static final int ROW_NAME_LINES = 4;

  /**
   * Where the names start on a line that opens with two or more known abbreviations and goes on
   * with words that are none ({@code IIPS JIIA RIPS Institute for ...}); else {@code s}.
   */
  private int namesAfterAbbreviations(int s, int e) {
    // most lines open with a word that is no abbreviation: told from its first two characters
    int first = s;
    while (first < e && Chars.isBlank(text.charAt(first))) {
      first++;
    }
    if (first + 1 >= e
        || !Character.isUpperCase(text.charAt(first))
        || !Character.isUpperCase(text.charAt(first + 1))) {
      return s;
    }
    int lower = first;
    while (lower < e && !Character.isLowerCase(text.charAt(lower))) {
      lower++;
    }
    if (lower == e) {
      return s; // a line of abbreviations alone, read as such
    }
    int known = 0;
    int[] column = new int[2];
    for (int i = Words.nextColumn(text, s, e, column); i >= 0; ) {
      Word next = null;
      List<Word> words = Words.split(text, column[0], column[1]);
      for (int k = 0; k < words.size() && next == null; k++) {
        Word w = words.get(k);
        if (isCapitalsWord(w.text) && nearestAbbreviation(w.text) != null) {
          known++;
          int role = roleEnd(words, k + 1); // JIIA (Secretariat)
          k = role >= 0 ? role : k;
        } else {
          next = w;
        }
      }
      if (next != null) {
        return known >= 2 ? next.start : s;
      }
      i = Words.nextColumn(text, i, e, column);
    }
    return s;
  }

  /**
   * The pieces of a line each of whose columns is an abbreviation glued to its institute's name, as
   * text extraction gives a table of logos beside names ({@code NPINakasone Yasuhiro Peace
   * Institute}): each column's abbreviation and name in turn, as [start, end); else null.
   */
  private List<int[]> gluedAbbreviations(int s, int e) {
    // most lines, a long line of the body among them, open with no three capitals: told before
    // the first column is read to its end
    int start = s;
    while (start < e && Chars.isBlank(text.charAt(start))) {
      start++;
    }
    if (start + 3 > e
        || !Character.isUpperCase(text.charAt(start))
        || !Character.isUpperCase(text.charAt(start + 1))
        || !Character.isUpperCase(text.charAt(start + 2))) {
      return null;
    }
    List<int[]> out = null;
    int[] column = new int[2];
    for (int i = Words.nextColumn(text, s, e, column);
        i >= 0;
        i = Words.nextColumn(text, i, e, column)) {
      int first = column[0];
      int caps = first;
      while (caps < column[1] && Character.isUpperCase(text.charAt(caps))) {
        caps++;
      }
      int name = caps - 1; // the name's capital ends the run of capitals
      if (name - first < 2
          || caps == column[1]
          || !Character.isLowerCase(text.charAt(caps))
          || nearestAbbreviation(text.substring(first, name)) == null
          || !startsKnownName(Words.split(text, name, column[1]), 0)) {
        return null;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(new int[] {first, name});
      out.add(new int[] {name, column[1]});
    }
    return out;
  }

  private static boolean isCapitalsWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return w.length() >= 2;
  }

  /**
   * Whether each institute so far came as its own known abbreviation with its own name, as where
   * extraction read each logo's column whole: another may follow.
   */
  private boolean isOneKnownAbbreviationEach(
      List<Word> abbreviations, List<Segment> names, int groups) {
    if (abbreviations.size() != groups || names.size() != groups) {
      return false;
    }
    for (Word w : abbreviations) {
      if (nearestAbbreviation(w.text) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a column of a line goes on with an institute's name: a role in brackets on its own, or
   * the next words of a known name whose first words the name so far holds; words that complete the
   * name may have its role in brackets after them ({@code The Japan Institute of} / {@code
   * International Affairs (Secretariat)}, as a narrow column under a logo wraps the name).
   */
  private boolean continuesName(Segment name, Segment next) {
    int s = next.start;
    int e = next.end;
    if (s < e && text.charAt(s) == '(' && text.charAt(e - 1) == ')') {
      return text.lastIndexOf(')', name.end - 1) < name.start; // one role a name
    }
    int longest = 0;
    for (int k = 0; k < registry.size(); k++) {
      longest = Math.max(longest, nameWords(k).length);
    }
    if (Words.moreThan(text, s, e, longest - 1)) {
      return false; // more words than any name has left, as a line of staff: not split to be told
    }
    List<Word> before = name.words(text);
    List<Word> after = next.words(text);
    int role = after.size();
    while (role > 1 && roleEnd(after, role - 1) != after.size() - 1) {
      role--;
    }
    role = role > 1 && text.lastIndexOf(')', name.end - 1) < name.start ? role - 1 : -1;
    for (int k = 0; k < registry.size(); k++) {
      String[] expected = nameWords(k);
      // a stray glyph may open the name ("Il The Japan Institute of")
      for (int skip = 0; skip <= Math.min(1, before.size() - 1); skip++) {
        int held = before.size() - skip;
        if (held >= expected.length || !matches(before, skip, expected, 0, held)) {
          continue;
        }
        if (held + after.size() <= expected.length
            && matches(after, 0, expected, held, after.size())) {
          return true;
        }
        if (role > 0 && held + role == expected.length && matches(after, 0, expected, held, role)) {
          return true; // the name completed, its role after it
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code count} printed words from {@code from} are the expected ones from {@code at}.
   */
  private static boolean matches(
      List<Word> printed, int from, String[] expected, int at, int count) {
    for (int i = 0; i < count; i++) {
      if (!similar(printed.get(from + i).text, expected[at + i])) {
        return false;
      }
    }
    return true;
  }

  private boolean hasText(int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Chars.isBlank(text.charAt(i)) && !Chars.isInvisible(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean isAbbreviationLine(int[] line) {
    // decided before a long line is split, and on the words in place
    if (Words.moreThan(text, line[0], line[1], 8)) {
      return false;
    }
    Words.Spans spans = Words.spans(text, line[0], line[1]);
    if (spans.size == 0) {
      return false;
    }
    int roleWords = 0; // words of a role in brackets after an abbreviation: JIIA (Secretariat)
    for (int k = 0; k < spans.size; k++) {
      int start = spans.starts[k];
      int end = spans.ends[k];
      if (roleWords > 0
          || (k > 0
              && text.charAt(start) == '('
              && roleWords == 0
              && nearestAbbreviation(text.substring(spans.starts[k - 1], spans.ends[k - 1]))
                  != null)) {
        roleWords = text.charAt(end - 1) == ')' ? 0 : roleWords + 1;
        if (roleWords > 3) {
          return false;
        }
        continue;
      }
      int upper = 0;
      int lookAlikes = 0; // an I misread as l or 1
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (c == 'l' || c == '1') {
          lookAlikes++;
        } else if (!Character.isLowerCase(c) && !Character.isDigit(c)) {
          return false;
        }
      }
      int length = end - start;
      if (length < 2 || length > 6 || upper == 0 || upper + lookAlikes < length - 1) {
        return false;
      }
    }
    return roleWords == 0;
  }

  /**
   * The abbreviations in {@code text[s, e)}, a line that {@link #isAbbreviationLine} took; the role
   * in brackets that follows one, if any, goes into {@code roles} under its abbreviation.
   */
  private List<Word> abbreviations(int s, int e, Map<Word, String> roles) {
    List<Word> words = Words.split(text, s, e);
    List<Word> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      int last = out.isEmpty() ? -1 : roleEnd(words, i);
      if (last < 0) {
        out.add(w);
        continue;
      }
      String role = text.substring(w.start + 1, words.get(last).end - 1).trim();
      if (roles != null && !role.isEmpty()) {
        roles.put(out.get(out.size() - 1), role);
      }
      i = last;
    }
    return out;
  }

  /**
   * Where a role in brackets of at most three words that opens at word {@code at} ends, as the
   * index of its last word ({@code (Secretariat)}); else -1.
   */
  private static int roleEnd(List<Word> words, int at) {
    if (at >= words.size() || !words.get(at).text.startsWith("(")) {
      return -1;
    }
    for (int last = at; last < words.size() && last < at + 3; last++) {
      if (words.get(last).text.endsWith(")")) {
        return last;
      }
    }
    return -1;
  }

  private static final class Segment {
    final int start;
    final int end;

    /** The words, split where first asked for: a name is matched, then read, on the same words. */
    private List<Word> words;

    Segment(int start, int end) {
      this.start = start;
      this.end = end;
    }

    /** The words of {@code text[start, end)} ({@link Words#split}), which the caller only reads. */
    List<Word> words(String text) {
      if (words == null) {
        words = Words.split(text, start, end);
      }
      return words;
    }
  }

  /** The {@link Words#columns} of {@code text[from, to)}, as segments. */
  private List<Segment> segments(int from, int to) {
    List<Segment> out = new ArrayList<>();
    int[] column = new int[2];
    for (int i = Words.nextColumn(text, from, to, column);
        i >= 0;
        i = Words.nextColumn(text, i, to, column)) {
      out.add(new Segment(column[0], column[1]));
    }
    return out;
  }

  /**
   * The names line has fewer columns than there are abbreviations: split it where a known institute
   * name begins.
   */
  private List<Segment> realign(List<Segment> names, int count) {
    if (names.size() > count) {
      return names;
    }
    boolean one = names.size() == 1;
    if (one && names.get(0).start == realignedStart && names.get(0).end == realignedEnd) {
      return realigned;
    }
    List<Segment> out = new ArrayList<>();
    for (Segment seg : names) {
      List<Word> words = seg.words(text);
      int segStart = seg.start;
      for (int w = 1; w < words.size(); w++) {
        String before = words.get(w - 1).text;
        boolean inParentheses = before.startsWith("(") && !before.endsWith(")");
        if (startsKnownName(words, w) && !inParentheses) {
          out.add(new Segment(segStart, words.get(w - 1).end));
          segStart = words.get(w).start;
        }
      }
      out.add(new Segment(segStart, seg.end));
    }
    if (one) {
      realigned = out;
      realignedStart = names.get(0).start;
      realignedEnd = names.get(0).end;
    }
    return out;
  }

  /**
   * The names that {@link #realign} last split out of a single segment, and where that segment
   * starts and ends: a line of names tried as every name under a role is split again as the names
   * wrapped, to the same names, which its callers only read. None while {@code realignedStart} is
   * -1.
   */
  private List<Segment> realigned;

  private int realignedStart = -1;

  private int realignedEnd = -1;

  /**
   * Whether each name is a known institute's, word for word but for misread letters, a role in
   * brackets after it aside.
   */
  private boolean allKnownNames(List<Segment> names) {
    for (Segment name : names) {
      List<Word> words = name.words(text);
      int end = words.size();
      if (end > 0 && words.get(end - 1).text.endsWith(")")) {
        while (end > 0 && !words.get(end - 1).text.startsWith("(")) {
          end--;
        }
        end--; // the role's first word
      }
      boolean known = false;
      for (int k = 0; k < registry.size() && !known && end > 0; k++) {
        String[] expected = nameWords(k);
        known = end == expected.length && matches(words, 0, expected, 0, end);
      }
      if (!known) {
        return false;
      }
    }
    return true;
  }

  /** Whether a known name's first three words (or all, if fewer) start at {@code at}. */
  private boolean startsKnownName(List<Word> words, int at) {
    for (int k = 0; k < registry.size(); k++) {
      String[] nameWords = nameWords(k);
      int need = Math.min(3, nameWords.length);
      if (nameWords.length < 2 || at + need > words.size()) {
        continue;
      }
      int same = 0;
      while (same < need && similar(words.get(at + same).text, nameWords[same])) {
        same++;
      }
      if (same == need) {
        return true;
      }
    }
    return false;
  }

  private Institute correctAbbreviation(Word abbr) {
    Institute known = nearestAbbreviation(abbr.text);
    if (known != null && !known.abbreviation().equals(abbr.text)) {
      sink.report(
          DiagnosticCode.INSTITUTE_CORRECTED,
          abbr.start,
          abbr.end,
          "corrected the misread institute abbreviation \""
              + abbr.text
              + "\" to \""
              + known.abbreviation()
              + "\"");
    }
    return known;
  }

  /**
   * The known institute whose abbreviation is the printed one, or one letter from it once the
   * letters and digits that extraction takes for capitals are read as them ({@code l} and {@code 1}
   * for I, {@code 0} for O, {@code 5} for S); or null.
   */
  private Institute nearestAbbreviation(String printed) {
    for (Institute known : registry) {
      if (known.abbreviation().equals(printed)) {
        return known;
      }
    }
    Institute best = null;
    int bestScore = Integer.MAX_VALUE;
    String upper = printed.toUpperCase(Locale.ROOT);
    String read = asCapitals(printed, upper);
    // only a score of 3 or less is near enough, which needs one of the two a letter apart or
    // nearer: each is told as 0, 1, or 2 for farther
    boolean lookAlikes = !read.equals(upper);
    for (Institute known : registry) {
      int asPrinted = Words.distance(upper, known.abbreviation(), 1);
      int asRead = lookAlikes ? Words.distance(read, known.abbreviation(), 1) : asPrinted;
      // the fewer letters apart, and of two as near, the one near without look-alikes read
      int score = 2 * Math.min(asPrinted, asRead) + (asRead < asPrinted ? 1 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = known;
      }
    }
    return bestScore <= 3 ? best : null;
  }

  /**
   * An abbreviation in capitals, its look-alike letters and digits read as the capitals, from the
   * abbreviation as printed and in capitals ({@code upper}).
   */
  private static String asCapitals(String printed, String upper) {
    if (upper.length() != printed.length()) {
      return upper; // a letter whose capital is two letters: no look-alike of an ASCII capital
    }
    char[] c = upper.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] =
          switch (c[i]) {
            case 'L', '1', '|' -> printed.charAt(i) == 'L' ? 'L' : 'I';
            case '0' -> 'O';
            case '5' -> 'S';
            default -> c[i];
          };
    }
    return new String(c);
  }

  /**
   * The institute of an abbreviation and the name printed for it, if any; the role in brackets that
   * closes the name, else the one printed beside the abbreviation ({@code abbreviationRole}), is
   * its role.
   */
  private Institute institute(
      Institute known, Word abbr, Segment segment, String abbreviationRole) {
    String role = abbreviationRole;
    int nameEnd = segment != null ? segment.end : 0;
    if (segment != null) {
      int close = nameEnd - 1;
      if (text.charAt(close) == ')') {
        int open = text.lastIndexOf('(', close);
        if (open >= segment.start) {
          String printed = role(open + 1, close, true);
          nameEnd = open;
          role = printed.isEmpty() ? role : printed;
        }
      }
    }
    if (segment == null || !hasText(segment.start, nameEnd)) {
      if (known != null) {
        return withRole(known, role);
      }
      sink.report(
          DiagnosticCode.UNKNOWN_INSTITUTE,
          abbr.start,
          abbr.end,
          "kept the unknown institute \"" + abbr.text + "\", whose name was not found");
      return withRole(abbr.text, abbr.text, role);
    }
    return institute(known, abbr, wordsBefore(segment, nameEnd), segment.start, nameEnd, role);
  }

  /**
   * The words of {@code segment} before {@code end}, where its name ends: the segment's own words,
   * or those before the word that {@code end} opens (the role in brackets after the name); else
   * {@code text[segment.start, end)} split.
   */
  private List<Word> wordsBefore(Segment segment, int end) {
    List<Word> words = segment.words(text);
    if (end == segment.end) {
      return words;
    }
    for (int i = 0; i < words.size() && words.get(i).start <= end; i++) {
      if (words.get(i).start == end) {
        return words.subList(0, i);
      }
    }
    return Words.split(text, segment.start, end);
  }

  /**
   * The institute of an abbreviation and the words {@code printed} of its name, which stand in
   * {@code [start, end)}, with the role {@code role}, or none where null.
   */
  private Institute institute(
      Institute known, Word abbr, List<Word> printed, int start, int end, String role) {
    String abbreviation = known != null ? known.abbreviation() : abbr.text;
    boolean byName = known == null;
    if (byName) {
      known = byName(printed);
    }
    if (known == null) {
      sink.report(
          DiagnosticCode.UNKNOWN_INSTITUTE,
          abbr.start,
          abbr.end,
          "kept the institute \"" + abbr.text + "\", which is not among the known institutes");
      return withRole(abbreviation, Words.join(printed, 0, printed.size()), role);
    }
    int index = indexOf(known); // known comes from the registry
    String[] expected = index >= 0 ? nameWords(index) : known.name().split(" ");
    int offset = bestOffset(printed, expected);
    if (offset < 0) {
      sink.report(
          DiagnosticCode.UNKNOWN_INSTITUTE,
          start,
          end,
          "kept the institute name as printed, which does not match \"" + known.name() + "\"");
      return withRole(abbreviation, Words.join(printed, 0, printed.size()), role);
    }
    if (offset > 0) {
      sink.report(
          DiagnosticCode.STRAY_TEXT_DROPPED,
          printed.get(0).start,
          printed.get(offset - 1).end,
          "dropped stray glyphs "
              + Sink.quote(text.substring(printed.get(0).start, printed.get(offset - 1).end))
              + " before the name of "
              + known.abbreviation());
    }
    for (int i = 0; i < expected.length && offset + i < printed.size(); i++) {
      Word w = printed.get(offset + i);
      // a ligature written out or a character that prints nothing is no misread
      if (!Chars.printed(w.text).equals(expected[i])) {
        sink.report(
            DiagnosticCode.INSTITUTE_CORRECTED,
            w.start,
            w.end,
            "corrected the misread \""
                + w.text
                + "\" to \""
                + expected[i]
                + "\" in the name of "
                + known.abbreviation());
      }
    }
    for (int i = offset + expected.length; i < printed.size(); i++) {
      Word w = printed.get(i);
      sink.report(
          DiagnosticCode.STRAY_TEXT_DROPPED,
          w.start,
          w.end,
          "dropped stray glyphs \"" + w.text + "\" after the name of " + known.abbreviation());
    }
    return byName ? withRole(abbreviation, known.name(), role) : withRole(known, role);
  }

  private Institute byName(List<Word> printed) {
    for (int k = 0; k < registry.size(); k++) {
      if (bestOffset(printed, nameWords(k)) >= 0) {
        return registry.get(k);
      }
    }
    return null;
  }

  /** Where in the printed words the expected name starts, allowing misread letters; or -1. */
  private static int bestOffset(List<Word> printed, String[] expected) {
    for (int offset = 0; offset <= Math.min(3, printed.size() - 1); offset++) {
      int good = 0;
      int compared = 0;
      for (int i = 0; i < expected.length && offset + i < printed.size(); i++) {
        compared++;
        if (similar(printed.get(offset + i).text, expected[i])) {
          good++;
        } else if ((compared - good) * 4 > expected.length) {
          break; // more than a quarter missed: three quarters can no longer be good
        }
      }
      if (compared >= Math.min(expected.length, 2)
          && good * 4 >= expected.length * 3
          && printed.size() - offset <= expected.length + 1) {
        return offset;
      }
    }
    return -1;
  }

  private static boolean similar(String word, String expected) {
    String printed = Chars.printed(word);
    if (printed.equalsIgnoreCase(expected)) {
      return true;
    }
    int allowed = expected.length() <= 3 ? 0 : expected.length() <= 6 ? 1 : 2;
    // no misread letter allowed: only the same word would do, and it is not
    return allowed > 0 && Words.distance(printed, expected, allowed) <= allowed;
  }

  /**
   * A known institute, its name and role as printed ({@link #withRole}): with no role that prints,
   * the one made for the registry.
   */
  private Institute withRole(Institute known, String role) {
    int k = indexOf(known);
    if (k < 0 || plain[k] == null || (role != null && !Chars.printed(role).isBlank())) {
      return withRole(known.abbreviation(), known.name(), role);
    }
    return plain[k];
  }

  /** An institute, its name and role as printed ({@link Chars#printed}). */
  private static Institute withRole(String abbreviation, String name, String role) {
    String printed = Chars.printed(name);
    String printedRole = role == null ? "" : Chars.printed(role);
    // a name of nothing but characters that print nothing is no name: the abbreviation stands for
    // it
    printed = printed.isBlank() ? Chars.printed(abbreviation) : printed;
    return printedRole.isBlank()
        ? Institute.of(abbreviation, printed)
        : Institute.of(abbreviation, printed, printedRole);
  }

  /** A member of the staff, the name as printed ({@link Chars#printed}). */
  private static Person person(String name) {
    return person(name, null);
  }

  /**
   * A member of the staff and their role, as printed ({@link Chars#printed}); null where the name
   * prints nothing, and no role where the role prints nothing.
   */
  private static Person person(String name, String role) {
    String printed = Chars.printed(name);
    if (printed.isBlank()) {
      return null;
    }
    String printedRole = role == null ? "" : Chars.printed(role);
    return printedRole.isBlank() ? Person.of(printed) : Person.of(printed, printedRole);
  }

  /** Adds a member of the staff from {@link #person}, unless there is none. */
  private static void add(List<Person> people, Person person) {
    if (person != null) {
      people.add(person);
    }
  }

  // ---------------------------------------------------------------- staff

  /**
   * Returns the index of the first label in [from, to) and sets {@code out} to [labelStart,
   * valueStart]; or -1. Only where "Ed" or "On" stands, in any case, as every label opens, is a
   * label looked for: each character and the next are told as one pair, in lower case.
   */
  private int nextLabel(int from, int to, int[] out) {
    // E, D, O and N in lower case, and no other character as them
    int next = from + 1 < to ? text.charAt(from) | 0x20 : 0;
    for (int p = from; p + 1 < to; p++) {
      int pair = next << 16;
      next = text.charAt(p + 1) | 0x20;
      pair |= next;
      int label = pair == ED || pair == ON ? labelAt(p, to, out) : -1;
      if (label >= 0) {
        return label;
      }
    }
    return -1;
  }

  /** "ed" as {@link #nextLabel} pairs two characters: the first in the high half. */
  private static final int ED = 'e' << 16 | 'd';

  /** "on" as {@link #nextLabel} pairs two characters. */
  private static final int ON = 'o' << 16 | 'n';

  /** Returns the index of the label at p and sets {@code out} to [labelStart, valueStart]. */
  private int labelAt(int p, int to, int[] out) {
    // every label starts "Ed" or "On", in any case: most letters of the staff line start neither
    if (p + 1 >= to) {
      return -1;
    }
    char c = text.charAt(p);
    char d = text.charAt(p + 1);
    if (!(((c == 'E' || c == 'e') && (d == 'D' || d == 'd'))
        || ((c == 'O' || c == 'o') && (d == 'N' || d == 'n')))) {
      return -1;
    }
    for (int i = 0; i < LABELS.length; i++) {
      String label = LABELS[i];
      if ((label.charAt(0) | 0x20) != (c | 0x20)) {
        continue; // a label that opens with the other letter
      }
      // the first word's last letter first: the labels that open alike part there (the rest of a
      // label of several words may hold more spaces than one, and is compared a character at a
      // time)
      int w = FIRST_WORDS[i];
      boolean firstWord = p + w <= to && sameLetter(text.charAt(p + w - 1), label.charAt(w - 1));
      int q = firstWord ? labelEnd(p, label, to) : -1;
      if (q >= 0) {
        while (q < to && Chars.isSpace(text.charAt(q))) {
          q++;
        }
        if (q < to && Chars.isColon(text.charAt(q))) {
          out[0] = p;
          out[1] = q + 1;
          return i;
        }
        boolean lineEnd =
            q < to && (text.charAt(q) == '\n' || text.charAt(q) == '\r' || text.charAt(q) == '\t');
        if (i == LABELS.length - 1 && !(lineEnd && aloneOnItsLine(p, q))) {
          continue; // "Editor" without a colon is a word, not a label, but alone on its line
        }
        if (lineEnd) {
          out[0] = p;
          out[1] = q;
          return i;
        }
      }
    }
    return misreadLabelAt(p, to, out);
  }

  /** The most characters from a misread label's start to its colon. */
  private static final int MISREAD_LABEL_CHARS = 32;

  /**
   * The index of the label at {@code p} that a letter misread, added or left out parts from the
   * text before a colon on the line ({@code Editoria1 Board:}, {@code OnIine Publisher:}), or -1; a
   * label of one word ({@code Editor}) only where a letter is read as one alike ({@code Edltor}).
   */
  /** Whether {@code read} is {@code label} with one letter left out, but not its first. */
  private static boolean leftOut(String read, String label) {
    if (read.length() != label.length() - 1
        || read.isEmpty()
        || read.charAt(0) != label.charAt(0)) {
      return false;
    }
    int i = 0;
    while (i < read.length() && read.charAt(i) == label.charAt(i)) {
      i++;
    }
    return read.regionMatches(i, label, i + 1, read.length() - i);
  }

  private int misreadLabelAt(int p, int to, int[] out) {
    char first = text.charAt(p);
    if (first != 'E' && first != 'O') {
      return -1; // a label opens with a capital, and "ed" and "on" end many words
    }
    int limit = Math.min(to, p + MISREAD_LABEL_CHARS);
    int colon = p;
    while (colon < limit && !Chars.isColon(text.charAt(colon)) && text.charAt(colon) != '\n') {
      colon++;
    }
    if (colon >= limit || !Chars.isColon(text.charAt(colon))) {
      return -1;
    }
    StringBuilder printed = new StringBuilder(colon - p);
    for (int i = p; i < colon; i++) {
      char c = text.charAt(i);
      if (!Chars.isBlank(c)) {
        printed.append(Character.toLowerCase(c));
      } else if (printed.length() > 0 && printed.charAt(printed.length() - 1) != ' ') {
        printed.append(' ');
      }
    }
    String read = printed.toString().strip();
    // "rn" for "m", the commonest misreading of text recognition: Cornmittee
    String rn = read.indexOf("rn") < 0 ? read : read.replace("rn", "m");
    for (int i = 0; i < LABELS.length; i++) {
      String label = LABELS[i].toLowerCase(Locale.ROOT);
      if (label.indexOf(' ') > 0
          ? Words.distance(read, label, 1) == 1
              || (rn.length() < read.length() && Words.distance(rn, label, 1) <= 1)
          : lookAlike(read, label) || leftOut(read, label)) {
        out[0] = p;
        out[1] = colon + 1;
        return i;
      }
    }
    return -1;
  }

  /** Whether two strings of a length differ only in letters that text recognition confuses. */
  private static boolean lookAlike(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y
          && !(ONE_LIKE.indexOf(x) >= 0 && ONE_LIKE.indexOf(y) >= 0)
          && !(ZERO_LIKE.indexOf(x) >= 0 && ZERO_LIKE.indexOf(y) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** The characters that text recognition reads for one another, in lower case. */
  private static final String ONE_LIKE = "1li|!";

  private static final String ZERO_LIKE = "0o";

  /** Whether {@code text[p, q)} stands alone on its line, blanks aside. */
  private boolean aloneOnItsLine(int p, int q) {
    int s = p;
    while (s > 0 && Chars.isSpace(text.charAt(s - 1))) {
      s--;
    }
    return (s == 0 || text.charAt(s - 1) == '\n' || text.charAt(s - 1) == '\r')
        && text.charAt(q) != '\t';
  }

  /**
   * Where {@code label} ends that stands at {@code p}, before {@code to}, in any case, with any
   * spaces between its words (a no-break space, two spaces in {@code Editorial Board}); or -1.
   */
  private int labelEnd(int p, String label, int to) {
    int i = p;
    boolean wrapped = false;
    for (int k = 0; k < label.length(); k++) {
      char want = label.charAt(k);
      if (want == ' ') {
        // blanks, and one line end where a narrow sidebar wraps the label (Editorial / Committee:)
        int lineEnd = i < to ? Chars.lineBreakLength(text, i, to) : 0;
        if (lineEnd > 0 && !wrapped) {
          wrapped = true;
          i += lineEnd - 1;
        } else if (i >= to || !Chars.isSpace(text.charAt(i))) {
          return -1;
        }
        while (i + 1 < to && Chars.isSpace(text.charAt(i + 1))) {
          i++;
        }
      } else if (i >= to || !sameLetter(text.charAt(i), want)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * Whether {@code c} is {@code want}, a letter of a label, in either case: an ASCII character
   * where it or its other case is the letter; any other where {@link Character#toLowerCase} makes
   * it the letter in lower case ({@code İ} for {@code i}).
   */
  private static boolean sameLetter(char c, char want) {
    if (c < 0x80) {
      return (c | 0x20) == (want | 0x20);
    }
    return Character.toLowerCase(c) == Character.toLowerCase(want);
  }

  private void readStaff(int from, int to) {
    sink.field("staff", from, to);
    List<int[]> found = new ArrayList<>(); // label index, label start, value start
    int[] pos = new int[2];
    for (int label = nextLabel(from, to, pos); label >= 0; label = nextLabel(pos[1], to, pos)) {
      if (found.isEmpty() || modifierBefore(pos[0]) < 0) {
        // Managing Editor: another post, which the post before takes in as a label not known
        found.add(new int[] {label, pos[0], pos[1]});
      }
    }
    for (int i = 0; i < found.size(); i++) {
      int[] f = found.get(i);
      if (labelEnd(f[1], LABELS[f[0]], f[2]) < 0) {
        int colon = f[2] - 1;
        sink.report(
            DiagnosticCode.LABEL_CORRECTED,
            f[1],
            f[2],
            "read the misread staff label "
                + Sink.quote(text.substring(f[1], colon))
                + " as \""
                + LABELS[f[0]]
                + "\"");
      }
      int valueEnd = i + 1 < found.size() ? found.get(i + 1)[1] : to;
      int logos = strayAbbreviations(f[2], valueEnd);
      if (logos >= 0) {
        readInstitutes(logos, valueEnd);
        valueEnd = logos;
      }
      valueEnd = withoutPageNumber(f[2], valueEnd);
      int unknown = unknownLabel(f[2], valueEnd);
      post(f[0], f[1], f[2], unknown < 0 ? valueEnd : unknown);
      if (unknown >= 0) {
        sink.report(
            DiagnosticCode.UNKNOWN_MASTHEAD_TEXT,
            unknown,
            valueEnd,
            "dropped a staff post under a label that is not known: "
                + Sink.quote(text.substring(unknown, valueEnd).trim()));
      }
    }
  }

  /**
   * Where a line of known institutes' abbreviations starts after a blank line in a post's value
   * [from, to), as extraction sets a logo that stands under the sidebar after the staff ({@code
   * President, JIIA} / blank / {@code RIPS}); or -1. The set of institutes is closed, so no such
   * line names a member of the staff; a line under one that ends in a comma goes on with it.
   */
  private int strayAbbreviations(int from, int to) {
    Source src = sink.src;
    boolean blank = false;
    int before = -1; // the end of the last line with text
    for (int l = src.lineOf(from); l < src.lineCount && src.starts[l] < to; l++) {
      int s = Math.max(src.starts[l], from);
      int e = Math.min(src.ends[l], to);
      if (!hasText(s, e)) {
        blank = true;
        continue;
      }
      if (blank && before >= 0 && !endsInComma(before) && isKnownAbbreviationLine(s, e)) {
        return s;
      }
      blank = false;
      before = e;
    }
    return -1;
  }

  /** Whether the text before {@code e} ends in a comma, blanks after it. */
  private boolean endsInComma(int e) {
    int p = e;
    while (p > 0 && Chars.isBlank(text.charAt(p - 1))) {
      p--;
    }
    return p > 0 && text.charAt(p - 1) == ',';
  }

  /**
   * The end of a post's value [from, to) without the page number on a line of its own that closes
   * it, as tools that read the first page's sidebar first give it under the publisher's title, or
   * at the end of the value's last line after a tab or two blanks or more ({@code President, JIIA
   * 1}), as tools that read the page's text in the order of its content give it; reports the
   * number.
   */
  private int withoutPageNumber(int from, int to) {
    int e = to;
    while (e > from && Chars.isBlank(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > from && s > e - 17 && text.charAt(s - 1) != '\n' && text.charAt(s - 1) != '\r') {
      s--;
    }
    if (s == e || s == from || !Chars.isPageNumber(text, s, e)) {
      s = numberAfterGap(from, e);
      if (s < 0) {
        return to;
      }
    }
    sink.report(
        DiagnosticCode.PAGE_FURNITURE_DROPPED,
        s,
        e,
        "dropped the page number " + Sink.quote(text.substring(s, e)) + " under the masthead");
    return s;
  }

  /**
   * Where a page number starts that ends {@code [from, e)} after a tab or two blanks or more, text
   * before them on its line; or -1. A page number holds a digit: where the characters it may start
   * after hold none, as after most titles ({@code President, JIIA}), there is none.
   */
  private int numberAfterGap(int from, int e) {
    int first = Math.max(from + 1, e - 16);
    if (!holdsDigit(first, e)) {
      return -1;
    }
    for (int s = first; s < e; s++) {
      char before = text.charAt(s - 1);
      if ((before == ' ' || before == '\t')
          && !Chars.isBlank(text.charAt(s))
          && Chars.isPageNumber(text, s, e)) {
        int gap = s;
        while (gap > from && (text.charAt(gap - 1) == ' ' || text.charAt(gap - 1) == '\t')) {
          gap--;
        }
        boolean wide = s - gap >= 2 || before == '\t';
        return wide && gap > from && !Chars.isBlank(text.charAt(gap - 1)) ? s : -1;
      }
    }
    return -1;
  }

  /** Whether {@code text[from, to)} holds an ASCII digit. */
  private boolean holdsDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a label that is none of {@link #LABELS} starts in a post's value [from, to), as the staff
   * line glues it ("Taizo YakushijiPublisher:"): the words before a colon, from where a capital
   * follows a lower-case letter with no space between, or else the one word before the colon; -1
   * when the value holds no colon.
   */
  private int unknownLabel(int from, int to) {
    int colon = from;
    while (colon < to && !Chars.isColon(text.charAt(colon))) {
      colon++;
    }
    if (colon == to) {
      return -1;
    }
    int start = colon;
    int glue = -1;
    while (start > from
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == ' ')) {
      start--;
      if (glue < 0
          && start > from
          && Character.isUpperCase(text.charAt(start))
          && Character.isLowerCase(text.charAt(start - 1))) {
        glue = start;
      }
    }
    if (glue >= 0) {
      return glue;
    }
    while (start < colon && text.charAt(start) == ' ') {
      start++;
    }
    if (start < colon && (start == 0 || text.charAt(start - 1) == '\n')) {
      return start; // the label opens its line: every word of it before the colon
    }
    int word = colon;
    while (word > from && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    int modifier = modifierBefore(word);
    return modifier >= from ? modifier : word;
  }

  /** The words that make a post of another before a label: Managing Editor, Deputy Editor. */
  private static final Set<String> POST_MODIFIERS =
      Set.of(
          "acting",
          "assistant",
          "associate",
          "chief",
          "consulting",
          "contributing",
          "deputy",
          "executive",
          "managing",
          "senior");

  /**
   * Where the word before {@code at} on its line starts, one of {@link #POST_MODIFIERS} ({@code
   * Managing} before {@code Editor:}), blanks between them; or -1.
   */
  private int modifierBefore(int at) {
    int e = at;
    while (e > 0 && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s == e || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
      return -1;
    }
    // glued to the name before it (Taizo YakushijiManaging Editor:): from its capital
    int capital = e - 1;
    while (capital > s && !Character.isUpperCase(text.charAt(capital))) {
      capital--;
    }
    String word = text.substring(capital, e).toLowerCase(Locale.ROOT);
    return POST_MODIFIERS.contains(word) ? capital : -1;
  }

  private void post(int label, int labelStart, int from, int to) {
    String name = LABELS[label];
    if (label == 3) {
      Person publisher = onlinePublisher(from, to);
      if (publisher != null && hasPublisher) {
        sink.report(
            DiagnosticCode.UNKNOWN_MASTHEAD_TEXT,
            labelStart,
            to,
            "a second \"" + name + "\" post is dropped; the masthead has one");
      } else if (publisher != null) {
        masthead.onlinePublisher(publisher);
        hasPublisher = true;
      }
      return;
    }
    List<Person> people = names(from, to);
    if (people.isEmpty()) {
      sink.report(
          DiagnosticCode.MISSING_FIELD, labelStart, to, "the post \"" + name + "\" names nobody");
      return;
    }
    switch (label) {
      case 0 -> masthead.addAllEditorialAdvisoryBoard(people);
      case 1 -> masthead.addAllEditorialCommittee(people);
      case 2 -> masthead.addAllEditorialBoard(people);
      default -> {
        if (hasEditor) {
          // a second editor post is kept on the board rather than lost
          sink.report(
              DiagnosticCode.UNKNOWN_MASTHEAD_TEXT,
              labelStart,
              to,
              "a second \"" + name + "\" post; its names are kept on the editorial board");
          masthead.addAllEditorialBoard(people);
          return;
        }
        masthead.editor(people.get(0));
        hasEditor = true;
        if (people.size() > 1) {
          // one editor is printed; a second name is kept on the board rather than lost
          masthead.addAllEditorialBoard(people.subList(1, people.size()));
        }
      }
    }
  }

  private Person onlinePublisher(int from, int to) {
    List<String> words = tokens(from, to);
    if (words.isEmpty()) {
      return null;
    }
    int titleAt = -1;
    for (int i = 1; i < words.size() && titleAt < 0; i++) {
      String w = strip(words.get(i));
      if (w.startsWith("(")) {
        w = w.substring(1); // the title in brackets: Yoshiji Nogami (President, JIIA)
      }
      for (String t : TITLE_WORDS) {
        if (w.equals(t)) {
          titleAt = i;
          break;
        }
      }
      if (titleAt < 0 && words.get(i - 1).endsWith(",")) {
        titleAt = i;
      }
    }
    if (titleAt < 0 && words.size() > 2) {
      titleAt = 2;
    }
    if (titleAt > 1 && words.get(titleAt - 1).equals("(")) {
      titleAt--; // a bracket that extraction parted from the title: ( President, JIIA )
    }
    if (titleAt < 0) {
      String name = strip(String.join(" ", words));
      return name.isEmpty() ? null : person(name);
    }
    String personName = strip(String.join(" ", words.subList(0, titleAt)));
    if (personName.isEmpty()) {
      return null; // only punctuation where the name should be: no publisher, as when empty
    }
    String title = String.join(" ", words.subList(titleAt, words.size())).trim();
    if (title.startsWith("(") && title.endsWith(")") && title.indexOf(')') == title.length() - 1) {
      title = title.substring(1, title.length() - 1).trim();
    }
    if (title.endsWith(".") && !title.endsWith("..")) {
      title = title.substring(0, title.length() - 1);
    }
    return title.isBlank() ? person(personName) : person(personName, title);
  }

  /**
   * Splits a list of names, separated by commas, line ends or tabs, or only by spaces. In a list
   * whose names are parted by commas or semicolons, a line end that follows none is where the
   * sidebar wrapped a name ({@code Hiroyasu Akutsu, Tsutomu} / {@code Kikuchi, Naoko Saiki}) and
   * parts nothing.
   */
  private List<Person> names(int from, int to) {
    List<Person> people = new ArrayList<>();
    boolean commaList = hasListComma(from, to);
    int pieceStart = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : '\n';
      if (commaList && i < to && (c == '\n' || c == '\r') && !afterListComma(from, i)) {
        continue; // a wrap inside a name or between a name's words
      }
      boolean separator = isNameSeparator(c);
      // "and" before a list's last name, on its line or the next: "Naoko Saiki and" / "Taizo"
      boolean andSeparator =
          (c == ' ' || separator)
              && i + 4 <= to
              && text.startsWith("and", i + 1)
              && (i + 4 == to || text.charAt(i + 4) == ' ' || isNameSeparator(text.charAt(i + 4)));
      boolean spacedSeparator =
          isSpacedNameSeparator(c)
              && i > from
              && i + 1 < to
              && text.charAt(i - 1) == ' '
              && text.charAt(i + 1) == ' ';
      if (separator || spacedSeparator || andSeparator) {
        piece(pieceStart, i, people);
        pieceStart = andSeparator ? i + 4 : i + 1;
        if (andSeparator) {
          i += 3;
        }
      }
    }
    return people;
  }

  /** Whether {@code text[from, to)} holds a comma or a semicolon outside brackets. */
  private boolean hasListComma(int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if ((c == ',' || c == ';') && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line end at {@code at} follows a comma or a semicolon, blanks between, or nothing
   * but blanks since {@code from}.
   */
  private boolean afterListComma(int from, int at) {
    int p = at;
    while (p > from && Chars.isBlank(text.charAt(p - 1))) {
      p--;
    }
    return p == from || text.charAt(p - 1) == ',' || text.charAt(p - 1) == ';';
  }

  /**
   * Whether a character parts the names of a list: a comma, a semicolon, a line end, a tab, the
   * katakana middle dot.
   */
  private static boolean isNameSeparator(char c) {
    // a letter, as most characters of a list are, comes after each but the middle dot
    if (c > ';') {
      return c == '\u30FB';
    }
    return c == ',' || c == ';' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * Whether a character parts the names of a list where a space stands on either side of it: a
   * slash, a bar, a middle dot, a bullet ({@code Masashi Nishihara / Naoko Saiki}).
   */
  private static boolean isSpacedNameSeparator(char c) {
    return c == '/' || c == '|' || c == '\u00B7' || c == '\u2022';
  }

  /**
   * A staff role as printed, or the board's chair where a letter of {@code Chair} is misread
   * ({@code Chalr}), reported where it stands in {@code text[from, to)}.
   */
  private String knownRole(String role, int from, int to) {
    if (role.equals(CHAIR) || role.length() < 4 || Words.distance(role, CHAIR, 1) > 1) {
      return role;
    }
    int at = text.indexOf("(" + role, from);
    if (at >= 0 && at < to) {
      sink.report(
          DiagnosticCode.LABEL_CORRECTED,
          at + 1,
          at + 1 + role.length(),
          "read the misread role " + Sink.quote(role) + " as \"" + CHAIR + "\"");
    }
    return CHAIR;
  }

  /** The role that the masthead prints after the first name of the advisory board. */
  private static final String CHAIR = "Chair";

  private void piece(int from, int to, List<Person> people) {
    List<String> words = tokens(from, to);
    List<String> current = new ArrayList<>();
    int full = 0;
    for (String t : words) {
      if (t.startsWith("(") && t.endsWith(")") && !t.substring(1, t.length() - 1).isBlank()) {
        String role = knownRole(t.substring(1, t.length() - 1), from, to);
        if (!current.isEmpty()) {
          add(people, person(String.join(" ", current), role));
          current.clear();
          full = 0;
        } else if (!people.isEmpty()) {
          Person last = people.remove(people.size() - 1);
          add(people, person(last.name(), role));
        }
        continue;
      }
      boolean minor = isInitial(t) || (!t.isEmpty() && Character.isLowerCase(t.charAt(0)));
      current.add(t);
      if (!minor) {
        full++;
      }
      if (full == 2 && words.size() > 3) {
        String name = strip(String.join(" ", current));
        if (!name.isEmpty()) {
          add(people, person(name));
        }
        current.clear();
        full = 0;
      }
    }
    if (!current.isEmpty()) {
      String rest = strip(String.join(" ", current));
      if (!rest.isEmpty()) {
        if (full == 1 && !people.isEmpty() && words.size() > 3) {
          // a lone word after pairs belongs to the name before it (a three-word name)
          Person last = people.remove(people.size() - 1);
          add(people, person(last.name() + " " + rest, last.role().orElse(null)));
        } else {
          add(people, person(rest));
        }
      }
    }
  }

  /**
   * The texts of the words of {@code text[from, to)} ({@link Words#split}), a role in brackets
   * glued to a name parted from it, as extraction glues the fields of a line: {@code
   * (Chair)Masashi} is {@code (Chair)} and {@code Masashi}, {@code Watanabe(Chair)} is {@code
   * Watanabe} and {@code (Chair)}; and two words glued where a name's line ended, a capital after a
   * lower-case letter: {@code NishiharaTaizo} is {@code Nishihara} and {@code Taizo}, {@code
   * SasaePresident} is {@code Sasae} and {@code President}.
   */
  private List<String> tokens(int from, int to) {
    // the words' texts are cut out of their spans: a word's offsets are not needed here
    Words.Spans spans = Words.spans(text, from, to);
    List<String> out = new ArrayList<>(spans.size);
    for (int k = 0; k < spans.size; k++) {
      // each word's text as Words.split cuts it out: a zero-width space is no part of a word,
      // unless the word holds nothing else
      String t = text.substring(spans.starts[k], spans.ends[k]);
      if (t.indexOf('\u200B') >= 0) {
        String kept = t.replace("\u200B", "");
        t = kept.isEmpty() ? t : kept;
      }
      if (printsNothing(t)) {
        continue; // a byte-order mark or a zero-width space alone: it prints nothing
      }
      int glued = gluedCapital(t);
      while (glued > 0) {
        out.add(t.substring(0, glued));
        t = t.substring(glued);
        glued = gluedCapital(t);
      }
      int open = t.indexOf('(');
      int close = open < 0 ? -1 : t.indexOf(')', open);
      // a role in capitalised brackets, and a capital or nothing after it: Watanabe(Chair),
      // (Chair)Masashi, Watanabe(Chair)Masashi
      boolean role = close > open + 1 && Character.isUpperCase(t.charAt(open + 1));
      boolean after = role && close + 1 < t.length() && Character.isUpperCase(t.charAt(close + 1));
      boolean before = role && open > 0 && (close == t.length() - 1 || after);
      if (!before && !after) {
        out.add(t);
        continue;
      }
      if (before && !Chars.printed(t.substring(0, open)).isEmpty()) {
        out.add(t.substring(0, open));
      }
      out.add(t.substring(open, close + 1));
      if (after && !Chars.printed(t.substring(close + 1)).isEmpty()) {
        out.add(t.substring(close + 1));
      }
    }
    return out;
  }

  /**
   * Whether {@code t} prints nothing ({@link Chars#printed} is empty): each of its characters is
   * one that prints nothing, as a ligature prints its letters; told from its first character most
   * often.
   */
  private static boolean printsNothing(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Chars.isInvisible(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a capital after a lower-case letter opens a second word glued to the first, which opens
   * with a capital and has three letters or more, the capital of a {@code Mc} or {@code Mac} name
   * aside ({@code McDonald}); or 0.
   */
  private static int gluedCapital(String t) {
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return 0;
    }
    // the capital of a Mac name is its own: MacArthur
    for (int i = t.startsWith("Mac") ? 4 : 3; i + 1 < t.length(); i++) {
      if (Character.isUpperCase(t.charAt(i))
          && Character.isLowerCase(t.charAt(i - 1))
          && Character.isLowerCase(t.charAt(i + 1))) {
        return i;
      }
    }
    return 0;
  }

  private static boolean isInitial(String t) {
    return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
  }

  private static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && (Character.isWhitespace(s.charAt(b)) || s.charAt(b) == ',')) {
      b++;
    }
    while (e > b
        && (Character.isWhitespace(s.charAt(e - 1))
            || s.charAt(e - 1) == ','
            || s.charAt(e - 1) == ';')) {
      e--;
    }
    return s.substring(b, e);
  }
}
