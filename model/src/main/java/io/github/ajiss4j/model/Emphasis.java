package io.github.ajiss4j.model;

import org.immutables.value.Value;

/**
 * Emphasised text, such as the name of a publication ({@code *Foreign Affairs*} in the source).
 *
 * <pre>{@code
 * Inline e = Emphasis.of("Foreign Affairs");
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Emphasis implements Inline {

  Emphasis() {}

  /**
   * Returns an emphasis inline.
   *
   * @param text the emphasised characters, not blank
   * @return the inline
   */
  public static Emphasis of(String text) {
    return ImmutableEmphasis.of(text);
  }

  @Override
  @Value.Parameter
  public abstract String text();

  @Value.Check
  void check() {
    Checks.requireNonBlank(text(), "Emphasis.text");
  }
}
