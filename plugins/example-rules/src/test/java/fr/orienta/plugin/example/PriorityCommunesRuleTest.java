package fr.orienta.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.RuleScore;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import fr.orienta.spi.testkit.SamplePersons;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityCommunesRuleTest {

  private final PriorityCommunesRule rule = new PriorityCommunesRule();

  private static WaitingPerson livingIn(String inseeCode) {
    return new WaitingPerson(null, false, null, false, inseeCode, null, SamplePersons.TODAY);
  }

  private Settings communes(String list) {
    return Settings.of(rule.settings(), Map.of("communes", list));
  }

  @Test
  void defaultSettingsGiveNoPointsToAnyone() {
    Settings defaults = Settings.defaults(rule.settings());

    assertThat(defaults.problems()).isEmpty();
    assertThat(SamplePersons.all())
        .allSatisfy(person -> assertThat(rule.score(person, defaults)).isEqualTo(RuleScore.none()));
  }

  @Test
  void aConfiguredCommuneGivesPoints() {
    Settings settings = communes("43003,43048");

    assertThat(settings.problems()).isEmpty();
    assertThat(rule.score(livingIn("43003"), settings))
        .isEqualTo(new RuleScore(15, "Commune prioritaire (43003) : +15"));
    assertThat(rule.score(livingIn("43048"), settings))
        .isEqualTo(new RuleScore(15, "Commune prioritaire (43048) : +15"));
  }

  @Test
  void aPersonOutsideTheListScoresNothing() {
    assertThat(rule.score(livingIn("43157"), communes("43003,43048"))).isEqualTo(RuleScore.none());
  }

  @Test
  void codesMatchWholeNotByPrefix() {
    assertThat(rule.score(livingIn("43003"), communes("4300,430031"))).isEqualTo(RuleScore.none());
  }

  @Test
  void anUnknownCommuneScoresNothing() {
    Settings settings = communes("43003");

    assertThat(rule.score(livingIn(null), settings)).isEqualTo(RuleScore.none());
    assertThat(rule.score(livingIn("  "), settings)).isEqualTo(RuleScore.none());
  }

  @Test
  void codesAreTrimmedAndEmptyItemsIgnored() {
    Settings settings = communes(" 43048 , ,\t43003 ,");

    assertThat(PriorityCommunesRule.communes(settings)).containsExactlyInAnyOrder("43003", "43048");
    assertThat(rule.score(livingIn("43003"), settings))
        .isEqualTo(new RuleScore(15, "Commune prioritaire (43003) : +15"));
  }

  @Test
  void aBlankListMeansNoCommune() {
    assertThat(PriorityCommunesRule.communes(communes(" , ,"))).isEmpty();
    assertThat(rule.score(livingIn("43003"), communes(" , ,"))).isEqualTo(RuleScore.none());
  }

  @Test
  void corsicanCodesMatchWhateverTheCase() {
    assertThat(rule.score(livingIn("2A004"), communes("2a004,2B033")))
        .isEqualTo(new RuleScore(15, "Commune prioritaire (2A004) : +15"));
  }

  @Test
  void pointsComeFromTheSettings() {
    Settings settings = Settings.of(rule.settings(), Map.of("communes", "43003", "points", "25"));

    assertThat(rule.score(livingIn("43003"), settings))
        .isEqualTo(new RuleScore(25, "Commune prioritaire (43003) : +25"));
  }

  @Test
  void zeroOrNegativePointsTurnTheRuleOff() {
    for (String points : new String[] {"0", "-15"}) {
      Settings settings =
          Settings.of(rule.settings(), Map.of("communes", "43003", "points", points));

      assertThat(rule.score(livingIn("43003"), settings)).as(points).isEqualTo(RuleScore.none());
    }
  }

  @Test
  void absurdPointsAreCapped() {
    Settings settings =
        Settings.of(rule.settings(), Map.of("communes", "43003", "points", "99999999999"));

    assertThat(rule.score(livingIn("43003"), settings).points())
        .isEqualTo(PriorityCommunesRule.CEILING);
  }

  @Test
  void malformedPointsKeepTheDefault() {
    Settings settings =
        Settings.of(rule.settings(), Map.of("communes", "43003", "points", "quinze"));

    assertThat(settings.problems()).hasSize(1);
    assertThat(rule.score(livingIn("43003"), settings))
        .isEqualTo(new RuleScore(15, "Commune prioritaire (43003) : +15"));
  }

  @Test
  void scoresOnlyFromItsInputs() {
    Settings settings = communes("43003");
    WaitingPerson person = SamplePersons.aged(80);

    assertThat(rule.score(person, settings)).isEqualTo(rule.score(person, settings));
  }
}
