package io.github.ajiss4j.render.json;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.BlockQuote;
import io.github.ajiss4j.model.BulletList;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Heading;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.ListItem;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.SeedCommentary;
import java.time.LocalDate;

/**
 * Commentaries built by hand for the renderer tests, so that a parser change does not churn the
 * renderer goldens.
 */
final class Fixtures {

  private Fixtures() {}

  static Masthead masthead2010() {
    return SeedCommentary.masthead2010();
  }

  static Commentary seed() {
    return SeedCommentary.seed();
  }

  /**
   * A later commentary: several authors (one without a biography, one with an affiliation), the
   * later masthead with an editorial advisory board and an editorial committee, and every kind of
   * block, with source spans on some.
   */
  static Commentary variant() {
    Masthead masthead =
        Masthead.builder()
            .addInstitute(Institute.of("IIPS", "Institute for International Policy Studies"))
            .addInstitute(
                Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat"))
            .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
            .addEditorialAdvisoryBoard(Person.of("Akio Watanabe", "Chair"))
            .addEditorialAdvisoryBoard(Person.of("Masashi Nishihara"))
            .addEditorialAdvisoryBoard(Person.of("Yoshiji Nogami"))
            .addEditorialCommittee(Person.of("Tsutomu Kikuchi"))
            .addEditorialCommittee(Person.of("Hiroyuki Akita"))
            .onlinePublisher(Person.of("Kenichiro Sasae", "President, JIIA"))
            .build();
    return Commentary.builder()
        .number(250)
        .date(LocalDate.of(2017, 7, 20))
        .language("en-GB")
        .title("Japan\u2019s \"Free and Open Indo-Pacific\" Strategy")
        .addAuthor(
            Author.of("Hanako Yamada")
                .withBiography("Hanako Yamada is a Senior Fellow at JIIA.")
                .withAffiliation("The Japan Institute of International Affairs"))
        .addAuthor(Author.of("Taro Suzuki"))
        .addAuthor(
            Author.of("Jane O\u2019Connor")
                .withBiography("Jane O\u2019Connor is a visiting fellow."))
        .masthead(masthead)
        .addBlock(
            BulletList.builder()
                .addItems(
                    ListItem.of(Text.of("First, the strategy is about rules.")),
                    ListItem.of(
                        Text.of("Second, see "), Emphasis.of("The Economist"), Text.of(" (2017).")))
                .source(SourceSpan.of(9, 1, 640, 80))
                .build())
        .addBlock(Heading.of(Text.of("A New Approach")))
        .addBlock(
            Paragraph.builder()
                .addContent(Text.of("He said: "))
                .addContent(Emphasis.of("sic"))
                .addContent(Text.of(" \u2014 and left."))
                .source(SourceSpan.of(12, 1, 800, 41))
                .build())
        .addBlock(BlockQuote.of(Text.of("We have in common such fundamental values.")))
        .build();
  }
}
