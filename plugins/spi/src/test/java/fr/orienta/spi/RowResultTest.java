package fr.orienta.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowResultTest {

  private static final RowProblem BAD_NIR =
      new RowProblem(7, 3, "1840763", "Clé NIR incorrecte (attendue 62)");

  @Test
  void acceptedRowKeepsItsWarnings() {
    PatientRecord record = PatientRecord.builder().lastName("MARTIN").build();

    RowResult result = RowResult.accepted(record, List.of(BAD_NIR));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.record()).isSameAs(record);
    assertThat(result.problems()).containsExactly(BAD_NIR);
  }

  @Test
  void rejectionNeedsAReason() {
    assertThat(RowResult.rejected(List.of(BAD_NIR)).isAccepted()).isFalse();
    assertThatThrownBy(() -> RowResult.rejected(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowResult.accepted(null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void problemsAreCopied() {
    List<RowProblem> problems = new ArrayList<>(List.of(BAD_NIR));
    RowResult result = RowResult.rejected(problems);
    problems.clear();

    assertThat(result.problems()).containsExactly(BAD_NIR);
  }

  @Test
  void recordsNeverPrintNominativeData() {
    PatientRecord record =
        PatientRecord.builder().nir("184076300100162").lastName("MARTIN").firstName("Léa").build();

    assertThat(record.toString()).doesNotContain("MARTIN", "Léa", "1840763");
  }
}
