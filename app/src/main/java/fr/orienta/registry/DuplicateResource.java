package fr.orienta.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The queue of possible duplicates of the caller's CPTS, and the coordinator's decisions. */
@Path("/v1/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class DuplicateResource {

  @Inject DuplicateService duplicates;

  @Inject RegistryService registry;

  @GET
  @Operation(summary = "Doublons possibles en attente de décision (lecture tracée)")
  public List<DuplicatePair> open() {
    return duplicates.openPairs();
  }

  @POST
  @Path("/{id}/merge")
  @Operation(summary = "Fusionne les deux fiches dans celle à conserver (keep = son numéro)")
  public PersonDetail merge(@PathParam("id") long id, @QueryParam("keep") long keep) {
    return registry.detail(duplicates.merge(id, keep));
  }

  @POST
  @Path("/{id}/separate")
  @Operation(summary = "Indique que les deux fiches sont deux personnes différentes")
  public void separate(@PathParam("id") long id) {
    duplicates.separate(id);
  }
}
