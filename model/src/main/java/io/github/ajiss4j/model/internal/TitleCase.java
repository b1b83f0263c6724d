package io.github.ajiss4j.model.internal;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
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

  /**
   * The particles of names ({@code de Gaulle}, {@code von der Leyen}) that stay in lower case
   * inside a title where the body writes them so.
   */
  private static final Set<String> PARTICLES =
      Set.of("de", "der", "den", "van", "von", "du", "la", "le", "al", "da", "di", "bin", "ibn");

  /**
   * Acronyms that are English words too ({@code IT}, {@code WHO}): in capitals only where the body
   * writes them so, twice at least and a quarter as often as in lower case.
   */
  private static final Set<String> AMBIGUOUS_ACRONYMS = Set.of("IT", "WHO");

  /**
   * Acronyms common in the series, in capitals where the body does not show how a word is written
   * or shows it in capitals too; {@code US} always.
   */
  private static final Set<String> ACRONYMS =
      Set.of(
          "US", "USA", "UK", "UN", "EU", "NATO", "ASEAN", "APEC", "ROK", "DPRK", "PRC", "ROC",
          "SDF", "JSDF", "GSDF", "MSDF", "ASDF", "ODA", "WTO", "IMF", "TPP", "CPTPP", "RCEP", "FTA",
          "EPA", "FOIP", "PM", "AUKUS", "NPT", "IAEA", "ICBM", "BMD", "LDP", "DPJ", "CCP", "PLA",
          "SCO", "TICAD", "UNSC", "ARF", "EAS", "IPEF", "G7", "G8", "G20", "QUAD", "AI", "COVID",
          "UNCLOS", "ADMM", "EEZ", "ISAF", "NSC", "NSS", "OSCE", "OECD", "BRICS", "CTBT", "PKO",
          "MD", "MOU", "ICT", "GDP", "CO2", "SARS", "USSR", "THAAD", "SLBM", "IRBM", "INF", "MDA",
          "WMD", "ISIS", "ABM", "SEATO", "ANZUS", "JIIA", "RIPS", "IIPS", "NPI", "AJISS");

  /** {@link Character#isLetterOrDigit(char)} of each ASCII character, looked up in one step. */
  private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

  /** What {@link Forms#learn} sees in a character: a word's, a sentence end's, or neither. */
  private static final byte WORD = 1;

  private static final byte STOP = 2;

  /** {@link #WORD}, {@link #STOP} or 0 for each ASCII character, looked up in one step. */
  private static final byte[] ASCII_CLASSES = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
      ASCII_CLASSES[c] = ASCII_WORD_CHARS[c] ? WORD : isStop(c) ? STOP : 0;
    }
  }

  /** Whether a character ends a sentence, so that the next word opens one. */
  private static boolean isStop(char c) {
    return c == '.' || c == '?' || c == '!' || c == ':' || c == '\u2022';
  }

  private TitleCase() {}

  /**
   * Whether a character belongs to a word: {@link Character#isLetterOrDigit(char)}, or a mark that
   * combines with the letter before it, as text with its accents decomposed writes them ({@code E}
   * and U+0301 for É).
   */
  private static boolean isWordChar(char c) {
    if (c < 128) {
      return ASCII_WORD_CHARS[c];
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
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
      if (Character.isLowerCase(c) && !isLowerInCapitals(text, i)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /**
   * Whether the lower-case letter at {@code i} stands in a word printed in capitals all the same:
   * the c of Mc or the ac of Mac before two capitals ({@code McCARTHY}, {@code MacARTHUR}), the s
   * that ends a plural acronym ({@code MPs}, {@code NGOs}), the ending of a decade or an ordinal in
   * figures ({@code 2020s}, {@code 21st}), {@code vs.}, or a small letter in a word of more than
   * twice as many capitals, two at least ({@code mRNA}, {@code iPHONE}, a capital I misread as l).
   */
  private static boolean isLowerInCapitals(CharSequence t, int i) {
    int n = t.length();
    int start = i;
    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    int end = i;
    while (end < n && Character.isLetter(t.charAt(end))) {
      end++;
    }
    int c = mcEnd(t, start);
    if (c > 0 && i > start && i < c) {
      return true;
    }
    if (t.charAt(i) == 's'
        && i - start >= 2
        && Character.isUpperCase(t.charAt(i - 1))
        && Character.isUpperCase(t.charAt(i - 2))
        && end == i + 1) {
      return true;
    }
    if (start > 0 && Character.isDigit(t.charAt(start - 1))) {
      return end - start == 1
          ? t.charAt(start) == 's'
          : end - start == 2 && ORDINAL_ENDINGS.contains(t.subSequence(start, end).toString());
    }
    if (end - start == 2
        && t.charAt(start) == 'v'
        && t.charAt(start + 1) == 's'
        && end < n
        && t.charAt(end) == '.') {
      return true;
    }
    int upper = 0;
    int lower = 0;
    for (int k = start; k < end; k++) {
      upper += Character.isUpperCase(t.charAt(k)) ? 1 : 0;
      lower += Character.isLowerCase(t.charAt(k)) ? 1 : 0;
    }
    return upper >= 2 && upper > 2 * lower;
  }

  private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");

  /**
   * Where the Mc or Mac that opens a word at {@code start} ends, when two capitals follow it
   * ({@code McCARTHY}, {@code MacARTHUR}), or 0.
   */
  private static int mcEnd(CharSequence t, int start) {
    int n = t.length();
    if (start >= n || t.charAt(start) != 'M') {
      return 0;
    }
    int c = start + 1;
    if (c < n && t.charAt(c) == 'a') {
      c++;
    }
    if (c >= n || t.charAt(c) != 'c') {
      return 0;
    }
    c++;
    return c + 1 < n && Character.isUpperCase(t.charAt(c)) && Character.isUpperCase(t.charAt(c + 1))
        ? c
        : 0;
  }

  /**
   * How the words of a body are spelled in mid-sentence. Not thread-safe: used by one thread, whose
   * buffers it keeps.
   */
  public static final class Forms {
    /** The spelling of every word, by its lower case; null when only a title's words are kept. */
    private final Map<String, Spelling> spellings;

    /** The lower-case words to record, or null for every word. */
    private final String[] wanted;

    /** Per {@link #wanted} word, its spelling, or null until the body shows it. */
    private final Spelling[] slots;

    /** The first characters of the {@link #wanted} words. */
    private final String wantedInitials;

    /**
     * Per ASCII character's low five bits, which a letter's capital and lower case share, the
     * lengths of the {@link #wanted} words that start with such a character, up to the longest word
     * {@link #record} keeps, as bits, and bit 0 when any of them does: a word in ASCII of another
     * initial or length is not one of them. Characters that share the low bits share the entry, so
     * a word that passes is compared with the wanted words.
     */
    private final long[] lengthsByInitial;

    /**
     * Per {@link #wanted} word of ASCII letters and digits, {@link #MAX_LENGTH} at most, its bytes
     * eight to a long, the first the lowest; null for any other, which no word in ASCII is.
     */
    private final long[][] wantedLongs;

    /**
     * Per {@link #wanted} word, {@link #key} of its initial and length where it has {@link
     * #wantedLongs}, else -1: the words an ASCII word may be, found with one comparison each.
     */
    private final int[] wantedKeys;

    /** This thread's {@link #BUFFERS}, looked up once for every text, or null before the first. */
    private Buffers buffers;

    /** The ASCII characters that share an entry of {@link #lengthsByInitial}. */
    private static final int INITIAL_BITS = 0x1F;

    /** Per thread, the bytes and longs {@link #learnLatin1} reads a text into, kept up to 64 KB. */
    private static final ThreadLocal<Buffers> BUFFERS = new ThreadLocal<>();

    private static final int KEPT_BYTES = 1 << 16;

    /** The longest word whose spelling is recorded. */
    private static final int MAX_LENGTH = 40;

    /** The bytes of a text and the same bytes eight to a long, the first the lowest. */
    private static final class Buffers {
      final byte[] bytes;
      final long[] longs;

      /** The bytes as longs, made once: a view made for each text would cost its objects. */
      final LongBuffer view;

      /** The words {@link #learnLatin1} found that may be wanted, their starts and ends. */
      int[] found;

      Buffers(int size) {
        bytes = new byte[size];
        longs = new long[(size >> 3) + 1]; // and one to read eight bytes from the last
        view = Latin1.longs(bytes).asLongBuffer();
        found = new int[2 * 64];
      }
    }

    /** Creates an empty record of the spellings of every word. */
    public Forms() {
      this.spellings = new HashMap<>();
      this.wanted = null;
      this.slots = null;
      this.wantedInitials = null;
      this.lengthsByInitial = null;
      this.wantedLongs = null;
      this.wantedKeys = null;
    }

    /**
     * Creates an empty record of the spellings of the words of one title only: the words that
     * {@link TitleCase#apply} looks up for it. Any other word it could look up holds an apostrophe,
     * which no recorded word does.
     *
     * @param title the title that will be cased with these spellings
     */
    public Forms(CharSequence title) {
      String t = title.toString();
      String[] words = new String[8];
      int count = 0;
      int n = t.length();
      int i = 0;
      while (i < n) {
        if (!Character.isLetterOrDigit(t.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < n && isWordChar(t.charAt(i))) {
          i++;
        }
        String word = t.substring(start, i).toLowerCase(Locale.ROOT);
        // a short function word is cased by its place in the title, never as the body spells it;
        // a plural's stem too, for an acronym's plural (ICBMS as the body's ICBM shows)
        for (String w :
            word.length() >= 4 && word.endsWith("s")
                ? new String[] {word, word.substring(0, word.length() - 1)}
                : new String[] {word}) {
          if (!SMALL_WORDS.contains(w) && indexOf(words, count, w) < 0) {
            if (count == words.length) {
              words = Arrays.copyOf(words, 2 * count);
            }
            words[count++] = w;
          }
        }
      }
      this.spellings = null;
      this.wanted = Arrays.copyOf(words, count);
      this.slots = new Spelling[count];
      StringBuilder initials = new StringBuilder(count);
      long[] lengths = new long[INITIAL_BITS + 1];
      for (String w : wanted) {
        char first = w.charAt(0);
        initials.append(first);
        // an ASCII initial's entry holds its capital's too
        if (first < 128) {
          lengths[first & INITIAL_BITS] |= 1L | (w.length() <= MAX_LENGTH ? 1L << w.length() : 0);
        }
      }
      this.wantedInitials = initials.toString();
      this.lengthsByInitial = lengths;
      this.wantedLongs = new long[count][];
      this.wantedKeys = new int[count];
      for (int k = 0; k < count; k++) {
        wantedLongs[k] = asciiLongs(wanted[k]);
        wantedKeys[k] = wantedLongs[k] == null ? -1 : key(wanted[k].charAt(0), wanted[k].length());
      }
    }

    /**
     * The key of a word in ASCII of an initial and a length: the initial's low bits, the length.
     */
    private static int key(int initial, int length) {
      return (initial & INITIAL_BITS) | length << 5;
    }

    /** The bytes of a word of ASCII letters and digits eight to a long, or null for another. */
    private static long[] asciiLongs(String w) {
      if (w.length() > MAX_LENGTH) {
        return null;
      }
      long[] longs = new long[(w.length() + 7) >> 3];
      for (int j = 0; j < w.length(); j++) {
        char c = w.charAt(j);
        if (c >= 128 || !ASCII_WORD_CHARS[c]) {
          return null;
        }
        longs[j >> 3] |= (long) c << ((j & 7) << 3);
      }
      return longs;
    }

    /**
     * Whether a word that starts with {@code first} may be one of the wanted words, tested before
     * the word is cut out and put in lower case. A word's lower case starts with the lower case of
     * its first character (a word's first character is never a final sigma).
     */
    private boolean mayBeWanted(char first) {
      if (wanted == null) {
        return true;
      }
      return first < 128
          ? (lengthsByInitial[first & INITIAL_BITS] & 1L) != 0
          : wantedInitials.indexOf(Character.toLowerCase(first)) >= 0;
    }

    /**
     * Records the spelling of each word of a text.
     *
     * @param text running text
     */
    public void learn(CharSequence text) {
      learn(text.toString());
    }

    /**
     * Does what {@link #learn(CharSequence)} does, for a text that holds no character beyond U+00FF
     * but the dashes and quotation marks U+2010 to U+201F and the ellipsis U+2026, eight characters
     * at a time where it is in ASCII: the words are found as the bits of a mask, with no branch per
     * character, and only those of a wanted initial and length are read. Each of those dashes and
     * quotation marks is read as its low eight bits, a control character or {@code &}, which, as
     * the mark itself, is neither a word's character nor a sentence's end.
     *
     * @param text running text, with no character beyond U+00FF but U+2010 to U+201F and U+2026
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for Latin-1
    public void learnLatin1(String text) {
      int n = text.length();
      int padded = (n + 63) & ~63;
      if (wanted == null || n == 0) {
        learn(text);
        return;
      }
      Buffers buffers = this.buffers;
      if (buffers == null || buffers.bytes.length < padded) {
        buffers = BUFFERS.get();
        if (buffers == null || buffers.bytes.length < padded) {
          buffers = new Buffers(Math.max(padded, 4096));
          if (padded <= KEPT_BYTES) {
            BUFFERS.set(buffers);
          }
        }
        this.buffers = buffers;
      }
      byte[] b = buffers.bytes;
      long[] longs = buffers.longs;
      text.getBytes(0, n, b, 0); // the low eight bits of each character: all of a Latin-1 one
      Arrays.fill(b, n, padded, (byte) 0); // no word character
      // copied eight bytes to a long at once; read from a buffer one at a time, they would cost
      // each read a check of the buffer's bounds, order and memory
      buffers.view.get(0, longs, 0, padded >> 3);
      // the words of a wanted initial and length, perhaps, as their starts and ends: each word is
      // written, and counted only when it may be wanted, so that no branch guesses which; read once
      // the text is known to be in ASCII
      int[] found = buffers.found;
      int count = 0;
      long high = 0;
      // where a word that goes on past the last block of 64 started, or -1
      int open = -1;
      // whether the last block's last character was a word's
      long carry = 0;
      for (int base = 0; base < padded; base += 64) {
        long words = 0;
        for (int g = 0; g < 8; g++) {
          long x = longs[(base >> 3) + g];
          high |= x;
          words |= Latin1.gather(Latin1.wordBits(x)) << (8 * g);
        }
        long before = (words << 1) | carry;
        long starts = words & ~before;
        long ends = ~words & before;
        carry = words >>> 63;
        if (found.length - count < 2 * 64) {
          found = Arrays.copyOf(found, 2 * found.length); // room for each word of the block
        }
        if (open >= 0) {
          if (ends == 0) {
            continue; // the word goes on over the whole block
          }
          int end = base + Long.numberOfTrailingZeros(ends);
          ends &= ends - 1;
          count = found(found, count, b, open, end);
          open = -1;
        }
        while (starts != 0) {
          int start = base + Long.numberOfTrailingZeros(starts);
          starts &= starts - 1;
          if (ends == 0) {
            open = start;
            break;
          }
          int end = base + Long.numberOfTrailingZeros(ends);
          ends &= ends - 1;
          count = found(found, count, b, start, end);
        }
      }
      if (open >= 0) {
        // a word that runs to the end of a text of whole blocks: no padding after it closes it
        count = found(found, count, b, open, n);
      }
      buffers.found = found;
      if ((high & Latin1.HIGH_BITS) != 0) {
        learn(text); // a letter beyond ASCII: a character at a time
        return;
      }
      for (int i = 0; i < count; i += 2) {
        word(text, b, longs, found[i], found[i + 1]);
      }
    }

    /**
     * Writes the word {@code [start, end)} at {@code count} and gives the count with it when its
     * initial and length may be a wanted word's, else without it. A length of 64 or more may pass,
     * its bits taken modulo 64.
     */
    private int found(int[] found, int count, byte[] b, int start, int end) {
      found[count] = start;
      found[count + 1] = end;
      return count + 2 * (int) ((lengthsByInitial[b[start] & INITIAL_BITS] >>> (end - start)) & 1);
    }

    /**
     * Records the ASCII word {@code text[start, end)} when it is wanted and does not open a
     * sentence: when no character that ends one stands between it and the word before, or the start
     * of the text, which opens one.
     */
    private void word(String text, byte[] b, long[] longs, int start, int end) {
      int length = end - start;
      if (length > MAX_LENGTH) {
        return;
      }
      int key = key(b[start], length);
      for (int k = 0; k < wantedKeys.length; k++) {
        int cases;
        if (wantedKeys[k] == key
            && (cases = casesIfEqual(longs, start, length, wantedLongs[k])) >= 0) {
          // back over the characters since the word before, to a sentence's end or the text's start
          int i = start - 1;
          while (i >= 0 && ASCII_CLASSES[b[i]] == 0) {
            i--;
          }
          boolean sentenceStart = i < 0 || ASCII_CLASSES[b[i]] == STOP;
          if (!sentenceStart || Spelling.isMixed(cases)) {
            slot(k).addAscii(text, start, end, cases);
          } else if (length <= 4 || (cases & Spelling.UPPER_AFTER_FIRST) != 0) {
            // a sentence's first word that may tell something of its spelling
            slot(k).opensSentences |= cases == Spelling.CAPITALISED;
          }
          return;
        }
      }
    }

    /**
     * Does what {@link #casesIfEqual(String, int, String)} does for the bytes {@code [start, start
     * + length)} of letters and digits, eight at a time: a letter's capital has bit 0x40 and not
     * 0x20, its lower case both, a digit 0x20 and not 0x40, so that setting 0x20 puts a word in
     * lower case.
     *
     * @param w the lower-case word's bytes, eight to a long
     */
    private static int casesIfEqual(long[] longs, int start, int length, long[] w) {
      long firstUpper = 0;
      long upper = 0;
      long lower = 0;
      for (int j = 0; j < w.length; j++) {
        int at = start + 8 * j;
        int shift = (at & 7) << 3;
        // the eight bytes from at; the next long's shifted out whole where at is a long's first
        long x = (longs[at >> 3] >>> shift) | ((longs[(at >> 3) + 1] << 1) << (63 - shift));
        long mask = -1L >>> ((8 - Math.min(length - 8 * j, 8)) << 3); // the word's bytes
        x &= mask;
        if (((x | 0x2020202020202020L) & mask) != w[j]) {
          return -1;
        }
        long letters = x & 0x4040404040404040L;
        long capitals = letters & ~(x << 1);
        lower |= letters & (x << 1);
        if (j == 0) {
          firstUpper = capitals & 0x40;
          capitals &= ~0x40L;
        }
        upper |= capitals;
      }
      return (lower != 0 ? Spelling.LOWER : 0)
          | (firstUpper != 0 ? Spelling.UPPER : 0)
          | (upper != 0 ? Spelling.UPPER | Spelling.UPPER_AFTER_FIRST : 0);
    }

    /**
     * Whether a sentence's first word may tell something of its spelling: a capital after its first
     * letter (NGOs), or four letters at most, as a Roman numeral has (Xi, not XI). Others are
     * capitalised there whatever their spelling.
     */
    private static boolean tellsAtSentenceStart(String text, int start, int end) {
      if (end - start <= 4) {
        return true;
      }
      for (int i = start + 1; i < end; i++) {
        if (Character.isUpperCase(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private void learn(String text) {
      int n = text.length();
      boolean sentenceStart = true;
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        int kind =
            c < 128 ? ASCII_CLASSES[c] : Character.isLetterOrDigit(c) ? WORD : isStop(c) ? STOP : 0;
        if (kind != WORD) {
          sentenceStart |= kind == STOP;
          i++;
          continue;
        }
        int start = i;
        // the word's ASCII letters and digits first, most words whole; then any others
        do {
          i++;
        } while (i < n && (c = text.charAt(i)) < 128 && ASCII_WORD_CHARS[c]);
        boolean ascii = text.charAt(start) < 128;
        if (i < n && c >= 128 && isWordChar(c)) {
          ascii = false;
          while (i < n && isWordChar(text.charAt(i))) {
            i++;
          }
        }
        if (sentenceStart && !tellsAtSentenceStart(text, start, i)) {
          // capitalised as the sentence's first word, whatever its spelling
        } else if (ascii && wanted != null) {
          recordAscii(text, start, i, sentenceStart);
        } else if (mayBeWanted(text.charAt(start))) {
          record(text.substring(start, i), sentenceStart);
        }
        sentenceStart = false;
      }
    }

    /**
     * Does what {@link #record} does for a word of ASCII letters and digits when only some words
     * are wanted: an ASCII word's lower case is its own length with A-Z mapped to a-z, so it is
     * compared in place with the wanted words of its length, and cut out only when it is one.
     */
    private void recordAscii(String text, int start, int end, boolean opensSentence) {
      int length = end - start;
      if (length > MAX_LENGTH
          || (lengthsByInitial[text.charAt(start) & INITIAL_BITS] & (1L << length)) == 0) {
        return;
      }
      for (int k = 0; k < wanted.length; k++) {
        String w = wanted[k];
        if (w.length() == length) {
          int cases = casesIfEqual(text, start, w);
          if (cases >= 0) {
            if (!opensSentence || Spelling.isMixed(cases)) {
              slot(k).addAscii(text, start, end, cases);
            } else {
              slot(k).opensSentences |= cases == Spelling.CAPITALISED;
            }
            return;
          }
        }
      }
    }

    private Spelling slot(int k) {
      Spelling s = slots[k];
      if (s == null) {
        s = new Spelling();
        slots[k] = s;
      }
      return s;
    }

    /**
     * Whether the ASCII word at {@code start} in lower case is {@code lower}: -1 when it is not,
     * else the cases of its letters as bits, {@link Spelling#UPPER}, {@link Spelling#LOWER} and
     * {@link Spelling#UPPER_AFTER_FIRST}.
     */
    private static int casesIfEqual(String text, int start, String lower) {
      int cases = 0;
      for (int j = 0; j < lower.length(); j++) {
        char c = text.charAt(start + j);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
          cases |= j == 0 ? Spelling.UPPER : Spelling.UPPER | Spelling.UPPER_AFTER_FIRST;
        } else if (c >= 'a' && c <= 'z') {
          cases |= Spelling.LOWER;
        }
        if (c != lower.charAt(j)) {
          return -1;
        }
      }
      return cases;
    }

    /**
     * Records a word's spelling; at a sentence's start, only one with a capital after its first
     * letter and a lower-case letter (NGOs, MacArthur), which the sentence does not explain, and
     * else only that the body writes the word, and whether capitalised.
     */
    private void record(String word, boolean opensSentence) {
      if (word.length() > MAX_LENGTH) {
        return;
      }
      int cases = opensSentence ? Spelling.cases(word) : 0;
      String key = word.toLowerCase(Locale.ROOT);
      Spelling s;
      if (wanted != null) {
        int k = indexOf(key);
        if (k < 0) {
          return;
        }
        s = slot(k);
      } else {
        s = spellings.get(key);
        if (s == null) {
          s = new Spelling();
          spellings.put(key, s);
        }
      }
      if (opensSentence && !Spelling.isMixed(cases)) {
        s.opensSentences |= cases == Spelling.CAPITALISED;
      } else {
        s.add(word);
      }
    }

    /** The index of a lower-case word among the {@link #wanted} words, or -1. */
    private int indexOf(String key) {
      return indexOf(wanted, wanted.length, key);
    }

    private static int indexOf(String[] words, int count, String key) {
      for (int k = 0; k < count; k++) {
        if (words[k].equals(key)) {
          return k;
        }
      }
      return -1;
    }

    /** The spelling recorded for a word in any case, or null. */
    private Spelling spelling(String word) {
      return spellingOfLower(word.toLowerCase(Locale.ROOT));
    }

    /** The spelling recorded for a word in lower case, or null. */
    private Spelling spellingOfLower(String key) {
      if (wanted == null) {
        return spellings.get(key);
      }
      int k = indexOf(key);
      return k < 0 ? null : slots[k];
    }

    /**
     * Whether the body may write a word of the title: each of its parts of two letters or digits or
     * more ({@code RULES-BASED}, {@code JAPAN'S}) is a word that it writes in mid-sentence, or at a
     * sentence's start where that tells its spelling. False where the body writes a part nowhere
     * else.
     *
     * @param word a word of the title, without the marks around it
     * @return false when some part is never written
     */
    public boolean mayWrite(String word) {
      int i = 0;
      int n = word.length();
      while (i < n) {
        while (i < n && !Character.isLetterOrDigit(word.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && Character.isLetterOrDigit(word.charAt(i))) {
          i++;
        }
        if (i - start >= 2) {
          String key = word.substring(start, i).toLowerCase(Locale.ROOT);
          if (wanted == null) {
            if (spellings.get(key) == null) {
              return false;
            }
          } else {
            int k = indexOf(key);
            if (k < 0) {
              return true; // not a word it looked for: no telling
            }
            if (slots[k] == null) {
              return false;
            }
          }
        }
      }
      return true;
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

    /**
     * Whether the word opened a sentence capitalised, a spelling that the sentence explains. A word
     * that opened one in any other case but the mixed has a spelling with no count.
     */
    boolean opensSentences;

    /**
     * The spelling the body uses for a word, when it shows one that is not plain lower case.
     *
     * @param s the word's spelling, or null
     * @return the spelling, or null when the body writes it in lower case or not at all
     */
    static String proper(Spelling s) {
      if (s == null) {
        return null;
      }
      return s.lower >= s.capitals + s.capitalised + s.other ? null : s.best();
    }

    /**
     * Whether the body writes a word, in any spelling, in mid-sentence, or with a capital after its
     * first letter at a sentence's start.
     */
    static boolean knows(Spelling s) {
      return s != null && s.lower + s.capitals + s.capitalised + s.other > 0;
    }

    /**
     * Whether the body opens a sentence with a word, capitalised ({@code Xi}), and writes it in no
     * other way.
     */
    static boolean onlyOpensSentences(Spelling s) {
      return s != null && s.opensSentences && !knows(s);
    }

    /**
     * Whether the body writes a word in capitals at least {@code least} times in mid-sentence, and
     * at least a quarter as often as in lower case.
     */
    static boolean inCapitals(Spelling s, int least) {
      return s != null && s.capitals >= least && s.capitals * 4 >= s.lower;
    }

    /** Whether the body writes a word in lower case in mid-sentence at least as often as not. */
    static boolean writesLower(Spelling s) {
      return s != null && s.lower > 0 && s.lower >= s.capitals + s.capitalised + s.other;
    }

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

    /** A bit of the cases of a word's letters: it has a capital. */
    static final int UPPER = 1;

    /** A bit of the cases of a word's letters: it has a lower-case letter. */
    static final int LOWER = 2;

    /** A bit of the cases of a word's letters: it has a capital after its first character. */
    static final int UPPER_AFTER_FIRST = 4;

    /** The cases of a capitalised word's letters: a capital first, then lower case. */
    static final int CAPITALISED = UPPER | LOWER;

    /** The cases of a word's letters, as {@link #casesIfEqual} gives them. */
    static int cases(String w) {
      int cases = 0;
      for (int j = 0; j < w.length(); j++) {
        char c = w.charAt(j);
        if (Character.isUpperCase(c)) {
          cases |= j == 0 ? UPPER : UPPER | UPPER_AFTER_FIRST;
        } else if (Character.isLowerCase(c)) {
          cases |= LOWER;
        }
      }
      return cases;
    }

    /** Whether cases hold a capital after the first character and a lower-case letter. */
    static boolean isMixed(int cases) {
      return (cases & (UPPER_AFTER_FIRST | LOWER)) == (UPPER_AFTER_FIRST | LOWER);
    }

    /**
     * Does what {@link #add} does for a word of ASCII letters and digits, in place: the word is cut
     * out of the text only when its form is kept and differs from the form kept before.
     *
     * @param cases the cases of its letters, as bits: {@link #UPPER}, {@link #LOWER}, {@link
     *     #UPPER_AFTER_FIRST}
     */
    void addAscii(String text, int start, int end, int cases) {
      boolean upper = (cases & UPPER) != 0;
      boolean lowerCase = (cases & LOWER) != 0;
      boolean upperAfterFirst = (cases & UPPER_AFTER_FIRST) != 0;
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
    private static String form(String kept, String text, int start, int end) {
      if (kept != null && kept.length() == end - start) {
        int j = 0;
        while (j < kept.length() && kept.charAt(j) == text.charAt(start + j)) {
          j++;
        }
        if (j == kept.length()) {
          return kept;
        }
      }
      return text.substring(start, end);
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
          && (isWordChar(title.charAt(i))
              || isApostropheInWord(title, i)
              || isAmpersandInWord(title, i))) {
        i++;
      }
      String word = title.substring(start, i);
      boolean last = isLastWord(title, i);
      // a small word between two hyphens is in lower case, as in State-of-the-Art; one that ends
      // a compound is capitalised, as in Built-In
      boolean afterHyphen =
          start > 0
              && (title.charAt(start - 1) == '-' || title.charAt(start - 1) == '/')
              && !(i + 1 < n && title.charAt(i) == '-' && Character.isLetter(title.charAt(i + 1)));
      out.append(caseWord(word, forms, first, last, afterHyphen));
      first = false;
    }
    return out.toString();
  }

  /** An ampersand between two capitals, as an abbreviation holds one: AT&T, R&D, M&A. */
  private static boolean isAmpersandInWord(String s, int i) {
    return s.charAt(i) == '&'
        && i > 0
        && i + 1 < s.length()
        && Character.isUpperCase(s.charAt(i - 1))
        && Character.isUpperCase(s.charAt(i + 1));
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
    if (!isCapitals(core) && !allDigits(core)) {
      return word; // already in mixed case: keep as printed
    }
    if (core.indexOf('&') > 0) {
      return word; // an abbreviation with an ampersand, AT&T, R&D: in capitals
    }
    char second = core.length() > 2 ? core.charAt(1) : 0;
    if (second == '\'' || second == '’') {
      // O'HANLON, D'SOUZA: each part as the body writes it, as a word after a hyphen is cased
      return caseWord(core.substring(0, 1), forms, first, last, afterHyphen)
          + second
          + caseWord(core.substring(2), forms, false, last, true)
          + suffix;
    }
    String lower = core.toLowerCase(Locale.ROOT);
    // the body's spelling of the word, looked up once for each question below
    Spelling spelling = forms.spellingOfLower(lower);
    // never for a short function word (of, the), which its place in the title cases
    String proper = SMALL_WORDS.contains(lower) ? null : Spelling.proper(spelling);
    if (proper != null) {
      return proper + suffix;
    }
    if (!first && PARTICLES.contains(lower) && Spelling.writesLower(spelling)) {
      return lower + suffix; // de Gaulle, von der Leyen: as the body writes the name
    }
    int mc = mcEnd(core, 0);
    if (mc > 0) {
      return core.substring(0, mc) + core.charAt(mc) + lower.substring(mc + 1) + suffix;
    }
    if (!allCapitals(core)) {
      return word; // MPs: a plural acronym, as printed
    }
    String upper = core.toUpperCase(Locale.ROOT);
    boolean known = Spelling.knows(spelling);
    if (upper.length() >= 4 && upper.endsWith("S") && !known) {
      // ICBMS: an acronym's plural, where the body or the known acronyms show the stem so
      String stem = upper.substring(0, upper.length() - 1);
      if (ACRONYMS.contains(stem)
          || Spelling.inCapitals(forms.spelling(stem), 1)
          || hasNoVowel(stem)) {
        return stem + "s" + suffix;
      }
    }
    boolean acronym =
        ACRONYMS.contains(upper)
            && (upper.equals("US") || !known || Spelling.inCapitals(spelling, 1));
    boolean ambiguous = AMBIGUOUS_ACRONYMS.contains(upper) && Spelling.inCapitals(spelling, 2);
    if (acronym
        || ambiguous
        || (!known && hasNoVowel(upper))
        || (isRomanNumeral(upper) && !known && !Spelling.onlyOpensSentences(spelling))) {
      return upper + suffix;
    }
    if (hasDigit(core)) {
      return isNumberWithEnding(core) ? core.toLowerCase(Locale.ROOT) + suffix : core + suffix;
    }
    if (!first && !last && !afterHyphen && SMALL_WORDS.contains(lower)) {
      return lower + suffix;
    }
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + suffix;
  }

  /** Honorifics and abbreviations with no vowel that a title writes as words: Mr., Dr., PhD. */
  private static final Set<String> VOWELLESS_WORDS =
      Set.of("MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT", "VS", "PHD");

  /**
   * Whether a word in capitals of two letters or more has no vowel (nor Y), as no English word but
   * an acronym has ({@code ASW}, {@code LNG}), and is no honorific ({@code MR}).
   */
  private static boolean hasNoVowel(String upper) {
    if (upper.length() < 2 || VOWELLESS_WORDS.contains(upper)) {
      return false;
    }
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if ("AEIOUY".indexOf(c) >= 0 || !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A Roman numeral of two letters or more from I, V and X, as a part or a war is numbered: II,
   * III, IV, VI, IX, XII, up to XXXIX.
   */
  private static boolean isRomanNumeral(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && i < 3 && s.charAt(i) == 'X') {
      i++;
    }
    if (s.startsWith("IX", i) || s.startsWith("IV", i)) {
      i += 2;
    } else {
      if (i < n && s.charAt(i) == 'V') {
        i++;
      }
      int ones = 0;
      while (i < n && ones < 3 && s.charAt(i) == 'I') {
        i++;
        ones++;
      }
    }
    return n >= 2 && i == n;
  }

  /** An ordinal or a decade in capitals: 21ST, 2ND, 3RD, 70TH, 1990S. */
  private static boolean isNumberWithEnding(String s) {
    int digits = 0;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    String ending = s.substring(digits);
    return digits > 0
        && (ending.equals("ST")
            || ending.equals("ND")
            || ending.equals("RD")
            || ending.equals("TH")
            || ending.equals("S"));
  }

  /** Whether a word has no lower-case letter at all. */
  private static boolean allCapitals(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
