package fr.orienta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail. An event joins the caller's transaction, so a change and its audit line
 * commit or roll back together; a read is audited in the transaction that read it.
 */
@ApplicationScoped
@Transactional
public class AuditService {

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject TenantContext tenants;

  @Inject Clock clock;

  /** Records an action of the signed-in user (or the system) on an entity of the current CPTS. */
  public void record(AuditAction action, String entityType, Object entityId, String detail) {
    em.persist(line(action, entityType, entityId, detail));
  }

  /**
   * The line {@link #record} would write, not written: for work that writes many lines at once
   * ({@link fr.orienta.platform.BulkInsert}), in the same transaction as the change.
   */
  public AuditEvent line(AuditAction action, String entityType, Object entityId, String detail) {
    return new AuditEvent(
        Instant.now(clock),
        tenants.actor(),
        tenants.currentTenantOrNull(),
        action,
        entityType,
        entityId == null ? null : entityId.toString(),
        detail);
  }

  /** Records a login attempt, before any tenant context exists. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordLogin(String username, String tenantCode, boolean success) {
    em.persist(
        new AuditEvent(
            Instant.now(clock),
            username,
            tenantCode,
            success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED,
            "UserAccount",
            null,
            null));
  }

  /** The audit trail of one entity of the current CPTS, newest first. */
  public List<AuditEvent> trailOf(String entityType, Object entityId) {
    return em.createQuery(
            "select a from AuditEvent a where a.entityType = :type and a.entityId = :id"
                + " and a.tenantCode = :tenant order by a.occurredAt desc, a.id desc",
            AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId.toString())
        .setParameter("tenant", tenants.requireTenant())
        .getResultList();
  }
}
