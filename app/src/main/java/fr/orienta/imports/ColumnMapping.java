package fr.orienta.imports;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A coordinator's choice of field for a file header, kept per CPTS and adapter. */
@Entity
@Table(name = "column_mapping")
public class ColumnMapping extends TenantOwned {

  @Column(nullable = false, updatable = false, length = 60)
  private String adapter;

  @Column(nullable = false, updatable = false, length = 200)
  private String header;

  @Column(name = "field_key", nullable = false, length = 60)
  private String fieldKey;

  protected ColumnMapping() {}

  ColumnMapping(String adapter, String header, String fieldKey) {
    this.adapter = adapter;
    this.header = header;
    this.fieldKey = fieldKey;
  }

  /** A new answer for the same header: another field, or {@code ""} to ignore the column. */
  void answer(String fieldKey) {
    this.fieldKey = fieldKey;
  }

  public String getAdapter() {
    return adapter;
  }

  public String getHeader() {
    return header;
  }

  public String getFieldKey() {
    return fieldKey;
  }
}
