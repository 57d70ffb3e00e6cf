package fr.orienta.spi.testkit;

import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SourceRow} for tests: cells given by field key, columns in the order of a field list,
 * read the way the core reads a file (trimmed, blank as {@code null}). A value for a key that is
 * not among the columns is refused, since the core would never hand it to the source.
 */
public final class MapSourceRow implements SourceRow {

  /** The line of the first data row: line 1 is the header. */
  public static final long FIRST_DATA_LINE = 2;

  private final long line;
  private final List<String> columns;
  private final Map<String, String> cells;

  /**
   * @param line line number in the file (1 = header)
   * @param columns the file's columns, in order: a field's column is its position plus one
   * @param cells raw cell text by field key; {@code null} values are allowed
   */
  public MapSourceRow(long line, List<SourceField> columns, Map<String, String> cells) {
    this.line = line;
    this.columns = columns.stream().map(SourceField::key).toList();
    // HashMap rather than Map.copyOf: an absent cell is a legitimate null here.
    this.cells = new HashMap<>(cells);
    for (String key : this.cells.keySet()) {
      if (!this.columns.contains(key)) {
        throw new IllegalArgumentException(
            "Cell " + key + " is not one of the columns " + this.columns);
      }
    }
  }

  /** The first data row of a file with these columns. */
  public static MapSourceRow of(List<SourceField> columns, Map<String, String> cells) {
    return new MapSourceRow(FIRST_DATA_LINE, columns, cells);
  }

  /** A first data row whose cells are all blank. */
  public static MapSourceRow empty(List<SourceField> columns) {
    return of(columns, Map.of());
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public String get(String fieldKey) {
    String value = cells.get(Objects.requireNonNull(fieldKey, "fieldKey"));
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.trim();
  }

  @Override
  public int column(String fieldKey) {
    return columns.indexOf(fieldKey) + 1;
  }

  @Override
  public String toString() {
    // Cells hold nominative test data shaped like real data; only the position is printed.
    return "MapSourceRow[line " + line + ", " + columns.size() + " columns]";
  }
}
