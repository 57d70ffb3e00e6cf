package fr.orienta.plugin.example;

import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.SettingType;
import fr.orienta.spi.Settings;
import fr.orienta.spi.WaitingPerson;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People living in a commune the CPTS declares under-served first. The communes are a
 * comma-separated list of INSEE codes (code officiel géographique, not postal codes), set per CPTS:
 * spaces around a code and empty items are ignored, Corsica's {@code 2a}/{@code 2b} count as {@code
 * 2A}/{@code 2B}. A code is not checked otherwise: a mistyped one simply matches nobody.
 */
final class PriorityCommunesRule implements PriorityRule {

  /** The extension id, part of every configuration key: {@code orienta.plugin.<id>.<key>}. */
  static final String ID = "priority-communes";

  static final String COMMUNES = "communes";
  static final String POINTS = "points";

  /**
   * Far above any sensible setting, low enough that the core's sum never overflows. The SPI has no
   * range on settings and {@link RuleScore} refuses negatives, so points are clamped to [0,
   * CEILING] rather than let a mistyped value break every score.
   */
  static final int CEILING = 10_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "Commune prioritaire";
  }

  @Override
  public String description() {
    return "Ajoute des points aux personnes qui habitent une commune que la CPTS déclare"
        + " sous-dotée (zone d'intervention prioritaire). Sans commune configurée, la règle"
        + " ne donne aucun point.";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.of(
            COMMUNES,
            "Communes prioritaires",
            "Codes INSEE des communes prioritaires, séparés par des virgules, par exemple"
                + " « 43003,43048 ». Vide : aucune commune. Les espaces sont ignorés ; un code"
                + " mal saisi ne correspond à personne.",
            SettingType.STRING,
            ""),
        SettingDefinition.of(
            POINTS,
            "Points",
            "Points ajoutés pour une personne qui habite l'une de ces communes (0 désactive la"
                + " règle).",
            SettingType.INTEGER,
            "15"));
  }

  @Override
  public RuleScore score(WaitingPerson person, Settings settings) {
    // An unknown commune proves nothing: the person is not assumed to live in a priority zone.
    if (person.inseeCode() == null) {
      return RuleScore.none();
    }
    String commune = normalise(person.inseeCode());
    if (!communes(settings).contains(commune)) {
      return RuleScore.none();
    }
    int points = (int) Math.max(0, Math.min(CEILING, settings.getInteger(POINTS)));
    if (points == 0) {
      return RuleScore.none();
    }
    return new RuleScore(points, "Commune prioritaire (" + commune + ") : +" + points);
  }

  /** The configured communes: trimmed, upper-cased, without empty items. */
  static Set<String> communes(Settings settings) {
    String list = settings.getString(COMMUNES);
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(PriorityCommunesRule::normalise)
        .filter(code -> !code.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String normalise(String code) {
    return code.trim().toUpperCase(Locale.ROOT);
  }
}
