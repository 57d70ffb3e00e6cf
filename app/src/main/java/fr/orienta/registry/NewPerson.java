package fr.orienta.registry;

import fr.orienta.spi.PatientRecord;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What it takes to register a person by hand or by a report; validated before it reaches the
 * registry (the NIR key and the commune are checked there too).
 *
 * @param registeredOn when the person became known without MT ({@code null}: today)
 * @param nir the NIR with its key, spaces allowed ({@code null} when unknown)
 */
public record NewPerson(
    @NotBlank(message = "{orienta.person.lastName.required}") @Size(max = Person.NAME_LENGTH)
        String lastName,
    @NotBlank(message = "{orienta.person.firstName.required}") @Size(max = Person.NAME_LENGTH)
        String firstName,
    @Past(message = "{orienta.person.birthDate.past}") LocalDate birthDate,
    @Pattern(regexp = "[FM]", message = "{orienta.person.sex.invalid}") String sex,
    @Pattern(regexp = "(\\d{5}|2[AB]\\d{3})", message = "{orienta.person.insee.invalid}")
        String inseeCode,
    @Pattern(regexp = "0[1-9]\\d{8}", message = "{orienta.person.phone.invalid}") String phone,
    @Email(message = "{orienta.person.email.invalid}") @Size(max = Person.EMAIL_LENGTH)
        String email,
    boolean ald,
    @Min(value = 1, message = "{orienta.person.aldCode.range}")
        @Max(value = 32, message = "{orienta.person.aldCode.range}")
        Integer aldCode,
    boolean css,
    LocalDate registeredOn,
    @Size(max = 25, message = "{orienta.person.nir.invalid}") String nir,
    @Size(max = Person.ADDRESS_LENGTH) String address,
    @Pattern(regexp = "\\d{5}", message = "{orienta.person.postalCode.invalid}") String postalCode,
    @Pattern(regexp = "0[67]\\d{8}", message = "{orienta.person.mobile.invalid}") String mobile) {

  /** A person known by identity, commune and contact only, as the demo creates them. */
  public static NewPerson of(
      String lastName,
      String firstName,
      LocalDate birthDate,
      String sex,
      String inseeCode,
      String phone,
      String email,
      boolean ald,
      Integer aldCode,
      boolean css,
      LocalDate registeredOn) {
    return new NewPerson(
        lastName,
        firstName,
        birthDate,
        sex,
        inseeCode,
        phone,
        email,
        ald,
        aldCode,
        css,
        registeredOn,
        null,
        null,
        null,
        null);
  }

  /** As a source would say it, so that manual entries are matched like imported rows. */
  PatientRecord toRecord(String checkedNir) {
    return PatientRecord.builder()
        .nir(checkedNir)
        .lastName(lastName.trim())
        .firstName(firstName.trim())
        .birthDate(birthDate)
        .sex(sex == null ? null : PatientRecord.Sex.valueOf(sex))
        .inseeCode(inseeCode)
        .address(blankToNull(address))
        .postalCode(postalCode)
        .phone(phone)
        .mobile(mobile)
        .email(blankToNull(email))
        .ald(ald)
        .aldCode(ald ? aldCode : null)
        .css(css)
        .build();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  @Override
  public String toString() {
    return "NewPerson[…]";
  }
}
