package io.github.ajiss4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TitleCaseTest {

  /** A title in capitals of one to six of the words. */
  private static String titleOf(String[] words, SplittableRandom random) {
    StringBuilder title = new StringBuilder();
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      title.append(words[random.nextInt(words.length)].toUpperCase(java.util.Locale.ROOT));
      title.append(i > 1 ? " " : "");
    }
    return title.toString();
  }

  private static String titleCase(String title, String body) {
    TitleCase.Forms forms = new TitleCase.Forms();
    forms.learn(body);
    return TitleCase.apply(title, forms);
  }

  @Test
  void bodySpellingDecides() {
    String body =
        "Japan and NATO are partners. The US and the ROK agree on this, and Japan's McCain met"
            + " them. Cooperation is a prospect.";
    assertThat(titleCase("THE PROSPECTS OF JAPAN-NATO COOPERATION", body))
        .isEqualTo("The Prospects of Japan-NATO Cooperation");
    assertThat(titleCase("A NEW ERA FOR JAPAN-ROK RELATIONS?", body))
        .isEqualTo("A New Era for Japan-ROK Relations?");
    assertThat(titleCase("JAPAN'S CHOICE: THE WAY TO MCCAIN", body))
        .isEqualTo("Japan's Choice: The Way to McCain");
    assertThat(titleCase("\"GLOBAL NATO\" AND THE G20", ""))
        .isEqualTo("\"Global NATO\" and the G20");
  }

  @Test
  void ordinalsAndDecadesKeepTheirSuffixInLowerCase() {
    assertThat(titleCase("JAPAN'S VISION FOR THE 21ST CENTURY", ""))
        .isEqualTo("Japan's Vision for the 21st Century");
    assertThat(titleCase("THE 1ST, 2ND, 3RD AND 70TH YEARS", ""))
        .isEqualTo("The 1st, 2nd, 3rd and 70th Years");
    assertThat(titleCase("LESSONS OF THE 1990S", "")).isEqualTo("Lessons of the 1990s");
    assertThat(titleCase("THE G7, THE G20 AND COVID-19", ""))
        .isEqualTo("The G7, the G20 and COVID-19");
  }

  /**
   * A word that the body writes only at a sentence's start still shows its spelling there when it
   * has a capital after its first letter; and a Roman numeral's letters capitalised there are a
   * word.
   */
  @Test
  void aSentencesFirstWordShowsCapitalsInsideItAndIsNoRomanNumeral() {
    String body = "NGOs play a part. MacArthur wrote it. Xi Jinping spoke. IoT grows. It is so.";
    for (String[] c :
        new String[][] {
          {"NGOS AND MACARTHUR'S LEGACY", "NGOs and MacArthur's Legacy"},
          {"XI JINPING'S THIRD TERM", "Xi Jinping's Third Term"},
          {"THE IOT AND IT", "The IoT and It"}
        }) {
      assertThat(titleCase(c[0], body)).isEqualTo(c[1]);
      TitleCase.Forms forms = new TitleCase.Forms(c[0]);
      forms.learnLatin1(body);
      assertThat(TitleCase.apply(c[0], forms)).isEqualTo(c[1]);
    }
  }

  /**
   * A word with no vowel, nor Y, that the body does not show is an acronym, its plural too; an
   * honorific with none is a word.
   */
  @Test
  void aWordWithNoVowelStaysInCapitals() {
    assertThat(titleCase("THE TPNW AND SCS PRIMER", "")).isEqualTo("The TPNW and SCS Primer");
    assertThat(titleCase("THE SDGS, THE LNG TRADE AND TV", ""))
        .isEqualTo("The SDGs, the LNG Trade and TV");
    assertThat(titleCase("WHY MR. KISHIDA AND DR. LEE MET", ""))
        .isEqualTo("Why Mr. Kishida and Dr. Lee Met");
    assertThat(titleCase("THE SCS AND JAPAN", "Japan and the Scs met."))
        .isEqualTo("The Scs and Japan");
  }

  @Test
  void aSmallWordInsideACompoundIsInLowerCaseAndOneThatEndsItIsNot() {
    String body = "The state-of-the-art ships and people-to-people ties were built in.";
    assertThat(titleCase("STATE-OF-THE-ART SHIPS AND PEOPLE-TO-PEOPLE TIES", body))
        .isEqualTo("State-of-the-Art Ships and People-to-People Ties");
    assertThat(titleCase("A BUILT-IN LIMIT", body)).isEqualTo("A Built-In Limit");
  }

  @Test
  void anAbbreviationWithAnAmpersandStaysInCapitals() {
    assertThat(titleCase("AT&T, HUAWEI AND TRUST", "AT&T and Huawei compete."))
        .isEqualTo("AT&T, Huawei and Trust");
    assertThat(titleCase("JAPAN'S R&D AND M&A", "")).isEqualTo("Japan's R&D and M&A");
    assertThat(titleCase("JAPAN & THE US", "")).isEqualTo("Japan & the US");
  }

  /** Accents decomposed into a letter and a combining mark, as some tools write them. */
  @Test
  void aCombiningMarkStaysInItsWord() {
    String title = "JAPAN AND THE E\u0301LYSE\u0301E TREATY";
    String body = "The E\u0301lyse\u0301e Treaty of 1963 reconciled France and Germany.";
    assertThat(titleCase(title, body)).isEqualTo("Japan and the E\u0301lyse\u0301e Treaty");
    TitleCase.Forms forms = new TitleCase.Forms(title);
    forms.learn(body);
    assertThat(TitleCase.apply(title, forms)).isEqualTo("Japan and the E\u0301lyse\u0301e Treaty");
    assertThat(titleCase("LES E\u0301TATS-UNIS", "")).isEqualTo("Les E\u0301tats-Unis");
  }

  @Test
  void romanNumeralsStayInCapitalsUnlessTheBodyWritesTheWordOtherwise() {
    assertThat(titleCase("JAPAN'S CHOICE \u2013 PART II", ""))
        .isEqualTo("Japan's Choice \u2013 Part II");
    assertThat(titleCase("LESSONS OF WORLD WAR II AND CHAPTER XIV", ""))
        .isEqualTo("Lessons of World War II and Chapter XIV");
    assertThat(titleCase("XI AND MIX", "")).isEqualTo("XI and Mix");
    assertThat(titleCase("XI JINPING'S CHINA", "President Xi Jinping spoke."))
        .isEqualTo("Xi Jinping's China");
  }

  @Test
  void capitals() {
    assertThat(TitleCase.isCapitals("NATO 2010")).isTrue();
    assertThat(TitleCase.isCapitals("Nato")).isFalse();
    assertThat(TitleCase.isCapitals("2010")).isFalse();
  }

  /**
   * The spellings of one title's words, learned in place for ASCII words, case a title as the
   * spellings of every word do, learned word by word.
   */
  @Test
  void learningOnlyTheTitlesWordsCasesTheTitleAlike() {
    String[] words = {
      "nato",
      "NATO",
      "Nato",
      "NaTo",
      "nAto",
      "japan",
      "Japan",
      "JAPAN",
      "McCain",
      "MCCAIN",
      "mccain",
      "Mccain",
      "a",
      "A",
      "a1",
      "A1",
      "1a",
      "1A",
      "G20",
      "g20",
      "K",
      "\u212Aelvin",
      "kelvin",
      "Kelvin",
      "\u00e9t\u00e9",
      "\u00c9T\u00c9",
      "the",
      "The",
      "THE",
      "of",
      "Of",
      "US",
      "us"
    };
    String[] separators = {" ", " ", " ", ", ", ". ", ": ", "-", "'s "};
    SplittableRandom random = new SplittableRandom(93);
    for (int round = 0; round < 5000; round++) {
      String title = titleOf(words, random);
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        body.append(words[random.nextInt(words.length)]);
        body.append(separators[random.nextInt(separators.length)]);
      }
      TitleCase.Forms every = new TitleCase.Forms();
      every.learn(body);
      TitleCase.Forms titles = new TitleCase.Forms(title);
      titles.learn(body);

      assertThat(TitleCase.apply(title, titles))
          .as("%s / %s", title, body)
          .isEqualTo(TitleCase.apply(title, every));
    }
  }

  /**
   * Learning a Latin-1 text eight characters at a time cases a title as learning it a character at
   * a time does: words across the blocks of 64 that the masks cover, a word longer than a block,
   * sentence ends right before a word or a few characters before it, and letters beyond ASCII.
   */
  @Test
  void learningLatin1TextByMasksCasesTheTitleAlike() {
    String[] words = {
      "nato",
      "NATO",
      "Nato",
      "japan",
      "Japan",
      "JAPAN",
      "McCain",
      "mccain",
      "G20",
      "g20",
      "a",
      "A1",
      "of",
      "the",
      "x".repeat(70),
      "X".repeat(40),
      "n".repeat(63),
      "cooperation",
      "Cooperation",
      "COOPERATION",
      "9",
      "z",
      // beyond ASCII, in every other round
      "\u00e9t\u00e9",
      "\u00c9T\u00c9"
    };
    String[] separators = {
      " ",
      " ",
      " ",
      "  ",
      ", ",
      ". ",
      ".",
      ":",
      "? ",
      "!",
      "-",
      "'s ",
      "\n",
      "\t",
      " (",
      // the dashes, quotation marks and ellipsis beyond Latin-1 that the masks read too
      "\u2019s ",
      " \u201C",
      "\u201D ",
      ".\u201D ",
      "\u2014",
      " \u2013 ",
      "\u2010",
      "\u2026 ",
      // beyond ASCII, in every other round
      ".\u00bb ",
      "\u00a0"
    };
    SplittableRandom random = new SplittableRandom(64);
    for (int round = 0; round < 5000; round++) {
      String title = titleOf(words, random);
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        int latin1 = round % 2 * 2; // the last two of each list, or none
        body.append(words[random.nextInt(words.length - 2 + latin1)]);
        body.append(separators[random.nextInt(separators.length - 2 + latin1)]);
      }
      String text = body.toString();
      TitleCase.Forms byCharacter = new TitleCase.Forms(title);
      byCharacter.learn(text);
      TitleCase.Forms byMask = new TitleCase.Forms(title);
      // two texts in turn, as the blocks of a body, so that the second reuses the first's bytes
      byMask.learnLatin1(text.substring(0, text.length() / 3));
      byMask.learnLatin1(text.substring(text.length() / 3));
      TitleCase.Forms byCharacterTwice = new TitleCase.Forms(title);
      byCharacterTwice.learn(text.substring(0, text.length() / 3));
      byCharacterTwice.learn(text.substring(text.length() / 3));

      assertThat(TitleCase.apply(title, byMask))
          .as("%s / %s", title, body)
          .isEqualTo(TitleCase.apply(title, byCharacterTwice));
      TitleCase.Forms whole = new TitleCase.Forms(title);
      whole.learnLatin1(text);
      assertThat(TitleCase.apply(title, whole))
          .as("%s / %s", title, body)
          .isEqualTo(TitleCase.apply(title, byCharacter));
    }
  }

  @Test
  void aWordRunningToTheEndOfATextOfWholeBlocksIsLearned() {
    // the text read eight longs at a time: at 64 or 128 characters no padding closes the last word
    for (int length : new int[] {63, 64, 65, 127, 128}) {
      String text = "x".repeat(length - 7) + " iPhone";
      TitleCase.Forms byMask = new TitleCase.Forms("IPHONE RULES");
      byMask.learnLatin1(text);
      assertThat(TitleCase.apply("IPHONE RULES", byMask))
          .as("%d characters", length)
          .isEqualTo("iPhone Rules");
    }
  }

  @Test
  void aNamePrintedWithASmallMcAndAPluralAcronymCountAsCapitals() {
    assertThat(TitleCase.isCapitals("WHAT SPEAKER McCARTHY'S FALL MEANS FOR ASIA")).isTrue();
    assertThat(TitleCase.isCapitals("WHY JAPAN'S MPs IGNORE NGOs")).isTrue();
    assertThat(TitleCase.isCapitals("The McCarthy Years")).isFalse();
    assertThat(titleCase("WHAT SPEAKER McCARTHY'S FALL MEANS", "Speaker Kevin McCarthy fell."))
        .isEqualTo("What Speaker McCarthy's Fall Means");
    assertThat(titleCase("GENERAL MacARTHUR AND JAPAN", ""))
        .isEqualTo("General MacArthur and Japan");
    assertThat(titleCase("WHY JAPAN'S MPs IGNORE NGOs", ""))
        .isEqualTo("Why Japan's MPs Ignore NGOs");
  }

  @Test
  void eachPartOfANameWithAnApostropheIsCasedAsTheBodyWritesIt() {
    assertThat(titleCase("O'HANLON'S WARNING", "Michael O'Hanlon warned them."))
        .isEqualTo("O'Hanlon's Warning");
    assertThat(titleCase("O'HANLON ON DEFENSE", "")).isEqualTo("O'Hanlon on Defense");
  }

  @Test
  void aParticleOfANameThatTheBodyWritesInLowerCaseStaysSoInsideTheTitle() {
    String body = "It was Ursula von der Leyen, not Charles de Gaulle, who spoke.";
    assertThat(titleCase("VON DER LEYEN'S EUROPE", body)).isEqualTo("Von der Leyen's Europe");
    assertThat(titleCase("FROM DE GAULLE TO MACRON", body)).isEqualTo("From de Gaulle to Macron");
  }

  @Test
  void aPronounThatTheBodyDoesNotShowIsNoAcronym() {
    assertThat(titleCase("IS IT TIME FOR A JAPAN-ROK FTA?", ""))
        .isEqualTo("Is It Time for a Japan-ROK FTA?");
    assertThat(titleCase("WHO WILL PAY FOR JAPAN'S DEFENSE?", ""))
        .isEqualTo("Who Will Pay for Japan's Defense?");
    assertThat(titleCase("THE IT SECTOR AND THE WHO", "The IT sector and the WHO grew."))
        .isEqualTo("The IT Sector and the WHO");
  }

  @Test
  void anAcronymThatIsAlsoAWordIsOneWhereTheBodyWritesItInCapitals() {
    String who = "The WHO met. Those who care, who act and who lead followed the WHO and the WHO.";
    assertThat(titleCase("THE WHO AND JAPAN", who)).isEqualTo("The WHO and Japan");
    String it = "The IT sector grew. It was IT that mattered, and it did, as it does in IT.";
    assertThat(titleCase("JAPAN'S IT STRATEGY", it)).isEqualTo("Japan's IT Strategy");
    String us = "Tell us more, said the US envoy; let us see, and help us all.";
    assertThat(titleCase("JAPAN, THE US AND CHINA", us)).isEqualTo("Japan, the US and China");
    assertThat(titleCase("PM ABE'S VISION", "Abe spoke.")).isEqualTo("PM Abe's Vision");
  }

  @Test
  void aPluralOfAnAcronymKeepsItsCapitalsAndALowerCaseS() {
    assertThat(titleCase("NORTH KOREA'S ICBMS AND JAPAN", "North Korea's ICBM program grew."))
        .isEqualTo("North Korea's ICBMs and Japan");
    assertThat(titleCase("THE NGOS AND THE SDF", "The work of an NGO and the SDF went on."))
        .isEqualTo("The NGOs and the SDF");
    assertThat(titleCase("THE NEWS AND THE ARMS", "The news of arms sales spread."))
        .isEqualTo("The News and the Arms");
  }
}
