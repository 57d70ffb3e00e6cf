package fr.orienta.plugin.rules;

import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The longer the wait, the higher the priority, up to a ceiling so that waiting alone never
 * outweighs a medical reason.
 */
final class WaitingTimeRule implements PriorityRule {

  static final String POINTS_PER_MONTH = "points-per-month";
  static final String MAX_POINTS = "max-points";

  @Override
  public String id() {
    return "waiting";
  }

  @Override
  public String label() {
    return "Ancienneté de l'attente";
  }

  @Override
  public String description() {
    return "Ajoute des points pour chaque mois complet d'attente, jusqu'à un plafond.";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        Points.setting(
            POINTS_PER_MONTH, "Points par mois", "Points ajoutés par mois complet d'attente.", 2),
        Points.setting(MAX_POINTS, "Plafond", "Nombre maximal de points d'ancienneté.", 24));
  }

  @Override
  public RuleScore score(WaitingPerson person, Settings settings) {
    if (person.waitingSince() == null) {
      return RuleScore.none();
    }
    // Whole months as the calendar counts them: waiting since 15 March is one month on 15 April.
    long months = ChronoUnit.MONTHS.between(person.waitingSince(), person.today());
    if (months <= 0) {
      return RuleScore.none();
    }
    long earned = months * Points.read(settings, POINTS_PER_MONTH);
    int max = Points.read(settings, MAX_POINTS);
    String reason =
        "En attente depuis " + months + " mois" + (earned > max ? ", plafond atteint" : "");
    return Points.score(Points.clamp(Math.min(earned, max)), reason);
  }
}
