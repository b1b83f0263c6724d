package io.github.ajiss4j.render;

import io.github.ajiss4j.model.Author;
import io.github.ajiss4j.model.Block;
import io.github.ajiss4j.model.Commentary;
import io.github.ajiss4j.model.Emphasis;
import io.github.ajiss4j.model.Institute;
import io.github.ajiss4j.model.Masthead;
import io.github.ajiss4j.model.Paragraph;
import io.github.ajiss4j.model.Person;
import io.github.ajiss4j.model.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed commentary (No. 93) built by hand, shared by the renderer tests so that a parser change
 * does not churn the renderer goldens. {@code ReadmeExampleTest} checks that the parser gives the
 * same commentary.
 */
public final class SeedCommentary {

  private SeedCommentary() {}

  /** The masthead printed around 2010. */
  public static Masthead masthead2010() {
    return Masthead.builder()
        .addInstitute(Institute.of("IIPS", "Institute for International Policy Studies"))
        .addInstitute(
            Institute.of("JIIA", "The Japan Institute of International Affairs", "Secretariat"))
        .addInstitute(Institute.of("RIPS", "Research Institute for Peace and Security"))
        .editor(Person.of("Akio Watanabe"))
        .addEditorialBoard(Person.of("Masashi Nishihara"))
        .addEditorialBoard(Person.of("Naoko Saiki"))
        .addEditorialBoard(Person.of("Taizo Yakushiji"))
        .onlinePublisher(Person.of("Yoshiji Nogami", "President, JIIA"))
        .build();
  }

  /**
   * No. 93 of 8 June 2010, as the parser gives it for seed 000_0598330b9d5ef179: the first
   * paragraph is the full copy after the tab on line 8, and the paragraph split by the page break
   * (lines 16 and 18) is joined.
   */
  public static Commentary seed() {
    return Commentary.builder()
        .number(93)
        .date(LocalDate.of(2010, 6, 8))
        .title("The Prospects of Japan-NATO Cooperation")
        .addAuthor(
            Author.of("Yoshikazu Hirose")
                .withBiography(
                    "Yoshikazu Hirose is Professor of International Relations at the National"
                        + " Defense Academy, Japan. He specializes in European diplomatic history"
                        + " and security."))
        .masthead(masthead2010())
        .addAllBody(seedBody())
        .build();
  }

  private static List<Block> seedBody() {
    return List.of(
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
                "NATO's transformation from a military alliance to a hybrid crisis management organization provides Japan with an opportunity to expand cooperation with European partners with whom Japan shares the fundamental values of freedom and democracy. This cooperation should start with nonmilitary areas, in which Japan has experience, and then gradually develop into military areas as well.")));
  }
}
