package io.github.ajiss4j.parser;

import io.github.ajiss4j.model.Institute;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The closed set of member institutes that a masthead may name. Misread abbreviations and names are
 * corrected against it.
 *
 * <pre>{@code
 * InstituteRegistry registry = InstituteRegistry.ajiss();
 * registry.byAbbreviation("JIIA"); // The Japan Institute of International Affairs
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InstituteRegistry {

  private static final InstituteRegistry AJISS =
      of(
          Institute.of("IIPS", "Institute for International Policy Studies"),
          Institute.of("NPI", "Nakasone Yasuhiro Peace Institute"),
          Institute.of("JIIA", "The Japan Institute of International Affairs"),
          Institute.of("RIPS", "Research Institute for Peace and Security"));

  private final List<Institute> institutes;

  private InstituteRegistry(List<Institute> institutes) {
    this.institutes = List.copyOf(institutes);
  }

  /**
   * The member institutes of AJISS over the years: IIPS (until 2017), NPI (from 2018), JIIA and
   * RIPS. Roles are not part of the registry; they are read from the masthead.
   *
   * @return the registry
   */
  public static InstituteRegistry ajiss() {
    return AJISS;
  }

  /**
   * A registry of the given institutes.
   *
   * @param institutes the institutes; their roles are ignored
   * @return the registry
   */
  public static InstituteRegistry of(Institute... institutes) {
    return new InstituteRegistry(List.of(institutes));
  }

  /**
   * The known institutes.
   *
   * @return the institutes
   */
  public List<Institute> institutes() {
    return institutes;
  }

  /**
   * Finds an institute by its exact abbreviation, ignoring case.
   *
   * @param abbreviation the abbreviation
   * @return the institute, or empty
   */
  public Optional<Institute> byAbbreviation(String abbreviation) {
    String key = abbreviation.toUpperCase(Locale.ROOT);
    for (Institute institute : institutes) {
      if (institute.abbreviation().equals(key)) {
        return Optional.of(institute);
      }
    }
    return Optional.empty();
  }
}
