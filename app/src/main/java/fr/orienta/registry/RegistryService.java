package fr.orienta.registry;

import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditService;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import fr.orienta.security.TenantContext;
import fr.orienta.spi.PatientRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The registry of the current CPTS: the only way in or out of {@link Person} rows. */
@ApplicationScoped
@Transactional
@TenantBound
public class RegistryService {

  static final String ENTITY = "Person";

  /** The source name of people entered by hand. */
  public static final String MANUAL_SOURCE = "saisie";

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject NirProtector nir;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  /** Registers a person entered by hand or by the demo; audited as a creation. */
  public Person register(@NotNull @Valid NewPerson input) {
    access.require(Role.COORDINATOR, Role.CALLER);
    LocalDate today = LocalDate.now(clock);
    Person person =
        new Person(
            input.lastName().trim(),
            input.firstName().trim(),
            input.birthDate(),
            Instant.now(clock),
            input.registeredOn() == null ? today : input.registeredOn());
    person.setSex(input.sex());
    person.setInseeCode(input.inseeCode());
    person.setPhone(input.phone());
    person.setEmail(input.email());
    person.setAld(input.ald(), input.aldCode());
    person.setCss(input.css());
    person.refreshIdentityKey();
    em.persist(person);
    em.flush();
    source(person.getId(), MANUAL_SOURCE, Instant.now(clock));
    event(person.getId(), PersonEvent.Kind.REGISTERED, "Saisie manuelle");
    audit.record(AuditAction.CREATE, ENTITY, person.getId(), MANUAL_SOURCE);
    return person;
  }

  /**
   * Takes one normalised record from a source into the registry, once: the same NIR is the same
   * person; without a NIR, the same identity traits from the same source are the same row of a
   * listing seen again; the same traits from another source are queued as a possible duplicate for
   * a coordinator, never merged silently. Stored values are only completed, never emptied.
   *
   * @param source the adapter id the record comes from
   * @param inseeCode the commune of residence as resolved by the caller (may be {@code null})
   */
  public IngestResult ingest(PatientRecord record, String source, String inseeCode) {
    access.require(Role.COORDINATOR);
    Instant now = Instant.now(clock);
    String hash = record.nir() == null ? null : nir.hash(record.nir());
    String key =
        IdentityKey.of(record.lastName(), record.firstName(), record.birthDate(), inseeCode);
    PersonMatcher.Match match = PersonMatcher.match(hash, key, source, storedCandidates);
    Person existing = match.existing();
    if (existing != null) {
      List<String> changed = merge(existing, record, hash, inseeCode, now);
      source(existing.getId(), source, now);
      if (changed.isEmpty()) {
        return new IngestResult(IngestResult.Outcome.UNCHANGED, existing.getId());
      }
      event(
          existing.getId(), PersonEvent.Kind.UPDATED, source + " : " + String.join(", ", changed));
      audit.record(AuditAction.UPDATE, ENTITY, existing.getId(), source);
      return new IngestResult(IngestResult.Outcome.UPDATED, existing.getId());
    }
    Person person = newPerson(record, hash, inseeCode, now);
    em.persist(person);
    em.flush();
    source(person.getId(), source, now);
    event(person.getId(), PersonEvent.Kind.IMPORTED, "Import " + source);
    audit.record(AuditAction.CREATE, ENTITY, person.getId(), source);
    Person sameTraits = match.sameTraits();
    if (sameTraits != null) {
      em.persist(
          new DuplicateCandidate(
              person.getId(),
              sameTraits.getId(),
              "Même nom, prénom, date de naissance et commune",
              now));
      event(person.getId(), PersonEvent.Kind.POSSIBLE_DUPLICATE, "Doublon possible à vérifier");
      return new IngestResult(IngestResult.Outcome.POSSIBLE_DUPLICATE, person.getId());
    }
    return new IngestResult(IngestResult.Outcome.CREATED, person.getId());
  }

