package fr.orienta.registry;

import java.time.LocalDate;

/**
 * A person as the API shows it to coordinators and callers of their own CPTS; {@code version}
 * changes with every change of the record, for a correction's {@code If-Match}.
 */
public record PersonDetail(
    long id,
    String lastName,
    String usageName,
    String firstName,
    String nirMasked,
    LocalDate birthDate,
    int age,
    String sex,
    String address,
    String postalCode,
    String inseeCode,
    String phone,
    String mobile,
    String email,
    boolean ald,
    Integer aldCode,
    boolean css,
    PersonStatus status,
    String statusReason,
    LocalDate registeredOn,
    int priority,
    Long mergedInto,
    long version) {

  static PersonDetail of(Person p, LocalDate today) {
    return new PersonDetail(
        p.getId(),
        p.getLastName(),
        p.getUsageName(),
        p.getFirstName(),
        p.getNirMasked(),
        p.getBirthDate(),
        p.ageOn(today),
        p.getSex(),
        p.getAddress(),
        p.getPostalCode(),
        p.getInseeCode(),
        p.getPhone(),
        p.getMobile(),
        p.getEmail(),
        p.isAld(),
        p.getAldCode(),
        p.isCss(),
        p.getStatus(),
        p.getStatusReason(),
        p.getRegisteredOn(),
        p.getPriority(),
        p.getMergedInto(),
        p.getVersion());
  }

  /** Without what a caller does not need: the masked NIR and the ALD number. */
  PersonDetail forCaller() {
    return new PersonDetail(
        id,
        lastName,
        usageName,
        firstName,
        null,
        birthDate,
        age,
        sex,
        address,
        postalCode,
        inseeCode,
        phone,
        mobile,
        email,
        ald,
        null,
        css,
        status,
        statusReason,
        registeredOn,
        priority,
        mergedInto,
        version);
  }

  @Override
  public String toString() {
    return "PersonDetail#" + id;
  }
}
