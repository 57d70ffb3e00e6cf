package fr.orienta.registry;

import java.util.EnumMap;
import java.util.Map;

/**
 * What importing a file from one source would do to the registry, counted without writing: fed
 * batch after batch, in file order, to {@link Intake#classify}.
 *
 * <p>Rows of one file can match each other, as they do during the import, where each row sees the
 * rows committed before it. So the run remembers ({@link SeenPeople}) every person the file has
 * created or completed so far, as the import would have left them (detached, never stored): a
 * person listed twice counts once as new (or possible duplicate), then as updated if the second row
 * brings a value the first did not, else unchanged. This costs memory in proportion to the distinct
 * people of the file (one small detached {@link Person} each, well under 1 KB: some hundreds of MB
 * for a million-row file).
 */
public final class DryRun {

  private final SeenPeople people;
  private final Map<IngestResult.Outcome, Long> counts = new EnumMap<>(IngestResult.Outcome.class);

  /**
   * @param source the adapter id the file is read with
   */
  public DryRun(String source) {
    this.people = new SeenPeople(source);
    for (IngestResult.Outcome outcome : IngestResult.Outcome.values()) {
      counts.put(outcome, 0L);
    }
  }

  public String source() {
    return people.source();
  }

  /** How many records so far would have this outcome. */
  public long count(IngestResult.Outcome outcome) {
    return counts.get(outcome);
  }

  void add(IngestResult.Outcome outcome) {
    counts.merge(outcome, 1L, Long::sum);
  }

  /** The people the file created or touched so far. */
  SeenPeople people() {
    return people;
  }
}