  /**
   * Dry run of a batch of a file's records: counts into {@code run} what {@link #ingest} would do
   * with each (created, updated, unchanged, possible duplicate), with the same matching rule
   * ({@link PersonMatcher}) and the same merge, and writes nothing. The registry is read with one
   * query per kind for the whole batch; the people read are detached at once, so what the run does
   * to them stays in memory. Runs in a short transaction of its own, so that a whole file can be
   * tried batch after batch without one long transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void classify(DryRun run, List<DryRun.Row> rows) {
    access.require(Role.COORDINATOR);
    Instant now = Instant.now(clock);
    List<String> hashes = new ArrayList<>(rows.size());
    List<String> keys = new ArrayList<>(rows.size());
    for (DryRun.Row row : rows) {
      PatientRecord record = row.record();
      hashes.add(record.nir() == null ? null : nir.hash(record.nir()));
      keys.add(
          IdentityKey.of(
              record.lastName(), record.firstName(), record.birthDate(), row.inseeCode()));
    }
    Map<String, Person> storedByHash = new HashMap<>();
    inBatches(
        hashes,
        "select p from Person p where p.nirHash in :values",
        p -> storedByHash.putIfAbsent(p.getNirHash(), p));
    Map<String, List<Person>> storedByKey = new HashMap<>();
    inBatches(
        keys,
        "select p from Person p where p.identityKey in :values order by p.id",
        p -> storedByKey.computeIfAbsent(p.getIdentityKey(), k -> new ArrayList<>()).add(p));
    List<Long> ids =
        storedByKey.values().stream().flatMap(List::stream).map(Person::getId).toList();
    Set<Long> fedBySource = new HashSet<>();
    if (!ids.isEmpty()) {
      fedBySource.addAll(
          em.createQuery(
                  "select s.personId from PersonSource s"
                      + " where s.source = :source and s.personId in :ids",
                  Long.class)
              .setParameter("source", run.source())
              .setParameter("ids", ids)
              .getResultList());
    }
    em.clear();
    PersonMatcher.Candidates candidates = run.candidates(storedByHash, storedByKey, fedBySource);
    for (int i = 0; i < rows.size(); i++) {
      DryRun.Row row = rows.get(i);
      PersonMatcher.Match match =
          PersonMatcher.match(hashes.get(i), keys.get(i), run.source(), candidates);
      if (match.existing() != null) {
        Person person = run.touch(match.existing());
        String keyBefore = person.getIdentityKey();
        List<String> changed = merge(person, row.record(), hashes.get(i), row.inseeCode(), now);
        run.seen(person, keyBefore);
        run.add(changed.isEmpty() ? IngestResult.Outcome.UNCHANGED : IngestResult.Outcome.UPDATED);
      } else {
        run.seen(newPerson(row.record(), hashes.get(i), row.inseeCode(), now), null);
        run.add(
            match.sameTraits() == null
                ? IngestResult.Outcome.CREATED
                : IngestResult.Outcome.POSSIBLE_DUPLICATE);
      }
    }
  }

  /** A person as {@link #ingest} creates it from a record, not yet stored. */
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

  /** Completes a known person with a record, as {@link #ingest} does: what changed, in words. */
  private List<String> merge(
      Person existing, PatientRecord record, String hash, String inseeCode, Instant now) {
    if (hash != null && existing.getNirHash() == null) {
      existing.identifyBy(hash, nir.mask(record.nir()));
    }
    return existing.absorb(record, inseeCode, now);
  }

  /** Runs a query taking {@code :values} on the distinct non-null values, 500 at a time. */
  private void inBatches(List<String> values, String jpql, Consumer<Person> each) {
    List<String> distinct = values.stream().filter(Objects::nonNull).distinct().toList();
    for (int from = 0; from < distinct.size(); from += 500) {
      em.createQuery(jpql, Person.class)
          .setParameter("values", distinct.subList(from, Math.min(distinct.size(), from + 500)))
          .getResultList()
          .forEach(each);
    }
  }

  /** The registry as {@link #ingest} matches against it. */
  private final PersonMatcher.Candidates storedCandidates =
      new PersonMatcher.Candidates() {
        @Override
        public Person byNirHash(String hash) {
          return RegistryService.this.byNirHash(hash);
        }

        @Override
        public List<Person> byIdentityKey(String key) {
          return RegistryService.this.byIdentityKey(key);
        }

        @Override
        public boolean hasSource(Person person, String source) {
          return RegistryService.this.hasSource(person.getId(), source);
        }
      };

