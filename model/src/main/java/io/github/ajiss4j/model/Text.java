package io.github.ajiss4j.model;

import org.immutables.value.Value;

/**
 * Plain running text.
 *
 * <pre>{@code
 * Inline t = Text.of("The timing of the speech, however, was not strategically right.");
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Text implements Inline {

  Text() {}

  /**
   * Returns a text inline.
   *
   * @param text the characters, not empty
   * @return the inline
   */
  public static Text of(String text) {
    return ImmutableText.of(text);
  }

  @Override
  @Value.Parameter
  public abstract String text();

  @Value.Check
  void check() {
    Checks.require(!text().isEmpty(), "Text.text must not be empty");
  }
}
