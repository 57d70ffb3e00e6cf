package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.PatientRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who a dated record is when the registry holds someone of its names entered without birth date.
 */
class PersonMatcherTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final LocalDate BORN = LocalDate.of(1950, 1, 1);
  private static final String SOURCE = "cpam-listing";
  private static final String KEY = IdentityKey.of("MARTIN", "Jeanne", BORN, "43157");

  private static long ids;

  /** A stored person of those names and commune, whom this source never listed. */
  private static Person person(LocalDate birthDate) {
    Person person = new Person("Martin", "Jeanne", birthDate, NOW, LocalDate.of(2026, 11, 23));
    person.absorb(
        PatientRecord.builder().lastName("Martin").firstName("Jeanne").build(), "43157", NOW);
    return StoredIds.withId(person, ++ids);
  }

  private static PersonMatcher.Match match(String hash, Map<String, List<Person>> stored) {
    return PersonMatcher.match(
        hash, KEY, SOURCE, new SeenPeople(SOURCE).candidates(Map.of(), stored, Set.of()));
  }

  @Test
  void aDatedRecordIsPutBesideSomeoneOfItsNamesAndCommuneEnteredWithoutBirthDate() {
    Person reported = person(null);
    assertThat(reported.getIdentityKey()).isEqualTo(IdentityKey.undated(KEY));

    PersonMatcher.Match match = match(null, Map.of(IdentityKey.undated(KEY), List.of(reported)));

    assertThat(match.existing()).isNull();
    assertThat(match.sameTraits()).isSameAs(reported);
  }

  @Test
  void theSameKeyComesFirstAndAnotherNirOrABirthDateIsNotAlike() {
    Person reported = person(null);
    Person dated = person(BORN);
    Person otherBirth = person(BORN.plusYears(30));
    reported.identifyBy("nir-of-the-father", "1500143•••");

    assertThat(
            match(null, Map.of(KEY, List.of(dated), IdentityKey.undated(KEY), List.of(reported)))
                .sameTraits())
        .isSameAs(dated);
    assertThat(match("nir-of-the-son", Map.of(IdentityKey.undated(KEY), List.of(reported))))
        .isEqualTo(new PersonMatcher.Match(null, null));
    // Listed under the undated key as an undated row's lookup leaves it: dated, so not alike.
    assertThat(match(null, Map.of(IdentityKey.undated(KEY), List.of(otherBirth))).sameTraits())
        .isNull();
  }
}
