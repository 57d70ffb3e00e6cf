package fr.orienta.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.SettingType;
import org.junit.jupiter.api.Test;

class ExampleRulesPluginTest {

  private final ExampleRulesPlugin plugin = new ExampleRulesPlugin();

  @Test
  void identity() {
    assertThat(plugin.id()).isEqualTo("example-rules");
    assertThat(plugin.label()).isEqualTo("Exemple : communes prioritaires");
    assertThat(plugin.patientSources()).isEmpty();
  }

  @Test
  void providesThePriorityCommunesRule() {
    assertThat(plugin.priorityRules()).hasSize(1);
    PriorityRule rule = plugin.priorityRules().get(0);

    assertThat(rule.id()).isEqualTo("priority-communes");
    assertThat(rule.label()).isEqualTo("Commune prioritaire");
    assertThat(rule.description()).contains("zone d'intervention prioritaire");
    assertThat(rule.settings())
        .extracting(
            SettingDefinition::key, SettingDefinition::type, SettingDefinition::defaultValue)
        .containsExactly(
            tuple("communes", SettingType.STRING, ""), tuple("points", SettingType.INTEGER, "15"));
  }

  @Test
  void settingsAreDocumentedInFrench() {
    for (PriorityRule rule : plugin.priorityRules()) {
      for (SettingDefinition setting : rule.settings()) {
        assertThat(setting.label()).as(setting.key()).isNotEqualTo(setting.key());
        assertThat(setting.description()).as(setting.key()).isNotBlank();
        assertThat(setting.secret()).isFalse();
        assertThat(setting.required()).isFalse();
      }
    }
  }
}
