package fr.orienta.territory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A French commune of the official geographic code (COG INSEE 2026), with the centroid used for
 * distances. Reference data shared by all tenants, read-only once loaded.
 */
@Entity
@Cacheable
@Table(name = "commune")
public class Commune {

  @Id
  @Column(name = "insee_code", length = 5)
  private String inseeCode;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, length = 3)
  private String department;

  @Column(name = "postal_codes")
  private String postalCodes;

  private Integer population;

  private Double latitude;

  private Double longitude;

  protected Commune() {}

  public String getInseeCode() {
    return inseeCode;
  }

  public String getName() {
    return name;
  }

  public String getDepartment() {
    return department;
  }

  public String getPostalCodes() {
    return postalCodes;
  }

  public Integer getPopulation() {
    return population;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public boolean hasCentroid() {
    return latitude != null && longitude != null;
  }
}
