package fr.orienta.doctors;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A general practitioner of the territory of one CPTS. */
@Entity
@Table(name = "doctor")
public class Doctor extends TenantOwned {

  @Column(nullable = false, length = 11)
  private String rpps;

  @Column(name = "last_name", nullable = false, length = 120)
  private String lastName;

  @Column(name = "first_name", nullable = false, length = 120)
  private String firstName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "insee_code", length = 5)
  private String inseeCode;

  @Column(name = "installed_on")
  private LocalDate installedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Doctor() {}

  Doctor(
      String rpps,
      String lastName,
      String firstName,
      LocalDate birthDate,
      String inseeCode,
      LocalDate installedOn,
      Instant createdAt) {
    this.rpps = rpps;
    this.lastName = lastName;
    this.firstName = firstName;
    this.birthDate = birthDate;
    this.inseeCode = inseeCode;
    this.installedOn = installedOn;
    this.createdAt = createdAt;
  }

  public String getRpps() {
    return rpps;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getInseeCode() {
    return inseeCode;
  }

  public LocalDate getInstalledOn() {
    return installedOn;
  }
}
