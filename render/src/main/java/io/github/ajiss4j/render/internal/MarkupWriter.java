package io.github.ajiss4j.render.internal;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.SourceSpan;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The one place where markup is escaped. {@link #text} and {@link #attribute} always escape, and
 * every string is {@link #clean cleaned} as it is written, which drops the characters that XML or
 * HTML forbid and reports each drop as a {@link DiagnosticCode#FORBIDDEN_CHARACTER_DROPPED}
 * diagnostic. The escape and the check for forbidden characters are one pass over the string.
 *
 * <p>Both modes escape the same way, with only {@code &amp; &lt; &gt;} in text and {@code &quot;}
 * too in attribute values, as the JDK's {@code XMLStreamWriter} escapes XML. HTML mode writes void
 * elements without a slash; XML mode closes them with {@code />} and adds the XML declaration, the
 * namespaces, {@code xml:lang} and {@code epub:type}. A writer is used by one thread for one
 * document.
 */
public final class MarkupWriter {

  /** The XHTML namespace. */
  public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  /** The EPUB 3 structural semantics namespace of {@code epub:type}. */
  public static final String EPUB_NS = "http://www.idpf.org/2007/ops";

  private static final SourceSpan NO_SPAN = SourceSpan.of(1, 1, 0, 0);

  private final Appendable out;
  private final boolean xml;
  private final Set<Diagnostic> diagnostics;

  /** The end tags of the open elements, innermost first. */
  private final Deque<String> open = new ArrayDeque<>(7); // deep enough for any page

  private boolean tagOpen;

  /** Whether the open tag is of an empty element, which XML closes with {@code />}. */
  private boolean emptyOpen;

  private SourceSpan span = NO_SPAN;

  private MarkupWriter(Appendable out, boolean xml, Set<Diagnostic> diagnostics) {
    this.out = out;
    this.xml = xml;
    this.diagnostics = diagnostics;
  }

  /**
   * A writer of HTML syntax.
   *
   * @param out where to write
   * @param diagnostics where drops are reported; shared by the writers of one document
   * @return the writer
   */
  public static MarkupWriter html(Appendable out, Set<Diagnostic> diagnostics) {
    return new MarkupWriter(out, false, diagnostics);
  }

  /**
   * A writer of XML syntax.
   *
   * @param out where to write
   * @param diagnostics where drops are reported
   * @return the writer
   */
  public static MarkupWriter xml(Appendable out, Set<Diagnostic> diagnostics) {
    return new MarkupWriter(out, true, diagnostics);
  }

  /** A new set to collect diagnostics in, without duplicates, in order of appearance. */
  public static Set<Diagnostic> newDiagnostics() {
    return new LinkedHashSet<>();
  }

  /** Returns whether this writer writes XML. */
  public boolean isXml() {
    return xml;
  }

  /** Sets the source span that drops are reported at; null resets it to the start of the text. */
  public void span(SourceSpan span) {
    this.span = span == null ? NO_SPAN : span;
  }

  /** Writes the XML declaration and the HTML doctype (XML mode only). */
  public MarkupWriter xmlDeclaration() throws IOException {
    closeTag();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    return this;
  }

  /** Declares the XHTML default namespace and the {@code epub} prefix (XML mode only). */
  public MarkupWriter namespaces() throws IOException {
    return attribute("xmlns", XHTML_NS).attribute("xmlns:epub", EPUB_NS);
  }

  /** Opens an element; attributes may follow until the next text or element. */
  public MarkupWriter start(String name) throws IOException {
    openTag(name, false);
    open.push("</" + name + '>');
    return this;
  }

  /** Writes a void element such as {@code meta}; attributes may follow. */
  public MarkupWriter empty(String name) throws IOException {
    openTag(name, true);
    return this;
  }

  private void openTag(String name, boolean empty) throws IOException {
    closeTag();
    out.append('<').append(name);
    tagOpen = true;
    emptyOpen = empty;
  }

  /**
   * A start tag and its fixed attributes, such as {@code <p class="series">}, escaped once when it
   * is made and then written in one piece, as are its end tag and, for a tag {@link #valued
   * valued}, the name of its last attribute: a page is mostly such tags, and each is one append to
   * the output rather than one for every bracket, name and quote. A tag is the same in both modes;
   * only how the writer closes an empty one differs. Immutable.
   */
  public static final class Tag {
    private final String markup;
    private final String endTag;
    private final boolean valued;

    private Tag(String markup, String endTag, boolean valued) {
      this.markup = markup;
      this.endTag = endTag;
      this.valued = valued;
    }

    /**
     * A start tag with fixed attributes.
     *
     * @param name the element's name
     * @param attributes the names and values of its attributes, in pairs
     * @return the tag
     * @throws IllegalArgumentException if an attribute has no value, or a character must be dropped
     */
    public static Tag of(String name, String... attributes) {
      if (attributes.length % 2 != 0) {
        throw new IllegalArgumentException("attribute " + attributes[attributes.length - 1]);
      }
      Set<Diagnostic> diagnostics = newDiagnostics();
      StringBuilder sb = new StringBuilder();
      MarkupWriter w = html(sb, diagnostics);
      try {
        w.openTag(name, false);
        for (int i = 0; i < attributes.length; i += 2) {
          w.attribute(attributes[i], attributes[i + 1]);
        }
      } catch (IOException e) {
        throw new AssertionError(e); // a StringBuilder does not throw
      }
      if (!diagnostics.isEmpty()) {
        throw new IllegalArgumentException(diagnostics.iterator().next().message());
      }
      return new Tag(sb.toString(), "</" + name + '>', false);
    }

    /**
     * This tag followed by an attribute whose value is given each time the tag is written, by
     * {@link #start(Tag, String)} or {@link #empty(Tag, String)}.
     *
     * @param attribute the attribute's name
     * @return the tag
     */
    public Tag valued(String attribute) {
      if (valued) {
        throw new IllegalStateException("a tag has one valued attribute, the last");
      }
      return new Tag(markup + ' ' + attribute + "=\"", endTag, true);
    }
  }

  /** Opens an element with a tag made beforehand; attributes may follow. */
  public MarkupWriter start(Tag tag) throws IOException {
    openTag(tag, false, false);
    open.push(tag.endTag);
    return this;
  }

  /** Opens an element with a {@link Tag#valued valued} tag and the value, escaped. */
  public MarkupWriter start(Tag tag, String value) throws IOException {
    openTag(tag, false, true);
    open.push(tag.endTag);
    return attributeValue(value);
  }

  /** Writes a void element with a tag made beforehand; attributes may follow. */
  public MarkupWriter empty(Tag tag) throws IOException {
    openTag(tag, true, false);
    return this;
  }

  /** Writes a void element with a {@link Tag#valued valued} tag and the value, escaped. */
  public MarkupWriter empty(Tag tag, String value) throws IOException {
    openTag(tag, true, true);
    return attributeValue(value);
  }

  private void openTag(Tag tag, boolean empty, boolean valued) throws IOException {
    if (tag.valued != valued) {
      throw new IllegalArgumentException(
          valued ? "a value for a tag without a valued attribute" : "no value for " + tag.markup);
    }
    closeTag();
    out.append(tag.markup);
    tagOpen = true;
    emptyOpen = empty;
  }

  /** Writes an attribute of the element just opened, escaped. */
  public MarkupWriter attribute(String name, String value) throws IOException {
    if (!tagOpen) {
      throw new IllegalStateException("attribute " + name + " outside a start tag");
    }
    out.append(' ').append(name).append("=\"");
    return attributeValue(value);
  }

  /** Writes an attribute's value, escaped, and its closing quote. */
  private MarkupWriter attributeValue(String value) throws IOException {
    escape(value, true);
    out.append('"');
    return this;
  }

  /** Writes {@code lang}, and in XML mode also {@code xml:lang}. */
  public MarkupWriter lang(String language) throws IOException {
    attribute("lang", language);
    if (xml) {
      attribute("xml:lang", language);
    }
    return this;
  }

  /** Writes {@code epub:type} in XML mode; HTML has no such attribute, so HTML mode skips it. */
  public MarkupWriter epubType(String type) throws IOException {
    if (xml) {
      attribute("epub:type", type);
    }
    return this;
  }

  /** Writes text, escaped. */
  public MarkupWriter text(String text) throws IOException {
    closeTag();
    escape(text, false);
    return this;
  }

  /** Writes a line break between elements, for people who read the source. */
  public MarkupWriter newline() throws IOException {
    if (tagOpen) {
      out.append(xml && emptyOpen ? "/>\n" : ">\n"); // the end of the tag too, in one append
      tagOpen = false;
    } else {
      out.append('\n');
    }
    return this;
  }

  /** Closes the innermost open element. */
  public MarkupWriter end() throws IOException {
    closeTag();
    out.append(open.pop());
    return this;
  }

  /** Writes an element holding only text. */
  public MarkupWriter element(String name, String text) throws IOException {
    return start(name).text(text).end();
  }

  /** Writes an element holding only text, with a tag made beforehand. */
  public MarkupWriter element(Tag tag, String text) throws IOException {
    return start(tag).text(text).end();
  }

  /**
   * Writes a {@code <style>} element. HTML parses its content as raw text, so there the CSS is
   * written as it is; it must not contain {@code </style}, which {@link #checkStylesheet} refuses.
   */
  public MarkupWriter style(String css) throws IOException {
    start(STYLE);
    if (xml) {
      text(css);
    } else {
      closeTag();
      if (css == checkedStylesheet) {
        out.append(css); // the same stylesheet as before: allowed and clean
      } else {
        String clean = clean(checkStylesheet(css));
        if (clean == css) {
          checkedStylesheet = css;
        }
        out.append(clean);
      }
    }
    return end();
  }

  /**
   * The last stylesheet (by identity) that {@link #style} found allowed and free of forbidden
   * characters, so that the same options' CSS is not checked again for every page. A string is
   * immutable, so any thread may read a stale or new value safely.
   */
  private static volatile String checkedStylesheet;

  /**
   * Writes a JSON-LD {@code <script>}. The JSON escapes {@code < > &} as {@code \u003c} and so on,
   * so neither {@code </script>} nor {@code <!--} in a value can end the script, and the script is
   * the same characters in HTML and in XML.
   *
   * @param value a tree of maps, lists and strings
   */
  public MarkupWriter jsonLd(Map<String, ?> value) throws IOException {
    Json json = jsonLd();
    for (Map.Entry<String, ?> e : value.entrySet()) {
      json(e.getKey(), e.getValue(), json);
    }
    return json.close();
  }

  private static void json(String key, Object value, Json json) throws IOException {
    if (value instanceof Map<?, ?> map) {
      json.object(key);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json(e.getKey().toString(), e.getValue(), json);
      }
      json.end();
    } else if (value instanceof List<?> list) {
      json.array(key);
      for (Object o : list) {
        json(null, o, json);
      }
      json.end();
    } else {
      json.field(key, value.toString());
    }
  }

  /**
   * Opens a JSON-LD {@code <script>} and its top object, as {@link #jsonLd(Map)} writes them, for
   * the fields to be written one by one without building a tree first.
   *
   * @return the JSON writer; {@link Json#close()} ends the object and the script
   * @throws IOException if writing fails
   */
  public Json jsonLd() throws IOException {
    start(JSON_LD);
    // every key and value goes through clean, and the JSON writes < > & as escapes, so text()
    // would find nothing to drop or escape: the JSON goes out as it is, in both modes
    closeTag();
    out.append('\n').append('{');
    return new Json();
  }

  /**
   * The JSON of a JSON-LD script, written as it comes: two spaces of indentation a level, one
   * member or element a line. Keys are null for the elements of an array.
   */
  public final class Json {
    private char[] closers = {'}', 0, 0, 0, 0, 0, 0, 0};
    private int depth;
    private boolean first = true;

    private Json() {}

    /**
     * Writes a member or element whose value is a string.
     *
     * @param key the member's name, or null in an array
     * @param value the string
     * @return this writer
     * @throws IOException if writing fails
     */
    public Json field(String key, String value) throws IOException {
      member(key);
      jsonString(value, out);
      return this;
    }

    /**
     * Opens an object as a member or element.
     *
     * @param key the member's name, or null in an array
     * @return this writer
     * @throws IOException if writing fails
     */
    public Json object(String key) throws IOException {
      return open(key, '{', '}');
    }

    /**
     * Opens an array as a member or element.
     *
     * @param key the member's name, or null in an array
     * @return this writer
     * @throws IOException if writing fails
     */
    public Json array(String key) throws IOException {
      return open(key, '[', ']');
    }

    /**
     * Closes the innermost object or array.
     *
     * @return this writer
     * @throws IOException if writing fails
     */
    public Json end() throws IOException {
      out.append('\n').append(indent(depth)).append(closers[depth]);
      depth--;
      first = false;
      return this;
    }

    /**
     * Closes every open object and array and the script.
     *
     * @return the markup writer
     * @throws IOException if writing fails
     */
    public MarkupWriter close() throws IOException {
      while (depth >= 0) {
        end();
      }
      out.append('\n');
      return MarkupWriter.this.end();
    }

    private Json open(String key, char opener, char closer) throws IOException {
      member(key);
      out.append(opener);
      depth++;
      if (depth == closers.length) {
        closers = java.util.Arrays.copyOf(closers, depth * 2);
      }
      closers[depth] = closer;
      first = true;
      return this;
    }

    private void member(String key) throws IOException {
      out.append(first ? "\n" : ",\n").append(indent(depth + 1));
      first = false;
      if (key != null) {
        jsonString(key, out);
        out.append(": ");
      }
    }
  }

  /**
   * Writes a value escaped for use in an HTML attribute or text, outside any tag, such as a
   * variable of the page template (HTML mode only).
   */
  public MarkupWriter value(String value) throws IOException {
    closeTag();
    escape(value, true);
    return this;
  }

  /** Closes every open element and flushes. */
  public void finish() throws IOException {
    while (!open.isEmpty()) {
      end();
    }
    closeTag();
    if (xml && out instanceof java.io.Flushable f) {
      f.flush();
    }
  }

  /**
   * Refuses CSS that could end an HTML {@code <style>} element early.
   *
   * @param css the CSS
   * @return the CSS
   * @throws IllegalArgumentException if it contains {@code </style}
   */
  public static String checkStylesheet(String css) {
    if (css.toLowerCase(Locale.ROOT).contains("</style")) {
      throw new IllegalArgumentException("stylesheet must not contain \"</style\"");
    }
    return css;
  }

  /**
   * Returns whether XML 1.0 or HTML forbids a code point in a document: C0 controls other than tab,
   * line feed and carriage return, DEL and the C1 controls, lone surrogates, and noncharacters such
   * as U+FFFE. The W3C checker rejects each of them in HTML too.
   */
  static boolean isForbidden(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n' && cp != '\r';
    }
    return (cp >= 0x7F && cp <= 0x9F)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }

  /** Drops forbidden characters, reporting them at the current span. */
  String clean(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        i++; // printable ASCII, most of any text, is never forbidden
      } else if (!Character.isSurrogate(c)) {
        if (isForbidden(c)) { // outside the surrogates a char is its own code point
          break;
        }
        i++;
      } else {
        int cp = s.codePointAt(i);
        if (isForbidden(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
    }
    if (i == n) {
      return s;
    }
    StringBuilder kept = new StringBuilder(s.length()).append(s, 0, i);
    StringJoiner dropped = new StringJoiner(", ");
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (isForbidden(cp)) {
        dropped.add(String.format(Locale.ROOT, "U+%04X", cp));
      } else {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    diagnostics.add(
        Diagnostic.of(
            DiagnosticCode.FORBIDDEN_CHARACTER_DROPPED,
            span,
            "dropped " + dropped + ", which XML and HTML do not allow"));
    return kept.toString();
  }

  /**
   * How {@link #escape} treats each ASCII character in text ({@code [0]}) and in a quoted attribute
   * ({@code [1]}): {@code 0} copies it, {@code 1} writes an entity, {@code 2} drops it (a forbidden
   * control).
   */
  private static final byte[][] ASCII = new byte[2][128];

  static {
    for (byte[] kinds : ASCII) {
      for (int c = 0; c < 128; c++) {
        kinds[c] = (byte) (isForbidden(c) ? 2 : 0);
      }
      kinds['&'] = 1;
      kinds['<'] = 1;
      kinds['>'] = 1;
    }
    ASCII[1]['"'] = 1;
  }

  /**
   * Writes a string escaped and without forbidden characters, in one pass in HTML mode: the runs
   * between reserved characters are copied whole. From the first character that may be forbidden (a
   * control, a surrogate, a noncharacter) on, the rest is {@link #clean cleaned} first and then
   * escaped, so what is written and reported is what escaping the cleaned string writes.
   */
  private void escape(String s, boolean quote) throws IOException {
    escape(s, quote, false);
  }

  /**
   * {@link #escape(String, boolean)}; {@code cleaned}: the string has no forbidden character and is
   * in Unicode Normalization Form C.
   */
  private void escape(String s, boolean quote, boolean cleaned) throws IOException {
    if (s.length() >= BULK) {
      escapeBulk(s, quote, cleaned);
      return;
    }
    byte[] kinds = ASCII[quote ? 1 : 0];
    int run = 0;
    int n = s.length();
    boolean composed = cleaned;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int kind;
      if (c < 128) {
        kind = kinds[c];
        if (kind == 0) {
          continue; // most characters of any text
        }
      } else {
        if (c >= FIRST_UNCOMPOSED && !composed) {
          composed = true;
          int from = Math.max(run, i - 1);
          if (!Normalizer.isNormalized(CharBuffer.wrap(s, from, n), Normalizer.Form.NFC)) {
            escapeRest(s, run, from, quote);
            return;
          }
        }
        if (c > 0x9F && c < Character.MIN_SURROGATE) {
          continue; // neither a C1 control nor a surrogate or noncharacter
        }
        kind = isForbidden(c) ? 2 : 0; // a surrogate counts as forbidden until clean pairs it
      }
      if (kind == 1) {
        if (!cleaned && mayCompose(s, i)) {
          escapeRest(s, run, i, quote);
          return;
        }
        out.append(s, run, i).append(entity(c));
        run = i + 1;
      } else if (kind == 2 && !cleaned) {
        escapeRest(s, run, restStart(s, run, i), quote);
        return;
      }
    }
    out.append(s, run, n);
  }

  /**
   * The first character that Unicode Normalization Form C may change or compose with the one before
   * it: every character below it is a starter that NFC keeps as it is.
   */
  private static final char FIRST_UNCOMPOSED = '\u0300';

  /**
   * Whether {@code <} or {@code >} at {@code i} may compose with what follows once the rest is
   * cleaned and composed: {@code <\u0338} is {@code \u226E}. Its entity must not be written first.
   */
  private static boolean mayCompose(String s, int i) {
    char c = s.charAt(i);
    if ((c != '<' && c != '>') || i + 1 == s.length()) {
      return false;
    }
    char next = s.charAt(i + 1);
    return next >= FIRST_UNCOMPOSED || isForbidden(next);
  }

  /**
   * Where to clean and compose the rest of a string from, for a forbidden character at {@code i}:
   * dropping it may bring marks together that NFC reorders or composes with the letter before them
   * ({@code e\u0000\u0301} is {@code \u00E9}), so the rest starts at that letter, or at the first
   * character not yet written.
   */
  private static int restStart(String s, int run, int i) {
    int k = i;
    while (k > run && s.charAt(k - 1) >= FIRST_UNCOMPOSED) {
      k--;
    }
    return k > run ? k - 1 : k;
  }

  /**
   * Writes what is left of a string, up to {@code run}, as it is, and the rest from {@code from}
   * cleaned and in Unicode Normalization Form C, which the W3C checker asks of every text: {@code
   * re\u0301gime} as {@code r\u00E9gime}. Nothing before {@code from} changes under NFC or composes
   * with what follows.
   */
  private void escapeRest(String s, int run, int from, boolean quote) throws IOException {
    out.append(s, run, from);
    escape(composed(clean(s.substring(from))), quote, true);
  }

  /**
   * A string in Unicode Normalization Form C, the same string when it is so already; text without a
   * character from U+0300 on, ASCII and Latin-1 among it, is only read.
   */
  static String composed(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) >= FIRST_UNCOMPOSED) {
        int from = Math.max(0, i - 1);
        CharBuffer rest = CharBuffer.wrap(s, from, n);
        return Normalizer.isNormalized(rest, Normalizer.Form.NFC)
            ? s
            : s.substring(0, from) + Normalizer.normalize(rest, Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /**
   * The length from which {@link #escape} looks for reserved and forbidden characters in bulk:
   * below it, copying the string and searching the copy cost more than testing each character.
   */
  private static final int BULK = 48;

  /** How many characters {@link #escapeBulk} copies and flags at a time. */
  private static final int WINDOW = 2048;

  /**
   * How many characters {@link #escapeBulk} reads one by one after a flagged one before it searches
   * again, so that a text of many flagged characters, such as one in a script other than Latin, is
   * read in one pass rather than searched for each of them.
   */
  private static final int BLOCK = 32;

  /** The flags of {@link #WINDOW} characters none of which needs a look, to search against. */
  private static final char[] NO_FLAGS = new char[WINDOW];

  /**
   * Each thread's array for {@link #escapeBulk}, taken while it is in use: an output that writes
   * another page as it is written to gets an array of its own. A subclass, not a lambda: a lambda
   * would link the lambda machinery at start-up.
   */
  private static final ThreadLocal<char[][]> SCRATCH =
      new ThreadLocal<>() {
        @Override
        protected char[][] initialValue() {
          return new char[1][];
        }
      };

  /**
   * {@link #escape} of a long string. A window of the string at a time is copied into an array and
   * each character there replaced by a {@link #flag flag}, so that what needs no look, most of any
   * text, is passed over by {@link Arrays#mismatch} many characters at a time. A flagged character
   * is then treated as {@link #escape} treats it, and so are the flagged ones among the {@link
   * #BLOCK} characters after it, before the next search.
   */
  private void escapeBulk(String s, boolean quote, boolean cleaned) throws IOException {
    char[][] slot = SCRATCH.get();
    char[] flags = slot[0] == null ? new char[WINDOW] : slot[0];
    slot[0] = null;
    byte[] kinds = ASCII[quote ? 1 : 0];
    int n = s.length();
    int run = 0;
    boolean composed = cleaned;
    for (int from = 0; from < n; from += WINDOW) {
      int len = Math.min(WINDOW, n - from);
      s.getChars(from, from + len, flags, 0);
      flag(flags, len, quote);
      int i = 0;
      while (i < len) {
        int skip = Arrays.mismatch(flags, i, len, NO_FLAGS, i, len);
        if (skip < 0) {
          break;
        }
        int end = Math.min(len, i + skip + BLOCK);
        for (int j = i + skip; j < end; j++) {
          if (flags[j] == 0) {
            continue;
          }
          int at = from + j;
          char c = s.charAt(at);
          if (c >= FIRST_UNCOMPOSED && !composed) {
            composed = true;
            int start = Math.max(run, at - 1);
            if (!Normalizer.isNormalized(CharBuffer.wrap(s, start, n), Normalizer.Form.NFC)) {
              slot[0] = flags;
              escapeRest(s, run, start, quote);
              return;
            }
          }
          int kind = c < 128 ? kinds[c] : isForbidden(c) ? 2 : 0;
          if (kind == 1) {
            if (!cleaned && mayCompose(s, at)) {
              slot[0] = flags;
              escapeRest(s, run, at, quote);
              return;
            }
            out.append(s, run, at).append(entity(c));
            run = at + 1;
          } else if (kind == 2 && !cleaned) {
            slot[0] = flags;
            escapeRest(s, run, restStart(s, run, at), quote);
            return;
          }
        }
        i = end;
      }
    }
    slot[0] = flags;
    out.append(s, run, n);
  }

  /**
   * Replaces each of the first {@code n} characters of an array by its flag: {@code 0x8000} for a
   * character that {@link #escape} must look at, anything but printable ASCII that needs no entity,
   * and {@code 0} for the others. The flag is bit 15 of terms that have it set for exactly such
   * characters: {@code t = c - 0x20} and {@code t + 0x7FA1} both have it clear only for {@code c}
   * in {@code 0x20..0x7E}; {@code (c ^ '&') - 1} is negative only for {@code '&'}; {@code c | 2} is
   * {@code '>'} only for {@code '<'} and {@code '>'}, and {@code c | 4} is {@code '&'} only for
   * {@code '"'} and {@code '&'}. {@code EscapeTest} checks every character. The loops have no
   * branches, so the JIT compiles them to vector instructions.
   */
  private static void flag(char[] a, int n, boolean quote) {
    if (quote) {
      for (int i = 0; i < n; i++) {
        int c = a[i];
        int t = c - 0x20;
        a[i] = (char) ((t | (t + 0x7FA1) | (((c | 4) ^ '&') - 1) | (((c | 2) ^ '>') - 1)) & 0x8000);
      }
    } else {
      for (int i = 0; i < n; i++) {
        int c = a[i];
        int t = c - 0x20;
        a[i] = (char) ((t | (t + 0x7FA1) | ((c ^ '&') - 1) | (((c | 2) ^ '>') - 1)) & 0x8000);
      }
    }
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      default -> "&quot;";
    };
  }

  /** The indentation of JSON at each depth, two spaces a level. */
  private static final String[] INDENTS = new String[8];

  /** How {@link #jsonString} writes each ASCII character: as it is where null. */
  private static final String[] JSON_ESCAPES = new String[128];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = "  ".repeat(i);
    }
    JSON_ESCAPES['"'] = "\\\"";
    JSON_ESCAPES['\\'] = "\\\\";
    JSON_ESCAPES['\n'] = "\\n";
    JSON_ESCAPES['\r'] = "\\r";
    JSON_ESCAPES['\t'] = "\\t";
    // no String.format: its first call compiles regular expressions, a cost at start-up
    JSON_ESCAPES['<'] = "\\u003c";
    JSON_ESCAPES['>'] = "\\u003e";
    JSON_ESCAPES['&'] = "\\u0026";
  }

  private static String indent(int depth) {
    return depth < INDENTS.length ? INDENTS[depth] : "  ".repeat(depth);
  }

  /** Writes a JSON string; the runs between characters that need an escape are copied whole. */
  private void jsonString(String s, Appendable out) throws IOException {
    String clean = composed(clean(s));
    out.append('"');
    int run = 0;
    int n = clean.length();
    for (int i = 0; i < n; i++) {
      char c = clean.charAt(i);
      String escape;
      if (c < 128) {
        escape = JSON_ESCAPES[c];
      } else if (c == '\u2028') {
        escape = "\\u2028";
      } else if (c == '\u2029') {
        escape = "\\u2029";
      } else {
        continue;
      }
      if (escape != null) {
        out.append(clean, run, i).append(escape);
        run = i + 1;
      }
    }
    out.append(clean, run, n).append('"');
  }

  private void closeTag() throws IOException {
    if (tagOpen) {
      if (xml && emptyOpen) {
        out.append("/>");
      } else {
        out.append('>');
      }
      tagOpen = false;
    }
  }

  // made last: a tag is escaped by a writer, which needs the tables above
  private static final Tag STYLE = Tag.of("style");

  private static final Tag JSON_LD = Tag.of("script", "type", "application/ld+json");

  /** Lets a {@link Writer}, such as Mustache's, write to any {@link Appendable}. */
  static final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      if (out instanceof StringBuilder sb) {
        sb.append(buf, off, len); // one copy, where a CharBuffer is read char by char
      } else if (out instanceof Utf8Output utf8) {
        utf8.append(buf, off, len);
      } else {
        out.append(java.nio.CharBuffer.wrap(buf, off, len));
      }
    }

    @Override
    public void write(int c) throws IOException {
      out.append((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.append(s, off, off + len);
    }

    @Override
    public void flush() throws IOException {
      if (out instanceof java.io.Flushable f) {
        f.flush();
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
