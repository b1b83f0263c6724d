package io.github.ajiss4j.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One item of a {@link BulletList}.
 *
 * <pre>{@code
 * ListItem item = ListItem.of(Text.of("Japan and NATO share fundamental values."));
 * }</pre>
 */
@Value.Immutable
public abstract class ListItem {

  ListItem() {}

  /**
   * Returns an item of the given inlines.
   *
   * @param content the inlines, at least one
   * @return the item
   */
  public static ListItem of(Inline... content) {
    return ImmutableListItem.builder().addContent(content).build();
  }

  /**
   * Returns an item of the given inlines.
   *
   * @param content the inlines, at least one
   * @return the item
   */
  public static ListItem of(List<? extends Inline> content) {
    return ImmutableListItem.builder().addAllContent(content).build();
  }

  /**
   * The inline content.
   *
   * @return the inlines, never empty
   */
  public abstract List<Inline> content();

  /**
   * The characters of the item without markup.
   *
   * @return the plain text
   */
  @Value.Lazy
  public String plainText() {
    return Inline.plainText(content());
  }

  @Value.Check
  void check() {
    Checks.require(!content().isEmpty(), "ListItem.content must not be empty");
  }
}
