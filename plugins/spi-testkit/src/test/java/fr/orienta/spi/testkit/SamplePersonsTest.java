package fr.orienta.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.orienta.spi.WaitingPerson;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class SamplePersonsTest {

  @Test
  void everySampleIsSeenOnTheFixedDate() {
    assertThat(SamplePersons.TODAY).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(SamplePersons.all())
        .allSatisfy(p -> assertThat(p.today()).isEqualTo(SamplePersons.TODAY));
    assertThat(SamplePersons.all()).containsExactlyElementsOf(SamplePersons.named().values());
  }

  @Test
  void samplesCoverTheCasesRulesGetWrong() {
    assertThat(SamplePersons.all())
        .anyMatch(p -> p.age() == -1 && p.birthDate() == null)
        .anyMatch(p -> p.age() == -1 && p.birthDate() != null)
        .anyMatch(p -> p.waitingSince() == null)
        .anyMatch(p -> p.waitingSince() != null && p.waitingSince().isAfter(p.today()))
        .anyMatch(p -> p.ald() && p.aldCode() == null)
        .anyMatch(p -> !p.ald() && p.aldCode() != null)
        .anyMatch(p -> p.css() && !p.ald())
        .anyMatch(
            p -> p.age() == 70 && MonthDay.from(p.birthDate()).equals(MonthDay.from(p.today())))
        .anyMatch(p -> p.age() >= 100)
        .anyMatch(p -> p.inseeCode() == null);
  }

  @Test
  void namedSamplesCannotBeChanged() {
    WaitingPerson any = SamplePersons.aged(40);

    assertThatThrownBy(() -> SamplePersons.named().put("x", any))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void factoriesBuildPersonsAroundTheFixedDate() {
    assertThat(SamplePersons.aged(70).age()).isEqualTo(70);
    assertThat(SamplePersons.aged(70).birthDate()).isEqualTo(LocalDate.of(1956, 11, 1));
    assertThat(SamplePersons.waitingSince(LocalDate.of(2026, 4, 1)).waitingDays()).isEqualTo(214);
    assertThat(SamplePersons.person(null, true, 8, true, null))
        .isEqualTo(new WaitingPerson(null, true, 8, true, "43003", null, SamplePersons.TODAY));
  }
}
