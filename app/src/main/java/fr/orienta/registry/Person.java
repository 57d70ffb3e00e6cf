package fr.orienta.registry;

import fr.orienta.spi.PatientRecord;
import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A person of the territory without a médecin traitant, as known to one CPTS. */
@Entity
@Table(name = "person")
public class Person extends TenantOwned {

  @Column(name = "last_name", nullable = false, length = 120)
  private String lastName;

  @Column(name = "first_name", nullable = false, length = 120)
  private String firstName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(length = 1)
  private String sex;

  @Column(name = "insee_code", length = 5)
  private String inseeCode;

  @Column(length = 20)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(nullable = false)
  private boolean ald;

  @Column(name = "ald_code")
  private Integer aldCode;

  @Column(nullable = false)
  private boolean css;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PersonStatus status = PersonStatus.WAITING;

  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @Column(name = "usage_name", length = 120)
  private String usageName;

  @Column(name = "nir_hash", length = 64)
  private String nirHash;

  @Column(name = "nir_masked", length = 20)
  private String nirMasked;

  @Column(name = "identity_key", length = 300)
  private String identityKey;

  @Column(length = 300)
  private String address;

  @Column(name = "postal_code", length = 5)
  private String postalCode;

  @Column(name = "commune_name", length = 120)
  private String communeName;

  @Column(length = 20)
  private String mobile;

  @Column(name = "last_doctor_rpps", length = 11)
  private String lastDoctorRpps;

  @Column(name = "last_doctor_end")
  private LocalDate lastDoctorEnd;

  @Column(name = "taken_by_rpps", length = 11)
  private String takenByRpps;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Person() {}

  Person(String lastName, String firstName, LocalDate birthDate, Instant now, LocalDate today) {
    this.lastName = lastName;
    this.firstName = firstName;
    this.birthDate = birthDate;
    this.createdAt = now;
    this.updatedAt = now;
    this.registeredOn = today;
  }

  /**
   * Takes what a source says of this person without losing anything already known: a value replaces
   * the stored one only when the source gives one, and an import may raise the ALD or CSS flag but
   * never lower it (a coordinator can). Returns the names of the fields changed.
   */
  List<String> absorb(PatientRecord record, String inseeCode, Instant now) {
    List<String> changed = new ArrayList<>();
    lastName = keep(lastName, record.lastName(), "nom", changed);
    usageName = keep(usageName, record.usageName(), "nom d'usage", changed);
    firstName = keep(firstName, record.firstName(), "prénom", changed);
    birthDate = keep(birthDate, record.birthDate(), "date de naissance", changed);
    sex = keep(sex, record.sex() == null ? null : record.sex().name(), "sexe", changed);
    address = keep(address, record.address(), "adresse", changed);
    postalCode = keep(postalCode, record.postalCode(), "code postal", changed);
    communeName = keep(communeName, record.communeName(), "commune", changed);
    this.inseeCode = keep(this.inseeCode, inseeCode, "code INSEE", changed);
    phone = keep(phone, record.phone(), "téléphone", changed);
    mobile = keep(mobile, record.mobile(), "portable", changed);
    email = keep(email, record.email(), "courriel", changed);
    if (Boolean.TRUE.equals(record.ald()) && !ald) {
      ald = true;
      changed.add("ALD");
    }
    if (record.aldCode() != null && ald) {
      aldCode = keep(aldCode, record.aldCode(), "code ALD", changed);
    }
    if (Boolean.TRUE.equals(record.css()) && !css) {
      css = true;
      changed.add("CSS");
    }
    lastDoctorRpps = keep(lastDoctorRpps, record.lastDoctorRpps(), "dernier MT", changed);
    lastDoctorEnd = keep(lastDoctorEnd, record.lastDoctorEnd(), "fin du dernier MT", changed);
    takenByRpps = keep(takenByRpps, record.takenByRpps(), "pris en charge par", changed);
    takenOn = keep(takenOn, record.takenOn(), "date de prise en charge", changed);
    identityKey = IdentityKey.of(lastName, firstName, birthDate, this.inseeCode);
    if (!changed.isEmpty()) {
      updatedAt = now;
    }
    return changed;
  }

  private static <T> T keep(T stored, T offered, String name, List<String> changed) {
    if (offered == null || offered.equals(stored)) {
      return stored;
    }
    changed.add(name);
    return offered;
  }

  void identifyBy(String hash, String masked) {
    this.nirHash = hash;
    this.nirMasked = masked;
  }

  void refreshIdentityKey() {
    identityKey = IdentityKey.of(lastName, firstName, birthDate, inseeCode);
  }

  public int ageOn(LocalDate day) {
    return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
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

  public String getSex() {
    return sex;
  }

  void setSex(String sex) {
    this.sex = sex;
  }

  public String getInseeCode() {
    return inseeCode;
  }

  void setInseeCode(String inseeCode) {
    this.inseeCode = inseeCode;
  }

  public String getPhone() {
    return phone;
  }

  void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  void setEmail(String email) {
    this.email = email;
  }

  public boolean isAld() {
    return ald;
  }

  public Integer getAldCode() {
    return aldCode;
  }

  void setAld(boolean ald, Integer aldCode) {
    this.ald = ald;
    this.aldCode = ald ? aldCode : null;
  }

  public boolean isCss() {
    return css;
  }

  void setCss(boolean css) {
    this.css = css;
  }

  public PersonStatus getStatus() {
    return status;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  void setRegisteredOn(LocalDate registeredOn) {
    this.registeredOn = registeredOn;
  }

  public String getUsageName() {
    return usageName;
  }

  public String getNirMasked() {
    return nirMasked;
  }

  String getNirHash() {
    return nirHash;
  }

  public String getIdentityKey() {
    return identityKey;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCommuneName() {
    return communeName;
  }

  public String getMobile() {
    return mobile;
  }

  public String getLastDoctorRpps() {
    return lastDoctorRpps;
  }

  public LocalDate getLastDoctorEnd() {
    return lastDoctorEnd;
  }

  public String getTakenByRpps() {
    return takenByRpps;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Person#" + getId();
  }
}
