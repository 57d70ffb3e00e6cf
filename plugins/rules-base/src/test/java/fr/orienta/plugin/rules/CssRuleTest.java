package fr.orienta.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.RuleScore;
import fr.orienta.spi.Settings;
import fr.orienta.spi.testkit.SamplePersons;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CssRuleTest {

  private final CssRule rule = new CssRule();
  private final Settings defaults = Settings.defaults(rule.settings());

  @Test
  void cssGivesPoints() {
    assertThat(rule.score(SamplePersons.person(null, false, null, true, null), defaults))
        .isEqualTo(new RuleScore(20, "CSS : +20"));
  }

  @Test
  void noCssNoPoints() {
    assertThat(rule.score(SamplePersons.person(null, true, 8, false, null), defaults))
        .isEqualTo(RuleScore.none());
  }

  @Test
  void pointsComeFromTheSettings() {
    Settings local = Settings.of(rule.settings(), Map.of("points", "35"));

    assertThat(rule.score(SamplePersons.person(null, false, null, true, null), local))
        .isEqualTo(new RuleScore(35, "CSS : +35"));
  }

  @Test
  void absurdPointsAreCapped() {
    Settings typo = Settings.of(rule.settings(), Map.of("points", "99999999999"));

    assertThat(rule.score(SamplePersons.person(null, false, null, true, null), typo).points())
        .isEqualTo(Points.CEILING);
  }
}
