package io.github.ajiss4j.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A list of items, such as the key points ({@code •} lines) that open later commentaries.
 *
 * <pre>{@code
 * BulletList points = BulletList.of(ListItem.of(Text.of("First point.")), ListItem.of(Text.of("Second point.")));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class BulletList implements Block {

  BulletList() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a list of the given items.
   *
   * @param items the items, at least one
   * @return the list
   */
  public static BulletList of(ListItem... items) {
    return builder().addItems(items).build();
  }

  /**
   * Returns a list of the given items.
   *
   * @param items the items, at least one
   * @return the list
   */
  public static BulletList of(List<ListItem> items) {
    return builder().addAllItems(items).build();
  }

  /**
   * The items, in order.
   *
   * @return the items, never empty
   */
  public abstract List<ListItem> items();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceSpan> source();

  @Override
  @Value.Lazy
  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (ListItem item : items()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(item.plainText());
    }
    return sb.toString();
  }

  @Value.Check
  void check() {
    Checks.require(!items().isEmpty(), "BulletList.items must not be empty");
  }

  /** Builds a {@link BulletList}. Each attribute may be set once. */
  public static final class Builder extends ImmutableBulletList.Builder {
    Builder() {}
  }
}
