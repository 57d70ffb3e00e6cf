package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaitingPersonTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  private static WaitingPerson born(LocalDate birthDate) {
    return new WaitingPerson(birthDate, false, null, false, "43003", null, TODAY);
  }

  private static WaitingPerson waitingSince(LocalDate since) {
    return new WaitingPerson(null, false, null, false, null, since, TODAY);
  }

  @Test
  void ageCountsWholeYearsAndChangesOnTheBirthday() {
    assertThat(born(LocalDate.of(1956, 11, 1)).age()).isEqualTo(70);
    assertThat(born(LocalDate.of(1956, 11, 2)).age()).isEqualTo(69);
    assertThat(born(LocalDate.of(1956, 10, 31)).age()).isEqualTo(70);
    assertThat(born(TODAY).age()).isZero();
  }

  @Test
  void bornOnTheTwentyNinthOfFebruaryAgesOnTheFirstOfMarch() {
    LocalDate leap = LocalDate.of(2008, 2, 29);

    assertThat(
            new WaitingPerson(leap, false, null, false, null, null, LocalDate.of(2026, 2, 28))
                .age())
        .isEqualTo(17);
    assertThat(
            new WaitingPerson(leap, false, null, false, null, null, LocalDate.of(2026, 3, 1)).age())
        .isEqualTo(18);
  }

  @Test
  void unknownOrFutureBirthDateGivesMinusOne() {
    assertThat(born(null).age()).isEqualTo(-1);
    assertThat(born(TODAY.plusDays(1)).age()).isEqualTo(-1);
    assertThat(born(TODAY.plusYears(3)).age()).isEqualTo(-1);
  }

  @Test
  void waitingDaysCountsCalendarDays() {
    assertThat(waitingSince(LocalDate.of(2026, 10, 1)).waitingDays()).isEqualTo(31);
    assertThat(waitingSince(LocalDate.of(2025, 11, 1)).waitingDays()).isEqualTo(365);
    assertThat(waitingSince(TODAY).waitingDays()).isZero();
  }

  @Test
  void unknownOrFutureWaitingStartGivesZero() {
    assertThat(waitingSince(null).waitingDays()).isZero();
    assertThat(waitingSince(TODAY.plusDays(10)).waitingDays()).isZero();
  }

  @Test
  void aReferenceDateIsMandatory() {
    assertThatThrownBy(() -> new WaitingPerson(null, false, null, false, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("today");
  }
}
