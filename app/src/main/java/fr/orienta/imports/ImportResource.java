package fr.orienta.imports;

import fr.orienta.platform.ApiError;
import fr.orienta.platform.Messages;
import fr.orienta.platform.Refusal;
import fr.orienta.spi.RowProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Imports over HTTP: upload a file for an adapter (a preview with dry-run counts comes back), map
 * unknown columns and preview again, commit it, follow its progress, stop or resume it, and
 * download its error report. Parses and hands off only.
 */
@Path("/v1/imports")
@RequestScoped
@RolesAllowed("COORDINATOR")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  /** The state of an import as the API shows it. */
  public record ImportStatus(
      long id,
      String adapter,
      String fileName,
      String status,
      int percent,
      long totalRows,
      long processed,
      long created,
      long updated,
      long unchanged,
      long duplicates,
      long rejected,
      long warnings,
      String message) {

    static ImportStatus of(ImportJob job) {
      return new ImportStatus(
          job.getId(),
          job.getAdapter(),
          job.getFileName(),
          job.getStatus().name(),
          job.getPercent(),
          job.getTotalRows(),
          job.getProcessed(),
          job.getCreated(),
          job.getUpdated(),
          job.getUnchanged(),
          job.getDuplicates(),
          job.getRejected(),
          job.getWarnings(),
          job.getMessage());
    }
  }

  /** An adapter's fields and the current CPTS's saved answers for it. */
  public record Mapping(String adapter, List<Field> fields, Map<String, String> mapping) {}

  /** A field a column can be mapped to; {@code ""} ignores the column. */
  public record Field(String key, String label, boolean required) {}

  @Inject ImportService imports;

  @Inject ImportPreviewService previews;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Dépose un fichier (champ « file ») pour un format (champ « adapter ») : aperçu")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"adapter", "file"},
                      properties = {
                        @SchemaProperty(
                            name = "adapter",
                            type = SchemaType.STRING,
                            description =
                                "Le format du fichier : cpam-listing, msa-listing, msp-export,"
                                    + " ou celui d'un plugin")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "Le fichier déposé et son aperçu : encodage, séparateur, colonnes, comptes",
      content = @Content(schema = @Schema(implementation = ImportService.Preview.class)))
  @APIResponse(
      responseCode = "400",
      description = "Champ manquant, format inconnu, ou fichier illisible (en français)")
  public Response upload(@FormParam("adapter") String adapter, @FormParam("file") EntityPart file)
      throws IOException {
    if (adapter == null || adapter.isBlank() || file == null) {
      throw Refusal.invalid("refusal.import.fields");
    }
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readAllBytes();
    }
    String name = file.getFileName().orElse("import");
    try {
      ImportService.Preview preview = previews.upload(adapter.trim(), name, content);
      return Response.status(Response.Status.CREATED).entity(preview).build();
    } catch (UnreadableFileException e) {
      throw badRequest(e.getMessage(), List.of());
    } catch (Refusal e) {
      // The format is a field of the form here, not the resource asked for: bad input.
      throw e.kind() == Refusal.Kind.NOT_FOUND ? badRequest(e.getMessage(), List.of()) : e;
    }
  }

  @GET
  @Path("/{id}/preview")
  @Operation(
      summary =
          "Aperçu recalculé d'un fichier déposé (correspondance enregistrée, comptes à blanc)")
  public ImportService.Preview preview(@PathParam("id") long id) {
    ensureExists(id);
    return previews.preview(id);
  }

  @PUT
  @Path("/{id}/mapping")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Enregistre la correspondance de colonnes de ce fichier ({« en-tête » : « champ » ou"
              + " \"\" pour ignorer}) et renvoie l'aperçu recalculé")
  public ImportService.Preview remap(@PathParam("id") long id, Map<String, String> answers) {
    ensureExists(id);
    try {
      imports.saveMapping(id, answers);
      return previews.preview(id);
    } catch (InvalidMappingException e) {
      throw invalid(e);
    }
  }

  @GET
  @Path("/mappings/{adapter}")
  @Operation(summary = "Champs d'un format et correspondance de colonnes enregistrée pour la CPTS")
  public Mapping mapping(@PathParam("adapter") String adapter) {
    return mappingOf(adapter, imports.mapping(adapter));
  }

  @PUT
  @Path("/mappings/{adapter}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Enregistre des réponses {« en-tête » : « champ » ou \"\" pour ignorer} pour un format ;"
              + " elles remplacent les précédentes pour les mêmes en-têtes")
  public Mapping saveMapping(@PathParam("adapter") String adapter, Map<String, String> answers) {
    imports.fields(adapter);
    try {
      return mappingOf(adapter, imports.saveMapping(adapter, answers));
    } catch (InvalidMappingException e) {
      throw invalid(e);
    }
  }

  private Mapping mappingOf(String adapter, Map<String, String> saved) {
    return new Mapping(
        adapter,
        imports.fields(adapter).stream()
            .map(f -> new Field(f.key(), f.label(), f.required()))
            .toList(),
        saved);
  }

  private static WebApplicationException invalid(InvalidMappingException e) {
    return badRequest(Messages.french("refusal.import.mapping"), e.problems());
  }

  /**
   * A plain web application exception carrying its answer, which the container sends as it is: a
   * {@code BadRequestException} would go through the error mappers, which word the container's own
   * refusals and would lose this message.
   */
  private static WebApplicationException badRequest(String message, List<String> details) {
    return new WebApplicationException(
        Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON)
            .entity(new ApiError(400, message, details))
            .build());
  }

  @POST
  @Path("/{id}/commit")
  @Operation(
      summary =
          "Lance (ou reprend) l'import prévisualisé ; fullListing=true : le fichier est la liste"
              + " complète de la source (les personnes qu'elle ne cite plus passent en « MT trouvé"
              + " ailleurs », à vérifier)")
  public Response commit(
      @PathParam("id") long id,
      @QueryParam("fullListing") @DefaultValue("false") boolean fullListing) {
    ensureExists(id);
    return Response.accepted(ImportStatus.of(imports.commit(id, fullListing))).build();
  }

  @POST
  @Path("/{id}/stop")
  @Operation(summary = "Interrompt un import après le lot en cours ; il pourra être repris")
  public Response stop(@PathParam("id") long id) {
    ensureExists(id);
    return Response.accepted(ImportStatus.of(imports.stop(id))).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "État et compteurs d'un import")
  public ImportStatus get(@PathParam("id") long id) {
    return imports
        .find(id)
        .map(ImportStatus::of)
        .orElseThrow(() -> Refusal.notFound("refusal.import.unknown", String.valueOf(id)));
  }

  @GET
  @Path("/{id}/errors")
  @Produces("text/csv")
  @Operation(summary = "Rapport d'erreurs : ligne, colonne, valeur, message (CSV)")
  public Response errors(@PathParam("id") long id) {
    ImportJob job =
        imports
            .find(id)
            .orElseThrow(() -> Refusal.notFound("refusal.import.unknown", String.valueOf(id)));
    List<ImportProblem> stored = imports.problems(id);
    List<String> headers = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (ImportProblem p : stored) {
      while (headers.size() < p.getColumn()) {
        headers.add("");
      }
      if (p.getColumn() >= 1 && p.getHeader() != null) {
        headers.set(p.getColumn() - 1, p.getHeader());
      }
      problems.add(new RowProblem(p.getLine(), p.getColumn(), p.getValue(), p.getMessage()));
    }
    byte[] report = ErrorReport.toBytes(headers, problems);
    return Response.ok(report, "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"erreurs-import-" + job.getId() + ".csv\"")
        .build();
  }

  private void ensureExists(long id) {
    if (imports.find(id).isEmpty()) {
      throw Refusal.notFound("refusal.import.unknown", String.valueOf(id));
    }
  }
}
