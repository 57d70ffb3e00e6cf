package fr.orienta.registry;

import fr.orienta.platform.BulkInsert;
import fr.orienta.platform.DatabaseMigration;
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
import fr.orienta.territory.CommuneService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The registry of the current CPTS: the only way in or out of {@link Person} rows. */
@ApplicationScoped
@Transactional
@TenantBound
public class RegistryService {

  static final String ENTITY = "Person";

  /**
   * How far a list counts the people matching its filters (« plus de 1 000 ») and pages through
   * them. Counting further costs more than the page at a million people (10,000 matches scattered
   * over the table: 55–60 ms of the page's time) and nobody reads a list that far: it is narrowed.
   */
  public static final int COUNT_CAP = 1_000;

  /** The source name of people entered by hand. */
  public static final String MANUAL_SOURCE = "saisie";

  /** The source name of people reported by a pharmacist, a nurse, a town hall… */
  public static final String REPORT_SOURCE = "signalement";

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject NirProtector nir;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  @Inject PriorityService priorities;

  @Inject CommuneService communes;

  @Inject DatabaseMigration database;

  @Inject BulkInsert bulk;

  @Inject ConsentService consents;

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
    if (input.inseeCode() != null && !communes.exists(input.inseeCode())) {
      throw Refusal.invalid("refusal.commune.unknown", input.inseeCode());
    }
    return accept(
            List.of(new SourceRow(input.toRecord(nirValue), input.inseeCode())),
            source,
            input.registeredOn(),
            PersonEvent.Kind.REGISTERED,
            detail)
        .get(0);
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
                      person.getId(), sameTraits.getId(), DuplicateCandidate.SAME_TRAITS, now));
              event(person.getId(), PersonEvent.Kind.POSSIBLE_DUPLICATE, DuplicateCandidate.QUEUED);
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
      story.add(bulk.identify(storyLine(personId, kind, detail)));
    }
  }

  /**
   * A source saying a GP took the person on (an MSP census) puts a person still waiting up for
   * review as « MT trouvé ailleurs »; a coordinator confirms or reopens. Nothing is deleted.
   */
  private void reviewIfTaken(Person person, PatientRecord record, String source) {
    if (record.takenByRpps() != null && PersonStatus.withoutMt().contains(person.getStatus())) {
      setStatus(
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
   * After a complete listing from a source: people that source listed before but not this time (not
   * seen since {@code listedFrom}) and still waiting are put up for review as « MT trouvé ailleurs
   * », with the listing named in the reason. Returns how many.
   */
  public int reviewUnlisted(String source, Instant listedFrom, String listing) {
    access.require(Role.COORDINATOR);
    List<Person> unlisted =
        em.createQuery(
                "select p from Person p where p.status in :waiting and exists (select s.id from"
                    + " PersonSource s where s.personId = p.id and s.source = :source"
                    + " and s.lastSeen < :from)",
                Person.class)
            .setParameter("waiting", PersonStatus.withoutMt())
            .setParameter("source", source)
            .setParameter("from", listedFrom)
            .getResultList();
    for (Person person : unlisted) {
      setStatus(
          person,
          PersonStatus.MT_FOUND_ELSEWHERE,
          "Absente de la liste complète « " + listing + " » (" + source + ") : à vérifier",
          tenants.actor());
    }
    return unlisted.size();
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
    Map<String, List<Person>> byKey = new HashMap<>();
    inBatches(
        keys.stream().filter(Objects::nonNull).distinct().toList(),
        em.createQuery(
            "select p from Person p where p.identityKey in :values order by p.id", Person.class),
        p -> byKey.computeIfAbsent(p.getIdentityKey(), k -> new ArrayList<>()).add(p));
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

  /** Runs a query taking {@code :values}, 500 values at a time. */
  private static <T> void inBatches(List<?> values, TypedQuery<T> query, Consumer<? super T> each) {
    for (int from = 0; from < values.size(); from += 500) {
      query
          .setParameter("values", values.subList(from, Math.min(values.size(), from + 500)))
          .getResultList()
          .forEach(each);
    }
  }

  /** The story of a person of the current CPTS, newest first. */
  public List<PersonEvent> timeline(long personId) {
    access.require(Role.COORDINATOR, Role.CALLER);
    return em.createQuery(
            "select e from PersonEvent e where e.personId = :id or e.personId in"
                + " (select p.id from Person p where p.mergedInto = :id)"
                + " order by e.occurredAt desc, e.id desc",
            PersonEvent.class)
        .setParameter("id", personId)
        .getResultList();
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

  /** Adds a line to a person's story, in the name of the current user. */
  void event(long personId, PersonEvent.Kind kind, String detail) {
    em.persist(storyLine(personId, kind, detail));
  }

  private PersonEvent storyLine(long personId, PersonEvent.Kind kind, String detail) {
    return new PersonEvent(personId, Instant.now(clock), tenants.actor(), kind, detail);
  }

  /** A person of the current CPTS, audited as a read; empty for any other CPTS's id. */
  public Optional<Person> read(long id) {
    access.require(Role.COORDINATOR, Role.CALLER);
    Person person = em.find(Person.class, id);
    if (person != null) {
      audit.record(AuditAction.READ, ENTITY, id, null);
    }
    return Optional.ofNullable(person);
  }

  /**
   * People of the current CPTS matching a filter, most urgent first, one page at a time. Listing is
   * audited as one read of the page, not one per person.
   */
  public PersonPage list(PersonFilter filter, int page, int size) {
    return list(filter, page, size, PersonFilter.Sort.PRIORITY, false);
  }

  /** As {@link #list(PersonFilter, int, int)}, in the order asked. */
  public PersonPage list(
      PersonFilter filter, int page, int size, PersonFilter.Sort sort, boolean ascending) {
    access.require(Role.COORDINATOR, Role.CALLER);
    int pageSize = Math.max(1, Math.min(size, 200));
    int pageNumber = Math.max(0, page);
    if ((long) pageNumber * pageSize >= COUNT_CAP) {
      throw Refusal.invalid("refusal.list.cap", String.valueOf(COUNT_CAP));
    }
    PersonCriteria criteria = PersonCriteria.of(filter, LocalDate.now(clock));
    if (database.isPostgreSql()) {
      // One screen, filters of any selectivity: the generic plan PostgreSQL keeps for a prepared
      // statement suits some and ruins others (at a million people, 1 ms with its values, 390 ms
      // generic for ALD + 70+ + a large commune), so this transaction's lists are planned with
      // their values.
      em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
    // The page's ids first, then those people: the ids can be read from an index alone (the
    // list index of db/vendor/postgresql carries the filtered columns), so a deep page or a
    // common name prefix walks index entries instead of fetching thousands of rows.
    var pageIds =
        em.createQuery(
                "select p.id from Person p"
                    + criteria.where()
                    + " order by "
                    + sort.orderBy(ascending),
                Long.class)
            .setFirstResult(pageNumber * pageSize)
            .setMaxResults(pageSize);
    var count =
        em.createQuery("select p.id from Person p" + criteria.where(), Long.class)
            .setMaxResults(COUNT_CAP + 1);
    criteria
        .parameters()
        .forEach(
            (key, value) -> {
              pageIds.setParameter(key, value);
              count.setParameter(key, value);
            });
    List<Long> ids = pageIds.getResultList();
    Map<Long, Person> people = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select p from Person p where p.id in :ids", Person.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(p -> people.put(p.getId(), p));
    }
    List<PersonDetail> items =
        ids.stream().map(people::get).filter(Objects::nonNull).map(this::detail).toList();
    audit.record(
        AuditAction.READ,
        ENTITY,
        null,
        "liste, page " + pageNumber + ", " + items.size() + " personne(s)");
    int matching = count.getResultList().size();
    return new PersonPage(
        items, Math.min(matching, COUNT_CAP), matching > COUNT_CAP, pageNumber, pageSize);
  }

  /**
   * A person as the current role may see them: callers work call lists and need neither the masked
   * NIR nor the ALD number, only that the person is in ALD.
   */
  public PersonDetail detail(Person person) {
    PersonDetail detail = PersonDetail.of(person, LocalDate.now(clock));
    return access.allows(Role.COORDINATOR) ? detail : detail.forCaller();
  }

  /**
   * Moves a person of the current CPTS to another status, with the reason, in their story and the
   * audit trail. Moves that need the person's agreement (consenting, oriented, MT declared) are
   * refused without a consent to orientation in force: the person's free choice comes first.
   */
  public Person changeStatus(long id, PersonStatus next, String reason) {
    access.require(Role.COORDINATOR, Role.CALLER);
    if (next == null) {
      throw Refusal.invalid("refusal.status.missing");
    }
    if (reason == null || reason.isBlank()) {
      throw Refusal.invalid("refusal.status.reason");
    }
    Person person = existing(id);
    if (!person.getStatus().canBecome(next)) {
      throw Refusal.conflict(
          "refusal.status.impossible", Labels.status(person.getStatus()), Labels.status(next));
    }
    if (next.needsConsent() && !consents.consentsTo(id, PersonConsent.Scope.ORIENTATION)) {
      throw Refusal.conflict("refusal.status.consent");
    }
    setStatus(person, next, reason.trim(), tenants.actor());
    return person;
  }

  private void setStatus(Person person, PersonStatus next, String reason, String actor) {
    String detail =
        Labels.status(person.getStatus()) + " → " + Labels.status(next) + " : " + reason;
    person.changeStatus(next, truncate(reason, 500), Instant.now(clock));
    em.persist(
        new PersonEvent(
            person.getId(), Instant.now(clock), actor, PersonEvent.Kind.STATUS_CHANGED, detail));
    audit.record(AuditAction.UPDATE, ENTITY, person.getId(), "statut " + next);
  }

  /** The person's priority today, rule by rule. */
  public Priority priority(long personId) {
    access.require(Role.COORDINATOR, Role.CALLER);
    return priorities.of(existing(personId), tenants.requireTenant());
  }

  /** The sources that listed a person (and the entries merged into them), oldest first. */
  public List<PersonSource> sources(long personId) {
    access.require(Role.COORDINATOR, Role.CALLER);
    return em.createQuery(
            "select s from PersonSource s where s.personId = :id order by s.firstSeen, s.id",
            PersonSource.class)
        .setParameter("id", personId)
        .getResultList();
  }

  /** A person of the current CPTS, or a refusal naming the id (nothing else of them). */
  Person existing(long id) {
    return Person.existing(em, id);
  }

  /**
   * Recomputes the stored priority of up to {@code batch} people still waiting, after {@code
   * afterId} in id order, in a transaction of its own; returns the last id seen, or -1 at the end.
   * Waiting time grows every day, and a CPTS may add a rule: lists sorted by priority stay right
   * without touching anyone's story.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long refreshPriorities(long afterId, int batch) {
    access.require(Role.COORDINATOR);
    List<Person> people =
        em.createQuery(
                "select p from Person p where p.id > :after and p.status in :waiting order by p.id",
                Person.class)
            .setParameter("after", afterId)
            .setParameter("waiting", PersonStatus.withoutMt())
            .setMaxResults(batch)
            .getResultList();
    PriorityService.Scoring scoring = priorities.scoring(tenants.requireTenant());
    for (Person person : people) {
      int score = scoring.of(person).score();
      if (person.getPriority() != score) {
        person.prioritise(score);
      }
    }
    return people.size() < batch ? -1 : people.get(people.size() - 1).getId();
  }

  void reprioritise(Person person) {
    person.prioritise(priorities.of(person, tenants.requireTenant()).score());
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** Aggregated counts: no nominative data, open to every role of the CPTS. */
  public RegistrySummary summary() {
    LocalDate seventyYearsAgo = LocalDate.now(clock).minusYears(70);
    Object[] row =
        em.createQuery(
                "select count(p),"
                    + " sum(case when p.ald = :yes then 1 else 0 end),"
                    + " sum(case when p.css = :yes then 1 else 0 end),"
                    + " sum(case when p.birthDate <= :cutoff then 1 else 0 end)"
                    + " from Person p where p.status in :open",
                Object[].class)
            // A bound Boolean: a literal TRUE is rendered as 1, which H2 and PostgreSQL refuse.
            .setParameter("yes", Boolean.TRUE)
            .setParameter("cutoff", seventyYearsAgo)
            .setParameter("open", PersonStatus.withoutMt())
            .getSingleResult();
    return new RegistrySummary(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
