package fr.orienta.registry;

import java.time.LocalDate;

/** A person as the API shows it to coordinators and callers of their own CPTS. */
public record PersonDetail(
    long id,
    String lastName,
    String firstName,
    LocalDate birthDate,
    int age,
    String sex,
    String inseeCode,
    String phone,
    String email,
    boolean ald,
    Integer aldCode,
    boolean css,
    PersonStatus status,
    LocalDate registeredOn) {

  static PersonDetail of(Person p, LocalDate today) {
    return new PersonDetail(
        p.getId(),
        p.getLastName(),
        p.getFirstName(),
        p.getBirthDate(),
        p.ageOn(today),
        p.getSex(),
        p.getInseeCode(),
        p.getPhone(),
        p.getEmail(),
        p.isAld(),
        p.getAldCode(),
        p.isCss(),
        p.getStatus(),
        p.getRegisteredOn());
  }

  @Override
  public String toString() {
    return "PersonDetail#" + id;
  }
}
