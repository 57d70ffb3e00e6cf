package fr.orienta.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.RuleScore;
import fr.orienta.spi.Settings;
import fr.orienta.spi.testkit.SamplePersons;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRuleTest {

  private final AgeRule rule = new AgeRule();
  private final Settings defaults = Settings.defaults(rule.settings());

  private static RuleScore scoreBornOn(AgeRule rule, LocalDate birthDate, Settings settings) {
    return rule.score(SamplePersons.person(birthDate, false, null, false, null), settings);
  }

  @Test
  void seventyOnTheBirthdayCounts() {
    assertThat(scoreBornOn(rule, LocalDate.of(1956, 11, 1), defaults))
        .isEqualTo(new RuleScore(30, "70 ans ou plus (70 ans) : +30"));
  }

  @Test
  void theDayBeforeTheSeventiethBirthdayDoesNot() {
    assertThat(scoreBornOn(rule, LocalDate.of(1956, 11, 2), defaults)).isEqualTo(RuleScore.none());
  }

  @ParameterizedTest
  @CsvSource({"74, 30, 70 ans ou plus (74 ans) : +30", "101, 30, 70 ans ou plus (101 ans) : +30"})
  void olderPeopleGetTheSamePointsWithTheirAgeSaid(int age, int points, String explanation) {
    assertThat(rule.score(SamplePersons.aged(age), defaults))
        .isEqualTo(new RuleScore(points, explanation));
  }

  @Test
  void youngerPeopleGetNothing() {
    assertThat(rule.score(SamplePersons.aged(69), defaults)).isEqualTo(RuleScore.none());
    assertThat(rule.score(SamplePersons.aged(0), defaults)).isEqualTo(RuleScore.none());
  }

  @Test
  void unknownOrImpossibleBirthDateGivesNothing() {
    assertThat(scoreBornOn(rule, null, defaults)).isEqualTo(RuleScore.none());
    assertThat(scoreBornOn(rule, SamplePersons.TODAY.plusDays(1), defaults))
        .isEqualTo(RuleScore.none());
  }

  @Test
  void thresholdAndPointsComeFromTheSettings() {
    Settings local = Settings.of(rule.settings(), Map.of("min-age", "65", "points", "40"));

    assertThat(rule.score(SamplePersons.aged(65), local))
        .isEqualTo(new RuleScore(40, "65 ans ou plus (65 ans) : +40"));
    assertThat(rule.score(SamplePersons.aged(64), local)).isEqualTo(RuleScore.none());
  }

  @Test
  void aThresholdOfZeroCoversEveryKnownAgeButNotUnknownOnes() {
    Settings everyone = Settings.of(rule.settings(), Map.of("min-age", "0"));

    assertThat(rule.score(SamplePersons.aged(0), everyone))
        .isEqualTo(new RuleScore(30, "0 ans ou plus (0 ans) : +30"));
    assertThat(scoreBornOn(rule, null, everyone)).isEqualTo(RuleScore.none());
  }
}
