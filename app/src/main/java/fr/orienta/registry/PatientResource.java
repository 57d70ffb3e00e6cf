package fr.orienta.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** People of the caller's CPTS. A person of another CPTS does not exist for the caller (404). */
@Path("/v1/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "CALLER"})
public class PatientResource {

  @Inject RegistryService registry;

  @Inject Clock clock;

  @GET
  @Operation(
      summary =
          "Les personnes sans médecin traitant de la CPTS, filtrées, par page (lecture tracée)")
  public PersonPage list(
      @QueryParam("name") String name,
      @QueryParam("status") PersonStatus status,
      @QueryParam("ald") Boolean ald,
      @QueryParam("css") Boolean css,
      @QueryParam("ageBand") String ageBand,
      @QueryParam("commune") String commune,
      @QueryParam("source") String source,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    PersonFilter.AgeBand band;
    try {
      band = ageBand == null || ageBand.isBlank() ? null : PersonFilter.AgeBand.parse(ageBand);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return registry.list(
        new PersonFilter(name, status, ald, css, band, commune, source), page, size);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Une personne sans médecin traitant de la CPTS (lecture tracée)")
  @APIResponse(responseCode = "200", description = "La personne")
  @APIResponse(responseCode = "404", description = "Aucune personne de ce numéro dans la CPTS")
  public PersonDetail get(@PathParam("id") long id) {
    return registry
        .read(id)
        .map(p -> PersonDetail.of(p, LocalDate.now(clock)))
        .orElseThrow(() -> new NotFoundException("Personne introuvable"));
  }
}
