package io.github.ajiss4j.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member institute of AJISS, as listed in the masthead.
 *
 * <pre>{@code
 * Institute jiia = Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat");
 * }</pre>
 */
@Value.Immutable
public abstract class Institute {

  Institute() {}

  /**
   * Returns an institute with no role.
   *
   * @param abbreviation the abbreviation, such as {@code RIPS}, not blank
   * @param name the full name, not blank
   * @return the institute
   */
  public static Institute of(String abbreviation, String name) {
    return ImmutableInstitute.builder().abbreviation(abbreviation).name(name).build();
  }

  /**
   * Returns an institute with a role.
   *
   * @param abbreviation the abbreviation, such as {@code JIIA}, not blank
   * @param name the full name, not blank
   * @param role the role printed in parentheses, such as {@code Secretariat}, not blank
   * @return the institute
   */
  public static Institute of(String abbreviation, String name, String role) {
    return ImmutableInstitute.builder().abbreviation(abbreviation).name(name).role(role).build();
  }

  /**
   * The abbreviation, such as {@code IIPS}.
   *
   * @return the abbreviation
   */
  public abstract String abbreviation();

  /**
   * The full name, such as {@code Institute for International Policy Studies}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The role printed in parentheses after the name, such as {@code Secretariat}.
   *
   * @return the role, or empty
   */
  public abstract Optional<String> role();

  @Value.Check
  void check() {
    Checks.requireNonBlank(abbreviation(), "Institute.abbreviation");
    Checks.requireNonBlank(name(), "Institute.name");
    if (role().isPresent()) {
      Checks.requireNonBlank(role().get(), "Institute.role");
    }
  }
}
