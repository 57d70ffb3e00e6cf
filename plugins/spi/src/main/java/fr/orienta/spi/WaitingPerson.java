package fr.orienta.spi;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a priority rule may know of a person waiting for a médecin traitant: no name, no NIR, no
 * contact, only the facts that prioritisation needs.
 *
 * @param birthDate date of birth, may be {@code null} when the source did not give it
 * @param ald in affection de longue durée
 * @param aldCode the ALD number (1–32) when known
 * @param css covered by the complémentaire santé solidaire
 * @param inseeCode commune of residence (code officiel géographique)
 * @param waitingSince when the person became known to the CPTS without MT
 * @param today the reference date of the computation
 */
public record WaitingPerson(
    LocalDate birthDate,
    boolean ald,
    Integer aldCode,
    boolean css,
    String inseeCode,
    LocalDate waitingSince,
    LocalDate today) {

  public WaitingPerson {
    Objects.requireNonNull(today, "today");
  }

  /**
   * Age in whole years on {@link #today()}, or -1 when the birth date is unknown or after today (a
   * typing error in the source, which must not pass for a newborn).
   */
  public int age() {
    if (birthDate == null || birthDate.isAfter(today)) {
      return -1;
    }
    return Period.between(birthDate, today).getYears();
  }

  /** Days waited on {@link #today()}, 0 when unknown. */
  public long waitingDays() {
    return waitingSince == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(waitingSince, today));
  }
}
