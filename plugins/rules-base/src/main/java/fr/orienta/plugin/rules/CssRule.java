package fr.orienta.plugin.rules;

import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.util.List;

/**
 * People covered by the complémentaire santé solidaire first: it marks the low incomes that most
 * often give up care when they have no médecin traitant.
 */
final class CssRule implements PriorityRule {

  static final String POINTS = "points";

  @Override
  public String id() {
    return "css";
  }

  @Override
  public String label() {
    return "Complémentaire santé solidaire";
  }

  @Override
  public String description() {
    return "Ajoute des points aux personnes couvertes par la complémentaire santé solidaire (CSS).";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        Points.setting(POINTS, "Points", "Points ajoutés pour une personne à la CSS.", 20));
  }

  @Override
  public RuleScore score(WaitingPerson person, Settings settings) {
    return person.css() ? Points.score(Points.read(settings, POINTS), "CSS") : RuleScore.none();
  }
}
