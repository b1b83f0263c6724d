package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Diagnostic;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The escaping of long strings, which the writer searches in bulk, against a short string's, which
 * it reads character by character, and against a plain model of what escaping writes: every
 * character, each window and block boundary, non-ASCII text, C1 controls, lone and paired
 * surrogates, noncharacters.
 */
class EscapeTest {

  /** Longer than any string the writer reads character by character. */
  private static final int LONG = 200;

  /** What {@link MarkupWriter} writes for a string, and the message of its one drop report. */
  private record Written(String markup, List<String> messages) {}

  private static Written write(String s, boolean attribute, boolean xml) throws IOException {
    Set<Diagnostic> diagnostics = MarkupWriter.newDiagnostics();
    StringBuilder sb = new StringBuilder();
    MarkupWriter w = xml ? MarkupWriter.xml(sb, diagnostics) : MarkupWriter.html(sb, diagnostics);
    if (attribute) {
      w.start("p").attribute("title", s).end();
    } else {
      w.text(s);
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      messages.add(d.message());
    }
    return new Written(sb.toString(), messages);
  }

  /**
   * The model: forbidden code points (a lone surrogate among them) dropped and listed, {@code & <
   * >} as entities, and {@code "} too in an attribute.
   */
  private static Written model(String s, boolean attribute) {
    StringBuilder kept = new StringBuilder();
    List<String> dropped = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean forbidden =
          (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
              || (cp >= 0x7F && cp <= 0x9F)
              || (cp >= 0xD800 && cp <= 0xDFFF)
              || (cp >= 0xFDD0 && cp <= 0xFDEF)
              || (cp & 0xFFFE) == 0xFFFE;
      if (forbidden) {
        dropped.add(String.format(Locale.ROOT, "U+%04X", cp));
      } else {
        kept.appendCodePoint(cp);
      }
    }
    // what is kept, in Unicode Normalization Form C, as the W3C checker wants it
    String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < composed.length(); ) {
      int cp = composed.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '&') {
        sb.append("&amp;");
      } else if (cp == '<') {
        sb.append("&lt;");
      } else if (cp == '>') {
        sb.append("&gt;");
      } else if (cp == '"' && attribute) {
        sb.append("&quot;");
      } else {
        sb.appendCodePoint(cp);
      }
    }
    String markup = attribute ? "<p title=\"" + sb + "\"></p>" : sb.toString();
    List<String> messages =
        dropped.isEmpty()
            ? List.of()
            : List.of(
                "dropped " + String.join(", ", dropped) + ", which XML and HTML do not allow");
    return new Written(markup, messages);
  }

  @Test
  void everyCharacterIsWrittenTheSameInALongStringAsAlone() throws IOException {
    String before = "a".repeat(LONG / 2);
    String after = "b".repeat(LONG / 2);
    for (boolean attribute : new boolean[] {false, true}) {
      for (int c = 0; c <= 0xFFFF; c++) {
        String alone = String.valueOf((char) c);
        Written one = write(alone, attribute, false);
        Written inLong = write(before + alone + after, attribute, false);
        String expected =
            attribute
                ? one.markup()
                    .replace("title=\"", "title=\"" + before)
                    .replace("\"></p>", after + "\"></p>")
                : before + one.markup() + after;
        if (!Normalizer.isNormalized(before + alone + after, Normalizer.Form.NFC)) {
          // a mark composes with the letter before it, a character alone may not
          expected = model(before + alone + after, attribute).markup();
        }
        assertThat(inLong.markup()).as("U+%04X", c).isEqualTo(expected);
        assertThat(inLong.messages()).as("U+%04X", c).isEqualTo(one.messages());
        assertThat(one).as("U+%04X", c).isEqualTo(model(alone, attribute));
      }
    }
  }

  @Test
  void randomStringsAreWrittenAsTheModelSays() throws IOException {
    String[] pieces = {
      "plain text ",
      "&",
      "<",
      ">",
      "\"",
      "'",
      "\t",
      "\n",
      "\r",
      "\u0000",
      "\u0001",
      "\u001F",
      "\u007F",
      "\u0080",
      "\u0085",
      "\u009F",
      "\u00A0",
      "\u00E9",
      "\u2014",
      "\u2028",
      "\u3042",
      "\u65E5\u672C",
      "\uD7FF",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      "\uDBFF\uDFFF",
      "\uE000",
      "\uFDCF",
      "\uFDD0",
      "\uFDEF",
      "\uFDF0",
      "\uFFFD",
      "\uFFFE",
      "\uFFFF",
      "\u0301",
      "\u0323",
      "\u0338",
      "e\u0301",
      "\u0340",
      "\u1100\u1161",
      "\uF900",
      "x".repeat(40)
    };
    Random random = new Random(28);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 6000 : 300);
      // mostly plain text, as most of any commentary is, or mostly pieces that need a look
      int plain = random.nextInt(4) == 0 ? 0 : 8;
      while (sb.length() < length) {
        int k = random.nextInt(pieces.length + plain);
        sb.append(k < pieces.length ? pieces[k] : "abcdefghijklmnopqrstuvwxyz ");
      }
      String s = sb.toString();
      for (boolean attribute : new boolean[] {false, true}) {
        for (boolean xml : new boolean[] {false, true}) {
          assertThat(write(s, attribute, xml)).as(s).isEqualTo(model(s, attribute));
        }
      }
    }
  }

  @Test
  void charactersAtTheEdgesOfWindowsAndBlocksAreWritten() throws IOException {
    String[] specials = {
      "&", "\"", "\u00E9", "\u0085", "\uD800", "\uD83D\uDE00", "\uFFFE", "\t", "\u0301", "<\u0338"
    };
    for (String special : specials) {
      for (int at : new int[] {0, 1, 31, 32, 33, 47, 48, 63, 64, 2046, 2047, 2048, 2049, 4095}) {
        String s = "p".repeat(at) + special + "q".repeat(4200 - at);
        for (boolean attribute : new boolean[] {false, true}) {
          assertThat(write(s, attribute, false)).isEqualTo(model(s, attribute));
        }
      }
    }
    String nonLatin = "\u65E5\u672C\u8A9E\u306E\u6587\u3002".repeat(1000) + "&";
    assertThat(write(nonLatin, false, false)).isEqualTo(model(nonLatin, false));
  }

  @Test
  void decomposedTextIsWrittenComposedAndOtherTextAsItIs() throws IOException {
    assertThat(write("re\u0301gime", false, false).markup()).isEqualTo("r\u00E9gime");
    assertThat(write("re\u0301gime", true, true).markup())
        .isEqualTo("<p title=\"r\u00E9gime\"></p>");
    String page = "The ".repeat(30) + "re\u0301gime & <\u0338 " + "end ".repeat(30);
    assertThat(write(page, false, false).markup())
        .isEqualTo("The ".repeat(30) + "r\u00E9gime &amp; \u226E " + "end ".repeat(30));
    // a mark after a dropped control composes with the letter before it
    Written dropped = write("e\u0000\u0301", false, false);
    assertThat(dropped.markup()).isEqualTo("\u00E9");
    assertThat(dropped.messages())
        .containsExactly("dropped U+0000, which XML and HTML do not allow");
    // text in NFC already, the letters with their accents in one character each, is left alone
    assertThat(write("na\u00EFve r\u00E9gime \u65E5\u672C", false, false).markup())
        .isEqualTo("na\u00EFve r\u00E9gime \u65E5\u672C");
  }

  /** The JSON of a string as the model says: forbidden code points dropped, the rest escaped. */
  private static String jsonModel(String s) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (model(new String(Character.toChars(cp)), false).messages().isEmpty()) {
        kept.appendCodePoint(cp); // else forbidden, dropped
      }
    }
    String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < composed.length(); ) {
      int cp = composed.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case 0x2028 -> sb.append("\\u2028");
        case 0x2029 -> sb.append("\\u2029");
        default -> sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  @Test
  void jsonStringsAreWrittenAsTheModelSays() throws IOException {
    String[] pieces = {
      "plain ",
      "\"",
      "\\",
      "\n",
      "\r",
      "\t",
      "<",
      ">",
      "&",
      "\u0000",
      "\u001F",
      "\u007F",
      "\u0085",
      "\u00E9",
      "\u2028",
      "\u2029",
      "\uD83D\uDE00",
      "\uD800",
      "\uDFFF",
      "\uFDD0",
      "\uFFFE",
      "\u3042",
      "\u0301",
      "e\u0301"
    };
    Random random = new Random(29);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(120);
      while (sb.length() < length) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      Set<Diagnostic> diagnostics = MarkupWriter.newDiagnostics();
      StringBuilder out = new StringBuilder();
      MarkupWriter.html(out, diagnostics).jsonLd(java.util.Map.of(s, s)).finish();
      String json = jsonModel(s);
      assertThat(out)
          .as(s)
          .hasToString(
              "<script type=\"application/ld+json\">\n{\n  \""
                  + json
                  + "\": \""
                  + json
                  + "\"\n}\n</script>");
      List<String> messages = new ArrayList<>();
      for (Diagnostic d : diagnostics) {
        messages.add(d.message());
      }
      assertThat(messages).as(s).isEqualTo(model(s, false).messages());
    }
  }
}
