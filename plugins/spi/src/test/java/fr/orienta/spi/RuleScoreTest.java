package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleScoreTest {

  @Test
  void negativePointsAreRefused() {
    assertThatThrownBy(() -> new RuleScore(-1, "ALD : -1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must be >= 0");
  }

  @Test
  void nullExplanationBecomesEmpty() {
    assertThat(new RuleScore(0, null).explanation()).isEmpty();
    assertThat(new RuleScore(0, null)).isEqualTo(RuleScore.none());
  }

  @Test
  void appliesOnlyWithPoints() {
    assertThat(new RuleScore(50, "ALD n° 8 : +50").applies()).isTrue();
    assertThat(new RuleScore(0, "ALD : +0").applies()).isFalse();
    assertThat(RuleScore.none().applies()).isFalse();
    assertThat(RuleScore.none().points()).isZero();
    assertThat(RuleScore.none().explanation()).isEmpty();
  }

  @Test
  void scoresAreValues() {
    assertThat(new RuleScore(30, "70 ans ou plus (74 ans) : +30"))
        .isEqualTo(new RuleScore(30, "70 ans ou plus (74 ans) : +30"))
        .isNotEqualTo(new RuleScore(30, "70 ans ou plus (75 ans) : +30"));
  }
}
