package fr.orienta.registry;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A consent or an objection a person expressed: to what, how, when, and who recorded it. A
 * withdrawn one stays, dated: the history is the proof that the person's choice was respected.
 */
@Entity
@Table(name = "person_consent")
public class PersonConsent extends TenantOwned {

  /** Agreement or refusal. */
  public enum Kind {
    CONSENT,
    OBJECTION
  }

  /** What the person agreed to, or objected to. */
  public enum Scope {
    /** Being oriented towards a médecin traitant by the CPTS. */
    ORIENTATION,
    /** Being contacted (calls, letters, e-mails). */
    CONTACT,
    /** Their contact details being passed to the doctor who is proposed to them. */
    SHARING
  }

  /** How the person expressed it. */
  public enum Channel {
    PHONE,
    IN_PERSON,
    MAIL,
    EMAIL,
    FORM
  }

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Scope scope;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Channel channel;

  @Column(name = "given_on", nullable = false, updatable = false)
  private LocalDate givenOn;

  @Column(updatable = false, length = 500)
  private String note;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 80)
  private String withdrawnBy;

  protected PersonConsent() {}

  PersonConsent(
      long personId,
      Kind kind,
      Scope scope,
      Channel channel,
      LocalDate givenOn,
      String note,
      String recordedBy,
      Instant recordedAt) {
    this.personId = personId;
    this.kind = kind;
    this.scope = scope;
    this.channel = channel;
    this.givenOn = givenOn;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void withdraw(String by, Instant at) {
    withdrawnBy = by;
    withdrawnAt = at;
  }

  /** Moves the consent to the entry a duplicate was merged into. */
  void reassign(long keptId) {
    personId = keptId;
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  public long getPersonId() {
    return personId;
  }

  public Kind getKind() {
    return kind;
  }

  public Scope getScope() {
    return scope;
  }

  public Channel getChannel() {
    return channel;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }
}
