package fr.orienta.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The people earlier rows from one source created or touched, as those rows left them, so that a
 * row matches them as it would match stored people: a file's rows during a {@link DryRun}, a
 * chunk's rows during {@link Intake#ingest(List, String)}, where they are not stored yet.
 */
final class SeenPeople {

  private final String source;

  /** Stored people the rows touched, by id, as the rows left them. */
  private final Map<Long, Person> touched = new HashMap<>();

  /** People the rows created or touched, by NIR hash and by identity key. */
  private final Map<String, Person> byNirHash = new HashMap<>();

  private final Map<String, List<Person>> byIdentityKey = new HashMap<>();

  SeenPeople(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  String source() {
    return source;
  }

  /**
   * The candidates rows match against: the people seen so far, as the rows left them, then the
   * stored people read for the rows, which no earlier row touched.
   *
   * @param storedByHash stored people by NIR hash, for the rows' hashes
   * @param storedByKey stored people by identity key, oldest first, for the rows' keys
   * @param fedBySource ids of those stored people already fed by this source
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
        // Oldest first: by id, then people not stored yet in row order (stable sort).
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
        // Created or touched by these rows: their source is (or would be) recorded.
        return person.getId() == null
            || touched.containsKey(person.getId())
            || fedBySource.contains(person.getId());
      }
    };
  }

  /** The rows' copy of a matched person: the first time a stored one, it becomes it. */
  Person touch(Person person) {
    if (person.getId() == null) {
      return person;
    }
    return touched.computeIfAbsent(person.getId(), id -> person);
  }

  /**
   * Remembers a person the rows created or changed, under its NIR hash and current key (and the key
   * before a correction).
   */
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
    // A corrected person is also listed under the key her sources know (PersonMatcher).
    for (String listed : new String[] {key, person.getFormerKey()}) {
      if (listed != null) {
        List<Person> now = byIdentityKey.computeIfAbsent(listed, k -> new ArrayList<>(1));
        if (now.stream().noneMatch(p -> p == person)) {
          now.add(person);
        }
      }
    }
  }
}
