package fr.orienta.registry;

import fr.orienta.platform.Messages;
import fr.orienta.security.AccessControl;
import fr.orienta.security.AuditEvent;
import fr.orienta.security.AuditService;
import fr.orienta.security.CurrentUser;
import fr.orienta.security.Role;
import fr.orienta.territory.CommuneService;
import fr.orienta.territory.TenantService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A person's page: identity, contact, flags, priority and why, consents, status changes, sources,
 * story, and the trail of who read or changed it.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject transient RegistryService registry;

  @Inject transient ConsentService consentService;

  @Inject transient AuditService audit;

  @Inject transient CommuneService communes;

  @Inject transient Clock clock;

  @Inject transient Corrections corrections;

  @Inject transient TenantService tenants;

  @Inject transient CurrentUser user;

  @Inject transient AccessControl access;

  private Long id;
  private IngestResult.Outcome entry;
  private PersonDetail person;
  private String communeName;
  private Priority priority;
  private List<AuditEvent> trail = List.of();
  private List<PersonEvent> timeline = List.of();
  private List<PersonConsent> consents = List.of();
  private List<PersonSource> sources = List.of();

  private PersonStatus nextStatus;
  private String reason;

  private PersonConsent.Kind consentKind = PersonConsent.Kind.CONSENT;
  private PersonConsent.Scope consentScope = PersonConsent.Scope.ORIENTATION;
  private PersonConsent.Channel consentChannel = PersonConsent.Channel.PHONE;
  private LocalDate consentOn;
  private String consentNote;

  private PersonForm correction;
  private boolean correcting;
  private long correctionVersion;
  private List<SelectItem> communeOptions = List.of();

  /** Unknown here, or belonging to another CPTS: the same 404, so ids reveal nothing. */
  public void load() throws IOException {
    var found = id == null ? java.util.Optional.<Person>empty() : registry.read(id);
    if (found.isEmpty()) {
      // The error page is rendered within responseSendError, which releases the current context.
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    show(found.get());
    consentOn = LocalDate.now(clock);
    if (entry != null && !FacesContext.getCurrentInstance().isPostback()) {
      Messages.info("entry.outcome." + entry);
    }
  }

  private void show(Person found) {
    person = registry.detail(found);
    communeName = communes.find(person.inseeCode()).map(CommuneService.CommuneRef::name).orElse("");
    priority = registry.priority(id);
    trail = audit.trailOf(RegistryService.ENTITY, id);
    timeline = registry.timeline(id);
    consents = consentService.consents(id);
    sources = registry.sources(id);
    // A change made elsewhere on the page closes an open correction rather than keep a stale one.
    correcting = false;
    correctionVersion = found.getVersion();
  }

  /** Saves the correction form; says which fields changed, or that none did. */
  public void correct() {
    Messages.attempt(
            () ->
                corrections.correct(id, correction.toNewPerson(null), correctionVersion).changed())
        .ifPresent(
            changed -> {
              registry.read(id).ifPresent(this::show);
              if (changed.isEmpty()) {
                Messages.info("person.correct.nothing");
              } else {
                Messages.info("person.correct.done", String.join(", ", changed));
              }
            });
  }

  /** Opens the correction form, filled with the person as stored. */
  public void startCorrection() {
    registry.read(id).ifPresent(this::show);
    // Built here, not with every view of the page: most views correct nothing.
    correction = PersonForm.of(person);
    communeOptions =
        PersonForm.communeOptions(
            tenants.communesOf(user.getTenantCode()), communes.find(person.inseeCode()));
    forgetTypedValues();
    correcting = true;
  }

  public void cancelCorrection() {
    forgetTypedValues();
    correcting = false;
  }

  /** What a refused save left in the form's fields gives way to the form filled afresh. */
  private static void forgetTypedValues() {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().resetValues(faces, List.of("correctionForm"));
  }

  public boolean isCorrecting() {
    return correcting;
  }

  /** Whether the user corrects identity and flags too, or the contact details only (a caller). */
  public boolean isCorrectsIdentity() {
    return access.allows(Role.COORDINATOR);
  }

  public PersonForm getCorrection() {
    return correction;
  }

  public List<SelectItem> getCommuneOptions() {
    return communeOptions;
  }

  public void changeStatus() {
    if (act(() -> registry.changeStatus(id, nextStatus, reason))) {
      nextStatus = null;
      reason = null;
      Messages.info("status.change.done");
    }
  }

  public void recordConsent() {
    if (act(
        () ->
            consentService.recordConsent(
                id,
                new NewConsent(
                    consentKind, consentScope, consentChannel, consentOn, consentNote)))) {
      consentNote = null;
      Messages.info("consent.recorded");
    }
  }

  public void withdraw(long consentId) {
    if (act(() -> consentService.withdrawConsent(consentId))) {
      Messages.info("consent.withdrawnDone");
    }
  }

  /** Runs a change and reloads the page's data; a refusal becomes the page's message. */
  private boolean act(Runnable change) {
    if (!Messages.attempt(change)) {
      return false;
    }
    registry.read(id).ifPresent(this::show);
    return true;
  }

  /** When something happened, in French local time. */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public List<PersonStatus> getNextStatuses() {
    return person == null ? List.of() : person.status().nextStatuses();
  }

  public PersonConsent.Kind[] getConsentKinds() {
    return PersonConsent.Kind.values();
  }

  public PersonConsent.Scope[] getConsentScopes() {
    return PersonConsent.Scope.values();
  }

  public PersonConsent.Channel[] getConsentChannels() {
    return PersonConsent.Channel.values();
  }

  public List<PersonEvent> getTimeline() {
    return timeline;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** What a manual entry or a report just did, when the page opens after it. */
  public IngestResult.Outcome getEntry() {
    return entry;
  }

  public void setEntry(IngestResult.Outcome entry) {
    this.entry = entry;
  }

  public PersonDetail getPerson() {
    return person;
  }

  public String getCommuneName() {
    return communeName;
  }

  public Priority getPriority() {
    return priority;
  }

  public List<AuditEvent> getTrail() {
    return trail;
  }

  public List<PersonConsent> getConsents() {
    return consents;
  }

  public List<PersonSource> getSources() {
    return sources;
  }

  public PersonStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(PersonStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public PersonConsent.Kind getConsentKind() {
    return consentKind;
  }

  public void setConsentKind(PersonConsent.Kind consentKind) {
    this.consentKind = consentKind;
  }

  public PersonConsent.Scope getConsentScope() {
    return consentScope;
  }

  public void setConsentScope(PersonConsent.Scope consentScope) {
    this.consentScope = consentScope;
  }

  public PersonConsent.Channel getConsentChannel() {
    return consentChannel;
  }

  public void setConsentChannel(PersonConsent.Channel consentChannel) {
    this.consentChannel = consentChannel;
  }

  public LocalDate getConsentOn() {
    return consentOn;
  }

  public void setConsentOn(LocalDate consentOn) {
    this.consentOn = consentOn;
  }

  public String getConsentNote() {
    return consentNote;
  }

  public void setConsentNote(String consentNote) {
    this.consentNote = consentNote;
  }
}
