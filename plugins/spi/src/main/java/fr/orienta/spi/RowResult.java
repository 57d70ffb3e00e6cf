package fr.orienta.spi;

import java.util.List;

/**
 * The outcome of reading one row: a record (possibly with warnings about values dropped), or a
 * rejection with the reasons.
 */
public record RowResult(PatientRecord record, List<RowProblem> problems) {

  public RowResult {
    problems = List.copyOf(problems);
  }

  public static RowResult accepted(PatientRecord record, List<RowProblem> warnings) {
    return new RowResult(java.util.Objects.requireNonNull(record), warnings);
  }

  public static RowResult rejected(List<RowProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row needs at least one problem");
    }
    return new RowResult(null, problems);
  }

  public boolean isAccepted() {
    return record != null;
  }
}
