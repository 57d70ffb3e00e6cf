package fr.orienta.spi;

/**
 * A local prioritisation rule: scores a person waiting for a médecin traitant and says why, in
 * words a coordinator can repeat to the person. Rules are summed by the core; a rule must be a pure
 * function of its inputs (no I/O, no clock: use {@link WaitingPerson#today()}).
 */
public interface PriorityRule extends Extension {

  /** Points given to this person (0 when the rule does not apply), with the reason. */
  RuleScore score(WaitingPerson person, Settings settings);
}
