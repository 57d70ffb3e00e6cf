package fr.orienta.spi.testkit;

import fr.orienta.spi.WaitingPerson;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting persons a priority rule must cope with, from the ordinary to the badly typed, all seen on
 * {@link #TODAY}. The contract runs every rule on each of them; rule tests can also build their own
 * around the same date with {@link #person}, {@link #aged} and {@link #waitingSince}.
 */
public final class SamplePersons {

  /** The reference date of every sample, fixed so that a rule test never depends on the clock. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  /** A commune of the Haute-Loire (Allègre), for rules that look at the place of residence. */
  public static final String INSEE_CODE = "43003";

  private static final Map<String, WaitingPerson> NAMED = samples();

  private SamplePersons() {}

  /** Every sample, keyed by a French description used in failure messages, in a fixed order. */
  public static Map<String, WaitingPerson> named() {
    return NAMED;
  }

  /** Every sample, in the order of {@link #named()}. */
  public static List<WaitingPerson> all() {
    return List.copyOf(NAMED.values());
  }

  /** A person seen on {@link #TODAY}, living in {@link #INSEE_CODE}. */
  public static WaitingPerson person(
      LocalDate birthDate, boolean ald, Integer aldCode, boolean css, LocalDate waitingSince) {
    return new WaitingPerson(birthDate, ald, aldCode, css, INSEE_CODE, waitingSince, TODAY);
  }

  /** A person whose birthday is {@link #TODAY}, {@code years} years old, with no other factor. */
  public static WaitingPerson aged(int years) {
    return person(TODAY.minusYears(years), false, null, false, null);
  }

  /** A person of unknown age with no other factor, waiting since the given date. */
  public static WaitingPerson waitingSince(LocalDate since) {
    return person(null, false, null, false, since);
  }

  private static Map<String, WaitingPerson> samples() {
    Map<String, WaitingPerson> samples = new LinkedHashMap<>();
    samples.put(
        "jeune adulte sans facteur de priorité",
        person(LocalDate.of(2004, 5, 12), false, null, false, LocalDate.of(2026, 9, 15)));
    samples.put(
        "70 ans ce jour",
        person(LocalDate.of(1956, 11, 1), false, null, false, LocalDate.of(2025, 3, 1)));
    samples.put(
        "69 ans, 70 ans demain",
        person(LocalDate.of(1956, 11, 2), false, null, false, LocalDate.of(2025, 3, 1)));
    samples.put(
        "âgée, en ALD n° 8 et à la CSS, née un 29 février",
        person(LocalDate.of(1948, 2, 29), true, 8, true, LocalDate.of(2024, 1, 10)));
    samples.put(
        "en ALD sans numéro connu",
        person(LocalDate.of(1980, 6, 30), true, null, false, LocalDate.of(2026, 4, 1)));
    samples.put(
        "ALD n° 32 (polypathologie)",
        person(LocalDate.of(1962, 1, 15), true, 32, false, LocalDate.of(2023, 12, 31)));
    samples.put(
        "code ALD donné sans l'indicateur ALD",
        person(LocalDate.of(1975, 8, 3), false, 15, false, LocalDate.of(2026, 1, 31)));
    samples.put(
        "CSS seule",
        person(LocalDate.of(1999, 12, 31), false, null, true, LocalDate.of(2026, 6, 1)));
    samples.put(
        "date de naissance inconnue, en ALD",
        person(null, true, 30, false, LocalDate.of(2025, 11, 1)));
    samples.put(
        "date d'inscription inconnue", person(LocalDate.of(1950, 3, 20), false, null, true, null));
    samples.put("tout inconnu", new WaitingPerson(null, false, null, false, null, null, TODAY));
    samples.put(
        "nouveau-né", person(LocalDate.of(2026, 10, 20), false, null, false, TODAY.minusDays(3)));
    samples.put(
        "centenaire en ALD et à la CSS",
        person(LocalDate.of(1920, 1, 1), true, 5, true, LocalDate.of(2019, 7, 14)));
    samples.put(
        "date de naissance dans le futur (erreur de saisie)",
        person(LocalDate.of(2027, 1, 1), false, null, false, LocalDate.of(2026, 2, 1)));
    samples.put("inscrite aujourd'hui", person(LocalDate.of(1988, 4, 4), false, null, true, TODAY));
    samples.put(
        "inscription datée de demain (erreur de saisie)",
        person(LocalDate.of(1988, 4, 4), false, null, false, TODAY.plusDays(1)));
    samples.put(
        "en attente depuis vingt ans",
        person(LocalDate.of(1940, 6, 6), true, 3, false, LocalDate.of(2006, 11, 1)));
    return Collections.unmodifiableMap(samples);
  }
}
