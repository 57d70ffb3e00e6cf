package fr.orienta.plugin.rules;

import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.util.List;

/**
 * People in affection de longue durée first: the national objective is that none of them stays
 * without médecin traitant.
 */
final class AldRule implements PriorityRule {

  static final String POINTS = "points";

  @Override
  public String id() {
    return "ald";
  }

  @Override
  public String label() {
    return "Affection de longue durée";
  }

  @Override
  public String description() {
    return "Ajoute des points aux personnes en affection de longue durée (ALD).";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        Points.setting(POINTS, "Points", "Points ajoutés pour une personne en ALD.", 50));
  }

  @Override
  public RuleScore score(WaitingPerson person, Settings settings) {
    // Some listings give the ALD number without the flag; a number is proof enough.
    if (!person.ald() && person.aldCode() == null) {
      return RuleScore.none();
    }
    String reason = person.aldCode() == null ? "ALD" : "ALD n° " + person.aldCode();
    return Points.score(Points.read(settings, POINTS), reason);
  }
}
