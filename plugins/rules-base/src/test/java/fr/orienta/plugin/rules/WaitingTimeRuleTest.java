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

class WaitingTimeRuleTest {

  private final WaitingTimeRule rule = new WaitingTimeRule();
  private final Settings defaults = Settings.defaults(rule.settings());

  private RuleScore since(LocalDate date, Settings settings) {
    return rule.score(SamplePersons.waitingSince(date), settings);
  }

  @Test
  void twoPointsPerWholeMonth() {
    assertThat(since(LocalDate.of(2026, 4, 1), defaults))
        .isEqualTo(new RuleScore(14, "En attente depuis 7 mois : +14"));
    assertThat(since(LocalDate.of(2026, 10, 1), defaults))
        .isEqualTo(new RuleScore(2, "En attente depuis 1 mois : +2"));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-10-02, 0", // one day short of a month
    "2026-10-01, 1",
    "2026-03-02, 7",
    "2025-11-01, 12",
    "2025-11-02, 11"
  })
  void onlyCompleteMonthsCount(LocalDate waitingSince, int months) {
    RuleScore score = since(waitingSince, defaults);

    assertThat(score.points()).isEqualTo(2 * months);
    if (months > 0) {
      assertThat(score.explanation()).startsWith("En attente depuis " + months + " mois");
    }
  }

  @Test
  void pointsStopAtTheCeilingAndSaySo() {
    assertThat(since(LocalDate.of(2025, 11, 1), defaults))
        .isEqualTo(new RuleScore(24, "En attente depuis 12 mois : +24"));
    assertThat(since(LocalDate.of(2025, 8, 1), defaults))
        .isEqualTo(new RuleScore(24, "En attente depuis 15 mois, plafond atteint : +24"));
    assertThat(since(LocalDate.of(2006, 11, 1), defaults))
        .isEqualTo(new RuleScore(24, "En attente depuis 240 mois, plafond atteint : +24"));
  }

  @Test
  void unknownTodayOrFutureStartGivesNothing() {
    assertThat(since(null, defaults)).isEqualTo(RuleScore.none());
    assertThat(since(SamplePersons.TODAY, defaults)).isEqualTo(RuleScore.none());
    assertThat(since(SamplePersons.TODAY.plusMonths(2), defaults)).isEqualTo(RuleScore.none());
  }

  @Test
  void rateAndCeilingComeFromTheSettings() {
    Settings local =
        Settings.of(rule.settings(), Map.of("points-per-month", "5", "max-points", "40"));

    assertThat(since(LocalDate.of(2026, 4, 1), local))
        .isEqualTo(new RuleScore(35, "En attente depuis 7 mois : +35"));
    assertThat(since(LocalDate.of(2026, 1, 1), local))
        .isEqualTo(new RuleScore(40, "En attente depuis 10 mois, plafond atteint : +40"));
  }

  @Test
  void aCeilingOfZeroTurnsTheRuleOff() {
    Settings off = Settings.of(rule.settings(), Map.of("max-points", "0"));

    assertThat(since(LocalDate.of(2020, 1, 1), off)).isEqualTo(RuleScore.none());
  }
}
