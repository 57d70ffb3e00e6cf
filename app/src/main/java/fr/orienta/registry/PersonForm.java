package fr.orienta.registry;

import fr.orienta.spi.Values;
import fr.orienta.territory.CommuneService;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity and contact fields of a person as the pages' forms hold them — manual entry, report
 * and correction share them, and {@code /WEB-INF/templates/person-fields.xhtml} shows them.
 */
public class PersonForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String lastName;
  private String firstName;
  private LocalDate birthDate;
  private String sex;
  private String inseeCode;
  private String address;
  private String postalCode;
  private String phone;
  private String mobile;
  private String email;
  private boolean ald;
  private Integer aldCode;
  private boolean css;

  /** The form filled with a person as shown to the current user. */
  static PersonForm of(PersonDetail person) {
    PersonForm form = new PersonForm();
    form.lastName = person.lastName();
    form.firstName = person.firstName();
    form.birthDate = person.birthDate();
    form.sex = person.sex();
    form.inseeCode = person.inseeCode();
    form.address = person.address();
    form.postalCode = person.postalCode();
    form.phone = person.phone();
    form.mobile = person.mobile();
    form.email = person.email();
    form.ald = person.ald();
    form.aldCode = person.aldCode();
    form.css = person.css();
    return form;
  }

  /**
   * The communes a form offers: the CPTS's, and {@code current} when it is not one of them (an
   * import may place a person outside the territory; the form must not empty their commune).
   */
  static List<SelectItem> communeOptions(
      List<CommuneService.CommuneRef> territory, Optional<CommuneService.CommuneRef> current) {
    List<SelectItem> options = new ArrayList<>();
    current
        .filter(c -> territory.stream().noneMatch(t -> t.inseeCode().equals(c.inseeCode())))
        .ifPresent(c -> options.add(new SelectItem(c.inseeCode(), c.name())));
    territory.forEach(c -> options.add(new SelectItem(c.inseeCode(), c.name())));
    return options;
  }

  /** What was typed, as the services take it; {@code nir} is the entry's, {@code null} else. */
  NewPerson toNewPerson(String nir) {
    return new NewPerson(
        lastName,
        firstName,
        birthDate,
        sex,
        inseeCode,
        digits(phone),
        NewPerson.blankToNull(email),
        ald,
        ald ? aldCode : null,
        css,
        null,
        nir,
        address,
        NewPerson.blankToNull(postalCode),
        digits(mobile));
  }

  /**
   * Phone numbers as typed (« 06 12 34 56 78 », « +33 6… ») down to ten digits, as imports read
   * them; a number that cannot be read is passed on as typed, for the validation to say so.
   */
  private static String digits(String typed) {
    Values.Parsed<String> phone = Values.phone(typed);
    return phone.problem() == null ? phone.value() : typed;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getInseeCode() {
    return inseeCode;
  }

  public void setInseeCode(String inseeCode) {
    this.inseeCode = inseeCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isAld() {
    return ald;
  }

  public void setAld(boolean ald) {
    this.ald = ald;
  }

  public Integer getAldCode() {
    return aldCode;
  }

  public void setAldCode(Integer aldCode) {
    this.aldCode = aldCode;
  }

  public boolean isCss() {
    return css;
  }

  public void setCss(boolean css) {
    this.css = css;
  }
}
