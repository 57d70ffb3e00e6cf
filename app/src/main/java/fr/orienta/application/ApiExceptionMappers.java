package fr.orienta.application;

import fr.orienta.platform.ApiError;
import fr.orienta.platform.Messages;
import fr.orienta.platform.Redacted;
import fr.orienta.platform.Refusal;
import fr.orienta.security.AccessControl;
import fr.orienta.security.NoTenantException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns refusals and invalid input into plain JSON errors in French, never a stack trace. */
public final class ApiExceptionMappers {

  private ApiExceptionMappers() {}

  static Response error(Response.Status status, String message, List<String> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(status.getStatusCode(), message, details))
        .build();
  }

  @Provider
  public static class Denied implements ExceptionMapper<AccessControl.AccessDeniedException> {
    @Override
    public Response toResponse(AccessControl.AccessDeniedException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage(), List.of());
    }
  }

  @Provider
  public static class NoTenant implements ExceptionMapper<NoTenantException> {
    @Override
    public Response toResponse(NoTenantException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage(), List.of());
    }
  }

  @Provider
  public static class Refused implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal e) {
      Response.Status status =
          switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
          };
      return error(status, e.getMessage(), List.of());
    }
  }

  /**
   * Anything else: logged with an incident number, answered without internals. A refusal the
   * container wrapped (from a query parameter, a JSON body) is answered as the refusal; the
   * container's own client errors (404, 405…) keep their status and headers but say it in French; a
   * change that met someone else's at the same time is a conflict (409), not an incident.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      Optional<Refusal> refusal = Refusal.within(e).or(() -> Refusal.ifConcurrentChange(e));
      if (refusal.isPresent()) {
        return new Refused().toResponse(refusal.get());
      }
      if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        return clientError(web.getResponse());
      }
      String incident = Redacted.incident(LOG, Level.SEVERE, "Erreur inattendue de l'API", e);
      return error(
          Response.Status.INTERNAL_SERVER_ERROR,
          Messages.french("api.internal", incident),
          List.of());
    }

    /** The container's texts are English and may name its internals: never passed on. */
    private static Response clientError(Response container) {
      int status = container.getStatus();
      String message =
          switch (status) {
            case 400 -> Messages.french("api.badRequest");
            case 403 -> Messages.french("api.forbidden");
            case 404 -> Messages.french("api.notFound");
            case 405 ->
                Messages.french(
                    "api.notAllowed",
                    String.join(", ", new TreeSet<>(container.getAllowedMethods())));
            case 406 -> Messages.french("api.notAcceptable");
            case 415 -> Messages.french("api.unsupportedType");
            default -> Messages.french("api.refused", String.valueOf(status));
          };
      return Response.fromResponse(container)
          .type(MediaType.APPLICATION_JSON)
          .entity(new ApiError(status, message, List.of()))
          .build();
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<String> details =
          e.getConstraintViolations().stream()
              .map(v -> v.getPropertyPath() + " : " + v.getMessage())
              .sorted()
              .toList();
      return error(Response.Status.BAD_REQUEST, Messages.french("api.invalid"), details);
    }
  }
}
