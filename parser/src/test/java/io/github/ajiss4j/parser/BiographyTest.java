package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closing biography as other years and tools print its opening: with an honorific, a label, the
 * name in another case or order, a colon or a dash after it, or "The author" for the one author.
 * Each is the author's biography, kept as printed, and no body paragraph.
 */
class BiographyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Yoshikazu Hirose is Professor",
        "Dr. Yoshikazu Hirose is Professor",
        "Yoshikazu Hirose: Professor",
        "Yoshikazu Hirose \u2014 Professor",
        "YOSHIKAZU HIROSE is Professor",
        "Hirose Yoshikazu is Professor",
        "About the author: Yoshikazu Hirose is Professor",
        "The author is Professor"
      })
  void isTheAuthorsBiography(String opening) throws Exception {
    String seed = Fixtures.read("seed-093.txt");
    assertThat(seed).contains("Yoshikazu Hirose is Professor");
    ParseResult expected = CommentaryParser.create().parse(seed);
    ParseResult r =
        CommentaryParser.create().parse(seed.replace("Yoshikazu Hirose is Professor", opening));
    assertThat(r.commentary().authors())
        .extracting(Author::name)
        .containsExactly("Yoshikazu Hirose");
    assertThat(r.commentary().authors().get(0).biography().orElseThrow())
        .startsWith(opening)
        .endsWith("European diplomatic history and security.");
    assertThat(r.commentary().body()).isEqualTo(expected.commentary().body());
    assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_BIOGRAPHY);
  }
}
