package fr.orienta.application;

import fr.orienta.platform.Causes;
import fr.orienta.platform.Redacted;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What a page does with an error nobody caught: it is logged {@linkplain Redacted redacted} under
 * an incident number, and the user gets the error page with that number, never the error's text.
 * Left to Faces, the error would reach the log whole, and its messages may quote the person on the
 * page. An expired view stays Faces' own (web.xml sends it to the login page).
 */
public class PageErrors extends ExceptionHandlerFactory {

  /** What the error page accepts as an incident number from its address. */
  static final Pattern INCIDENT_NUMBER = Pattern.compile("[0-9a-f]{8}");

  private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

  public PageErrors(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExceptionQueuedEventContext event = events.next().getContext();
        Throwable thrown = event.getException();
        if (isExpiredView(thrown)) {
          continue;
        }
        events.remove();
        String incident =
            Redacted.incident(LOG, Level.SEVERE, "Erreur inattendue d'une page", thrown);
        showError(event.getContext(), incident);
      }
      getWrapped().handle();
    }
  }

  private static boolean isExpiredView(Throwable thrown) {
    return Causes.of(thrown).anyMatch(ViewExpiredException.class::isInstance);
  }

  /**
   * Sends the browser to the error page, for a page as for an Ajax request: the error page then
   * stands alone, and reloading it does not run again what failed. The page rendered so far is
   * dropped; once part of it has left (a page larger than the response's buffer), only the log
   * keeps the incident.
   */
  private static void showError(FacesContext context, String incident) {
    ExternalContext external = context.getExternalContext();
    if (!external.isResponseCommitted()) {
      try {
        external.responseReset();
        external.redirect(
            external.getRequestContextPath() + "/error/error.xhtml?incident=" + incident);
      } catch (IOException | IllegalStateException e) {
        Redacted.log(LOG, Level.WARNING, "Page d'erreur non envoyée, incident " + incident, e);
      }
    }
    context.responseComplete();
  }

  /** The incident number the error page was given, or {@code null}. */
  public static String incidentOf(FacesContext context) {
    String given = context.getExternalContext().getRequestParameterMap().get("incident");
    // Only a number: the page must not repeat any text a link puts in its address.
    return given != null && INCIDENT_NUMBER.matcher(given).matches() ? given : null;
  }
}
