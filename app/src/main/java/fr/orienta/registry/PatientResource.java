package fr.orienta.registry;

import fr.orienta.platform.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** People of the caller's CPTS. A person of another CPTS does not exist for the caller (404). */
@Path("/v1/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "CALLER"})
public class PatientResource {

  @Inject RegistryService registry;

  @Inject Intake intake;

  @Inject Corrections corrections;

  @Inject ConsentService consentService;

  /** A « signalement » as the API takes it: the person and who reports them. */
  public record Report(NewPerson person, Reporter reporter) {}

  /** A status change as the API takes it. */
  public record StatusChange(PersonStatus status, String reason) {}

  /** A consent or an objection as the API shows it. */
  public record ConsentView(
      long id,
      PersonConsent.Kind kind,
      PersonConsent.Scope scope,
      PersonConsent.Channel channel,
      LocalDate givenOn,
      String note,
      String recordedBy,
      Instant recordedAt,
      Instant withdrawnAt) {

    static ConsentView of(PersonConsent c) {
      return new ConsentView(
          c.getId(),
          c.getKind(),
          c.getScope(),
          c.getChannel(),
          c.getGivenOn(),
          c.getNote(),
          c.getRecordedBy(),
          c.getRecordedAt(),
          c.getWithdrawnAt());
    }
  }

  @GET
  @Operation(
      summary =
          "Les personnes sans médecin traitant de la CPTS, filtrées, triées (sort=priority, name,"
              + " birthDate, added, status, commune ; -x pour décroissant), par page (lecture"
              + " tracée)")
  public PersonPage list(
      @QueryParam("name") String name,
      @QueryParam("status") PersonStatus status,
      @QueryParam("ald") Boolean ald,
      @QueryParam("css") Boolean css,
      @QueryParam("ageBand") String ageBand,
      @QueryParam("commune") String commune,
      @QueryParam("source") String source,
      @QueryParam("addedFrom") String addedFrom,
      @QueryParam("addedTo") String addedTo,
      @QueryParam("minPriority") Integer minPriority,
      @QueryParam("sort") @DefaultValue("-priority") String sort,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    PersonFilter.AgeBand band =
        ageBand == null || ageBand.isBlank() ? null : PersonFilter.AgeBand.parse(ageBand);
    PersonFilter filter =
        new PersonFilter(
            name,
            status,
            ald,
            css,
            band,
            commune,
            source,
            date("addedFrom", addedFrom),
            date("addedTo", addedTo),
            minPriority);
    return registry.list(
        filter, page, size, PersonFilter.Sort.parse(sort.trim()), !sort.trim().startsWith("-"));
  }

  private static LocalDate date(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw Refusal.invalid("refusal.filter.date", name);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Saisie manuelle d'une personne : créée, ou complétée si déjà connue (même NIR), ou"
              + " doublon possible (mêmes nom, prénom, date de naissance et commune)")
  @APIResponse(responseCode = "201", description = "Ce que la saisie a fait, et la fiche")
  public Response register(NewPerson person) {
    if (person == null) {
      throw Refusal.invalid("refusal.api.body", "{\"lastName\": …, \"firstName\": …}");
    }
    return created(intake.register(person));
  }

  @POST
  @Path("/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Signalement d'une personne par une pharmacie, une mairie… (même validation)")
  @APIResponse(responseCode = "201", description = "Ce que le signalement a fait, et la fiche")
  public Response report(Report report) {
    if (report == null || report.person() == null || report.reporter() == null) {
      throw Refusal.invalid("refusal.api.body", "{\"person\": …, \"reporter\": …}");
    }
    return created(intake.report(report.person(), report.reporter()));
  }

  private static Response created(IngestResult result) {
    return Response.status(Response.Status.CREATED)
        .location(URI.create("v1/patients/" + result.personId()))
        .entity(result)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Une personne sans médecin traitant de la CPTS (lecture tracée)")
  @APIResponse(
      responseCode = "200",
      description = "La personne ; ETag : sa version, à renvoyer en If-Match pour la corriger",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = PersonDetail.class)))
  @APIResponse(responseCode = "404", description = "Aucune personne de ce numéro dans la CPTS")
  public Response get(@PathParam("id") long id) {
    return tagged(
        registry
            .read(id)
            .map(registry::detail)
            .orElseThrow(() -> Refusal.notFound("refusal.person.unknown", String.valueOf(id))));
  }

  /**
   * The fiche with its version as entity tag, so that a client can send back what it read as {@code
   * If-Match} without parsing the body. Every field of the fiche is the record's, which the version
   * counts, so the tag is a strong one.
   */
  private static Response tagged(PersonDetail detail) {
    return Response.ok(detail).tag(new EntityTag(Long.toString(detail.version()))).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Corrige la fiche d'une personne : chaque champ remplace la valeur enregistrée (vide :"
              + " effacée), sauf le NIR ; un appelant ne corrige que les coordonnées (tracé)")
  @APIResponse(
      responseCode = "200",
      description = "La fiche corrigée ; ETag : sa nouvelle version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = PersonDetail.class)))
  @APIResponse(responseCode = "400", description = "Champ invalide, ou NIR donné")
  @APIResponse(responseCode = "403", description = "Un appelant qui change l'identité ou l'ALD")
  @APIResponse(
      responseCode = "409",
      description = "Fiche fusionnée dans une autre, ou changée depuis la version de If-Match")
  public Response correct(
      @PathParam("id") long id,
      @Parameter(
              description =
                  "La version lue (ETag de la fiche, ou son champ version) : refus si elle a"
                      + " changé")
          @HeaderParam("If-Match")
          String ifMatch,
      NewPerson person) {
    if (person == null) {
      throw Refusal.invalid("refusal.api.body", "{\"lastName\": …, \"firstName\": …}");
    }
    return tagged(registry.detail(corrections.correct(id, person, version(ifMatch)).person()));
  }

  /** The version an {@code If-Match} names, as an entity tag or bare; {@code null} without one. */
  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw Refusal.invalid("refusal.correction.ifMatch", ifMatch);
    }
  }

  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change le statut d'une personne, avec la raison (tracé)")
  @APIResponse(
      responseCode = "200",
      description = "La fiche dans son nouveau statut",
      content = @Content(schema = @Schema(implementation = PersonDetail.class)))
  @APIResponse(responseCode = "409", description = "Passage non permis ou consentement manquant")
  public PersonDetail changeStatus(@PathParam("id") long id, StatusChange change) {
    if (change == null) {
      throw Refusal.invalid("refusal.api.body", "{\"status\": …, \"reason\": …}");
    }
    return registry.detail(registry.changeStatus(id, change.status(), change.reason()));
  }

  @GET
  @Path("/{id}/priority")
  @Operation(summary = "La priorité d'une personne, règle par règle")
  public Priority priority(@PathParam("id") long id) {
    return registry.priority(id);
  }

  @GET
  @Path("/{id}/consents")
  @Operation(summary = "Consentements et oppositions d'une personne, retirés compris")
  public List<ConsentView> consents(@PathParam("id") long id) {
    registry
        .read(id)
        .orElseThrow(() -> Refusal.notFound("refusal.person.unknown", String.valueOf(id)));
    return consentService.consents(id).stream().map(ConsentView::of).toList();
  }

  @POST
  @Path("/{id}/consents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enregistre un consentement ou une opposition (remplace celui en vigueur)")
  public ConsentView recordConsent(@PathParam("id") long id, NewConsent consent) {
    if (consent == null) {
      throw Refusal.invalid("refusal.api.body", "{\"kind\": …, \"scope\": …, \"channel\": …}");
    }
    return ConsentView.of(consentService.recordConsent(id, consent));
  }
}
