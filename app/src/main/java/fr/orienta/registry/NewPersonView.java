package fr.orienta.registry;

import fr.orienta.platform.Messages;
import fr.orienta.security.CurrentUser;
import fr.orienta.territory.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

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
  private final PersonForm form = new PersonForm();
  private String nir;
  private Reporter.Kind reporterKind;
  private String reporterName;
  private String reporterContact;
  private boolean personAgreed;
  private List<SelectItem> communeOptions = List.of();

  @PostConstruct
  void init() {
    communeOptions =
        PersonForm.communeOptions(tenants.communesOf(user.getTenantCode()), Optional.empty());
  }

  /** Registers the person and opens their page, saying whether they were new or already known. */
  public String save() {
    NewPerson person = form.toNewPerson(nir);
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

  public Reporter.Kind[] getReporterKinds() {
    return Reporter.Kind.values();
  }

  public List<SelectItem> getCommuneOptions() {
    return communeOptions;
  }

  public PersonForm getForm() {
    return form;
  }

  public boolean isReport() {
    return report;
  }

  public void setReport(boolean report) {
    this.report = report;
  }

  public String getNir() {
    return nir;
  }

  public void setNir(String nir) {
    this.nir = nir;
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
