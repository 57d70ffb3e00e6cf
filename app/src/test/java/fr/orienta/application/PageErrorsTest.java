package fr.orienta.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.orienta.platform.CapturedLog;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class PageErrorsTest {

  private final FacesContext context = mock(FacesContext.class);
  private final ExternalContext external = mock(ExternalContext.class);
  private final PartialViewContext partial = mock(PartialViewContext.class);
  private final ExceptionHandler faces = mock(ExceptionHandler.class);
  private final Map<String, String> parameters = new HashMap<>();
  private final List<ExceptionQueuedEvent> queued = new ArrayList<>();

  @BeforeEach
  void faces() {
    when(context.getExternalContext()).thenReturn(external);
    when(context.getPartialViewContext()).thenReturn(partial);
    when(external.getRequestParameterMap()).thenReturn(parameters);
    when(external.getRequestContextPath()).thenReturn("/orienta");
    when(faces.getUnhandledExceptionQueuedEvents()).thenReturn(queued);
  }

  @Test
  void anErrorOfAPageIsLoggedRedactedAndTheBrowserSentToTheErrorPageWithItsIncident()
      throws Exception {
    queue(new FacesException(new IllegalStateException("Fiche de REYNAUD Théo, 06 12 34 56 78")));

    try (CapturedLog log = CapturedLog.of(PageErrors.class)) {
      new PageErrors.Handler(faces).handle();

      String printed = log.printed();
      assertThat(printed)
          .contains("Erreur inattendue d'une page, incident ")
          .contains("java.lang.IllegalStateException")
          .doesNotContainIgnoringCase("reynaud")
          .doesNotContain("06 12 34");
      InOrder order = inOrder(external);
      order.verify(external).responseReset();
      order.verify(external).redirect("/orienta/error/error.xhtml?incident=" + incidentIn(printed));
    }
    verify(context).responseComplete();
    assertThat(queued).as("taken off Faces' queue: Faces would log it whole").isEmpty();
    verify(faces).handle();
  }

  @Test
  void anErrorOfAnAjaxRequestSendsToTheErrorPageAsWell() throws Exception {
    when(partial.isAjaxRequest()).thenReturn(true);
    queue(new IllegalArgumentException("REYNAUD"));

    try (CapturedLog log = CapturedLog.of(PageErrors.class)) {
      new PageErrors.Handler(faces).handle();

      verify(external).redirect("/orienta/error/error.xhtml?incident=" + incidentIn(log.printed()));
    }
    verify(context).responseComplete();
  }

  @Test
  void aPageAlreadyOnItsWayIsOnlyEndedAndLogged() throws Exception {
    when(external.isResponseCommitted()).thenReturn(true);
    queue(new IllegalStateException("REYNAUD"));

    try (CapturedLog log = CapturedLog.of(PageErrors.class)) {
      new PageErrors.Handler(faces).handle();

      assertThat(log.records()).hasSize(1);
    }
    verify(external, never()).responseReset();
    verify(external, never()).redirect(any());
    verify(context).responseComplete();
  }

  @Test
  void anExpiredViewIsLeftToFaces() {
    queue(new FacesException(new ViewExpiredException("/person.xhtml")));

    try (CapturedLog log = CapturedLog.of(PageErrors.class)) {
      new PageErrors.Handler(faces).handle();

      assertThat(log.records()).isEmpty();
    }
    assertThat(queued).hasSize(1);
    verify(faces).handle();
    verify(context, never()).responseComplete();
  }

  @Test
  void theErrorPageShowsOnlyAnIncidentNumberFromItsAddress() {
    parameters.put("incident", "0a1b2c3d");
    assertThat(PageErrors.incidentOf(context)).isEqualTo("0a1b2c3d");

    parameters.put("incident", "Appelez le 08 99 99 99 99");
    assertThat(PageErrors.incidentOf(context)).isNull();
  }

  private void queue(Throwable thrown) {
    queued.add(new ExceptionQueuedEvent(new ExceptionQueuedEventContext(context, thrown)));
  }

  private static String incidentIn(String printed) {
    Matcher matcher = Pattern.compile("incident ([0-9a-f]{8})").matcher(printed);
    assertThat(matcher.find()).as("an incident number in the log").isTrue();
    return matcher.group(1);
  }
}
