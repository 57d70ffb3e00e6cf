package fr.orienta.imports;

import fr.orienta.registry.DryRun;
import fr.orienta.registry.IngestResult.Outcome;
import fr.orienta.registry.Intake;
import fr.orienta.registry.SourceRow;
import fr.orienta.security.AccessControl;
import fr.orienta.security.Role;
import fr.orienta.spi.PatientSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Previews of uploads: stores a file, reads it end to end and tells what its import would do — the
 * detected format, the column mapping, the first rows with their problems, and the counts of a dry
 * run of every row through the registry (new, updated, unchanged, possible duplicates, rejected).
 * The same stored upload is read again after a coordinator saves a column mapping.
 *
 * <p>Deliberately not transactional: a dry run of a large file can outlast a transaction timeout,
 * so rows are streamed and classified batch after batch, each batch in a short read-only
 * transaction of the registry ({@link Intake#classify}), and nothing is written but the upload's
 * own record.
 */
@ApplicationScoped
public class ImportPreviewService {

  /** How many rows a preview shows. */
  static final int PREVIEW_ROWS = 10;

  @Inject ImportService imports;

  @Inject UploadFiles uploads;

  @Inject Intake intake;

  @Inject RowAdmission admission;

  @Inject AccessControl access;

  @Inject
  @ConfigProperty(name = "orienta.import.chunk-size", defaultValue = "500")
  int batchSize;

  /**
   * Stores an upload and reads it through to show what the import would do.
   *
   * @throws UnreadableFileException with a French message when the file cannot be read
   * @throws fr.orienta.platform.Refusal when the adapter is unknown
   */
  public ImportService.Preview upload(String adapterId, String fileName, byte[] content) {
    access.require(Role.COORDINATOR);
    PatientSource source = imports.adapter(adapterId);
    Path stored = uploads.store(content);
    try {
      Reading reading = read(stored, fileName, source, imports.mapping(adapterId));
      ImportJob job =
          imports.register(
              adapterId, fileName, ImportService.sha256(content), stored, reading.total);
      return reading.preview(job.getId(), adapterId);
    } catch (RuntimeException e) {
      UploadFiles.delete(stored);
      throw e;
    }
  }

  /**
   * Reads a stored upload again, with the current CPTS's saved mapping, before its import is
   * launched.
   *
   * @throws fr.orienta.platform.Refusal when the import was launched or its file expired
   */
  public ImportService.Preview preview(long jobId) {
    access.require(Role.COORDINATOR);
    ImportService.Plan plan = imports.previewPlan(jobId);
    return read(plan.file(), plan.fileName(), plan.source(), plan.saved())
        .preview(jobId, plan.source().id());
  }

  private Reading read(
      Path path, String fileName, PatientSource source, Map<String, String> saved) {
    try (TabularFile file = TabularFile.open(path, fileName)) {
      HeaderMapping mapping = HeaderMapping.of(file.header(), source.fields(), saved);
      Reading reading = new Reading(file, mapping);
      Set<String> territory = mapping.isComplete() ? imports.territory() : Set.of();
      DryRun run = new DryRun(source.id());
      List<SourceRow> batch = new ArrayList<>(batchSize);
      try (var rows = file.rows()) {
        var iterator = rows.iterator();
        while (iterator.hasNext()) {
          TabularRow row = iterator.next();
          reading.total++;
          if (!mapping.isComplete()) {
            continue;
          }
          var cells = mapping.row(row);
          ProcessedRow checked = admission.admit(cells, source, territory, mapping.headers());
          if (reading.sample.size() < PREVIEW_ROWS) {
            reading.sample.add(
                new ImportService.PreviewRow(
                    row.line(),
                    checked.isAccepted(),
                    checked.isAccepted()
                        ? checked.record().lastName() + " " + checked.record().firstName()
                        : "",
                    checked.problems()));
          }
          if (!checked.isAccepted()) {
            reading.rejected++;
            continue;
          }
          reading.warnings += checked.problems().isEmpty() ? 0 : 1;
          batch.add(new SourceRow(checked.record(), checked.inseeCode()));
          if (batch.size() >= batchSize) {
            intake.classify(run, batch);
            batch.clear();
          }
        }
      }
      if (!batch.isEmpty()) {
        intake.classify(run, batch);
      }
      if (mapping.isComplete()) {
        reading.run = run;
      }
      return reading;
    }
  }

  /** What reading a file found, until its import job is known. */
  private static final class Reading {
    final String format;
    final String charset;
    final String delimiter;
    final HeaderMapping mapping;
    final List<ImportService.PreviewRow> sample = new ArrayList<>();
    long total;
    long rejected;
    long warnings;
    DryRun run;

    Reading(TabularFile file, HeaderMapping mapping) {
      this.format = file.format().name();
      this.charset = file.charset().map(Object::toString).orElse("");
      this.delimiter = file.delimiter().map(String::valueOf).orElse("");
      this.mapping = mapping;
    }

    ImportService.Preview preview(long jobId, String adapterId) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (int column = 1; column <= mapping.headers().size(); column++) {
        fields.putIfAbsent(
            mapping.header(column), mapping.field(column).map(field -> field.label()).orElse(""));
      }
      ChunkCounts counts =
          run == null
              ? null
              : new ChunkCounts(
                  run.count(Outcome.CREATED),
                  run.count(Outcome.UPDATED),
                  run.count(Outcome.UNCHANGED),
                  run.count(Outcome.POSSIBLE_DUPLICATE),
                  rejected,
                  warnings);
      return new ImportService.Preview(
          jobId,
          adapterId,
          format,
          charset,
          delimiter,
          fields,
          mapping.unmappedHeaders(),
          mapping.problems(),
          total,
          List.copyOf(sample),
          counts);
    }
  }
}
