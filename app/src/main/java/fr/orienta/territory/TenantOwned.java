package fr.orienta.territory;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one CPTS. The tenant column is managed by the persistence
 * provider from the transaction's tenant property (see {@code fr.orienta.security.TenantBound}): it
 * is written on insert and added to every query, including {@code find} by id, so rows of another
 * CPTS are simply invisible. Optimistic locking guards concurrent edits.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = TenantOwned.TENANT_COLUMN,
    contextProperty = TenantOwned.TENANT_PROPERTY,
    length = 40)
public abstract class TenantOwned {

  /** The persistence-context property that carries the current CPTS code. */
  public static final String TENANT_PROPERTY = "orienta.tenant";

  /** The column that holds the CPTS code of each row. */
  public static final String TENANT_COLUMN = "tenant_code";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orienta_seq")
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
