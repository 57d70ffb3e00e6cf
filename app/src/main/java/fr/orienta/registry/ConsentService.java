package fr.orienta.registry;

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
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the people of the current CPTS said about being contacted and oriented: consents and
 * objections, each with its date, channel, scope and who recorded it, in the person's story and the
 * audit trail. The person's free choice is read here before any move that needs it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ConsentService {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  /** The consents and objections of a person, newest first, withdrawn ones included. */
  public List<PersonConsent> consents(long personId) {
    access.require(Role.COORDINATOR, Role.CALLER);
    return em.createQuery(
            "select c from PersonConsent c where c.personId = :id"
                + " order by c.recordedAt desc, c.id desc",
            PersonConsent.class)
        .setParameter("id", personId)
        .getResultList();
  }

  /** Whether the person agrees, today, to this scope: a consent in force and no objection. */
  boolean consentsTo(long personId, PersonConsent.Scope scope) {
    List<PersonConsent> inForce =
        em.createQuery(
                "select c from PersonConsent c where c.personId = :id and c.scope = :scope"
                    + " and c.withdrawnAt is null",
                PersonConsent.class)
            .setParameter("id", personId)
            .setParameter("scope", scope)
            .getResultList();
    return inForce.stream().anyMatch(c -> c.getKind() == PersonConsent.Kind.CONSENT)
        && inForce.stream().noneMatch(c -> c.getKind() == PersonConsent.Kind.OBJECTION);
  }

  /**
   * Records what a person said about a scope. A consent replaces an objection in force on the same
   * scope and the other way round: the latest word of the person counts, the earlier one is kept as
   * withdrawn.
   */
  public PersonConsent recordConsent(long personId, @NotNull @Valid NewConsent input) {
    access.require(Role.COORDINATOR, Role.CALLER);
    Person person = Person.existing(em, personId);
    if (input.givenOn().isAfter(LocalDate.now(clock))) {
      throw Refusal.invalid("refusal.consent.future");
    }
    if (person.getBirthDate() != null && input.givenOn().isBefore(person.getBirthDate())) {
      throw Refusal.invalid("refusal.consent.beforeBirth");
    }
    List<PersonConsent> inForce =
        consents(personId).stream()
            .filter(c -> c.isActive() && c.getScope() == input.scope())
            .toList();
    // The word in force is the latest the person gave: one dated before it cannot replace it.
    for (PersonConsent current : inForce) {
      if (input.givenOn().isBefore(current.getGivenOn())) {
        throw Refusal.conflict("refusal.consent.older", Labels.date(current.getGivenOn()));
      }
    }
    Instant now = Instant.now(clock);
    String actor = tenants.actor();
    inForce.forEach(c -> c.withdraw(actor, now));
    PersonConsent consent =
        new PersonConsent(
            personId,
            input.kind(),
            input.scope(),
            input.channel(),
            input.givenOn(),
            input.note() == null || input.note().isBlank() ? null : input.note().trim(),
            actor,
            now);
    em.persist(consent);
    em.persist(
        new PersonEvent(
            personId,
            now,
            actor,
            input.kind() == PersonConsent.Kind.CONSENT
                ? PersonEvent.Kind.CONSENT
                : PersonEvent.Kind.OBJECTION,
            Labels.scope(input.scope()) + " (" + Labels.channel(input.channel()) + ")"));
    audit.record(
        AuditAction.UPDATE, RegistryService.ENTITY, personId, "consentement " + input.kind());
    return consent;
  }

  /** Withdraws a consent or an objection in force; the person's story keeps both. */
  public void withdrawConsent(long consentId) {
    access.require(Role.COORDINATOR, Role.CALLER);
    PersonConsent consent = em.find(PersonConsent.class, consentId);
    if (consent == null) {
      throw Refusal.notFound("refusal.consent.unknown");
    }
    if (!consent.isActive()) {
      throw Refusal.conflict("refusal.consent.withdrawn");
    }
    Instant now = Instant.now(clock);
    consent.withdraw(tenants.actor(), now);
    em.persist(
        new PersonEvent(
            consent.getPersonId(),
            now,
            tenants.actor(),
            PersonEvent.Kind.CONSENT_WITHDRAWN,
            Labels.scope(consent.getScope())));
    audit.record(
        AuditAction.UPDATE,
        RegistryService.ENTITY,
        consent.getPersonId(),
        "retrait " + consent.getKind());
  }
}
