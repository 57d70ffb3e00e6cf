package fr.orienta.registry;

import java.util.List;

/**
 * A person's priority: the sum of the local rules' points and, rule by rule, why, in words a
 * coordinator can repeat to the person.
 */
public record Priority(int score, List<Reason> reasons) {

  /** What one rule gave. */
  public record Reason(String rule, int points, String explanation) {}

  public Priority {
    reasons = List.copyOf(reasons);
  }
}
