package fr.orienta.registry;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two entries that may be one person, waiting for a coordinator to merge or separate them. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate extends TenantOwned {

  /** Why people with the same identity key are put to a coordinator. */
  static final String SAME_TRAITS = "Même nom, prénom, date de naissance et commune";

  static final String SAME_NAMES_UNDATED =
      "Même nom, prénom et commune, date de naissance inconnue pour l'un des deux";

  /** Why people of these identity keys are put to a coordinator. */
  static String reason(String key, String otherKey) {
    return IdentityKey.isUndated(key) || IdentityKey.isUndated(otherKey)
        ? SAME_NAMES_UNDATED
        : SAME_TRAITS;
  }

  /** The line of the newer person's story when they are. */
  static final String QUEUED = "Doublon possible à vérifier";

  /** Where the question stands. */
  public enum Status {
    OPEN,
    MERGED,
    SEPARATED
  }

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "other_id", nullable = false, updatable = false)
  private long otherId;

  @Column(nullable = false, updatable = false, length = 200)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 80)
  private String decidedBy;

  protected DuplicateCandidate() {}

  DuplicateCandidate(long personId, long otherId, String reason, Instant createdAt) {
    this.personId = personId;
    this.otherId = otherId;
    this.reason = reason;
    this.createdAt = createdAt;
  }

  void decide(Status decision, String by, Instant at) {
    status = decision;
    decidedBy = by;
    decidedAt = at;
  }

  /** The entry of this pair that is not {@code id}. */
  long otherThan(long id) {
    return id == personId ? otherId : personId;
  }

  public long getPersonId() {
    return personId;
  }

  public long getOtherId() {
    return otherId;
  }

  public String getReason() {
    return reason;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
