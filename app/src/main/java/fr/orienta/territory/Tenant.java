package fr.orienta.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A CPTS hosted by the federation, and its territory as a set of INSEE commune codes. */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "tenant_commune", joinColumns = @JoinColumn(name = "tenant_code"))
  @Column(name = "insee_code", length = 5)
  private Set<String> communes = new LinkedHashSet<>();

  @Version private long version;

  protected Tenant() {}

  public Tenant(String code, String name, Instant createdAt, Set<String> communes) {
    this.code = code;
    this.name = name;
    this.createdAt = createdAt;
    this.communes.addAll(communes);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<String> getCommunes() {
    return Set.copyOf(communes);
  }
}
