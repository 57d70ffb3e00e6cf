package fr.orienta.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.orienta.spi.RowProblem;
import fr.orienta.spi.SourceField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapSourceRowTest {

  private static final List<SourceField> COLUMNS =
      List.of(
          new SourceField("nir", "NIR", List.of("NIR"), true),
          new SourceField("lastName", "Nom", List.of("Nom"), true),
          new SourceField("phone", "Téléphone", List.of("Tél"), false));

  @Test
  void cellsAreTrimmedAndBlankCellsAreNull() {
    Map<String, String> cells = new HashMap<>();
    cells.put("lastName", "  MARTIN ");
    cells.put("phone", "   ");
    cells.put("nir", null);

    MapSourceRow row = new MapSourceRow(7, COLUMNS, cells);

    assertThat(row.line()).isEqualTo(7);
    assertThat(row.get("lastName")).isEqualTo("MARTIN");
    assertThat(row.get("phone")).isNull();
    assertThat(row.get("nir")).isNull();
  }

  @Test
  void columnsFollowTheFieldOrderAndAbsentFieldsAreColumnZero() {
    MapSourceRow row = MapSourceRow.of(COLUMNS.subList(1, 3), Map.of("lastName", "DURAND"));

    assertThat(row.line()).isEqualTo(2);
    assertThat(row.column("lastName")).isEqualTo(1);
    assertThat(row.column("phone")).isEqualTo(2);
    assertThat(row.column("nir")).isZero();
    assertThat(row.get("nir")).isNull();
  }

  @Test
  void problemsAreLocatedOnTheRowAndColumn() {
    MapSourceRow row = new MapSourceRow(12, COLUMNS, Map.of("phone", "04 71 00"));

    assertThat(row.problem("phone", "Numéro incomplet"))
        .isEqualTo(new RowProblem(12, 3, "04 71 00", "Numéro incomplet"));
  }

  @Test
  void emptyRowHasEveryColumnBlank() {
    MapSourceRow row = MapSourceRow.empty(COLUMNS);

    assertThat(COLUMNS).allSatisfy(field -> assertThat(row.get(field.key())).isNull());
    assertThat(row.column("phone")).isEqualTo(3);
  }

  @Test
  void aCellOutsideTheColumnsIsATestMistake() {
    assertThatThrownBy(() -> MapSourceRow.of(COLUMNS, Map.of("firstName", "Léa")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstName");
  }

  @Test
  void printingARowShowsNoCellText() {
    assertThat(MapSourceRow.of(COLUMNS, Map.of("lastName", "MARTIN")).toString())
        .doesNotContain("MARTIN")
        .contains("line 2");
  }
}
