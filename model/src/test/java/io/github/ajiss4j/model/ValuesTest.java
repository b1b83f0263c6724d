package io.github.ajiss4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void sourceSpanRanges() {
    SourceSpan s = SourceSpan.of(8, 2, 812, 331);
    assertThat(s.endOffset()).isEqualTo(1143);
    assertThat(s).hasToString("8:2+331");
    assertThatThrownBy(() -> SourceSpan.of(0, 1, 0, 0)).hasMessageContaining("SourceSpan.line");
    assertThatThrownBy(() -> SourceSpan.of(1, 0, 0, 0)).hasMessageContaining("SourceSpan.column");
    assertThatThrownBy(() -> SourceSpan.of(1, 1, -1, 0)).hasMessageContaining("SourceSpan.offset");
    assertThatThrownBy(() -> SourceSpan.of(1, 1, 0, -1)).hasMessageContaining("SourceSpan.length");
  }

  @Test
  void inlinesRefuseEmptyText() {
    assertThatThrownBy(() -> Text.of("")).hasMessageContaining("Text.text");
    assertThatThrownBy(() -> Emphasis.of(" ")).hasMessageContaining("Emphasis.text");
    assertThat(Text.of("a")).isEqualTo(Text.of("a")).isNotEqualTo(Emphasis.of("a"));
  }

  @Test
  void blocksRefuseEmptyContent() {
    assertThatThrownBy(() -> Paragraph.of()).hasMessageContaining("Paragraph.content");
    assertThatThrownBy(() -> Heading.of()).hasMessageContaining("Heading.content");
    assertThatThrownBy(() -> BlockQuote.of()).hasMessageContaining("BlockQuote.content");
    assertThatThrownBy(() -> BulletList.of()).hasMessageContaining("BulletList.items");
    assertThatThrownBy(() -> ListItem.of()).hasMessageContaining("ListItem.content");
  }

  @Test
  void peopleAndInstitutes() {
    assertThatThrownBy(() -> Person.of("")).hasMessageContaining("Person.name");
    assertThatThrownBy(() -> Person.of("A", " ")).hasMessageContaining("Person.role");
    assertThatThrownBy(() -> Institute.of("", "x")).hasMessageContaining("Institute.abbreviation");
    assertThatThrownBy(() -> Institute.of("X", "")).hasMessageContaining("Institute.name");
    assertThatThrownBy(() -> Author.of(" ")).hasMessageContaining("Author.name");
    assertThatThrownBy(() -> Author.of("A").withBiography(""))
        .hasMessageContaining("Author.biography");
    assertThatThrownBy(() -> Series.of("", "p")).hasMessageContaining("Series.name");
    assertThat(Person.of("Yoshiji Nogami", "President, JIIA").role()).contains("President, JIIA");
    assertThat(Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat"))
        .isEqualTo(
            Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat"));
    Author a = Author.of("Yoshikazu Hirose").withBiography("Yoshikazu Hirose is Professor.");
    assertThat(a.biography()).contains("Yoshikazu Hirose is Professor.");
    assertThat(a.withAffiliation("National Defense Academy").affiliation())
        .contains("National Defense Academy");
  }

  @Test
  void mastheadPosts() {
    Masthead m =
        Masthead.builder()
            .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
            .editor(Person.of("Akio Watanabe"))
            .addEditorialBoard(Person.of("Masashi Nishihara"), Person.of("Naoko Saiki"))
            .onlinePublisher(Person.of("Yoshiji Nogami", "President, JIIA"))
            .build();
    assertThat(m.isEmpty()).isFalse();
    assertThat(m.editorialBoard())
        .extracting(Person::name)
        .containsExactly("Masashi Nishihara", "Naoko Saiki");
    assertThat(m.editorialAdvisoryBoard()).isEmpty();
    assertThatThrownBy(() -> Masthead.builder().editor(Person.of("A")).editor(Person.of("B")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void diagnostics() {
    Diagnostic d =
        Diagnostic.of(
            DiagnosticCode.PAGE_BREAK_JOINED,
            SourceSpan.of(16, 190, 6420, 2),
            "joined a paragraph split by a page break");
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThat(d)
        .hasToString("16:190: info page-break-joined joined a paragraph split by a page break");
    assertThat(d.withSeverity(Severity.ERROR).severity()).isEqualTo(Severity.ERROR);
    assertThat(DiagnosticCode.ofId("clipped-copy")).isEqualTo(DiagnosticCode.CLIPPED_COPY);
    assertThatThrownBy(() -> DiagnosticCode.ofId("nope")).hasMessageContaining("nope");
    assertThat(java.util.Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).distinct())
        .hasSize(DiagnosticCode.values().length);
  }
}
