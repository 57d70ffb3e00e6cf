package fr.orienta.registry;

import fr.orienta.platform.Messages;
import fr.orienta.security.CurrentUser;
import fr.orienta.spi.Values;
import fr.orienta.territory.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Manual entry and « signalement » forms: one page, the same fields and the same validation; a
 * report adds who reports the person and whether the person agreed to be contacted.
 */
@Named
@ViewScoped
public class NewPersonView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Intake intake;

  @Inject transient TenantService tenants;

  @Inject transient CurrentUser user;

  private boolean report;
  private String lastName;
  private String firstName;
  private LocalDate birthDate;
  private String sex;
  private String nir;
  private String inseeCode;
  private String address;
  private String postalCode;
  private String phone;
  private String mobile;
  private String email;
  private boolean ald;
  private Integer aldCode;
  private boolean css;
  private Reporter.Kind reporterKind;
  private String reporterName;
  private String reporterContact;
  private boolean personAgreed;
  private List<SelectItem> communeOptions = List.of();

  @PostConstruct
  void init() {
    communeOptions =
        tenants.communesOf(user.getTenantCode()).stream()
            .map(c -> new SelectItem(c.inseeCode(), c.name()))
            .toList();
  }

  /** Registers the person and opens their page, saying whether they were new or already known. */
  public String save() {
    NewPerson person =
        new NewPerson(
            lastName,
            firstName,
            birthDate,
            sex,
            inseeCode,
            digits(phone),
            email == null || email.isBlank() ? null : email.trim(),
            ald,
            ald ? aldCode : null,
            css,
            null,
            nir,
            address,
            postalCode == null || postalCode.isBlank() ? null : postalCode.trim(),
            digits(mobile));
    java.util.function.Supplier<IngestResult> save =
        report
            ? () ->
                intake.report(
                    person, new Reporter(reporterKind, reporterName, reporterContact, personAgreed))
            : () -> intake.register(person);
    IngestResult result = Messages.attempt(save).orElse(null);
    if (result == null) {
      return null;
    }
    // The outcome travels in the address: the person's page says it, even after a reload.
    return "/registry/person?faces-redirect=true&id="
        + result.personId()
        + "&entry="
        + result.outcome();
  }

  /**
   * Phone numbers as typed (« 06 12 34 56 78 », « +33 6… ») down to ten digits, as imports read
   * them; a number that cannot be read is passed on as typed, for the validation to say so.
   */
  private static String digits(String typed) {
    Values.Parsed<String> phone = Values.phone(typed);
    return phone.problem() == null ? phone.value() : typed;
  }

  public Reporter.Kind[] getReporterKinds() {
    return Reporter.Kind.values();
  }

  public List<SelectItem> getCommuneOptions() {
    return communeOptions;
  }

  public boolean isReport() {
    return report;
  }

  public void setReport(boolean report) {
    this.report = report;
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

  public String getNir() {
    return nir;
  }

  public void setNir(String nir) {
    this.nir = nir;
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

  public Reporter.Kind getReporterKind() {
    return reporterKind;
  }

  public void setReporterKind(Reporter.Kind reporterKind) {
    this.reporterKind = reporterKind;
  }

  public String getReporterName() {
    return reporterName;
  }

  public void setReporterName(String reporterName) {
    this.reporterName = reporterName;
  }

  public String getReporterContact() {
    return reporterContact;
  }

  public void setReporterContact(String reporterContact) {
    this.reporterContact = reporterContact;
  }

  public boolean isPersonAgreed() {
    return personAgreed;
  }

  public void setPersonAgreed(boolean personAgreed) {
    this.personAgreed = personAgreed;
  }
}
