package fr.orienta.spi;

/**
 * Points a rule gives and the French sentence explaining them.
 *
 * @param points non-negative points added to the priority
 * @param explanation why, e.g. « ALD n° 8 : +50 »; empty when the rule does not apply
 */
public record RuleScore(int points, String explanation) {

  public RuleScore {
    if (points < 0) {
      throw new IllegalArgumentException("points must be >= 0");
    }
    explanation = explanation == null ? "" : explanation;
  }

  /** The rule does not apply to this person. */
  public static RuleScore none() {
    return new RuleScore(0, "");
  }

  public boolean applies() {
    return points > 0;
  }
}
