package io.github.ajiss4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

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
  void capitals() {
    assertThat(TitleCase.isCapitals("NATO 2010")).isTrue();
    assertThat(TitleCase.isCapitals("Nato")).isFalse();
    assertThat(TitleCase.isCapitals("2010")).isFalse();
  }
}
