package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonFilterTest {

  private final LocalDate today = LocalDate.of(2026, 11, 22);

  @Test
  void bandsAreWrittenAsInTheDiagnosis() {
    assertThat(PersonFilter.AgeBand.parse("17-39")).isEqualTo(PersonFilter.AgeBand.FROM_17_TO_39);
    assertThat(PersonFilter.AgeBand.parse(" 70+ ")).isEqualTo(PersonFilter.AgeBand.FROM_70);
    assertThatThrownBy(() -> PersonFilter.AgeBand.parse("12-15"))
        .hasMessageContaining("Tranche d'âge inconnue");
  }

  @Test
  void aBandHoldsEveryoneFromItsFirstBirthdayToTheDayBeforeTheNextBand() {
    var band = PersonFilter.AgeBand.FROM_65_TO_69;
    // 65 today: born 22/11/1961, in; 70 today: born 22/11/1956, out (next band).
    assertThat(band.bornOnOrBefore(today)).isEqualTo(LocalDate.of(1961, 11, 22));
    assertThat(band.bornAfter(today)).isEqualTo(LocalDate.of(1956, 11, 22));
  }
}
