package fr.orienta.plugin.rules;

import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.util.List;

/** Older people first, from an age the CPTS chooses, counted on the day of the birthday. */
final class AgeRule implements PriorityRule {

  static final String MIN_AGE = "min-age";
  static final String POINTS = "points";

  @Override
  public String id() {
    return "age";
  }

  @Override
  public String label() {
    return "Âge";
  }

  @Override
  public String description() {
    return "Ajoute des points aux personnes qui ont atteint un âge donné.";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        Points.setting(
            MIN_AGE, "Âge minimal", "Âge à partir duquel la règle s'applique, en années.", 70),
        Points.setting(POINTS, "Points", "Points ajoutés à partir de cet âge.", 30));
  }

  @Override
  public RuleScore score(WaitingPerson person, Settings settings) {
    int age = person.age();
    int minAge = Points.read(settings, MIN_AGE);
    // An unknown age proves nothing: the person is not assumed old.
    if (age < 0 || age < minAge) {
      return RuleScore.none();
    }
    return Points.score(Points.read(settings, POINTS), minAge + " ans ou plus (" + age + " ans)");
  }
}
