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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The possible-duplicate queue of the current CPTS and a coordinator's decisions on it: merge into
 * the entry kept, or record two different people. The queue is filled by {@link RegistryService}
 * when a source brings the same traits as a person another source named.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DuplicateService {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject RegistryService registry;

  @Inject ConsentService consentService;

  @Inject AuditService audit;

  @Inject AccessControl access;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  /** Possible duplicates waiting for a decision. */
  public List<DuplicateCandidate> openDuplicates() {
    access.require(Role.COORDINATOR);
    return em.createQuery(
            "select d from DuplicateCandidate d where d.status = :open order by d.createdAt",
            DuplicateCandidate.class)
        .setParameter("open", DuplicateCandidate.Status.OPEN)
        .getResultList();
  }

  /** Possible duplicates waiting for a decision, with both entries as a coordinator sees them. */
  public List<DuplicatePair> openPairs() {
    List<DuplicateCandidate> open = openDuplicates();
    if (open.isEmpty()) {
      return List.of();
    }
    // Both entries of every pair and their sources in two queries, whatever the queue's length.
    Set<Long> ids = new HashSet<>();
    open.forEach(d -> ids.addAll(List.of(d.getPersonId(), d.getOtherId())));
    Map<Long, Person> people = new HashMap<>();
    em.createQuery("select p from Person p where p.id in :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(p -> people.put(p.getId(), p));
    Map<Long, List<String>> sources = new HashMap<>();
    em.createQuery(
            "select s from PersonSource s where s.personId in :ids order by s.firstSeen, s.id",
            PersonSource.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            s ->
                sources
                    .computeIfAbsent(s.getPersonId(), k -> new ArrayList<>())
                    .add(s.getSource()));
    List<DuplicatePair> pairs =
        open.stream()
            .map(
                d ->
                    new DuplicatePair(
                        d.getId(),
                        d.getReason(),
                        d.getCreatedAt(),
                        registry.detail(people.get(d.getOtherId())),
                        registry.detail(people.get(d.getPersonId())),
                        String.join(", ", sources.getOrDefault(d.getOtherId(), List.of())),
                        String.join(", ", sources.getOrDefault(d.getPersonId(), List.of()))))
            .toList();
    if (!pairs.isEmpty()) {
      audit.record(
          AuditAction.READ, RegistryService.ENTITY, null, "doublons possibles, " + pairs.size());
    }
    return pairs;
  }

  /**
   * Merges the two entries of a possible duplicate into the one the coordinator keeps: the kept
   * entry's values win, the other only fills its blanks; sources and consents move to the kept
   * entry; the other stays, marked merged, so that its story and the audit trail remain readable.
   */
  public Person merge(long candidateId, long keptId) {
    access.require(Role.COORDINATOR);
    DuplicateCandidate pair = openCandidate(candidateId);
    if (keptId != pair.getPersonId() && keptId != pair.getOtherId()) {
      throw Refusal.invalid("refusal.duplicate.keep");
    }
    Person kept = registry.existing(keptId);
    Person gone = registry.existing(pair.otherThan(keptId));
    if (kept.getStatus() == PersonStatus.MERGED || gone.getStatus() == PersonStatus.MERGED) {
      throw Refusal.conflict("refusal.duplicate.merged");
    }
    String hash = gone.getNirHash();
    String masked = gone.getNirMasked();
    if (hash != null && kept.getNirHash() != null && !hash.equals(kept.getNirHash())) {
      throw Refusal.conflict("refusal.duplicate.twoNirs");
    }
    Instant now = Instant.now(clock);
    String actor = tenants.actor();
    gone.mergeInto(kept, "Fusionnée avec la fiche n° " + keptId, now);
    // The NIR is unique in a CPTS: the absorbed entry lets go of it before the kept one takes it.
    em.flush();
    if (hash != null && kept.getNirHash() == null) {
      kept.identifyBy(hash, masked);
    }
    List<String> filled = kept.complete(gone.asRecord(), gone.getInseeCode(), now);
    kept.refreshKeys();
    registry.reprioritise(kept);
    List<PersonSource> keptSources = registry.sources(keptId);
    for (PersonSource source : registry.sources(gone.getId())) {
      var same =
          keptSources.stream().filter(s -> s.getSource().equals(source.getSource())).findFirst();
      if (same.isPresent()) {
        if (source.getLastSeen().isAfter(same.get().getLastSeen())) {
          same.get().seen(source.getLastSeen());
        }
        em.remove(source);
      } else {
        source.reassign(keptId);
      }
    }
    consentService.consents(gone.getId()).forEach(c -> c.reassign(keptId));
    pair.decide(DuplicateCandidate.Status.MERGED, actor, now);
    carryOverQuestions(gone.getId(), keptId, now);
    registry.event(
        keptId,
        PersonEvent.Kind.MERGED,
        "Fiche n° "
            + gone.getId()
            + " fusionnée ici"
            + (filled.isEmpty() ? "" : " : " + String.join(", ", filled)));
    registry.event(gone.getId(), PersonEvent.Kind.MERGED, "Fusionnée avec la fiche n° " + keptId);
    audit.record(AuditAction.UPDATE, RegistryService.ENTITY, keptId, "fusion de " + gone.getId());
    audit.record(
        AuditAction.UPDATE, RegistryService.ENTITY, gone.getId(), "fusionnée dans " + keptId);
    return kept;
  }

  /** Other open questions about the absorbed entry become questions about the kept one. */
  private void carryOverQuestions(long goneId, long keptId, Instant now) {
    List<DuplicateCandidate> others =
        em.createQuery(
                "select d from DuplicateCandidate d where d.status = :open"
                    + " and (d.personId = :gone or d.otherId = :gone)",
                DuplicateCandidate.class)
            .setParameter("open", DuplicateCandidate.Status.OPEN)
            .setParameter("gone", goneId)
            .getResultList();
    for (DuplicateCandidate other : others) {
      other.decide(DuplicateCandidate.Status.MERGED, tenants.actor(), now);
      long third = other.otherThan(goneId);
      if (third != keptId) {
        queueIfNew(Math.max(keptId, third), Math.min(keptId, third), other.getReason(), now);
      }
    }
  }

  /**
   * Puts two entries to a coordinator as a possible duplicate, unless they have been put already
   * (open, merged or separated: a coordinator's answer is not asked again). Returns whether queued.
   */
  boolean queueIfNew(long personId, long otherId, String reason, Instant now) {
    if (paired(personId, otherId)) {
      return false;
    }
    em.persist(new DuplicateCandidate(personId, otherId, reason, now));
    return true;
  }

  private boolean paired(long a, long b) {
    return !em.createQuery(
            "select d.id from DuplicateCandidate d where (d.personId = :a and d.otherId = :b)"
                + " or (d.personId = :b and d.otherId = :a)",
            Long.class)
        .setParameter("a", a)
        .setParameter("b", b)
        .getResultList()
        .isEmpty();
  }

  /** Records that the two entries of a possible duplicate are two different people. */
  public void separate(long candidateId) {
    access.require(Role.COORDINATOR);
    DuplicateCandidate pair = openCandidate(candidateId);
    pair.decide(DuplicateCandidate.Status.SEPARATED, tenants.actor(), Instant.now(clock));
    registry.event(
        pair.getPersonId(),
        PersonEvent.Kind.SEPARATED,
        "Distincte de la fiche n° " + pair.getOtherId());
    registry.event(
        pair.getOtherId(),
        PersonEvent.Kind.SEPARATED,
        "Distincte de la fiche n° " + pair.getPersonId());
    audit.record(AuditAction.UPDATE, RegistryService.ENTITY, pair.getPersonId(), "doublon écarté");
  }

  private DuplicateCandidate openCandidate(long candidateId) {
    DuplicateCandidate pair = em.find(DuplicateCandidate.class, candidateId);
    if (pair == null) {
      throw Refusal.notFound("refusal.duplicate.unknown");
    }
    if (pair.getStatus() != DuplicateCandidate.Status.OPEN) {
      throw Refusal.conflict("refusal.duplicate.decided");
    }
    return pair;
  }
}
