package fr.orienta.spi;

/** One data row of a source file, read by field key rather than by position. */
public interface SourceRow {

  /** Line number in the file (1 = the header line), for problem reports. */
  long line();

  /** The trimmed text of a field, or {@code null} when the column is absent or the cell blank. */
  String get(String fieldKey);

  /** 1-based column of a field in the file, 0 when the file has no such column. */
  int column(String fieldKey);

  /** A problem located on this row at a field's column. */
  default RowProblem problem(String fieldKey, String message) {
    return new RowProblem(line(), column(fieldKey), get(fieldKey), message);
  }
}
