package fr.orienta.registry;

import fr.orienta.platform.BulkInsert;
import fr.orienta.platform.Refusal;
import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditEvent;
import fr.orienta.security.AuditService;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import fr.orienta.security.TenantContext;
import fr.orienta.spi.Identifiers;
import fr.orienta.spi.PatientRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How people come into the registry of the current CPTS: entered by hand, reported, imported chunk
 * by chunk, or tried in a dry run — all through one matching rule ({@link PersonMatcher}) against
 * what the registry holds, read with one query per kind for a whole chunk.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Intake {

  /** The source name of people entered by hand. */
  public static final String MANUAL_SOURCE = "saisie";

  /** The source name of people reported by a pharmacist, a nurse, a town hall… */
  public static final String REPORT_SOURCE = "signalement";

  private static final String ENTITY = RegistryService.ENTITY;

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject RegistryService registry;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject NirProtector nir;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  @Inject PriorityService priorities;

  @Inject BulkInsert bulk;

  @Inject ConsentService consents;

  @Inject EntryChecks checks;

  @Inject RegistryStatistics statistics;

  /**
   * Registers a person entered by hand (or by the demo), through the same matching as imports: a
   * known NIR completes that person, the same traits as someone listed elsewhere is queued as a
   * possible duplicate.
   */
  public IngestResult register(@NotNull @Valid NewPerson input) {
    access.require(Role.COORDINATOR, Role.CALLER);
    return enter(input, MANUAL_SOURCE, "Saisie manuelle");
  }

  /**
   * Registers a person reported by a pharmacist, a nurse, a town hall…, with the same validation as
   * manual entry. When the reporter says the person agreed to be contacted, that agreement is
   * recorded as a consent to contact collected by the reporter.
   */
  public IngestResult report(@NotNull @Valid NewPerson input, @NotNull @Valid Reporter reporter) {
    access.require(Role.COORDINATOR, Role.CALLER);
    IngestResult result = enter(input, REPORT_SOURCE, "Signalement : " + reporter.describe());
    if (reporter.personAgreed()) {
      consents.recordConsent(
          result.personId(),
          new NewConsent(
              PersonConsent.Kind.CONSENT,
              PersonConsent.Scope.CONTACT,
              PersonConsent.Channel.FORM,
              LocalDate.now(clock),
              "Recueilli par " + reporter.describe()));
    }
    return result;
  }

  private IngestResult enter(NewPerson input, String source, String detail) {
    String nirValue = input.nir() == null ? null : Identifiers.compact(input.nir());
    if (nirValue != null && nirValue.isEmpty()) {
      nirValue = null;
    }
    if (nirValue != null && !Identifiers.isValidNir(nirValue)) {
      throw Refusal.invalid("refusal.nir.invalid");
    }
    if (nirValue != null) {
      checkHolder(nirValue, input);
    }
    checks.check(input);
    return accept(
            List.of(new SourceRow(input.toRecord(nirValue), input.inseeCode())),
            source,
            input.registeredOn(),
            PersonEvent.Kind.REGISTERED,
            detail)
        .get(0);
  }

  /**
   * A NIR typed by hand must be the typed person's: one wrong digit gives another valid NIR, whose
   * holder the entry would otherwise rename and re-date (an import's sources are trusted with
   * theirs).
   */
  private void checkHolder(String nirValue, NewPerson input) {
    PatientRecord.Sex sex = input.sex() == null ? null : PatientRecord.Sex.valueOf(input.sex());
    Optional<String> contradiction = NirIdentity.contradiction(nirValue, sex, input.birthDate());
    if (contradiction.isPresent()) {
      throw Refusal.invalid(contradiction.get());
    }
    Optional<Person> holder =
        em.createQuery("select p from Person p where p.nirHash = :hash", Person.class)
            .setParameter("hash", nir.hash(nirValue))
            .getResultStream()
            .findFirst();
    if (holder.isPresent()
        && !NirIdentity.sameHolder(holder.get(), input.lastName(), input.birthDate())) {
      throw Refusal.conflict("refusal.nir.otherHolder");
    }
  }

  /**
   * Takes records from one source into the registry, in order, each once: the same NIR is the same
   * person; without a NIR, the same identity traits from the same source are the same row of a
   * listing seen again; the same traits from another source are queued as a possible duplicate for
   * a coordinator, never merged silently. Stored values are only completed, never emptied. A row
   * sees the rows before it (a person listed twice is created once). The registry is read with one
   * query per kind for all the rows, and the people are written together, then what points at them:
   * an import's chunk costs a few statements, not a few per row. Returns one result per row, in
   * order.
   *
   * @param source the adapter id the records come from
   */
  public List<IngestResult> ingest(List<SourceRow> rows, String source) {
    access.require(Role.COORDINATOR);
    return accept(rows, source, null, PersonEvent.Kind.IMPORTED, "Import " + source);
  }

  private List<IngestResult> accept(
      List<SourceRow> rows,
      String source,
      LocalDate registeredOn,
      PersonEvent.Kind created,
      String createdDetail) {
    Instant now = Instant.now(clock);
    Stored stored = lookUp(rows, source);
    PriorityService.Scoring scoring = priorities.scoring(tenants.requireTenant());
    SeenPeople seen = new SeenPeople(source);
    PersonMatcher.Candidates candidates =
        seen.candidates(stored.byHash(), stored.byKey(), stored.sources().keySet());
    NewRows written = new NewRows();
    List<IngestResult> results = new ArrayList<>(rows.size());
    List<Runnable> then = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      SourceRow row = rows.get(i);
      PatientRecord record = row.record();
      String hash = stored.hashes().get(i);
      PersonMatcher.Match match =
          PersonMatcher.match(hash, stored.keys().get(i), source, candidates);
      if (match.existing() != null) {
        Person person = seen.touch(match.existing());
        String keyBefore = person.getIdentityKey();
        List<String> changed = take(person, record, hash, row.inseeCode(), now);
        person.prioritise(scoring.of(person).score());
        seen.seen(person, keyBefore);
        then.add(
            () -> {
              source(stored.sources(), person.getId(), source, now, written.sources);
              reviewIfTaken(person, record, source);
              if (!changed.isEmpty()) {
                written.line(
                    person.getId(),
                    PersonEvent.Kind.UPDATED,
                    source + " : " + String.join(", ", changed));
                written.audit.add(audit.line(AuditAction.UPDATE, ENTITY, person.getId(), source));
              }
            });
        results.add(
            new IngestResult(
                changed.isEmpty() ? IngestResult.Outcome.UNCHANGED : IngestResult.Outcome.UPDATED,
                person.getId()));
        continue;
      }
      Person person = newPerson(record, hash, row.inseeCode(), now);
      if (registeredOn != null) {
        person.setRegisteredOn(registeredOn);
      }
      person.prioritise(scoring.of(person).score());
      written.people.add(bulk.identify(person));
      seen.seen(person, null);
      seen.touch(person);
      Person sameTraits = match.sameTraits();
      then.add(
          () -> {
            source(stored.sources(), person.getId(), source, now, written.sources);
            written.line(person.getId(), created, createdDetail);
            written.audit.add(audit.line(AuditAction.CREATE, ENTITY, person.getId(), source));
            reviewIfTaken(person, record, source);
            if (sameTraits != null) {
              em.persist(
                  new DuplicateCandidate(
                      person.getId(),
                      sameTraits.getId(),
                      DuplicateCandidate.reason(
                          person.getIdentityKey(), sameTraits.getIdentityKey()),
                      now));
              registry.event(
                  person.getId(), PersonEvent.Kind.POSSIBLE_DUPLICATE, DuplicateCandidate.QUEUED);
            }
          });
      results.add(
          new IngestResult(
              sameTraits == null
                  ? IngestResult.Outcome.CREATED
                  : IngestResult.Outcome.POSSIBLE_DUPLICATE,
              person.getId()));
    }
    // The follow-ups may still change a new person (« MT trouvé ailleurs »): people are written
    // after them, then what points at them. What the provider writes (changes to known people, a
    // status line, a duplicate pair) it writes at commit, after these rows.
    then.forEach(Runnable::run);
    bulk.insert(written.people);
    bulk.insert(written.sources);
    bulk.insert(written.story);
    bulk.insert(written.audit);
    statistics.added(written.people.size());
    return results;
  }

  /**
   * The rows a batch of records adds, written together by {@link BulkInsert}: people, the sources
   * naming them, story and audit lines. Story lines get their ids as they are added, so a person's
   * story keeps its order with the lines written one by one.
   */
  private final class NewRows {
    final List<Person> people = new ArrayList<>();
    final List<PersonSource> sources = new ArrayList<>();
    final List<PersonEvent> story = new ArrayList<>();
    final List<AuditEvent> audit = new ArrayList<>();

    void line(long personId, PersonEvent.Kind kind, String detail) {
      story.add(bulk.identify(registry.storyLine(personId, kind, detail)));
    }
  }

  /**
   * A source saying a GP took the person on (an MSP census) puts a person still waiting up for
   * review as « MT trouvé ailleurs »; a coordinator confirms or reopens. Nothing is deleted.
   */
  private void reviewIfTaken(Person person, PatientRecord record, String source) {
    if (record.takenByRpps() != null && PersonStatus.withoutMt().contains(person.getStatus())) {
      registry.setStatus(
          person,
          PersonStatus.MT_FOUND_ELSEWHERE,
          "Pris en charge par le médecin RPPS "
              + record.takenByRpps()
              + " selon "
              + source
              + " : à vérifier",
          tenants.actor());
    }
  }

  /**
   * Dry run of a batch of a file's records: counts into {@code run} what {@link #ingest(List,
   * String)} would do with each (created, updated, unchanged, possible duplicate), with the same
   * matching rule ({@link PersonMatcher}) and the same merge, and writes nothing. The registry is
   * read with one query per kind for the whole batch; the people read are detached at once, so what
   * the run does to them stays in memory. Runs in a short transaction of its own, so that a whole
   * file can be tried batch after batch without one long transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void classify(DryRun run, List<SourceRow> rows) {
    access.require(Role.COORDINATOR);
    Instant now = Instant.now(clock);
    Stored stored = lookUp(rows, run.source());
    em.clear();
    SeenPeople seen = run.people();
    PersonMatcher.Candidates candidates =
        seen.candidates(stored.byHash(), stored.byKey(), stored.sources().keySet());
    for (int i = 0; i < rows.size(); i++) {
      SourceRow row = rows.get(i);
      String hash = stored.hashes().get(i);
      PersonMatcher.Match match =
          PersonMatcher.match(hash, stored.keys().get(i), run.source(), candidates);
      if (match.existing() != null) {
        Person person = seen.touch(match.existing());
        String keyBefore = person.getIdentityKey();
        List<String> changed = take(person, row.record(), hash, row.inseeCode(), now);
        seen.seen(person, keyBefore);
        run.add(changed.isEmpty() ? IngestResult.Outcome.UNCHANGED : IngestResult.Outcome.UPDATED);
      } else {
        seen.seen(newPerson(row.record(), hash, row.inseeCode(), now), null);
        run.add(
            match.sameTraits() == null
                ? IngestResult.Outcome.CREATED
                : IngestResult.Outcome.POSSIBLE_DUPLICATE);
      }
    }
  }

  /** A person as {@link #ingest(List, String)} creates it from a record, not yet stored. */
  private Person newPerson(PatientRecord record, String hash, String inseeCode, Instant now) {
    Person person =
        new Person(
            record.lastName(), record.firstName(), record.birthDate(), now, LocalDate.now(clock));
    if (hash != null) {
      person.identifyBy(hash, nir.mask(record.nir()));
    }
    person.absorb(record, inseeCode, now);
    return person;
  }

  /**
   * Completes a known person with a record, as {@link #ingest(List, String)} does: what changed, in
   * words.
   */
  private List<String> take(
      Person existing, PatientRecord record, String hash, String inseeCode, Instant now) {
    if (hash != null && existing.getNirHash() == null) {
      existing.identifyBy(hash, nir.mask(record.nir()));
    }
    return existing.absorb(record, inseeCode, now);
  }

  /**
   * What the registry holds for some rows from a source, read with one query per kind (per 500
   * values): their NIR hashes and identity keys, in row order; the people with those hashes, and
   * with those keys (oldest first); and the source's record of each of those people it fed.
   */
  private record Stored(
      List<String> hashes,
      List<String> keys,
      Map<String, Person> byHash,
      Map<String, List<Person>> byKey,
      Map<Long, PersonSource> sources) {}

  private Stored lookUp(List<SourceRow> rows, String source) {
    List<String> hashes = new ArrayList<>(rows.size());
    List<String> keys = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      PatientRecord record = row.record();
      hashes.add(record.nir() == null ? null : nir.hash(record.nir()));
      keys.add(
          IdentityKey.of(
              record.lastName(), record.firstName(), record.birthDate(), row.inseeCode()));
    }
    Map<String, Person> byHash = new HashMap<>();
    inBatches(
        hashes.stream().filter(Objects::nonNull).distinct().toList(),
        em.createQuery("select p from Person p where p.nirHash in :values", Person.class),
        p -> byHash.putIfAbsent(p.getNirHash(), p));
    List<String> distinctKeys = keys.stream().filter(Objects::nonNull).distinct().toList();
    // A dated row is alike someone of the same names and commune entered without birth date (a
    // report often lacks it); a registry without any such entry (an import's) is not asked again
    // for every chunk's keys.
    List<String> undatedForms =
        anyUndated()
            ? distinctKeys.stream()
                .filter(k -> !IdentityKey.isUndated(k))
                .map(IdentityKey::undated)
                .toList()
            : List.of();
    Map<String, List<Person>> byKey = new HashMap<>();
    inBatches(
        Stream.concat(distinctKeys.stream(), undatedForms.stream()).distinct().toList(),
        em.createQuery(
            "select p from Person p where p.identityKey in :values order by p.id", Person.class),
        p -> byKey.computeIfAbsent(p.getIdentityKey(), k -> new ArrayList<>()).add(p));
    // Entered without birth date (by hand only: imports require it), alike with any birth date.
    for (int i = 0; i < rows.size(); i++) {
      String key = keys.get(i);
      if (key != null && IdentityKey.isUndated(key) && !byKey.containsKey(key)) {
        byKey.put(key, registry.sameNamesAndCommune(key, rows.get(i).inseeCode()));
      }
    }
    // People a coordinator corrected are still found by the key their sources know; a registry
    // without any (a first load of a million rows) is not asked again for every chunk's keys.
    inBatches(
        anyCorrected() ? distinctKeys : List.of(),
        em.createQuery(
            "select p from Person p where p.formerKey in :values order by p.id", Person.class),
        p -> {
          List<Person> alike = new ArrayList<>(byKey.getOrDefault(p.getFormerKey(), List.of()));
          if (!alike.contains(p)) {
            alike.add(p);
            alike.sort(Comparator.comparing(Person::getId));
          }
          byKey.put(p.getFormerKey(), alike);
        });
    List<Long> ids =
        Stream.concat(byHash.values().stream(), byKey.values().stream().flatMap(List::stream))
            .map(Person::getId)
            .distinct()
            .toList();
    Map<Long, PersonSource> sources = new HashMap<>();
    inBatches(
        ids,
        em.createQuery(
                "select s from PersonSource s where s.source = :source and s.personId in :values",
                PersonSource.class)
            .setParameter("source", source),
        s -> sources.put(s.getPersonId(), s));
    return new Stored(hashes, keys, byHash, byKey, sources);
  }

  /** Whether anyone in the CPTS was entered without birth date (read on the birth date index). */
  private boolean anyUndated() {
    return !em.createQuery("select p.id from Person p where p.birthDate is null", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether anyone in the CPTS was corrected away from the identity key their sources know. */
  private boolean anyCorrected() {
    return !em.createQuery("select p.id from Person p where p.formerKey is not null", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Runs a query taking {@code :values}, 500 values at a time. */
  private static <T> void inBatches(List<?> values, TypedQuery<T> query, Consumer<? super T> each) {
    for (int from = 0; from < values.size(); from += 500) {
      query
          .setParameter("values", values.subList(from, Math.min(values.size(), from + 500)))
          .getResultList()
          .forEach(each);
    }
  }

  /** Records that a source names a person (again), in the sources known for the rows. */
  private void source(
      Map<Long, PersonSource> known,
      long personId,
      String source,
      Instant now,
      List<PersonSource> fresh) {
    PersonSource named = known.get(personId);
    if (named != null) {
      named.seen(now);
      return;
    }
    named = new PersonSource(personId, source, now);
    fresh.add(named);
    known.put(personId, named);
  }
}
