package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Where the clipped copy of the first paragraph ends, as the seed's tab marks it. */
class ClippedCopyTest {

  @Test
  void aTabEndsTheCopyThoughItsLastPiecesFindNoLineOfTheParagraph() throws Exception {
    // the paragraph loses the words that the copy's last pieces come from ("De the other being"):
    // the copy still ends at the tab, and none of it reaches the body
    String seed = Fixtures.read("seed-093.txt");
    String damaged =
        seed.replace(
            "Self Defense Forces' duties with the other being territorial",
            "Self Defense territorial");
    assertThat(damaged).isNotEqualTo(seed);
    ParseResult r = CommentaryParser.create().parse(damaged);
    assertThat(r.commentary().body().get(0).plainText())
        .startsWith("\"Japan and NATO are partners,\"");
    Diagnostic copy =
        r.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.CLIPPED_COPY)
            .findFirst()
            .orElseThrow();
    assertThat(copy.message()).contains("(58 words,");
  }
}
