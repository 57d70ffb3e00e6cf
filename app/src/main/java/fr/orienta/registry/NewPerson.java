package fr.orienta.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What it takes to register a person by hand; validated before it reaches the registry. */
public record NewPerson(
    @NotBlank(message = "{orienta.person.lastName.required}") @Size(max = 120) String lastName,
    @NotBlank(message = "{orienta.person.firstName.required}") @Size(max = 120) String firstName,
    @Past(message = "{orienta.person.birthDate.past}") LocalDate birthDate,
    @Pattern(regexp = "[FM]", message = "{orienta.person.sex.invalid}") String sex,
    @Pattern(regexp = "(\\d{5}|2[AB]\\d{3})", message = "{orienta.person.insee.invalid}")
        String inseeCode,
    @Pattern(regexp = "0[1-9]\\d{8}", message = "{orienta.person.phone.invalid}") String phone,
    @Email(message = "{orienta.person.email.invalid}") @Size(max = 200) String email,
    boolean ald,
    @Min(1) @Max(32) Integer aldCode,
    boolean css,
    LocalDate registeredOn) {

  @Override
  public String toString() {
    return "NewPerson[…]";
  }
}
