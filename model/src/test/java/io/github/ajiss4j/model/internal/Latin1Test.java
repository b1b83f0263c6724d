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

  @Test
  void aTextGivesItsBytesOnlyWhenEveryCharacterIsLatin1() {
    assertThat(Latin1.bytesIfLatin1("Japan-NATO\t\u00E9\u00FF"))
        .containsExactly('J', 'a', 'p', 'a', 'n', '-', 'N', 'A', 'T', 'O', '\t', 0xE9, 0xFF);
    assertThat(Latin1.bytesIfLatin1("")).isEmpty();
    // a character whose low eight bits are printable ASCII is not read as them
    assertThat(Latin1.bytesIfLatin1("Japan\u2019s")).isNull();
    assertThat(Latin1.bytesIfLatin1("\u0141")).isNull();
    StringBuilder wideThenNarrow = new StringBuilder("\u2022 point");
    wideThenNarrow.setCharAt(0, '-'); // a builder that held a wide character makes Latin-1 text
    assertThat(Latin1.bytesIfLatin1(wideThenNarrow.toString())).hasSize(7);
  }
}
