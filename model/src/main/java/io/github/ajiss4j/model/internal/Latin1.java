package io.github.ajiss4j.model.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the characters of a Latin-1 text, as bytes, eight at a time: each test answers for eight
 * bytes at once with the high bit of each byte, and no byte below 0x80 carries into the next.
 *
 * <p>The bytes are read through a {@link ByteBuffer}, whose classes the JVM has loaded before any
 * program starts; a byte-array {@code VarHandle} would cost a short-lived process some 5 ms to set
 * up.
 */
public final class Latin1 {

  /** The high bit of each of eight bytes. */
  public static final long HIGH_BITS = 0x8080808080808080L;

  private Latin1() {}

  /**
   * A view of bytes that reads eight at a time, the first the lowest: {@code getLong(i)} is the
   * eight bytes at {@code i}.
   *
   * @param b the bytes
   * @return the view
   */
  public static ByteBuffer longs(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * The high bit of each of eight bytes below 0x80 set where the byte is a letter or a digit: a
   * byte in [lo, hi] reaches 0x80 when {@code 0x80 - lo} is added to it, and not when {@code 0x7F -
   * hi} is.
   *
   * @param x eight bytes below 0x80
   * @return the high bits
   */
  public static long wordBits(long x) {
    long folded = x | 0x2020202020202020L; // capitals to lower case; no other byte becomes a letter
    long letters = (folded + 0x1F1F1F1F1F1F1F1FL) & ~(folded + 0x0505050505050505L);
    long digits = (x + 0x5050505050505050L) & ~(x + 0x4646464646464646L);
    return (letters | digits) & HIGH_BITS;
  }

  /**
   * The high bits of eight bytes as the eight low bits of a long, the first byte's the lowest.
   *
   * @param highBits bits of {@link #HIGH_BITS} only
   * @return eight bits
   */
  public static long gather(long highBits) {
    return ((highBits >>> 7) * 0x0102040810204080L) >>> 56;
  }
}
