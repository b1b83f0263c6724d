package io.github.ajiss4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Diagnostic;
import io.github.ajiss4j.model.DiagnosticCode;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed (No.93) gives exactly what {@code seeds/000_0598330b9d5ef179.expected.md} lists. */
class SeedTest {

  @ParameterizedTest
  @EnumSource(Feed.class)
  void header(Feed feed) throws Exception {
    Commentary c = feed.parse(Fixtures.read("seed-093.txt")).commentary();
    assertThat(c.series().name()).isEqualTo("AJISS-Commentary");
    assertThat(c.series().publisher())
        .isEqualTo("The Association of Japanese Institutes of Strategic Studies");
    assertThat(c.number()).isEqualTo(93);
    assertThat(c.date()).isEqualTo(LocalDate.of(2010, 6, 8));
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.title()).isEqualTo("The Prospects of Japan-NATO Cooperation");
    assertThat(c.authors())
        .containsExactly(
            Author.builder()
                .name("Yoshikazu Hirose")
                .biography(
                    "Yoshikazu Hirose is Professor of International Relations at the National"
                        + " Defense Academy, Japan. He specializes in European diplomatic history"
                        + " and security.")
                .build());
    assertThat(c.masthead().institutes())
        .containsExactly(
            Institute.of("IIPS", "Institute for International Policy Studies"),
            Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat"),
            Institute.of("RIPS", "Research Institute for Peace and Security"));
    assertThat(c.masthead().editor()).contains(Person.of("Akio Watanabe"));
    assertThat(c.masthead().editorialBoard())
        .containsExactly(
            Person.of("Masashi Nishihara"), Person.of("Naoko Saiki"), Person.of("Taizo Yakushiji"));
    assertThat(c.masthead().editorialAdvisoryBoard()).isEmpty();
    assertThat(c.masthead().editorialCommittee()).isEmpty();
    assertThat(c.masthead().onlinePublisher())
        .contains(Person.of("Yoshiji Nogami", "President, JIIA"));
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void body(Feed feed) throws Exception {
    String input = Fixtures.read("seed-093.txt");
    List<Block> body = feed.parse(input).commentary().body();
    assertThat(body).hasSize(7).allMatch(b -> b instanceof Paragraph);
    assertThat(body.get(0).plainText())
        .startsWith("\"Japan and NATO are partners,\" Shinzo Abe told")
        .endsWith("with the other being territorial defense.")
        .isEqualTo(input.split("\n")[7].split("\t")[2]);
    assertThat(body.get(1).plainText())
        .startsWith("The timing of the speech")
        .endsWith("such democratic states as Japan and Australia.")
        .contains("In a Foreign Affairs article");
    assertThat(((Paragraph) body.get(1)).content()).contains(Emphasis.of("Foreign Affairs"));
    assertThat(body.get(2).plainText())
        .startsWith("The concept of Global NATO")
        .endsWith("to assist US forces.");
    assertThat(body.get(3).plainText())
        .startsWith("Against this background")
        .endsWith("quest for the broad approach.");
    assertThat(body.get(4).plainText())
        .startsWith("For Japan, there are at least two merits")
        .contains("Caught in a dilemma of \"security\" and \"reconstruction,\" Japan has often")
        .endsWith("are already such examples.");
    assertThat(body.get(5).plainText())
        .startsWith("Secondly, cooperation with NATO members")
        .endsWith("multilateral cooperation in diverse Asia.");
    assertThat(body.get(6).plainText())
        .startsWith("NATO's transformation from a military alliance")
        .endsWith("gradually develop into military areas as well.");
    assertThat(body).noneMatch(b -> b.plainText().startsWith("Yoshikazu Hirose is"));
  }

  @ParameterizedTest
  @EnumSource(Feed.class)
  void diagnostics(Feed feed) throws Exception {
    List<Diagnostic> d = feed.parse(Fixtures.read("seed-093.txt")).diagnostics();
    assertThat(d)
        .extracting(x -> x.code().id() + "@" + x.span().line() + ":" + x.span().column())
        .contains(
            "clipped-copy@8:2",
            "page-break-joined@16:305",
            "title-piece-restored@7:192",
            "institute-corrected@5:6",
            "institute-corrected@6:15",
            "stray-text-dropped@6:43");
    Diagnostic clipped =
        d.stream().filter(x -> x.code() == DiagnosticCode.CLIPPED_COPY).findFirst().orElseThrow();
    assertThat(clipped.span().length()).isEqualTo(330);
    assertThat(d)
        .filteredOn(x -> x.code() == DiagnosticCode.INSTITUTE_CORRECTED)
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("\"JIIN\" to \"JIIA\""))
        .anyMatch(m -> m.contains("\"Internationa\" to \"International\""));
  }
}
