package io.github.ajiss4j.model;

import io.github.ajiss4j.model.internal.TitleCase;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One AJISS-Commentary: its number, date, title, authors, masthead and body.
 *
 * <p>Instances are immutable and thread-safe. Make them with {@link #builder()} and change them
 * with withers:
 *
 * <pre>{@code
 * Commentary c = Commentary.builder()
 *     .number(93)
 *     .date(LocalDate.of(2010, 6, 8))
 *     .title("The Prospects of Japan-NATO Cooperation")
 *     .addAuthor(Author.of("Yoshikazu Hirose"))
 *     .addBlock(Paragraph.of(Text.of("\"Japan and NATO are partners,\" ...")))
 *     .build();
 * Commentary renumbered = c.withNumber(94);
 * }</pre>
 *
 * <p>The invariants: the number is positive, the title is not blank, the language is a well-formed
 * BCP 47 tag, and there is at least one author and at least one block. A value that breaks one is
 * refused with an {@link IllegalArgumentException} naming the field.
 */
@Value.Immutable
public abstract class Commentary {

  Commentary() {}

  /**
   * Returns a builder. {@code number}, {@code date} and {@code title} are required; the series
   * defaults to {@link Series#ajiss()}, the language to {@code en} and the masthead to {@link
   * Masthead#empty()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The series and its publisher.
   *
   * @return the series, {@link Series#ajiss()} by default
   */
  @Value.Default
  public Series series() {
    return Series.ajiss();
  }

  /**
   * The issue number ({@code No.93.} in the source).
   *
   * @return the number, positive
   */
  public abstract int number();

  /**
   * The publication date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The language of the text, as a BCP 47 tag.
   *
   * @return the tag, {@code en} by default
   */
  @Value.Default
  public String language() {
    return "en";
  }

  /**
   * The title as published on the web, in title case: {@code The Prospects of Japan-NATO
   * Cooperation}. See {@link #displayTitle()} for a title that is never in capitals.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The authors, in printed order.
   *
   * @return the authors, at least one
   */
  public abstract List<Author> authors();

  /**
   * The masthead.
   *
   * @return the masthead, {@link Masthead#empty()} by default
   */
  @Value.Default
  public Masthead masthead() {
    return Masthead.empty();
  }

  /**
   * The body, block by block.
   *
   * @return the blocks, at least one
   */
  public abstract List<Block> body();

  /**
   * A stable identifier made of the series and the number, such as {@code ajiss-commentary-93}. It
   * is the same for every parse of the same commentary, and safe in a file name, a URL and an XML
   * id.
   *
   * @return the identifier
   */
  @Value.Lazy
  public String id() {
    StringBuilder sb = new StringBuilder();
    for (char c : series().name().toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, "c-");
    }
    if (sb.charAt(sb.length() - 1) != '-') {
      sb.append('-');
    }
    return sb.append(number()).toString();
  }

  /**
   * The title for display: the {@link #title()} itself, or, where it was given in capitals, the
   * title case that the body's own spelling of each word suggests ({@code THE PROSPECTS OF
   * JAPAN-NATO COOPERATION} becomes {@code The Prospects of Japan-NATO Cooperation}).
   *
   * @return the title, never in capitals unless every word is an acronym
   */
  @Value.Lazy
  public String displayTitle() {
    if (!TitleCase.isCapitals(title())) {
      return title();
    }
    TitleCase.Forms forms = new TitleCase.Forms(title());
    for (Block block : body()) {
      forms.learn(block.plainText());
    }
    return TitleCase.apply(title(), forms);
  }

  /**
   * The plain text of the whole body, blocks separated by a blank line.
   *
   * @return the body text
   */
  public final String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Block block : body()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(block.plainText());
    }
    return sb.toString();
  }

  /**
   * Returns a copy with the given number.
   *
   * @param number the number, positive
   * @return the changed commentary
   */
  public abstract Commentary withNumber(int number);

  /**
   * Returns a copy with the given title.
   *
   * @param title the title, not blank
   * @return the changed commentary
   */
  public abstract Commentary withTitle(String title);

  /**
   * Returns a copy with the given language.
   *
   * @param language a BCP 47 tag
   * @return the changed commentary
   */
  public abstract Commentary withLanguage(String language);

  /**
   * Returns a copy with the given body.
   *
   * @param body the blocks, at least one
   * @return the changed commentary
   */
  public abstract Commentary withBody(Iterable<? extends Block> body);

  @Value.Check
  void check() {
    Checks.require(number() > 0, "Commentary.number must be positive, was %s", number());
    Checks.requireNonBlank(title(), "Commentary.title");
    Checks.require(!authors().isEmpty(), "Commentary.authors must name at least one author");
    Checks.require(!body().isEmpty(), "Commentary.body must hold at least one block");
    Checks.require(!language().isEmpty(), "Commentary.language must not be empty");
    String language = language();
    if (!language.equals(wellFormedLanguage)) {
      try {
        new Locale.Builder().setLanguageTag(language);
      } catch (IllformedLocaleException e) {
        throw new IllegalArgumentException(
            "Commentary.language must be a well-formed BCP 47 tag, was \"" + language + "\"", e);
      }
      wellFormedLanguage = language;
    }
  }

  /**
   * The language tag last found well-formed, not checked again: a batch's commentaries share one.
   */
  private static volatile String wellFormedLanguage = "en";

  /**
   * Builds a {@link Commentary}. Each attribute may be set once; {@code build()} refuses a missing
   * required attribute with an {@link IllegalStateException} naming it.
   */
  public static final class Builder extends ImmutableCommentary.Builder {
    Builder() {}
  }
}
