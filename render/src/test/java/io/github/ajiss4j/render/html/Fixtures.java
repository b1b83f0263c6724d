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
    return Commentary.builder()
        .number(93)
        .date(LocalDate.of(2010, 6, 8))
        .title("The Prospects of Japan-NATO Cooperation")
        .addAuthor(
            Author.of("Yoshikazu Hirose")
                .withBiography(
                    "Yoshikazu Hirose is Professor of International Relations at the National Defense Academy, Japan. He specializes in European diplomatic history and security."))
        .masthead(
            Masthead.builder()
                .addInstitute(Institute.of("IIPS", "Institute for International Policy Studies"))
                .addInstitute(
                    Institute.of(
                        "JIIA", "The Japan Institute of International Affairs", "Secretariat"))
                .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
                .editor(Person.of("Akio Watanabe"))
                .addEditorialBoard(
                    Person.of("Masashi Nishihara"),
                    Person.of("Naoko Saiki"),
                    Person.of("Taizo Yakushiji"))
                .onlinePublisher(Person.of("Yoshiji Nogami", "President, JIIA"))
                .build())
        .addBody(
            Paragraph.of(
                Text.of(
                    "\"Japan and NATO are partners,\" Shinzo Abe told the North Atlantic Council in January 2007 in what became the first address delivered by a Japanese head of government to the top decision-making body of the North Atlantic Treaty Organization. \"We have in common such fundamental values as freedom, democracy, human rights and the rule of law. It is only natural that we cooperate in protecting and promoting those values.\" The address came just a month after Prime Minister Abe elevated the Defense Agency to ministry status and made international peace cooperation activities one of the two pillars of the Self Defense Forces' duties with the other being territorial defense.")),
            Paragraph.of(
                Text.of(
                    "The timing of the speech, however, was not strategically right. After the failure to garner support from France and Germany for its invasion of Iraq in 2003, the United States began to stress the need to transform \"static alliances\" into \"dynamic partnerships,\" as was expressed in the 2006 Quadrennial Defense Review (QDR). This was, in essence, an idea to turn NATO into a militarily useful and politically more obedient coalition of the willing. The concept of a \"NATO Global Partnership\" was introduced in line with this US intention. In a "),
                Emphasis.of("Foreign Affairs"),
                Text.of(
                    " article titled \"Global NATO\" (September/October 2006), the current US Permanent Representative to NATO Ivo Daalder and political scientist James Goldgeier further developed the idea and argued that NATO should be transformed into a global democratic bloc by extending membership to such democratic states as Japan and Australia.")),
            Paragraph.of(
                Text.of(
                    "The concept of Global NATO put on alert America's NATO allies other than Britain concerned about the unilateralism of the Bush administration. Delivered in this context, Abe's address to seek partnership with NATO was also listened to with suspicion. NATO members took it as reflecting Japan's determination to consolidate the US-proposed Global NATO, with Japan preparing to dispatch the SDF at a moment's call to assist US forces.")),
            Paragraph.of(
                Text.of(
                    "Against this background, European NATO members have been developing a comprehensive strategy. In the Comprehensive Political Guidance (CPG) endorsed in November 2006, NATO mapped out a broad approach to crisis management that involved a wide range of options, including conflict prevention, peace enforcement, stabilization and post-conflict reconstruction. The CPG document also sets out enhanced NATO cooperation with non-member states as well as international, civilian and non-governmental organizations. The advent of the Obama administration, which unlike the previous administration emphasizes cooperation with European allies, has provided a boost to NATO's quest for the broad approach.")),
            Paragraph.of(
                Text.of(
                    "For Japan, there are at least two merits in enhancing cooperation with NATO. Firstly, NATO's comprehensive strategy fits Japan, which has refrained from making active military contributions under the pacifist Constitution, better than cooperation under the Japan-US alliance alone. Caught in a dilemma of \"security\" and \"reconstruction,\" Japan has often been unable to come up with effective measures for international peacebuilding. Partnership with NATO may open up opportunities for Japan to play a more effective role. Financial assistance and the dispatch of civilians to the NATO/ISAF-assisted Provincial Reconstruction Teams are already such examples.")),
            Paragraph.of(
                Text.of(
                    "Secondly, cooperation with NATO members, with which Japan shares such fundamental values as democracy, rule of law and human rights, will provide Japan with a valuable opportunity to learn about a multilateral security framework. Japan has little experience in institutionalized multilateral security cooperation other than with the United Nations. At a time when there is a greater need for cross-border cooperation to meet global challenges, enhancing cooperation with a coalition of democracies will offer Japan useful experience and lessons as it promotes multilateral cooperation in diverse Asia.")),
            Paragraph.of(
                Text.of(
                    "NATO's transformation from a military alliance to a hybrid crisis management organization provides Japan with an opportunity to expand cooperation with European partners with whom Japan shares the fundamental values of freedom and democracy. This cooperation should start with nonmilitary areas, in which Japan has experience, and then gradually develop into military areas as well.")))
        .build();
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
