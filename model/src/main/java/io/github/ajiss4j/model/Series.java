package io.github.ajiss4j.model;

import org.immutables.value.Value;

/**
 * The series a commentary belongs to, and its publisher.
 *
 * <pre>{@code
 * Series s = Series.ajiss(); // AJISS-Commentary, The Association of Japanese Institutes of ...
 * }</pre>
 */
@Value.Immutable
public abstract class Series {

  /** The series name printed at the top of every commentary. */
  public static final String AJISS_NAME = "AJISS-Commentary";

  /** The publisher printed under the series name. */
  public static final String AJISS_PUBLISHER =
      "The Association of Japanese Institutes of Strategic Studies";

  private static final Series AJISS = of(AJISS_NAME, AJISS_PUBLISHER);

  Series() {}

  /**
   * Returns a series.
   *
   * @param name the series name, not blank
   * @param publisher the publisher, not blank
   * @return the series
   */
  public static Series of(String name, String publisher) {
    return ImmutableSeries.of(name, publisher);
  }

  /**
   * The AJISS-Commentary series of The Association of Japanese Institutes of Strategic Studies.
   *
   * @return the series
   */
  public static Series ajiss() {
    return AJISS;
  }

  /**
   * The series name, such as {@code AJISS-Commentary}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The publisher, such as {@code The Association of Japanese Institutes of Strategic Studies}.
   *
   * @return the publisher
   */
  @Value.Parameter
  public abstract String publisher();

  @Value.Check
  void check() {
    Checks.requireNonBlank(name(), "Series.name");
    Checks.requireNonBlank(publisher(), "Series.publisher");
  }
}
