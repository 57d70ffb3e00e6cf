package fr.orienta.registry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a person stands on the way to a declared médecin traitant. The way is a path of steps
 * (waiting → contacted → consenting → oriented → MT declared) that may be left for an end (refused,
 * unreachable, moved away, deceased, MT found elsewhere); any status may be reopened to waiting,
 * since sources and people make mistakes. Merged entries are out of the way for good.
 */
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
  MT_FOUND_ELSEWHERE,
  /** Absorbed into another entry by a coordinator's merge; only a merge sets it. */
  MERGED;

  /** Statuses of people still without a médecin traitant in the territory. */
  public static Set<PersonStatus> withoutMt() {
    return EnumSet.of(WAITING, CONTACTED, CONSENTING, ORIENTED, REFUSED, UNREACHABLE);
  }

  /** Statuses a registry list shows: every entry but the merged ones. */
  public static Set<PersonStatus> listed() {
    return EnumSet.complementOf(EnumSet.of(MERGED));
  }

  /** Statuses that need the person's consent to orientation, and no objection to it. */
  public boolean needsConsent() {
    return this == CONSENTING || this == ORIENTED || this == MT_DECLARED;
  }

  /** Whether this status is a step of the path rather than an end. */
  public boolean isStep() {
    return compareTo(MT_DECLARED) <= 0;
  }

  /**
   * Whether a person may be moved by hand from this status to {@code next}: forward along the path,
   * out to any end, back to waiting from anywhere, and from an end back to contacted (the person
   * called back). A death is only corrected back to waiting.
   */
  public boolean canBecome(PersonStatus next) {
    if (next == this || this == MERGED || next == MERGED) {
      return false;
    }
    if (next == WAITING) {
      return true;
    }
    if (this == DECEASED) {
      return false;
    }
    if (next.isStep()) {
      return isStep() ? next.compareTo(this) > 0 : next == CONTACTED;
    }
    return true;
  }

  /** The statuses reachable from this one, in path order. */
  public List<PersonStatus> nextStatuses() {
    return Arrays.stream(values()).filter(this::canBecome).toList();
  }
}
