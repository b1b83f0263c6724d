package io.github.ajiss4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the masthead staff, with the role or title printed after the name.
 *
 * <p>For the chair of the editorial advisory board the role is {@code Chair}; for the online
 * publisher it is the title printed after the name, such as {@code President, JIIA}.
 *
 * <pre>{@code
 * Person p = Person.of("Yoshiji Nogami", "President, JIIA");
 * }</pre>
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /**
   * Returns a person with no role.
   *
   * @param name the name, not blank
   * @return the person
   */
  public static Person of(String name) {
    return ImmutablePerson.builder().name(name).build();
  }

  /**
   * Returns a person with a role.
   *
   * @param name the name, not blank
   * @param role the role or title, not blank
   * @return the person
   */
  public static Person of(String name, String role) {
    return ImmutablePerson.builder().name(name).role(role).build();
  }

  /**
   * The name as printed.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The role or title printed after the name.
   *
   * @return the role, or empty
   */
  public abstract Optional<String> role();

  @Value.Check
  void check() {
    Checks.requireNonBlank(name(), "Person.name");
    if (role().isPresent()) {
      Checks.requireNonBlank(role().get(), "Person.role");
    }
  }
}
