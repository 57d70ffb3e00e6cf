package fr.orienta.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.Extension;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import fr.orienta.spi.testkit.SamplePersons;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BaseRulesPluginTest {

  private final BaseRulesPlugin plugin = new BaseRulesPlugin();

  @Test
  void identity() {
    assertThat(plugin.id()).isEqualTo("rules-base");
    assertThat(plugin.label()).isEqualTo("Règles de priorité de base");
    assertThat(plugin.patientSources()).isEmpty();
  }

  @Test
  void providesTheFourBaseRulesWithTheirSettings() {
    Map<String, String> rules =
        plugin.priorityRules().stream()
            .collect(
                Collectors.toMap(
                    Extension::id,
                    rule ->
                        rule.label()
                            + " "
                            + rule.settings().stream()
                                .map(s -> s.key() + "=" + s.defaultValue())
                                .collect(Collectors.joining(","))));

    assertThat(rules)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ald", "Affection de longue durée points=50",
                "age", "Âge min-age=70,points=30",
                "css", "Complémentaire santé solidaire points=20",
                "waiting", "Ancienneté de l'attente points-per-month=2,max-points=24"));
  }

  @Test
  void settingsAreDocumentedInFrench() {
    for (PriorityRule rule : plugin.priorityRules()) {
      assertThat(rule.description()).as(rule.id()).isNotBlank();
      for (SettingDefinition setting : rule.settings()) {
        assertThat(setting.label()).as(rule.id() + "." + setting.key()).isNotEqualTo(setting.key());
        assertThat(setting.description()).as(rule.id() + "." + setting.key()).isNotBlank();
        assertThat(setting.secret()).isFalse();
      }
    }
  }

  @Test
  void rulesAddUpForAPersonWithEveryFactor() {
    var person =
        SamplePersons.person(
            LocalDate.of(1950, 2, 14), true, 8, true, SamplePersons.TODAY.minusMonths(7));

    Map<String, RuleScore> scores =
        plugin.priorityRules().stream()
            .collect(
                Collectors.toMap(
                    Extension::id, rule -> rule.score(person, Settings.defaults(rule.settings()))));

    assertThat(scores)
        .containsEntry("ald", new RuleScore(50, "ALD n° 8 : +50"))
        .containsEntry("age", new RuleScore(30, "70 ans ou plus (76 ans) : +30"))
        .containsEntry("css", new RuleScore(20, "CSS : +20"))
        .containsEntry("waiting", new RuleScore(14, "En attente depuis 7 mois : +14"));
    assertThat(scores.values().stream().mapToInt(RuleScore::points).sum()).isEqualTo(114);
  }

  @Test
  void nobodyScoresWithoutAFactor() {
    var person = SamplePersons.person(LocalDate.of(1990, 1, 1), false, null, false, null);

    assertThat(plugin.priorityRules())
        .allSatisfy(
            rule ->
                assertThat(rule.score(person, Settings.defaults(rule.settings())))
                    .isEqualTo(RuleScore.none()));
  }
}
