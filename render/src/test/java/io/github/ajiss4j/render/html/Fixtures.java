package io.github.ajiss4j.render.html;

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
import io.github.ajiss4j.model.Series;
import io.github.ajiss4j.model.SourceSpan;
import io.github.ajiss4j.model.Text;
import io.github.ajiss4j.render.SeedCommentary;
import java.time.LocalDate;
import java.util.List;

/** Commentaries built by hand: the seed (No. 93), a later shape, and hostile ones. */
final class Fixtures {

  private Fixtures() {}

  /** Strings that try to break out of markup, script or encoding. */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "&amp; &lt; &#0; ]]>",
          "nul \u0000 here",
          "nonchar \uFFFE here",
          "lone \uD800 surrogate",
          "rtl \u202E\u0645\u0631\u062D\u0628\u0627 text",
          "emoji \uD83D\uDE00 \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "</script><!-- '\\u003c",
          "tab\tand\u000Bvertical\u0085next\u009F\uFDD0");

  /** The strings of {@link #HOSTILE} that hold characters XML or HTML forbid. */
  static final List<String> FORBIDDEN =
      List.of(HOSTILE.get(3), HOSTILE.get(4), HOSTILE.get(5), HOSTILE.get(9));

  /** AJISS-Commentary No. 93 of 8 June 2010, as a correct parse of the seed gives it. */
  static Commentary seed() {
    return SeedCommentary.seed();
  }

  /** A later commentary: key points, a subheading, a quotation, three authors, a later masthead. */
  static Commentary later() {
    return Commentary.builder()
        .number(301)
        .date(LocalDate.of(2021, 3, 2))
        .title("Japan-ROK Relations: What Comes Next?")
        .addAuthor(
            Author.of("Taro Yamada")
                .withAffiliation("JIIA")
                .withBiography("Taro Yamada is a Senior Fellow at JIIA."))
        .addAuthor(Author.of("Hanako Suzuki").withBiography("Hanako Suzuki is a Professor."))
        .addAuthor(Author.of("Jiro Sato"))
        .masthead(
            Masthead.builder()
                .addInstitute(Institute.of("NPI", "Nakasone Yasuhiro Peace Institute"))
                .addInstitute(
                    Institute.of(
                        "JIIA", "The Japan Institute of International Affairs", "Secretariat"))
                .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
                .addEditorialAdvisoryBoard(
                    Person.of("Akio Watanabe", "Chair"), Person.of("Masashi Nishihara"))
                .addEditorialCommittee(Person.of("Ken Jimbo"), Person.of("Tetsuo Kotani"))
                .onlinePublisher(Person.of("Kenichiro Sasae", "President, JIIA"))
                .build())
        .addBody(
            BulletList.of(
                ListItem.of(Text.of("First key point.")),
                ListItem.of(
                    Text.of("Second key point, with "), Emphasis.of("emphasis"), Text.of("."))),
            Paragraph.of(Text.of("\"Relations are at a low ebb,\" he said -- and it's true...")),
            Heading.of(Text.of("A Way Forward")),
            BlockQuote.of(Text.of("We have in common such fundamental values.")),
            Paragraph.of(Text.of("The end.")))
        .build();
  }

  /** A commentary with the given string in every field that can hold it. */
  static Commentary hostile(String evil) {
    SourceSpan span = SourceSpan.of(12, 1, 345, 40);
    return Commentary.builder()
        .series(Series.of("AJISS " + evil, "Publisher " + evil))
        .number(7)
        .date(LocalDate.of(2020, 1, 31))
        .title("Title " + evil)
        .addAuthor(
            Author.of("Author " + evil)
                .withAffiliation("Affiliation " + evil)
                .withBiography("Biography " + evil))
        .addAuthor(Author.of("Second " + evil))
        .masthead(
            Masthead.builder()
                .addInstitute(Institute.of("A" + evil, "Institute " + evil, "Role " + evil))
                .editor(Person.of("Editor " + evil, "Role " + evil))
                .addEditorialBoard(Person.of("Board " + evil))
                .addEditorialAdvisoryBoard(Person.of("Adviser " + evil, "Chair " + evil))
                .addEditorialCommittee(Person.of("Committee " + evil))
                .onlinePublisher(Person.of("Publisher " + evil, "President " + evil))
                .build())
        .addBody(
            Paragraph.builder()
                .addContent(Text.of("Text " + evil), Emphasis.of("Emphasis " + evil))
                .source(span)
                .build(),
            Heading.of(Text.of("Heading " + evil)),
            BulletList.of(ListItem.of(Text.of("Item " + evil))),
            BlockQuote.of(Text.of("Quote " + evil), Emphasis.of("Em " + evil)))
        .build();
  }
}
