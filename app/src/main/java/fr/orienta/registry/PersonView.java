package fr.orienta.registry;

import fr.orienta.security.AuditEvent;
import fr.orienta.security.AuditService;
import fr.orienta.territory.CommuneService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A person's page: identity, contact, flags and the trail of who read or changed it. */
@Named
@ViewScoped
public class PersonView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegistryService registry;

  @Inject transient AuditService audit;

  @Inject transient CommuneService communes;

  @Inject transient Clock clock;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Long id;
  private PersonDetail person;
  private String communeName;
  private List<AuditEvent> trail = List.of();
  private List<PersonEvent> timeline = List.of();

  /** Unknown here, or belonging to another CPTS: the same 404, so ids reveal nothing. */
  public void load() throws IOException {
    var found = id == null ? java.util.Optional.<Person>empty() : registry.read(id);
    if (found.isEmpty()) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    person = PersonDetail.of(found.get(), LocalDate.now(clock));
    communeName = communes.find(person.inseeCode()).map(CommuneService.CommuneRef::name).orElse("");
    trail = audit.trailOf(RegistryService.ENTITY, id);
    timeline = registry.timeline(id);
  }

  /** When something happened, in French local time. */
  public String when(java.time.Instant instant) {
    return WHEN.format(instant.atZone(clock.getZone()));
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

  public PersonDetail getPerson() {
    return person;
  }

  public String getCommuneName() {
    return communeName;
  }

  public List<AuditEvent> getTrail() {
    return trail;
  }
}
