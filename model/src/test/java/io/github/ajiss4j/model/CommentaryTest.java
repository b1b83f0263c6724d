package io.github.ajiss4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommentaryTest {

  static Commentary.Builder seedLike() {
    return seedLike(93, "The Prospects of Japan-NATO Cooperation");
  }

  static Commentary.Builder seedLike(int number, String title) {
    return Commentary.builder()
        .number(number)
        .date(LocalDate.of(2010, 6, 8))
        .title(title)
        .addAuthor(Author.of("Yoshikazu Hirose"))
        .addBlock(
            Paragraph.of(
                Text.of("In a "), Emphasis.of("Foreign Affairs"), Text.of(" article on NATO.")));
  }

  @Test
  void defaults() {
    Commentary c = seedLike().build();
    assertThat(c.series()).isEqualTo(Series.ajiss());
    assertThat(c.series().name()).isEqualTo("AJISS-Commentary");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.masthead()).isEqualTo(Masthead.empty());
    assertThat(c.masthead().isEmpty()).isTrue();
  }

  @Test
  void numberMustBePositive() {
    assertThatThrownBy(() -> seedLike(0, "T").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Commentary.number")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> seedLike().build().withNumber(-3))
        .hasMessageContaining("Commentary.number");
  }

  @Test
  void titleMustNotBeBlank() {
    assertThatThrownBy(() -> seedLike(1, " \t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Commentary.title");
  }

  @Test
  void languageMustBeWellFormed() {
    assertThat(seedLike().language("ja-Latn-JP").build().language()).isEqualTo("ja-Latn-JP");
    assertThatThrownBy(() -> seedLike().language("not a tag").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Commentary.language");
    assertThatThrownBy(() -> seedLike().language("").build())
        .hasMessageContaining("Commentary.language");
  }

  @Test
  void authorsAndBodyMustNotBeEmpty() {
    assertThatThrownBy(
            () ->
                Commentary.builder()
                    .number(1)
                    .date(LocalDate.of(2007, 4, 1))
                    .title("T")
                    .addBlock(Paragraph.of(Text.of("x")))
                    .build())
        .hasMessageContaining("Commentary.authors");
    assertThatThrownBy(
            () ->
                Commentary.builder()
                    .number(1)
                    .date(LocalDate.of(2007, 4, 1))
                    .title("T")
                    .addAuthor(Author.of("A"))
                    .build())
        .hasMessageContaining("Commentary.body");
  }

  @Test
  void builderRefusesMissingRequiredField() {
    assertThatThrownBy(
            () ->
                Commentary.builder()
                    .number(1)
                    .title("T")
                    .addAuthor(Author.of("A"))
                    .addBlock(Paragraph.of(Text.of("x")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date");
  }

  @Test
  void strictBuilderRefusesSecondValue() {
    assertThatThrownBy(() -> seedLike().number(94))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("number");
  }

  @Test
  void equalityAndHashing() {
    Commentary a = seedLike().build();
    Commentary b = seedLike().build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withNumber(94));
    assertThat(a.withTitle("Other")).isNotEqualTo(a);
  }

  @Test
  void sourceSpansTakeNoPartInEquality() {
    Paragraph plain = Paragraph.of(Text.of("x"));
    Paragraph located =
        Paragraph.builder().addContent(Text.of("x")).source(SourceSpan.of(3, 1, 40, 1)).build();
    assertThat(located).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(located.source()).contains(SourceSpan.of(3, 1, 40, 1));
    assertThat(plain.source()).isEmpty();
  }

  @Test
  void withersChangeOneField() {
    Commentary a = seedLike().build();
    Commentary b = a.withNumber(100).withLanguage("en-GB");
    assertThat(b.number()).isEqualTo(100);
    assertThat(b.language()).isEqualTo("en-GB");
    assertThat(b.title()).isEqualTo(a.title());
    assertThat(a.number()).isEqualTo(93);
  }

  @Test
  void idIsSeriesAndNumber() {
    assertThat(seedLike().build().id()).isEqualTo("ajiss-commentary-93");
    assertThat(seedLike().series(Series.of("1 Other  Series!", "P")).build().id())
        .isEqualTo("c-1-other-series-93");
  }

  @Test
  void displayTitleIsNeverInCapitals() {
    Commentary c =
        seedLike()
            .build()
            .withTitle("THE PROSPECTS OF JAPAN-NATO COOPERATION")
            .withBody(
                java.util.List.of(
                    Paragraph.of(
                        Text.of("Japan and NATO are partners. Partners need cooperation."))));
    assertThat(c.displayTitle()).isEqualTo("The Prospects of Japan-NATO Cooperation");
    assertThat(seedLike().build().displayTitle())
        .isEqualTo("The Prospects of Japan-NATO Cooperation");
  }

  @Test
  void plainTextOfBlocks() {
    Commentary c = seedLike().build();
    assertThat(c.body().get(0).plainText()).isEqualTo("In a Foreign Affairs article on NATO.");
    BulletList list = BulletList.of(ListItem.of(Text.of("one")), ListItem.of(Text.of("two")));
    assertThat(list.plainText()).isEqualTo("one\ntwo");
    assertThat(c.withBody(java.util.List.of(Heading.of(Text.of("H")), list)).bodyText())
        .isEqualTo("H\n\none\ntwo");
  }
}
