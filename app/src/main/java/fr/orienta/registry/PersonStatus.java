package fr.orienta.registry;

import java.util.EnumSet;
import java.util.Set;

/** Where a person stands on the way to a declared médecin traitant. */
public enum PersonStatus {
  WAITING,
  CONTACTED,
  CONSENTING,
  ORIENTED,
  MT_DECLARED,
  REFUSED,
  UNREACHABLE,
  MOVED_AWAY,
  DECEASED,
  MT_FOUND_ELSEWHERE;

  /** Statuses of people still without a médecin traitant in the territory. */
  public static Set<PersonStatus> withoutMt() {
    return EnumSet.of(WAITING, CONTACTED, CONSENTING, ORIENTED, REFUSED, UNREACHABLE);
  }
}
