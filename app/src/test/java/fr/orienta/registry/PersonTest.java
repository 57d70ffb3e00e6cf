package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.PatientRecord;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a source's record changes in a person already known. */
class PersonTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final LocalDate BIRTH = LocalDate.of(1954, 8, 29);

  private static PatientRecord.Builder record(String lastName, String commune) {
    return PatientRecord.builder()
        .lastName(lastName)
        .firstName("Stéphane")
        .birthDate(BIRTH)
        .communeName(commune)
        .email("S.Fournier@example.org");
  }

  @Test
  void twoSourcesSpellingTheSameTextDifferentlyDoNotReplaceEachOtherAtEveryImport() {
    Person person = new Person("FOURNIER", "Stéphane", BIRTH, NOW, BIRTH.plusYears(72));
    person.absorb(record("FOURNIER", "BELLEVUE-LA-MONTAGNE").build(), "43026", NOW);

    // The MSA's spelling, then the CPAM's again: the same texts, nothing changes.
    assertThat(
            person.absorb(
                record("Fournier", "Bellevue la Montagne").email("s.fournier@example.org").build(),
                "43026",
                NOW))
        .isEmpty();
    assertThat(person.absorb(record("FOURNIER", "BELLEVUE-LA-MONTAGNE").build(), "43026", NOW))
        .isEmpty();
    assertThat(person.getCommuneName()).isEqualTo("BELLEVUE-LA-MONTAGNE");
  }

  @Test
  void aSpellingWithTheAccentsTheStoredOneLacksReplacesItNeverTheReverse() {
    Person person = new Person("LEFEVRE", "Helene", BIRTH, NOW, BIRTH.plusYears(72));

    assertThat(person.absorb(record("Lefèvre", null).firstName("Hélène").build(), null, NOW))
        .containsExactly("nom", "prénom", "courriel");
    assertThat(person.absorb(record("LEFEVRE", null).firstName("HELENE").build(), null, NOW))
        .isEmpty();
    assertThat(person.getLastName()).isEqualTo("Lefèvre");
    assertThat(person.getFirstName()).isEqualTo("Hélène");
    // Another text is another value, as before.
    assertThat(person.absorb(record("LEFEVRE-MARTIN", null).build(), null, NOW))
        .containsExactly("nom", "prénom");
  }

  @Test
  void aCorrectionReplacesEveryFieldOfTheFormBlanksIncludedAndLowersFlags() {
    Person person = new Person("FOURNIER", "Stéphane", null, NOW, BIRTH.plusYears(72));
    person.absorb(
        record("FOURNIER", "RETOURNAC")
            .birthDate(null)
            .phone("0471000000")
            .ald(true)
            .aldCode(8)
            .css(true)
            .build(),
        "43157",
        NOW);
    String undatedKey = person.getIdentityKey();

    NewPerson correction =
        new NewPerson(
            " Fournier ",
            "Stéphane",
            BIRTH,
            "M",
            "43157",
            "0612345678",
            " ",
            false,
            8,
            true,
            null,
            null,
            null,
            null,
            null);
    assertThat(person.correct(correction, "Retournac", NOW))
        .containsExactly(
            "nom", "date de naissance", "sexe", "téléphone", "courriel", "ALD", "code ALD");

    assertThat(person.getLastName()).isEqualTo("Fournier");
    assertThat(person.getEmail()).isNull();
    assertThat(person.isAld()).isFalse();
    assertThat(person.getAldCode()).isNull();
    assertThat(person.isCss()).isTrue();
    assertThat(person.getCommuneName()).isEqualTo("RETOURNAC");
    assertThat(person.getIdentityKey()).isNotEqualTo(undatedKey).contains("1954-08-29");
    // The same form again changes nothing; a new commune brings its name.
    assertThat(person.correct(correction, "Retournac", NOW)).isEmpty();
    assertThat(
            person.correct(
                new NewPerson(
                    "Fournier",
                    "Stéphane",
                    BIRTH,
                    "M",
                    "43001",
                    "0612345678",
                    null,
                    false,
                    null,
                    true,
                    null,
                    null,
                    null,
                    null,
                    null),
                "Le Puy-en-Velay",
                NOW))
        .containsExactly("commune");
    assertThat(person.getCommuneName()).isEqualTo("Le Puy-en-Velay");
  }

  /** A correction of Anne born {@link #BIRTH} in 43157 with her phone 0612345678. */
  private static NewPerson anne(String lastName, boolean ald, String mobile) {
    return new NewPerson(
        lastName,
        "Anne",
        BIRTH,
        null,
        "43157",
        "0612345678",
        null,
        ald,
        null,
        false,
        null,
        null,
        null,
        null,
        mobile);
  }

  @Test
  void aCorrectedFieldIsTheCoordinatorsSourcesNoLongerChangeItAndTheFormerKeyStays() {
    Person person = new Person("DUPOMT", "Anne", BIRTH, NOW, BIRTH.plusYears(72));
    PatientRecord listed =
        record("DUPOMT", null).firstName("Anne").phone("0471000000").email(null).build();
    person.absorb(listed, "43157", NOW);
    String listedKey = person.getIdentityKey();

    person.correct(anne("DUPONT", false, null), null, NOW);

    assertThat(person.getFormerKey()).isEqualTo(listedKey);
    assertThat(person.corrected()).containsExactly("nom", "téléphone");
    // The listing as before, and a mobile it now gives: only the mobile is taken.
    assertThat(
            person.absorb(
                record("DUPOMT", null)
                    .firstName("Anne")
                    .phone("0471000000")
                    .email(null)
                    .mobile("0699999999")
                    .ald(true)
                    .build(),
                "43157",
                NOW))
        .containsExactly("portable", "ALD");
    assertThat(person.getLastName()).isEqualTo("DUPONT");
    assertThat(person.getPhone()).isEqualTo("0612345678");
    // A second correction keeps the key the sources know; back to it, there is none to keep.
    person.correct(anne("DUPONTE", true, "0699999999"), null, NOW);
    assertThat(person.getFormerKey()).isEqualTo(listedKey);
    person.correct(anne("DUPOMT", true, "0699999999"), null, NOW);
    assertThat(person.getFormerKey()).isNull();
    assertThat(person.getIdentityKey()).isEqualTo(listedKey);
  }
}
