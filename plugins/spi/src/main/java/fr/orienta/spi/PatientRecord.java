package fr.orienta.spi;

import java.time.LocalDate;

/**
 * A person without médecin traitant as a source describes them, normalised: names trimmed, NIR as
 * 15 characters with its key, phones as ten digits, flags as booleans ({@code null} = the source
 * does not say). Build with {@link #builder()}.
 */
public record PatientRecord(
    String nir,
    String lastName,
    String usageName,
    String firstName,
    LocalDate birthDate,
    Sex sex,
    String address,
    String postalCode,
    String communeName,
    String inseeCode,
    String phone,
    String mobile,
    String email,
    Boolean ald,
    Integer aldCode,
    Boolean css,
    String lastDoctorRpps,
    LocalDate lastDoctorEnd,
    String takenByRpps,
    LocalDate takenOn) {

  /** Administrative sex as listed by the health insurance. */
  public enum Sex {
    F,
    M
  }

  @Override
  public String toString() {
    // Records print every component by default; nominative data must never reach a log.
    return "PatientRecord[…]";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; adapters fill what their format carries. */
  public static final class Builder {
    private String nir;
    private String lastName;
    private String usageName;
    private String firstName;
    private LocalDate birthDate;
    private Sex sex;
    private String address;
    private String postalCode;
    private String communeName;
    private String inseeCode;
    private String phone;
    private String mobile;
    private String email;
    private Boolean ald;
    private Integer aldCode;
    private Boolean css;
    private String lastDoctorRpps;
    private LocalDate lastDoctorEnd;
    private String takenByRpps;
    private LocalDate takenOn;

    private Builder() {}

    public Builder nir(String value) {
      nir = value;
      return this;
    }

    public Builder lastName(String value) {
      lastName = value;
      return this;
    }

    public Builder usageName(String value) {
      usageName = value;
      return this;
    }

    public Builder firstName(String value) {
      firstName = value;
      return this;
    }

    public Builder birthDate(LocalDate value) {
      birthDate = value;
      return this;
    }

    public Builder sex(Sex value) {
      sex = value;
      return this;
    }

    public Builder address(String value) {
      address = value;
      return this;
    }

    public Builder postalCode(String value) {
      postalCode = value;
      return this;
    }

    public Builder communeName(String value) {
      communeName = value;
      return this;
    }

    public Builder inseeCode(String value) {
      inseeCode = value;
      return this;
    }

    public Builder phone(String value) {
      phone = value;
      return this;
    }

    public Builder mobile(String value) {
      mobile = value;
      return this;
    }

    public Builder email(String value) {
      email = value;
      return this;
    }

    public Builder ald(Boolean value) {
      ald = value;
      return this;
    }

    public Builder aldCode(Integer value) {
      aldCode = value;
      return this;
    }

    public Builder css(Boolean value) {
      css = value;
      return this;
    }

    public Builder lastDoctorRpps(String value) {
      lastDoctorRpps = value;
      return this;
    }

    public Builder lastDoctorEnd(LocalDate value) {
      lastDoctorEnd = value;
      return this;
    }

    public Builder takenByRpps(String value) {
      takenByRpps = value;
      return this;
    }

    public Builder takenOn(LocalDate value) {
      takenOn = value;
      return this;
    }

    public PatientRecord build() {
      return new PatientRecord(
          nir,
          lastName,
          usageName,
          firstName,
          birthDate,
          sex,
          address,
          postalCode,
          communeName,
          inseeCode,
          phone,
          mobile,
          email,
          ald,
          aldCode,
          css,
          lastDoctorRpps,
          lastDoctorEnd,
          takenByRpps,
          takenOn);
    }
  }
}
