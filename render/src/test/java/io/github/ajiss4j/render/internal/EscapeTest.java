package io.github.ajiss4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Diagnostic;
import java.io.IOException;
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
    StringBuilder sb = new StringBuilder();
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
      } else if (cp == '&') {
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
    String[] specials = {"&", "\"", "\u00E9", "\u0085", "\uD800", "\uD83D\uDE00", "\uFFFE", "\t"};
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

  /** The JSON of a string as the model says: forbidden code points dropped, the rest escaped. */
  private static String jsonModel(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!model(new String(Character.toChars(cp)), false).messages().isEmpty()) {
        continue; // forbidden, dropped
      }
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
      "\u3042"
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
