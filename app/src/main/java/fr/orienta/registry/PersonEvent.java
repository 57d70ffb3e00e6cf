package fr.orienta.registry;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a person's story, as the person page shows it. Never holds a NIR. */
@Entity
@Table(name = "person_event")
public class PersonEvent extends TenantOwned {

  /** What happened. */
  public enum Kind {
    REGISTERED,
    IMPORTED,
    UPDATED,
    STATUS_CHANGED,
    POSSIBLE_DUPLICATE,
    MERGED,
    SEPARATED,
    CONSENT,
    OBJECTION,
    CONSENT_WITHDRAWN
  }

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 80)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Kind kind;

  @Column(updatable = false, length = 500)
  private String detail;

  protected PersonEvent() {}

  PersonEvent(long personId, Instant occurredAt, String actor, Kind kind, String detail) {
    this.personId = personId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public long getPersonId() {
    return personId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }
}
