package io.github.ajiss4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section subheading standing between paragraphs.
 *
 * <pre>{@code
 * Heading h = Heading.of(Text.of("A New Approach"));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Heading implements Block {

  Heading() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a block of the given inlines.
   *
   * @param content the inlines, at least one
   * @return the block
   */
  public static Heading of(Inline... content) {
    return builder().addContent(content).build();
  }

  /**
   * Returns a block of the given inlines.
   *
   * @param content the inlines, at least one
   * @return the block
   */
  public static Heading of(List<? extends Inline> content) {
    return builder().addAllContent(content).build();
  }

  /**
   * The inline content.
   *
   * @return the inlines, never empty
   */
  public abstract List<Inline> content();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceSpan> source();

  @Override
  @Value.Lazy
  public String plainText() {
    return Inline.plainText(content());
  }

  @Value.Check
  void check() {
    Checks.require(!content().isEmpty(), "Heading.content must not be empty");
  }

  /** Builds a {@link Heading}. Each attribute may be set once. */
  public static final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
