package io.github.ajiss4j.model;

/** Invariant checks shared by the model's {@code @Value.Check} methods. */
final class Checks {

  private Checks() {}

  static void require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** The same for one number, without boxing it or making an array when the condition holds. */
  static void require(boolean condition, String format, int value) {
    if (!condition) {
      require(false, format, (Object) value);
    }
  }

  static void requireNonBlank(String value, String field) {
    require(!value.isBlank(), "%s must not be blank", field);
  }
}
