package fr.orienta.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The indicators of the caller's CPTS. */
@Path("/v1/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

  @Inject IndicatorService indicators;

  @GET
  @RolesAllowed({"COORDINATOR", "CALLER", "DOCTOR", "VIEWER"})
  @Operation(
      summary = "Chiffres de la CPTS : personnes sans MT, ALD, CSS, 70 ans et plus, médecins")
  public Indicators current() {
    return indicators.current();
  }
}
