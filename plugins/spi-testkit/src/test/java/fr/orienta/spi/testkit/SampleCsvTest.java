package fr.orienta.spi.testkit;

import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCsvTest {

  private static SampleCsv people(List<SourceField> fields) {
    return SampleCsv.read("samples/people.csv", StandardCharsets.UTF_8, ";", fields);
  }

  @Test
  void headersAreMatchedToFieldsAndTheOthersKeepTheirPlace() {
    SampleCsv file = people(IdentitySource.FIELDS);

    assertThat(file.headers()).hasSize(5);
    assertThat(file.headers().get(0)).isEqualTo("\uFEFFNom");
    assertThat(file.unmatched()).containsExactly("Remarque");
    assertThat(file.keys())
        .containsExactly(LAST_NAME, "unmatched-1", FIRST_NAME, BIRTH_DATE, PHONE);
  }

  @Test
  void rowsAreNumberedFromLineTwoAndReadByField() {
    List<MapSourceRow> rows = people(IdentitySource.FIELDS).rows();

    assertThat(rows).hasSize(2);
    MapSourceRow durand = rows.get(0);
    assertThat(durand.line()).isEqualTo(2);
    assertThat(durand.get(FIRST_NAME)).isEqualTo("Léa");
    assertThat(durand.get(PHONE)).as("no carriage return left").isEqualTo("06 39 98 00 01");
    assertThat(durand.column(PHONE)).isEqualTo(5);
    assertThat(durand.get("unmatched-1")).as("an unmatched cell is not read").isNull();
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void resultsAreTheSourcesReadingOfEachRowInOrder() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);

    List<RowResult> results = people(IdentitySource.FIELDS).results(new IdentitySource(clock));

    assertThat(results)
        .extracting(result -> result.record().lastName())
        .containsExactly("DURAND", "MARTIN");
    assertThat(results.get(0).problems()).isEmpty();
    assertThat(results.get(1).problems())
        .extracting(RowProblem::line, RowProblem::column, RowProblem::value)
        .containsExactly(tuple(3L, 5, "04 65"));
  }

  @Test
  void aHeaderTwoFieldsClaimFails() {
    List<SourceField> fields =
        List.of(SourceField.of("a", "A", false, "Nom"), SourceField.of("b", "B", false, "NOM"));

    assertThatThrownBy(() -> people(fields))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Nom");
  }

  @Test
  void twoHeadersForOneFieldFail() {
    List<SourceField> fields = List.of(SourceField.of("name", "Nom", false, "Nom", "Prénom"));

    assertThatThrownBy(() -> people(fields))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("name");
  }

  @Test
  void aLineWithAnotherNumberOfCellsFails() {
    assertThatThrownBy(
            () ->
                SampleCsv.read(
                    "samples/short-line.csv", StandardCharsets.UTF_8, ";", IdentitySource.FIELDS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Line 3");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> SampleCsv.read("nowhere.csv", StandardCharsets.UTF_8, ";", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere.csv");
  }

  @Test
  void listsAreImmutable() {
    SampleCsv file = people(IdentitySource.FIELDS);

    assertThatThrownBy(() -> file.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> file.unmatched().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
