package fr.orienta.registry;

import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditService;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
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
import java.util.List;
import java.util.Optional;

/** The registry of the current CPTS: the only way in or out of {@link Person} rows. */
@ApplicationScoped
@Transactional
@TenantBound
public class RegistryService {

  static final String ENTITY = "Person";

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject AuditService audit;

  @Inject AccessControl access;

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
    em.persist(person);
    em.flush();
    audit.record(AuditAction.CREATE, ENTITY, person.getId(), "saisie");
    return person;
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
   * People of the current CPTS, newest first, optionally by name prefix (last or first name,
   * case-insensitive). Listing is audited as one read of the page, not one per person.
   */
  public PersonPage list(String name, int page, int size) {
    access.require(Role.COORDINATOR, Role.CALLER);
    int pageSize = Math.max(1, Math.min(size, 200));
    int pageNumber = Math.max(0, page);
    String prefix = name == null || name.isBlank() ? null : name.trim().toUpperCase() + "%";
    String where =
        prefix == null
            ? ""
            : " where upper(p.lastName) like :prefix or upper(p.firstName) like :prefix";
    var query =
        em.createQuery("select p from Person p" + where + " order by p.id desc", Person.class)
            .setFirstResult(pageNumber * pageSize)
            .setMaxResults(pageSize);
    var count = em.createQuery("select count(p) from Person p" + where, Long.class);
    if (prefix != null) {
      query.setParameter("prefix", prefix);
      count.setParameter("prefix", prefix);
    }
    LocalDate today = LocalDate.now(clock);
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
