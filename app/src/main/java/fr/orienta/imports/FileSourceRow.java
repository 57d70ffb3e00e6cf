package fr.orienta.imports;

import fr.orienta.spi.SourceRow;
import java.util.Objects;

/** A data row of an uploaded file as a {@link fr.orienta.spi.PatientSource} reads it. */
public final class FileSourceRow implements SourceRow {

  private final TabularRow row;
  private final HeaderMapping mapping;

  public FileSourceRow(TabularRow row, HeaderMapping mapping) {
    this.row = Objects.requireNonNull(row, "row");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public long line() {
    return row.line();
  }

  @Override
  public String get(String fieldKey) {
    int column = column(fieldKey);
    if (column == 0) {
      return null;
    }
    String text = TabularRow.strip(row.cell(column - 1));
    return text.isEmpty() ? null : text;
  }

  @Override
  public int column(String fieldKey) {
    return mapping.column(Objects.requireNonNull(fieldKey, "fieldKey"));
  }

  @Override
  public String toString() {
    // Cells are nominative: the position only.
    return "FileSourceRow[line " + row.line() + "]";
  }
}
