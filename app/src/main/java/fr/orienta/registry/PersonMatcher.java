package fr.orienta.registry;

import java.util.List;
import java.util.function.Predicate;

/**
 * Who a source record is: the one matching rule of the registry, used by {@link Intake#ingest(List,
 * String)} against the database and by {@link Intake#classify} against the database plus the
 * earlier rows of the file being tried.
 *
 * <ol>
 *   <li>the same NIR (by its keyed hash) is the same person, whatever the source;
 *   <li>without a NIR match, people with the same identity key whose NIR does not contradict the
 *       record's are alike (for a record without birth date, the same names and commune with any
 *       birth date, and never the same person; for a dated record with no one alike, people of the
 *       same names and commune without birth date): the first of them already fed by the same
 *       source is that person (the same row of a listing seen again). A person a coordinator
 *       corrected keeps the key her sources knew her by, and is matched by either;
 *   <li>otherwise, if some are alike, the record is a new person to be queued as a possible
 *       duplicate of the oldest of them; if none, simply a new person.
 * </ol>
 */
final class PersonMatcher {

  private PersonMatcher() {}

  /** Where candidates are looked up. */
  interface Candidates {

    /** The person with this NIR hash, or {@code null}. */
    Person byNirHash(String hash);

    /** People with this identity key, oldest first. */
    List<Person> byIdentityKey(String key);

    /** Whether this source already fed this person. */
    boolean hasSource(Person person, String source);
  }

  /**
   * The outcome of matching.
   *
   * @param existing the person the record is, or {@code null} for a new person
   * @param sameTraits for a new person, the person it may duplicate, or {@code null}
   */
  record Match(Person existing, Person sameTraits) {}

  /**
   * @param hash the record's NIR hash, or {@code null}
   * @param key the record's identity key, or {@code null} when its traits are too few
   */
  static Match match(String hash, String key, String source, Candidates candidates) {
    Person existing = hash == null ? null : candidates.byNirHash(hash);
    Person sameTraits = null;
    if (existing == null && key != null) {
      // Equal NIRs were found above: only people whose NIR does not contradict are alike.
      Predicate<Person> noOtherNir =
          p -> hash == null || p.getNirHash() == null || p.getNirHash().equals(hash);
      List<Person> alike = candidates.byIdentityKey(key).stream().filter(noOtherNir).toList();
      // Alike without the same key (a birth date on one side only) is never taken for the same,
      // nor two entries without birth date: names and a commune alone may be father and son.
      existing =
          alike.stream()
              .filter(
                  p ->
                      (key.equals(p.getIdentityKey()) || key.equals(p.getFormerKey()))
                          && !IdentityKey.isUndated(key)
                          && candidates.hasSource(p, source))
              .findFirst()
              .orElse(null);
      if (alike.isEmpty() && !IdentityKey.isUndated(key)) {
        // Someone entered without birth date (a report often lacks it) of these names and commune.
        alike =
            candidates.byIdentityKey(IdentityKey.undated(key)).stream()
                .filter(p -> p.getBirthDate() == null)
                .filter(noOtherNir)
                .toList();
      }
      sameTraits = existing != null || alike.isEmpty() ? null : alike.get(0);
    }
    return new Match(existing, sameTraits);
  }
}
