package fr.orienta.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.RuleScore;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import fr.orienta.spi.testkit.SamplePersons;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AldRuleTest {

  private final AldRule rule = new AldRule();
  private final Settings defaults = Settings.defaults(rule.settings());

  private static WaitingPerson ald(boolean flag, Integer code) {
    return SamplePersons.person(null, flag, code, false, null);
  }

  @Test
  void namesTheAldNumberWhenKnown() {
    assertThat(rule.score(ald(true, 8), defaults)).isEqualTo(new RuleScore(50, "ALD n° 8 : +50"));
    assertThat(rule.score(ald(true, 32), defaults)).isEqualTo(new RuleScore(50, "ALD n° 32 : +50"));
  }

  @Test
  void saysAldAloneWhenTheNumberIsUnknown() {
    assertThat(rule.score(ald(true, null), defaults)).isEqualTo(new RuleScore(50, "ALD : +50"));
  }

  @Test
  void anAldNumberWithoutTheFlagStillCounts() {
    assertThat(rule.score(ald(false, 15), defaults))
        .isEqualTo(new RuleScore(50, "ALD n° 15 : +50"));
  }

  @Test
  void noAldNoPoints() {
    assertThat(rule.score(ald(false, null), defaults)).isEqualTo(RuleScore.none());
  }

  @Test
  void pointsComeFromTheSettings() {
    Settings more = Settings.of(rule.settings(), Map.of("points", "80"));

    assertThat(rule.score(ald(true, 8), more)).isEqualTo(new RuleScore(80, "ALD n° 8 : +80"));
  }

  @Test
  void zeroPointsTurnsTheRuleOff() {
    Settings off = Settings.of(rule.settings(), Map.of("points", "0"));

    assertThat(rule.score(ald(true, 8), off)).isEqualTo(RuleScore.none());
  }

  @Test
  void aNegativeSettingCountsAsZeroRatherThanBreakingEveryScore() {
    Settings typo = Settings.of(rule.settings(), Map.of("points", "-50"));

    assertThat(typo.problems()).isEmpty();
    assertThat(rule.score(ald(true, 8), typo)).isEqualTo(RuleScore.none());
  }

  @Test
  void aMalformedSettingKeepsTheDefault() {
    Settings typo = Settings.of(rule.settings(), Map.of("points", "cinquante"));

    assertThat(typo.problems()).hasSize(1);
    assertThat(rule.score(ald(true, null), typo)).isEqualTo(new RuleScore(50, "ALD : +50"));
  }
}
