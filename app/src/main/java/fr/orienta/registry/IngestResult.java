package fr.orienta.registry;

/**
 * What one source record did to the registry.
 *
 * @param outcome created, updated, unchanged, or created as a possible duplicate to review
 * @param personId the person the record now belongs to
 */
public record IngestResult(Outcome outcome, long personId) {

  /** The counts an import reports. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    POSSIBLE_DUPLICATE
  }
}
