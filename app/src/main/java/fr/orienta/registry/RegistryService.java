package fr.orienta.registry;

import fr.orienta.platform.DatabaseMigration;
import fr.orienta.platform.Refusal;
import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditService;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import fr.orienta.security.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of the current CPTS: people as they are read, listed, moved through their life cycle
 * and prioritised. They come in through {@link Intake}.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RegistryService {

  static final String ENTITY = "Person";

  /**
   * The longest reason a status change takes: the person's record keeps 500 characters, the story
   * line as many with « Statut → Statut : » before the reason.
   */
  static final int REASON_LENGTH = 400;

  /**
   * How far a list counts the people matching its filters (« plus de 1 000 ») and pages through
   * them. Counting further costs more than the page at a million people (10,000 matches scattered
   * over the table: 55–60 ms of the page's time) and nobody reads a list that far: it is narrowed.
   */
  public static final int COUNT_CAP = 1_000;

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  @Inject PriorityService priorities;

  @Inject DatabaseMigration database;

  @Inject ConsentService consents;

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

  /** Adds a line to a person's story, in the name of the current user. */
  void event(long personId, PersonEvent.Kind kind, String detail) {
    em.persist(storyLine(personId, kind, detail));
  }

  /** A line of a person's story, in the name of the current user, not yet stored. */
  PersonEvent storyLine(long personId, PersonEvent.Kind kind, String detail) {
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
    if (reason.trim().length() > REASON_LENGTH) {
      // Kept whole in the record and the story; only reasons the application writes are cut.
      throw Refusal.invalid("refusal.status.reasonLength", REASON_LENGTH);
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

  /** Moves a person to another status, with the reason, in their story and the audit trail. */
  void setStatus(Person person, PersonStatus next, String reason, String actor) {
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
    Person person = existing(personId);
    PriorityService.Scoring scoring = priorities.scoring(tenants.requireTenant());
    // Callers see that a person is in ALD, not which one (as in detail()).
    return access.allows(Role.COORDINATOR) ? scoring.of(person) : scoring.withoutAldCode(person);
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
   * The people whose identity key has {@code key}'s names and commune, whatever their birth dates,
   * oldest first. Read in the commune (the people of one commune in a CPTS's registry) by a {@code
   * LIKE} on the key's names, which compares characters in any collation: the names' search keys
   * keep the spaces and the further first names the key drops, so « Le Gall Marie-Anne » and «
   * LEGALL Marie » meet only in the key, and a range of the key would depend on the collation.
   */
  List<Person> sameNamesAndCommune(String key, String inseeCode) {
    TypedQuery<Person> query =
        em.createQuery(
                "select p from Person p where p.identityKey like :names and "
                    + (inseeCode == null ? "p.inseeCode is null" : "p.inseeCode = :insee")
                    + " order by p.id",
                Person.class)
            // The key's names are letters and digits: nothing in them is a LIKE wildcard.
            .setParameter("names", IdentityKey.names(key) + "|%");
    if (inseeCode != null) {
      query.setParameter("insee", inseeCode);
    }
    return query
        .getResultStream()
        .filter(p -> IdentityKey.sameNamesAndCommune(key, p.getIdentityKey()))
        .toList();
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
