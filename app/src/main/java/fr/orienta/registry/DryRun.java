package fr.orienta.registry;

import fr.orienta.spi.PatientRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What importing a file from one source would do to the registry, counted without writing: fed
 * batch after batch, in file order, to {@link RegistryService#classify}.
 *
 * <p>Rows of one file can match each other, as they do during the import, where each row sees the
 * rows committed before it. So the run remembers every person the file has created or completed so
 * far, as the import would have left them (detached, never stored): a person listed twice counts
 * once as new (or possible duplicate), then as updated if the second row brings a value the first
 * did not, else unchanged. This costs memory in proportion to the distinct people of the file (one
 * small detached {@link Person} each, well under 1 KB: some hundreds of MB for a million-row file).
 */
public final class DryRun {

  /** A record ready for the registry: the adapter's record and the commune the core resolved. */
  public record Row(PatientRecord record, String inseeCode) {}

  private final String source;
  private final Map<IngestResult.Outcome, Long> counts = new EnumMap<>(IngestResult.Outcome.class);

  /** People of the registry this file touched, by id, as the file left them. */
  private final Map<Long, Person> touched = new HashMap<>();

  /** People this file created or touched, by NIR hash and by identity key. */
  private final Map<String, Person> byNirHash = new HashMap<>();

  private final Map<String, List<Person>> byIdentityKey = new HashMap<>();

  /**
   * @param source the adapter id the file is read with
   */
  public DryRun(String source) {
    this.source = Objects.requireNonNull(source, "source");
    for (IngestResult.Outcome outcome : IngestResult.Outcome.values()) {
      counts.put(outcome, 0L);
    }
  }

  public String source() {
    return source;
  }

  /** How many records so far would have this outcome. */
  public long count(IngestResult.Outcome outcome) {
    return counts.get(outcome);
  }

  void add(IngestResult.Outcome outcome) {
    counts.merge(outcome, 1L, Long::sum);
  }

  /**
   * The candidates a batch matches against: the people this file already created or touched, as it
   * left them, then the stored people read for the batch (detached), which no earlier row touched.
   *
   * @param storedByHash stored people by NIR hash, for the batch's hashes
   * @param storedByKey stored people by identity key, oldest first, for the batch's keys
   * @param fedBySource ids of those stored people already fed by this run's source
   */
  PersonMatcher.Candidates candidates(
      Map<String, Person> storedByHash,
      Map<String, List<Person>> storedByKey,
      Set<Long> fedBySource) {
    return new PersonMatcher.Candidates() {
      @Override
      public Person byNirHash(String hash) {
        Person seen = byNirHash.get(hash);
        if (seen != null) {
          return seen;
        }
        Person stored = storedByHash.get(hash);
        return stored == null ? null : touched.getOrDefault(stored.getId(), stored);
      }

      @Override
      public List<Person> byIdentityKey(String key) {
        List<Person> alike = new ArrayList<>();
        // Touched people are listed under the key they have now, below.
        storedByKey.getOrDefault(key, List.of()).stream()
            .filter(p -> !touched.containsKey(p.getId()))
            .forEach(alike::add);
        alike.addAll(byIdentityKey.getOrDefault(key, List.of()));
        // Oldest first: stored people by id, then those of this file in file order (stable sort).
        alike.sort(
            Comparator.comparing(
                Person::getId, Comparator.nullsLast(Comparator.<Long>naturalOrder())));
        return alike;
      }

      @Override
      public boolean hasSource(Person person, String wanted) {
        if (!source.equals(wanted)) {
          return false;
        }
        // Created or touched by this file: the import would have recorded its source.
        return person.getId() == null
            || touched.containsKey(person.getId())
            || fedBySource.contains(person.getId());
      }
    };
  }

  /** The run's own copy of a matched person: the first time a stored one, it becomes it. */
  Person touch(Person person) {
    if (person.getId() == null) {
      return person;
    }
    return touched.computeIfAbsent(person.getId(), id -> person);
  }

  /** Remembers a person the file created or changed, under its NIR hash and current key. */
  void seen(Person person, String previousKey) {
    if (person.getNirHash() != null) {
      byNirHash.put(person.getNirHash(), person);
    }
    String key = person.getIdentityKey();
    if (previousKey != null && !previousKey.equals(key)) {
      List<Person> before = byIdentityKey.get(previousKey);
      if (before != null) {
        before.removeIf(p -> p == person);
      }
    }
    if (key != null) {
      List<Person> now = byIdentityKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (now.stream().noneMatch(p -> p == person)) {
        now.add(person);
      }
    }
  }
}
