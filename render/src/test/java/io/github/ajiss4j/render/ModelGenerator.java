package io.github.ajiss4j.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Inline;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Builds valid commentaries from a stream of choices, through the model's builders: every field
 * that holds text gets a string from the source, which may be hostile. The shape (how many authors
 * and blocks, which optional fields are present) comes only from {@link Choices#pick}, so replaying
 * the same picks with other strings gives a commentary of the same shape: {@link #replay}.
 */
public final class ModelGenerator {

  private ModelGenerator() {}

  /** Where the generator gets its decisions and its strings. */
  public interface Choices {
    /** Returns a number from 0 to {@code bound - 1}. */
    int pick(int bound);

    /** Returns a string, any string: empty, blank, hostile. */
    String string();
  }

  /**
   * Pieces of text that try to break out of markup, script, JSON or encoding, or that XML cannot
   * hold.
   */
  public static final List<String> HOSTILE =
      List.of(
          "\u0000",
          "\u0001",
          "\u000B",
          "\u001F",
          "\u007F",
          "\u0085",
          "\u009F",
          "\uFFFE",
          "\uFFFF",
          "\uFDD0",
          "\uD83F\uDFFE",
          "\uFEFF",
          "\uD800",
          "\uDBFF",
          "\uDC00",
          "\uDFFF",
          "\uDC00\uD800",
          "\u200E",
          "\u200F",
          "\u202E",
          "\u2066",
          "\u0301",
          "e\u0308\u0301",
          "\uD83D\uDE00",
          "\uD83D\uDC69\u200D\uD83D\uDCBB",
          "\uD83C\uDDEF\uD83C\uDDF5",
          "\u2028",
          "\u2029",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "\u00A0",
          "\u3000",
          "\u65E5\u672C",
          "\u0645\u0631\u062D\u0628\u0627",
          "<",
          ">",
          "&",
          "\"",
          "'",
          "`",
          "=",
          "/",
          "\\",
          "<script>alert(1)</script>",
          "</script>",
          "</style>",
          "<!--",
          "-->",
          "]]>",
          "<![CDATA[",
          "\"><img src=x onerror=alert(1)>",
          "' onmouseover='x",
          "<a href=\"javascript:alert(1)\">",
          "&amp;",
          "&#0;",
          "&lt;",
          "{{title}}",
          "{{{title}}}",
          "\\u003c",
          "*",
          "**",
          "\u2022 ",
          "No.93. 8 June 2010",
          "AJISS-Commentary",
          "Editor:",
          " ");

  /** A word of ten thousand characters. */
  public static final String LONG_WORD = "W".repeat(10_000);

  private static final String[] LANGUAGES = {"en", "ja", "en-GB", "ja-Latn-JP", "x-private", "fr"};

  /** Choices from a fuzzer's data, with strings mixed from fuzz text and hostile pieces. */
  public static Choices from(FuzzedDataProvider data) {
    return new Choices() {
      @Override
      public int pick(int bound) {
        return bound <= 1 ? 0 : data.consumeInt(0, bound - 1);
      }

      @Override
      public String string() {
        StringBuilder sb = new StringBuilder();
        int pieces = data.consumeInt(1, 4);
        for (int i = 0; i < pieces; i++) {
          switch (data.consumeInt(0, 4)) {
            case 0 -> sb.append(HOSTILE.get(data.consumeInt(0, HOSTILE.size() - 1)));
            case 1 -> sb.append(data.consumeAsciiString(24));
            case 2 -> sb.append(data.consumeChar());
            case 3 -> {
              if (data.consumeInt(0, 63) == 0) {
                sb.append(LONG_WORD);
              }
            }
            default -> sb.append(data.consumeString(24));
          }
        }
        return sb.toString();
      }
    };
  }

  /** Seeded choices with hostile strings, for property tests. */
  public static Choices hostile(Random shape, Random strings) {
    return new Choices() {
      @Override
      public int pick(int bound) {
        return shape.nextInt(bound);
      }

      @Override
      public String string() {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + strings.nextInt(5);
        for (int i = 0; i < pieces; i++) {
          int kind = strings.nextInt(20);
          if (kind < 12) {
            sb.append(HOSTILE.get(strings.nextInt(HOSTILE.size())));
          } else if (kind < 18) {
            sb.append((char) strings.nextInt(0x10000)); // any code unit, lone surrogates too
          } else if (kind < 19) {
            sb.appendCodePoint(0x10000 + strings.nextInt(0x100000));
          } else if (strings.nextInt(8) == 0) {
            sb.append(LONG_WORD);
          } else {
            sb.append("word");
          }
        }
        return sb.toString();
      }
    };
  }

  /** Seeded choices with plain strings: letters and a number. */
  public static Choices plain(Random shape) {
    return replay(shape::nextInt);
  }

  /** A source of shape decisions. */
  public interface Picks {
    /** Returns a number from 0 to {@code bound - 1}. */
    int pick(int bound);
  }

  /** The given picks with plain strings: {@code plain1}, {@code plain2} and so on. */
  public static Choices replay(Picks picks) {
    return new Choices() {
      private int n;

      @Override
      public int pick(int bound) {
        return picks.pick(bound);
      }

      @Override
      public String string() {
        return "plain" + ++n;
      }
    };
  }

  /** Records the picks of choices, to {@link #replay} them with plain strings. */
  public static final class Recorder implements Choices {
    private final Choices choices;
    private final List<Integer> picks = new ArrayList<>();

    public Recorder(Choices choices) {
      this.choices = choices;
    }

    @Override
    public int pick(int bound) {
      int p = choices.pick(bound);
      picks.add(p);
      return p;
    }

    @Override
    public String string() {
      return choices.string();
    }

    /** Choices that give the recorded picks again, with plain strings. */
    public Choices plain() {
      int[] i = {0};
      return replay(bound -> picks.get(i[0]++));
    }
  }

  /** Builds a commentary. */
  public static Commentary commentary(Choices c) {
    Commentary.Builder b =
        Commentary.builder()
            .number(1 + c.pick(100_000))
            .date(LocalDate.of(1900 + c.pick(300), 1 + c.pick(12), 1 + c.pick(28)))
            .language(LANGUAGES[c.pick(LANGUAGES.length)])
            .title(nonBlank(c.string()));
    if (c.pick(4) == 0) {
      b.series(Series.of(nonBlank(c.string()), nonBlank(c.string())));
    }
    int authors = 1 + c.pick(3);
    for (int i = 0; i < authors; i++) {
      Author.Builder a = Author.builder().name(nonBlank(c.string()));
      if (c.pick(2) == 0) {
        a.biography(nonBlank(c.string()));
      }
      if (c.pick(3) == 0) {
        a.affiliation(nonBlank(c.string()));
      }
      b.addAuthor(a.build());
    }
    if (c.pick(2) == 0) {
      b.masthead(masthead(c));
    }
    int blocks = 1 + c.pick(6);
    for (int i = 0; i < blocks; i++) {
      b.addBody(block(c, i));
    }
    return b.build();
  }

  private static Masthead masthead(Choices c) {
    Masthead.Builder m = Masthead.builder();
    int institutes = c.pick(4);
    for (int i = 0; i < institutes; i++) {
      m.addInstitute(
          c.pick(2) == 0
              ? Institute.of(nonBlank(c.string()), nonBlank(c.string()))
              : Institute.of(nonBlank(c.string()), nonBlank(c.string()), nonBlank(c.string())));
    }
    if (c.pick(2) == 0) {
      m.editor(person(c));
    }
    for (int i = c.pick(3); i > 0; i--) {
      m.addEditorialBoard(person(c));
    }
    for (int i = c.pick(3); i > 0; i--) {
      m.addEditorialAdvisoryBoard(person(c));
    }
    for (int i = c.pick(3); i > 0; i--) {
      m.addEditorialCommittee(person(c));
    }
    if (c.pick(2) == 0) {
      m.onlinePublisher(person(c));
    }
    return m.build();
  }

  private static Person person(Choices c) {
    return c.pick(2) == 0
        ? Person.of(nonBlank(c.string()))
        : Person.of(nonBlank(c.string()), nonBlank(c.string()));
  }

  private static Block block(Choices c, int index) {
    Optional<SourceSpan> span =
        c.pick(2) == 0
            ? Optional.empty()
            : Optional.of(SourceSpan.of(1 + index, 1, 100 * index, 1 + c.pick(99)));
    return switch (c.pick(5)) {
      case 0 -> Heading.builder().addAllContent(inlines(c)).source(span).build();
      case 1 -> {
        List<ListItem> items = new ArrayList<>();
        for (int i = 1 + c.pick(3); i > 0; i--) {
          items.add(ListItem.of(inlines(c)));
        }
        yield BulletList.builder().addAllItems(items).build();
      }
      case 2 -> BlockQuote.builder().addAllContent(inlines(c)).source(span).build();
      default -> Paragraph.builder().addAllContent(inlines(c)).source(span).build();
    };
  }

  private static List<Inline> inlines(Choices c) {
    List<Inline> content = new ArrayList<>();
    for (int i = 1 + c.pick(4); i > 0; i--) {
      String s = c.string();
      if (c.pick(3) == 0) {
        content.add(Emphasis.of(nonBlank(s)));
      } else {
        content.add(Text.of(s.isEmpty() ? "x" : s));
      }
    }
    return content;
  }

  /** Returns the string, or it with a letter added when it is blank. */
  static String nonBlank(String s) {
    return s.isBlank() ? s + "x" : s;
  }
}
