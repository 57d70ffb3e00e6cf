package fr.orienta.registry;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A source (adapter id, or « saisie ») that listed a person, first and last time. */
@Entity
@Table(name = "person_source")
public class PersonSource extends TenantOwned {

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(nullable = false, updatable = false, length = 60)
  private String source;

  @Column(name = "first_seen", nullable = false, updatable = false)
  private Instant firstSeen;

  @Column(name = "last_seen", nullable = false)
  private Instant lastSeen;

  protected PersonSource() {}

  PersonSource(long personId, String source, Instant now) {
    this.personId = personId;
    this.source = source;
    this.firstSeen = now;
    this.lastSeen = now;
  }

  /** Moves this source to the entry a duplicate was merged into. */
  void reassign(long keptId) {
    personId = keptId;
  }

  void seen(Instant now) {
    lastSeen = now;
  }

  public long getPersonId() {
    return personId;
  }

  public String getSource() {
    return source;
  }

  public Instant getFirstSeen() {
    return firstSeen;
  }

  public Instant getLastSeen() {
    return lastSeen;
  }
}