  /** The story of a person of the current CPTS, newest first. */
  public List<PersonEvent> timeline(long personId) {
    access.require(Role.COORDINATOR, Role.CALLER);
    return em.createQuery(
            "select e from PersonEvent e where e.personId = :id order by e.occurredAt desc, e.id desc",
            PersonEvent.class)
        .setParameter("id", personId)
        .getResultList();
  }

  /** Possible duplicates waiting for a decision. */
  public List<DuplicateCandidate> openDuplicates() {
    access.require(Role.COORDINATOR);
    return em.createQuery(
            "select d from DuplicateCandidate d where d.status = :open order by d.createdAt",
            DuplicateCandidate.class)
        .setParameter("open", DuplicateCandidate.Status.OPEN)
        .getResultList();
  }

  private Person byNirHash(String hash) {
    return em.createQuery("select p from Person p where p.nirHash = :hash", Person.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** People with the same identity key, oldest first. */
  private List<Person> byIdentityKey(String key) {
    return em.createQuery(
            "select p from Person p where p.identityKey = :key order by p.id", Person.class)
        .setParameter("key", key)
        .getResultList();
  }

  private boolean hasSource(long personId, String source) {
    return !em.createQuery(
            "select s.id from PersonSource s where s.personId = :id and s.source = :source",
            Long.class)
        .setParameter("id", personId)
        .setParameter("source", source)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private void source(long personId, String source, Instant now) {
    em.createQuery(
            "select s from PersonSource s where s.personId = :id and s.source = :source",
            PersonSource.class)
        .setParameter("id", personId)
        .setParameter("source", source)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            s -> s.seen(now), () -> em.persist(new PersonSource(personId, source, now)));
  }

  private void event(long personId, PersonEvent.Kind kind, String detail) {
    em.persist(new PersonEvent(personId, Instant.now(clock), tenants.actor(), kind, detail));
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
   * People of the current CPTS matching a filter, newest first, one page at a time. Listing is
   * audited as one read of the page, not one per person.
   */
  public PersonPage list(PersonFilter filter, int page, int size) {
    access.require(Role.COORDINATOR, Role.CALLER);
    int pageSize = Math.max(1, Math.min(size, 200));
    int pageNumber = Math.max(0, page);
    LocalDate today = LocalDate.now(clock);
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.name() != null && !filter.name().isBlank()) {
      where.append(" and (upper(p.lastName) like :prefix or upper(p.firstName) like :prefix)");
      parameters.put("prefix", filter.name().trim().toUpperCase(Locale.ROOT) + "%");
    }
    if (filter.status() != null) {
      where.append(" and p.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.ald() != null) {
      where.append(" and p.ald = :ald");
      parameters.put("ald", filter.ald());
    }
    if (filter.css() != null) {
      where.append(" and p.css = :css");
      parameters.put("css", filter.css());
    }
    if (filter.ageBand() != null) {
      where.append(" and p.birthDate > :bornAfter and p.birthDate <= :bornBy");
      parameters.put("bornAfter", filter.ageBand().bornAfter(today));
      parameters.put("bornBy", filter.ageBand().bornOnOrBefore(today));
    }
    if (filter.inseeCode() != null && !filter.inseeCode().isBlank()) {
      where.append(" and p.inseeCode = :insee");
      parameters.put("insee", filter.inseeCode().trim());
    }
    if (filter.source() != null && !filter.source().isBlank()) {
      where.append(
          " and exists (select s.id from PersonSource s where s.personId = p.id"
              + " and s.source = :source)");
      parameters.put("source", filter.source().trim());
    }
    var query =
        em.createQuery("select p from Person p" + where + " order by p.id desc", Person.class)
            .setFirstResult(pageNumber * pageSize)
            .setMaxResults(pageSize);
    var count = em.createQuery("select count(p) from Person p" + where, Long.class);
    parameters.forEach(
        (key, value) -> {
          query.setParameter(key, value);
          count.setParameter(key, value);
        });
    List<PersonDetail> items =
        query.getResultList().stream().map(p -> PersonDetail.of(p, today)).toList();
    audit.record(
        AuditAction.READ,
        ENTITY,
        null,
        "liste, page " + pageNumber + ", " + items.size() + " personne(s)");
    return new PersonPage(items, count.getSingleResult(), pageNumber, pageSize);
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
