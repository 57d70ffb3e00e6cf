package fr.orienta.imports;

import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.RowProblem;
import java.util.List;

/**
 * A row after its adapter: the record (or none when rejected), its problems, the commune resolved
 * by the core, and the file's headers to name columns in the error report.
 */
public record ProcessedRow(
    long line,
    PatientRecord record,
    List<RowProblem> problems,
    String inseeCode,
    List<String> headers) {

  public boolean isAccepted() {
    return record != null;
  }

  String header(int column) {
    return column >= 1 && column <= headers.size() ? headers.get(column - 1) : null;
  }

  @Override
  public String toString() {
    return "ProcessedRow[line " + line + "]";
  }
}
