package io.github.ajiss4j.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ajiss4j.model.Commentary;
import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommentaryJsonReaderTest {

  private final CommentaryJsonReader reader = new CommentaryJsonReader();
  private final JsonRenderer compact = new JsonRenderer();
  private final JsonRenderer pretty = JsonRenderer.builder().pretty(true).build();

  static Stream<Commentary> models() {
    return Stream.of(Fixtures.seed(), Fixtures.variant());
  }

  @ParameterizedTest
  @MethodSource("models")
  void roundTripsFromEveryKindOfInput(Commentary c) throws IOException {
    for (JsonRenderer renderer : new JsonRenderer[] {compact, pretty}) {
      String json = renderer.renderToString(c);
      SchemaCheck.assertValid(json);
      assertThat(reader.read(json)).isEqualTo(c);
      assertThat(reader.read(new StringReader(json))).isEqualTo(c);
      assertThat(reader.read(new OneCharAtATime(new StringReader(json)))).isEqualTo(c);
      assertThat(reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
          .isEqualTo(c);
      assertThat(reader.read(new OneByteAtATime(json.getBytes(StandardCharsets.UTF_8))))
          .isEqualTo(c);
    }
  }

  @Test
  void ignoresUnknownFieldsEverywhere() {
    String json =
        compact
            .renderToString(Fixtures.variant())
            .replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"future\":{\"a\":[1,{}]},")
            .replace("\"name\":\"Taro Suzuki\"", "\"name\":\"Taro Suzuki\",\"orcid\":null")
            .replace("\"type\":\"heading\",", "\"type\":\"heading\",\"level\":2,")
            .replace("\"type\":\"emphasis\",", "\"type\":\"emphasis\",\"style\":\"italic\",")
            .replace("\"institutes\":[", "\"logo\":\"x.png\",\"institutes\":[");
    assertThat(reader.read(json)).isEqualTo(Fixtures.variant());
  }

  @Test
  void doesNotReadTheDerivedText() {
    String json =
        compact
            .renderToString(Fixtures.seed())
            .replaceFirst("\"text\":\"The timing", "\"text\":\"Changed");
    assertThat(reader.read(json)).isEqualTo(Fixtures.seed());
  }

  static Stream<Arguments> badInputs() {
    String good = new JsonRenderer().renderToString(Fixtures.variant());
    return Stream.of(
        Arguments.of("", "$: empty input: expected a JSON object"),
        Arguments.of("[]", "$: expected a commentary object but found an array (line 1, column 1)"),
        Arguments.of(
            "{\"schemaVersion\":1",
            "$.schemaVersion: malformed JSON: Unexpected end-of-input: expected close marker for"
                + " Object (line 1, column 19)"),
        Arguments.of(
            good + "{}",
            "$: expected the end of the input after the top-level object but found an object"),
        Arguments.of(
            good.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
            "$.schemaVersion: unsupported schemaVersion 2; this reader supports 1 (line 1, column 18)"),
        Arguments.of(
            good.replace(",\"title\":", ",\"headline\":"), "$: missing required field \"title\""),
        Arguments.of(
            good.replace("\"number\":250", "\"number\":\"250\""),
            "$.number: expected an integer but found a string"),
        Arguments.of(
            good.replace("\"number\":250", "\"number\":0"),
            "$.number: expected a positive number but was 0"),
        Arguments.of(
            good.replace("\"number\":250", "\"number\":99999999999"),
            "$.number: expected an integer that fits in 32 bits but was 99999999999"),
        Arguments.of(
            good.replace("\"date\":\"2017-07-20\"", "\"date\":\"2017-02-30\""),
            "$.date: not a valid date: \"2017-02-30\""),
        Arguments.of(
            good.replace("\"date\":\"2017-07-20\"", "\"date\":\"12017-07-20\""),
            "$.date: not a valid date: \"12017-07-20\""),
        Arguments.of(
            good.replace("\"date\":\"2017-07-20\"", "\"date\":\"20 July 2017\""),
            "$.date: expected a date in the form yyyy-mm-dd but was \"20 July 2017\""),
        Arguments.of(
            good.replace("\"language\":\"en-GB\"", "\"language\":\"not a tag!\""),
            "$.language: expected a well-formed BCP 47 tag but was \"not a tag!\""),
        Arguments.of(
            good.replace("\"type\":\"heading\"", "\"type\":\"table\""),
            "$.body[1].type: unknown block type \"table\"; expected one of paragraph, heading,"
                + " list, blockquote"),
        Arguments.of(
            good.replace(
                "\"type\":\"emphasis\",\"text\":\"sic\"", "\"type\":\"strong\",\"text\":\"sic\""),
            "$.body[2].content[1].type: unknown inline type \"strong\"; expected one of text,"
                + " emphasis"),
        Arguments.of(
            good.replace(
                "\"type\":\"emphasis\",\"text\":\"sic\"", "\"type\":\"emphasis\",\"text\":\" \""),
            "$.body[2].content[1]: Emphasis.text must not be blank"),
        Arguments.of(
            good.replace("\"name\":\"Taro Suzuki\"", "\"name\":null"),
            "$.authors[1].name: expected a string but found null"),
        Arguments.of(
            good.replace("\"name\":\"Taro Suzuki\"", "\"name\":\"\""),
            "$.authors[1].name: expected a non-blank string but was \"\""),
        Arguments.of(
            good.replace("\"authors\":[", "\"authors\":[],\"x\":["),
            "$.authors: expected at least one author"),
        Arguments.of(
            good.replace("{\"name\":\"Taro Suzuki\"}", "\"Taro Suzuki\""),
            "$.authors[1]: expected an author object but found a string"),
        Arguments.of(
            good.replace("\"name\":\"Taro Suzuki\"", "\"name\":\"Taro Suzuki\",\"name\":\"T\""),
            "$.authors[1].name: malformed JSON: Duplicate Object property \"name\""),
        Arguments.of(
            good.replace("\"items\":[", "\"itemz\":["),
            "$.body[0]: missing required field \"items\""),
        Arguments.of(
            good.replace(
                "\"content\":[{\"type\":\"text\",\"text\":\"A New Approach\"}]", "\"content\":[]"),
            "$.body[1].content: expected at least one inline"),
        Arguments.of(
            good.replace("\"masthead\":{", "\"masthead\":{\"editor\":[],"),
            "$.masthead.editor: expected a person object but found an array"),
        Arguments.of(
            good.replace("\"title\":\"President, JIIA\"", "\"title\":7"),
            "$.masthead.onlinePublisher.title: expected a string but found an integer"),
        Arguments.of(
            good.replace("\"body\":[{", "\"body\":[{\"type\":\"paragraph\"},{"),
            "$.body[0]: missing required field \"content\""),
        Arguments.of("{\"a\":tru}", "$.a: malformed JSON: Unrecognized token 'tru'"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void refusesBadInputWithAPathAndLocation(String json, String message) {
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(JsonReadException.class)
        .hasMessageStartingWith(message)
        .satisfies(
            e -> {
              JsonReadException j = (JsonReadException) e;
              assertThat(e.getMessage()).startsWith(j.path() + ": ");
              if (!json.isEmpty()) {
                assertThat(j.line()).isPositive();
                assertThat(e.getMessage()).contains("(line " + j.line() + ", column ");
              }
              assertThat(e.getMessage()).doesNotContain("tools.jackson", "Source:");
            });
  }

  @Test
  void rawControlCharacterInAStringIsAReadError() {
    // found by fuzzing: Jackson decodes a string only when asked for it, and threw its own error
    String json =
        pretty.renderToString(Fixtures.seed()).replace("Japan and NATO", "Japan\u0000NATO");
    assertThatThrownBy(() -> reader.read(json)).isInstanceOf(JsonReadException.class);
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(bytes)))
        .isInstanceOf(JsonReadException.class);
  }

  @Test
  void bytesThatAreNoUnicodeTextAreAReadError() {
    // found by fuzzing: four bytes starting with NULs select UTF-32, and 0x616c6516 is none
    byte[] bytes = {0, 0, 0, '{', 'a', 'l', 'e', 0x16};
    assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(bytes)))
        .isInstanceOf(JsonReadException.class)
        .hasMessageStartingWith("$: expected JSON text in UTF-8, UTF-16 or UTF-32, but");
  }

  @Test
  void locatesErrorsInPrettyOutputByLine() {
    String json =
        pretty.renderToString(Fixtures.seed()).replace("\"type\": \"paragraph\"", "\"type\": 1");
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(JsonReadException.class)
        .hasMessage("$.body[0].type: expected a string but found an integer (line 52, column 15)");
  }

  @Test
  void passesIoErrorsThrough() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> reader.read(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
    java.io.InputStream failingBytes =
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> reader.read(failingBytes))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  /** A reader that hands out one character a call, to shake out buffer-boundary bugs. */
  private static final class OneCharAtATime extends FilterReader {
    OneCharAtATime(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      return super.read(buf, off, Math.min(len, 1));
    }
  }

  /** A stream that hands out one byte a call. */
  private static final class OneByteAtATime extends InputStream {
    private final byte[] bytes;
    private int pos;

    OneByteAtATime(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int b = read();
      if (b < 0) {
        return -1;
      }
      buf[off] = (byte) b;
      return 1;
    }
  }
}
