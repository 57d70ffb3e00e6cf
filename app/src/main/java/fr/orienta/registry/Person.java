package fr.orienta.registry;

import fr.orienta.territory.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

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
