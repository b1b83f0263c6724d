package io.github.ajiss4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The masthead: the member institutes and the staff as printed, post by post.
 *
 * <p>The posts changed over the years. Around 2010 the masthead names an editor and an editorial
 * board; later it names an editorial advisory board (its first member the chair) and an editorial
 * committee. The online publisher is always the JIIA president. A post that was not printed is
 * empty.
 *
 * <pre>{@code
 * Masthead m = Masthead.builder()
 *     .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
 *     .editor(Person.of("Akio Watanabe"))
 *     .onlinePublisher(Person.of("Yoshiji Nogami", "President, JIIA"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Masthead {

  private static final Masthead EMPTY = builder().build();

  Masthead() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a masthead with no institutes and no staff.
   *
   * @return the empty masthead
   */
  public static Masthead empty() {
    return EMPTY;
  }

  /**
   * The member institutes, in printed order.
   *
   * @return the institutes
   */
  public abstract List<Institute> institutes();

  /**
   * The editor ({@code Editor:}).
   *
   * @return the editor, or empty when the post was not printed
   */
  public abstract Optional<Person> editor();

  /**
   * The editorial board ({@code Editorial Board:}).
   *
   * @return the members, in printed order
   */
  public abstract List<Person> editorialBoard();

  /**
   * The editorial advisory board ({@code Editorial Advisory Board:}); the chair has the role {@code
   * Chair}.
   *
   * @return the members, in printed order
   */
  public abstract List<Person> editorialAdvisoryBoard();

  /**
   * The editorial committee ({@code Editorial Committee:}).
   *
   * @return the members, in printed order
   */
  public abstract List<Person> editorialCommittee();

  /**
   * The online publisher ({@code Online Publisher:}), whose role is the printed title.
   *
   * @return the publisher, or empty when the post was not printed
   */
  public abstract Optional<Person> onlinePublisher();

  /**
   * Whether nothing at all was printed.
   *
   * @return true for a masthead with no institutes and no staff
   */
  public final boolean isEmpty() {
    return institutes().isEmpty()
        && editor().isEmpty()
        && editorialBoard().isEmpty()
        && editorialAdvisoryBoard().isEmpty()
        && editorialCommittee().isEmpty()
        && onlinePublisher().isEmpty();
  }

  /** Builds a {@link Masthead}. Each attribute may be set once. */
  public static final class Builder extends ImmutableMasthead.Builder {
    Builder() {}
  }
}
