package fr.orienta.plugin.rules;

import fr.orienta.spi.RuleScore;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.SettingType;
import fr.orienta.spi.Settings;

/** What the base rules share: their points settings and how a score is worded. */
final class Points {

  /** Far above any sensible setting, low enough that sums of rules never overflow an int. */
  static final int CEILING = 10_000;

  private Points() {}

  static SettingDefinition setting(String key, String label, String description, int value) {
    return SettingDefinition.of(
        key, label, description, SettingType.INTEGER, Integer.toString(value));
  }

  /**
   * A points or threshold setting as a usable int. The SPI has no range on settings and {@link
   * RuleScore} refuses negatives: a mistyped « -20 » must not break every score, so it counts as 0.
   */
  static int read(Settings settings, String key) {
    return clamp(settings.getInteger(key));
  }

  static int clamp(long value) {
    return (int) Math.max(0, Math.min(CEILING, value));
  }

  /** « reason : +points », or no score at all when the points come to zero. */
  static RuleScore score(int points, String reason) {
    return points == 0 ? RuleScore.none() : new RuleScore(points, reason + " : +" + points);
  }
}
