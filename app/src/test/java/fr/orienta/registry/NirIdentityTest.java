package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.PatientRecord.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class NirIdentityTest {

  /** A woman born in August 1954 in Haute-Loire. */
  private static final String NIR = "254084302627962";

  private static final LocalDate BIRTH = LocalDate.of(1954, 8, 29);

  @Test
  void aNirAgreesWithTheSexAndBirthDateItEncodes() {
    assertThat(NirIdentity.contradiction(NIR, Sex.F, BIRTH)).isEmpty();
    assertThat(NirIdentity.contradiction(NIR, null, null)).isEmpty();
  }

  @Test
  void anotherSexYearOrMonthIsAContradictionSaidInFrench() {
    assertThat(NirIdentity.contradiction(NIR, Sex.M, BIRTH)).contains("refusal.nir.sex");
    assertThat(NirIdentity.contradiction(NIR, Sex.F, BIRTH.withYear(1964)))
        .contains("refusal.nir.birthDate");
    assertThat(NirIdentity.contradiction(NIR, Sex.F, BIRTH.withMonth(9)))
        .contains("refusal.nir.birthDate");
    ResourceBundle bundle = ResourceBundle.getBundle("fr.orienta.i18n.messages");
    assertThat(bundle.getString("refusal.nir.sex")).startsWith("Le NIR ne correspond pas");
    assertThat(bundle.getString("refusal.nir.birthDate")).startsWith("Le NIR ne correspond pas");
  }

  @Test
  void temporaryNumbersAndUnknownMonthsAreNotCompared() {
    assertThat(NirIdentity.contradiction("754084302627962", Sex.M, BIRTH.withYear(1990))).isEmpty();
    assertThat(NirIdentity.contradiction("254204302627962", Sex.F, BIRTH)).isEmpty();
  }

  @Test
  void theHolderOfAKnownNirIsTheTypedPersonByNameAndBirthDate() {
    Person known = new Person("DUPONT", "Marie", BIRTH, Instant.EPOCH, BIRTH.plusYears(72));

    assertThat(NirIdentity.sameHolder(known, "Dupont", BIRTH)).isTrue();
    assertThat(NirIdentity.sameHolder(known, "DUPONT", null)).isTrue();
    assertThat(NirIdentity.sameHolder(known, "Du Pont", BIRTH)).isTrue();
    assertThat(NirIdentity.sameHolder(known, "DUPOND", BIRTH)).isFalse();
    assertThat(NirIdentity.sameHolder(known, "DUPONT", BIRTH.plusDays(1))).isFalse();
  }
}
