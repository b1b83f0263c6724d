package io.github.ajiss4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An author of a commentary, with the closing biography that names them.
 *
 * <pre>{@code
 * Author a = Author.of("Yoshikazu Hirose")
 *     .withBiography("Yoshikazu Hirose is Professor of International Relations at ...");
 * }</pre>
 */
@Value.Immutable
public abstract class Author {

  Author() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an author with a name only.
   *
   * @param name the name as printed, not blank
   * @return the author
   */
  public static Author of(String name) {
    return builder().name(name).build();
  }

  /**
   * The name as printed in the header, such as {@code Yoshikazu Hirose}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The closing biography, one or two sentences that name the author.
   *
   * @return the biography, or empty when none was printed
   */
  public abstract Optional<String> biography();

  /**
   * The institution the author belongs to, when known.
   *
   * @return the affiliation, or empty
   */
  public abstract Optional<String> affiliation();

  /**
   * Returns a copy with the given biography.
   *
   * @param biography the biography
   * @return the changed author
   */
  public abstract Author withBiography(String biography);

  /**
   * Returns a copy with the given affiliation.
   *
   * @param affiliation the affiliation
   * @return the changed author
   */
  public abstract Author withAffiliation(String affiliation);

  @Value.Check
  void check() {
    Checks.requireNonBlank(name(), "Author.name");
    if (biography().isPresent()) {
      Checks.requireNonBlank(biography().get(), "Author.biography");
    }
    if (affiliation().isPresent()) {
      Checks.requireNonBlank(affiliation().get(), "Author.affiliation");
    }
  }

  /** Builds an {@link Author}. Each attribute may be set once. */
  public static final class Builder extends ImmutableAuthor.Builder {
    Builder() {}
  }
}
