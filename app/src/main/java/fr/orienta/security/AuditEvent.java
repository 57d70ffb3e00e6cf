package fr.orienta.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which entity, when, in which CPTS. Written once,
 * never updated. The detail never holds nominative data (no name, no NIR): the entity id is enough
 * to find the person for those allowed to.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orienta_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 80)
  private String actor;

  @Column(name = "tenant_code", updatable = false, length = 40)
  private String tenantCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private AuditAction action;

  @Column(name = "entity_type", updatable = false, length = 60)
  private String entityType;

  @Column(name = "entity_id", updatable = false, length = 60)
  private String entityId;

  @Column(updatable = false, length = 500)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      String tenantCode,
      AuditAction action,
      String entityType,
      String entityId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.tenantCode = tenantCode;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getDetail() {
    return detail;
  }
}
