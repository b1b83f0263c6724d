package io.github.ajiss4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Latin1Test {

  private static boolean printable(int b) {
    return b >= 0x20 && b <= 0x7E;
  }

  /** Every byte value at every place of eight, the other seven printable or not. */
  @Test
  void eightBytesArePrintableAsciiOnlyWhenEachIs() {
    SplittableRandom random = new SplittableRandom(7);
    byte[] b = new byte[8];
    ByteBuffer longs = Latin1.longs(b);
    for (int place = 0; place < 8; place++) {
      for (int value = 0; value < 256; value++) {
        for (int round = 0; round < 4; round++) {
          for (int k = 0; k < 8; k++) {
            // the others printable, at the range's ends too, or any byte at all
            b[k] = (byte) (round < 2 ? 0x20 + random.nextInt(0x5F) : random.nextInt(256));
          }
          b[place] = (byte) value;
          boolean each = true;
          for (int k = 0; k < 8; k++) {
            each &= printable(b[k] & 0xFF);
          }
          assertThat(Latin1.isPrintableAscii(longs.getLong(0)))
              .as("bytes %s", java.util.Arrays.toString(b))
              .isEqualTo(each);
        }
      }
    }
  }

  /** A question mark at every place of eight, among other printable bytes. */
  @Test
  void aQuestionMarkIsFoundAtEveryPlace() {
    SplittableRandom random = new SplittableRandom(11);
    byte[] b = new byte[8];
    ByteBuffer longs = Latin1.longs(b);
    for (int round = 0; round < 20_000; round++) {
      boolean any = false;
      for (int k = 0; k < 8; k++) {
        // a question mark now and then, and its neighbours > and @ often
        int pick = random.nextInt(10);
        b[k] =
            (byte)
                (pick == 0
                    ? '?'
                    : pick < 4 ? '>' + 2 * random.nextInt(2) : 0x20 + random.nextInt(0x5F));
        any |= b[k] == '?';
      }
      assertThat(Latin1.hasQuestionMark(longs.getLong(0)))
          .as("bytes %s", java.util.Arrays.toString(b))
          .isEqualTo(any);
    }
  }
}
