package io.github.ajiss4j.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a title printed in capitals into title case, spelling each word as the body spells it.
 *
 * <p>A word the body writes in capitals in mid-sentence stays an acronym ({@code NATO}); a word the
 * body capitalises in mid-sentence keeps that spelling ({@code Japan}, {@code McCain}); other words
 * are capitalised, except short function words inside the title ({@code of}, {@code the}).
 */
public final class TitleCase {

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
          "of", "on", "to", "via", "vs", "per", "from", "with", "into", "onto", "upon", "than");

  /** Acronyms common in the series, used when the body does not show how a word is written. */
  private static final Set<String> ACRONYMS =
      Set.of(
          "US", "USA", "UK", "UN", "EU", "NATO", "ASEAN", "APEC", "ROK", "DPRK", "PRC", "ROC",
          "SDF", "JSDF", "GSDF", "MSDF", "ASDF", "ODA", "WTO", "IMF", "TPP", "CPTPP", "RCEP", "FTA",
          "EPA", "FOIP", "AUKUS", "NPT", "IAEA", "ICBM", "BMD", "LDP", "DPJ", "CCP", "PLA", "SCO",
          "TICAD", "UNSC", "ARF", "EAS", "IPEF", "G7", "G8", "G20", "QUAD", "AI", "COVID", "UNCLOS",
          "ADMM", "EEZ", "ISAF", "NSC", "NSS", "OSCE", "OECD", "BRICS", "CTBT", "PKO", "MD", "MOU",
          "IT", "ICT", "GDP", "CO2", "SARS", "WHO", "USSR", "THAAD", "SLBM", "IRBM", "INF", "MDA",
          "WMD", "ISIS", "ABM", "SEATO", "ANZUS", "JIIA", "RIPS", "IIPS", "NPI", "AJISS");

  /** {@link Character#isLetterOrDigit(char)} of each ASCII character, looked up in one step. */
  private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
    }
  }

  private TitleCase() {}

  /** Whether a character belongs to a word: {@link Character#isLetterOrDigit(char)}. */
  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
  }

  /**
   * Whether a text is printed in capitals: it has letters and none of them is lower case.
   *
   * @param text the text
   * @return true for capitals
   */
  public static boolean isCapitals(CharSequence text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** How the words of a body are spelled in mid-sentence. Not thread-safe. */
  public static final class Forms {
    private final Map<String, Spelling> spellings = new HashMap<>();

    /** The lower-case words to record, or null for every word. */
    private final Set<String> wanted;

    /** The first characters of the {@link #wanted} words. */
    private final String wantedInitials;

    /**
     * The {@link #wanted} words by length, up to the longest word {@link #record} keeps, to match a
     * word in ASCII against them without cutting it out or putting it in lower case.
     */
    private final String[][] wantedByLength;

    /** The longest word whose spelling is recorded. */
    private static final int MAX_LENGTH = 40;

    /** Creates an empty record of the spellings of every word. */
    public Forms() {
      this.wanted = null;
      this.wantedInitials = null;
      this.wantedByLength = null;
    }

    /**
     * Creates an empty record of the spellings of the words of one title only: the words that
     * {@link TitleCase#apply} looks up for it. Any other word it could look up holds an apostrophe,
     * which no recorded word does.
     *
     * @param title the title that will be cased with these spellings
     */
    public Forms(CharSequence title) {
      Set<String> words = new HashSet<>();
      int n = title.length();
      int i = 0;
      while (i < n) {
        if (!Character.isLetterOrDigit(title.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < n && Character.isLetterOrDigit(title.charAt(i))) {
          i++;
        }
        words.add(title.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
      }
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        initials.append(w.charAt(0));
      }
      this.wanted = words;
      this.wantedInitials = initials.toString();
      List<List<String>> byLength = new ArrayList<>();
      for (int len = 0; len <= MAX_LENGTH; len++) {
        byLength.add(new ArrayList<>());
      }
      for (String w : words) {
        if (w.length() <= MAX_LENGTH) {
          byLength.get(w.length()).add(w);
        }
      }
      this.wantedByLength = new String[MAX_LENGTH + 1][];
      for (int len = 0; len <= MAX_LENGTH; len++) {
        wantedByLength[len] = byLength.get(len).toArray(new String[0]);
      }
    }

    /**
     * Whether a word that starts with {@code first} may be one of the wanted words, tested before
     * the word is cut out and put in lower case. A word's lower case starts with the lower case of
     * its first character (a word's first character is never a final sigma).
     */
    private boolean mayBeWanted(char first) {
      return wanted == null || wantedInitials.indexOf(Character.toLowerCase(first)) >= 0;
    }

    /**
     * Records the spelling of each word of a text.
     *
     * @param text running text
     */
    public void learn(CharSequence text) {
      int n = text.length();
      boolean sentenceStart = true;
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
          int start = i;
          boolean ascii = true;
          while (i < n && isWordChar(c = text.charAt(i))) {
            ascii &= c < 0x80;
            i++;
          }
          if (!sentenceStart && mayBeWanted(text.charAt(start))) {
            if (ascii && wanted != null) {
              recordAscii(text, start, i);
            } else {
              record(text.subSequence(start, i).toString());
            }
          }
          sentenceStart = false;
        } else {
          if (c == '.' || c == '?' || c == '!' || c == ':' || c == '\u2022') {
            sentenceStart = true;
          }
          i++;
        }
      }
    }

    /**
     * Does what {@link #record} does for a word of ASCII letters and digits when only some words
     * are wanted: an ASCII word's lower case is its own length with A-Z mapped to a-z, so it is
     * compared in place with the wanted words of its length, and cut out only when it is one.
     */
    private void recordAscii(CharSequence text, int start, int end) {
      int length = end - start;
      if (length > MAX_LENGTH) {
        return;
      }
      for (String key : wantedByLength[length]) {
        if (equalsLowerAscii(text, start, key)) {
          spellings.computeIfAbsent(key, k -> new Spelling()).addAscii(text, start, end);
          return;
        }
      }
    }

    private static boolean equalsLowerAscii(CharSequence text, int start, String lower) {
      for (int j = 0; j < lower.length(); j++) {
        char c = text.charAt(start + j);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c != lower.charAt(j)) {
          return false;
        }
      }
      return true;
    }

    private void record(String word) {
      if (word.length() > MAX_LENGTH) {
        return;
      }
      String key = word.toLowerCase(Locale.ROOT);
      if (wanted != null && !wanted.contains(key)) {
        return;
      }
      spellings.computeIfAbsent(key, k -> new Spelling()).add(word);
    }

    /**
     * The spelling the body uses for a word, when it shows one that is not plain lower case.
     *
     * @param word the word, in any case
     * @return the spelling, or null when the body writes it in lower case or not at all
     */
    String proper(String word) {
      Spelling s = spellings.get(word.toLowerCase(Locale.ROOT));
      if (s == null) {
        return null;
      }
      return s.lower >= s.capitals + s.capitalised + s.other ? null : s.best();
    }

    /**
     * Whether the body writes a word, in any spelling.
     *
     * @param word the word
     * @return true when known
     */
    boolean knows(String word) {
      return spellings.containsKey(word.toLowerCase(Locale.ROOT));
    }
  }

  private static final class Spelling {
    int lower;
    int capitals;
    int capitalised;
    int other;
    String capitalisedForm;
    String otherForm;
    String capitalsForm;

    void add(String w) {
      if (w.length() > 1 && isCapitals(w)) {
        capitals++;
        capitalsForm = w;
      } else if (w.equals(w.toLowerCase(Locale.ROOT))) {
        lower++;
      } else if (Character.isUpperCase(w.charAt(0))
          && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))) {
        capitalised++;
        capitalisedForm = w;
      } else {
        other++;
        otherForm = w;
      }
    }

    /**
     * Does what {@link #add} does for a word of ASCII letters and digits, in place: the word is cut
     * out of the text only when its form is kept and differs from the form kept before.
     */
    void addAscii(CharSequence text, int start, int end) {
      boolean upper = false;
      boolean lowerCase = false;
      boolean upperAfterFirst = false;
      for (int j = start; j < end; j++) {
        char c = text.charAt(j);
        if (c >= 'A' && c <= 'Z') {
          upper = true;
          upperAfterFirst |= j > start;
        } else if (c >= 'a' && c <= 'z') {
          lowerCase = true;
        }
      }
      if (end - start > 1 && upper && !lowerCase) {
        capitals++;
        capitalsForm = form(capitalsForm, text, start, end);
      } else if (!upper) {
        lower++;
      } else if (!upperAfterFirst) { // upper, so the first character is upper case
        capitalised++;
        capitalisedForm = form(capitalisedForm, text, start, end);
      } else {
        other++;
        otherForm = form(otherForm, text, start, end);
      }
    }

    /** The word, or {@code kept} when that is the same word, so that it is not cut out again. */
    private static String form(String kept, CharSequence text, int start, int end) {
      if (kept != null && kept.length() == end - start) {
        int j = 0;
        while (j < kept.length() && kept.charAt(j) == text.charAt(start + j)) {
          j++;
        }
        if (j == kept.length()) {
          return kept;
        }
      }
      return text.subSequence(start, end).toString();
    }

    String best() {
      if (capitals >= capitalised && capitals >= other) {
        return capitalsForm;
      }
      return capitalised >= other ? capitalisedForm : otherForm;
    }
  }

  /**
   * Turns a title into title case.
   *
   * @param title the title, usually in capitals
   * @param forms the spellings of the body
   * @return the title in title case
   */
  public static String apply(String title, Forms forms) {
    StringBuilder out = new StringBuilder(title.length());
    int n = title.length();
    // positions of word starts, to find the first and last word
    int i = 0;
    boolean first = true;
    while (i < n) {
      char c = title.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        if (c == ':' || c == '?' || c == '!' || c == '—' || c == '–') {
          first = true;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n
          && (Character.isLetterOrDigit(title.charAt(i)) || isApostropheInWord(title, i))) {
        i++;
      }
      String word = title.substring(start, i);
      boolean last = isLastWord(title, i);
      boolean afterHyphen =
          start > 0 && (title.charAt(start - 1) == '-' || title.charAt(start - 1) == '/');
      out.append(caseWord(word, forms, first, last, afterHyphen));
      first = false;
    }
    return out.toString();
  }

  private static boolean isApostropheInWord(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '’')
        && i > 0
        && i + 1 < s.length()
        && Character.isLetter(s.charAt(i - 1))
        && Character.isLetter(s.charAt(i + 1));
  }

  private static boolean isLastWord(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      if (Character.isLetterOrDigit(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static String caseWord(
      String word, Forms forms, boolean first, boolean last, boolean afterHyphen) {
    String suffix = "";
    String core = word;
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
    if (apostrophe > 0 && word.length() - apostrophe <= 3) {
      // JAPAN'S: the possessive keeps its lower case whatever the stem
      suffix = word.substring(apostrophe).toLowerCase(Locale.ROOT);
      core = word.substring(0, apostrophe);
    }
    if (!isCapitals(core) && !core.chars().allMatch(Character::isDigit)) {
      return word; // already in mixed case: keep as printed
    }
    String proper = forms.proper(core);
    if (proper != null) {
      return proper + suffix;
    }
    String upper = core.toUpperCase(Locale.ROOT);
    if (ACRONYMS.contains(upper) && !forms.knows(core)) {
      return upper + suffix;
    }
    if (core.chars().anyMatch(Character::isDigit)) {
      return core + suffix;
    }
    String lower = core.toLowerCase(Locale.ROOT);
    if (!first && !last && !afterHyphen && SMALL_WORDS.contains(lower)) {
      return lower + suffix;
    }
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + suffix;
  }
}
