package fr.orienta.imports;

import fr.orienta.plugins.PluginRegistry;
import fr.orienta.registry.IngestResult;
import fr.orienta.registry.RegistryService;
import fr.orienta.security.AccessControl;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import fr.orienta.security.TenantContext;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.territory.CommuneService;
import fr.orienta.territory.TenantService;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports of listings into the registry of the current CPTS: an upload is stored and previewed
 * (format, mapping, first rows), then its rows go through the adapter and into the registry in
 * chunks, each chunk committing its rows, its problems, its counts and the checkpoint together.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ImportService {

  /** How many rows a preview shows. */
  static final int PREVIEW_ROWS = 10;

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject PluginRegistry plugins;

  @Inject RegistryService registry;

  @Inject CommuneService communes;

  @Inject TenantService tenantService;

  @Inject TenantContext tenants;

  @Inject AccessControl access;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "orienta.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "orienta.import.chunk-size", defaultValue = "500")
  int chunkSize;

  /** One row of a preview: its line, whether it would be taken, and what is wrong with it. */
  public record PreviewRow(long line, boolean accepted, String name, List<RowProblem> problems) {}

  /** What a coordinator checks before committing an import. */
  public record Preview(
      long jobId,
      String format,
      String charset,
      String delimiter,
      Map<String, String> mapping,
      List<String> unmappedHeaders,
      List<String> mappingProblems,
      long totalRows,
      List<PreviewRow> rows) {

    public boolean isImportable() {
      return mappingProblems.isEmpty();
    }
  }

  /**
   * Stores an upload and reads it far enough to show what the import would do.
   *
   * @throws UnreadableFileException with a French message when the file cannot be read
   * @throws IllegalArgumentException when the adapter is unknown
   */
  public Preview upload(String adapterId, String fileName, byte[] content) {
    access.require(Role.COORDINATOR);
    PatientSource source = adapter(adapterId);
    Path stored = store(content);
    try (TabularFile file = TabularFile.open(stored, fileName)) {
      HeaderMapping mapping =
          HeaderMapping.of(file.header(), source.fields(), savedMapping(adapterId));
      List<PreviewRow> sample = new ArrayList<>();
      long total;
      try (var rows = file.rows()) {
        var iterator = rows.iterator();
        long count = 0;
        while (iterator.hasNext()) {
          TabularRow row = iterator.next();
          if (sample.size() < PREVIEW_ROWS && mapping.isComplete()) {
            RowResult result = source.read(mapping.row(row));
            sample.add(
                new PreviewRow(
                    row.line(),
                    result.isAccepted(),
                    result.isAccepted()
                        ? result.record().lastName() + " " + result.record().firstName()
                        : "",
                    result.problems()));
          }
          count++;
        }
        total = count;
      }
      ImportJob job =
          new ImportJob(
              adapterId,
              fileName,
              sha256(content),
              stored.toString(),
              total,
              tenants.actor(),
              Instant.now(clock));
      em.persist(job);
      em.flush();
      return new Preview(
          job.getId(),
          file.format().name(),
          file.charset().map(Object::toString).orElse(""),
          file.delimiter().map(String::valueOf).orElse(""),
          mapping.headers().stream()
              .collect(
                  Collectors.toMap(
                      h -> h, h -> fieldOf(mapping, h), (a, b) -> a, java.util.LinkedHashMap::new)),
          mapping.unmappedHeaders(),
          mapping.problems(),
          total,
          List.copyOf(sample));
    } catch (RuntimeException e) {
      delete(stored);
      throw e;
    }
  }

  public Optional<ImportJob> find(long jobId) {
    access.require(Role.COORDINATOR);
    return Optional.ofNullable(em.find(ImportJob.class, jobId));
  }

  public List<ImportJob> recent() {
    access.require(Role.COORDINATOR);
    return em.createQuery("select j from ImportJob j order by j.createdAt desc", ImportJob.class)
        .setMaxResults(50)
        .getResultList();
  }

  /** Problems of a job, in file order, for the error report. */
  public List<ImportProblem> problems(long jobId) {
    access.require(Role.COORDINATOR);
    return em.createQuery(
            "select p from ImportProblem p where p.jobId = :job order by p.line, p.column, p.id",
            ImportProblem.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  /**
   * Starts (or resumes) the import of a previewed upload as a batch job. A resumed import goes on
   * after its last committed row.
   */
  public ImportJob commit(long jobId) {
    access.require(Role.COORDINATOR);
    ImportJob job = job(jobId);
    if (job.getStatus() == ImportJob.Status.COMPLETED) {
      throw new IllegalStateException("Cet import est déjà terminé.");
    }
    if (job.getStatus() == ImportJob.Status.RUNNING && isAlive(job.getExecutionId())) {
      throw new IllegalStateException("Cet import est déjà en cours.");
    }
    var parameters = new ImportParameters(jobId, tenants.requireTenant(), tenants.actor());
    long execution =
        BatchRuntime.getJobOperator()
            .start(ImportParameters.JOB, parameters.asJobParameters(chunkSize));
    job.started(execution, Instant.now(clock));
    return job;
  }

  /** Asks a running import to stop after its current chunk; it can be resumed later. */
  public ImportJob stop(long jobId) {
    access.require(Role.COORDINATOR);
    ImportJob job = job(jobId);
    if (job.getExecutionId() != null && isAlive(job.getExecutionId())) {
      BatchRuntime.getJobOperator().stop(job.getExecutionId());
    }
    return job;
  }

  private static boolean isAlive(Long executionId) {
    if (executionId == null) {
      return false;
    }
    try {
      BatchStatus status =
          BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
      return status == BatchStatus.STARTING
          || status == BatchStatus.STARTED
          || status == BatchStatus.STOPPING;
    } catch (RuntimeException unknown) {
      // An execution lost with a restarted server is not running.
      return false;
    }
  }

  /** Marks a job as running under a batch execution. */
  public void started(long jobId, long executionId) {
    job(jobId).started(executionId, Instant.now(clock));
  }

  public void finished(long jobId) {
    ImportJob job = job(jobId);
    job.finished(Instant.now(clock));
    delete(Path.of(job.getStoredFile()));
  }

  public void failed(long jobId, String reason) {
    job(jobId).failed(reason, Instant.now(clock));
  }

  /** Everything a job's row reader needs: the file, the adapter and the mapping. */
  public record Plan(
      Path file,
      String fileName,
      PatientSource source,
      Map<String, String> saved,
      long checkpoint) {}

  public Plan plan(long jobId) {
    ImportJob job = job(jobId);
    return new Plan(
        Path.of(job.getStoredFile()),
        job.getFileName(),
        adapter(job.getAdapter()),
        savedMapping(job.getAdapter()),
        job.getCheckpoint());
  }

  /**
   * Writes one chunk: accepted records into the registry, problems for the report, counts and
   * checkpoint — all in the chunk's transaction, so they stand or fall together.
   */
  public ChunkCounts write(long jobId, List<ProcessedRow> rows) {
    ImportJob job = job(jobId);
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    long duplicates = 0;
    long rejected = 0;
    long warnings = 0;
    long lastLine = job.getCheckpoint();
    for (ProcessedRow row : rows) {
      lastLine = Math.max(lastLine, row.line());
      for (RowProblem problem : row.problems()) {
        em.persist(
            new ImportProblem(
                jobId,
                problem.line(),
                problem.column(),
                row.header(problem.column()),
                problem.value(),
                problem.message(),
                !row.isAccepted()));
      }
      if (!row.isAccepted()) {
        rejected++;
        continue;
      }
      warnings += row.problems().isEmpty() ? 0 : 1;
      IngestResult result = registry.ingest(row.record(), job.getAdapter(), row.inseeCode());
      switch (result.outcome()) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case POSSIBLE_DUPLICATE -> duplicates++;
      }
    }
    ChunkCounts counts =
        new ChunkCounts(created, updated, unchanged, duplicates, rejected, warnings);
    job.advance(counts, lastLine);
    return counts;
  }

  public java.util.Set<String> territory() {
    return tenantService
        .find(tenants.requireTenant())
        .map(fr.orienta.territory.Tenant::getCommunes)
        .orElse(java.util.Set.of());
  }

  private ImportJob job(long jobId) {
    ImportJob job = em.find(ImportJob.class, jobId);
    if (job == null) {
      throw new IllegalArgumentException("Import inconnu : " + jobId);
    }
    return job;
  }

  private PatientSource adapter(String adapterId) {
    return plugins
        .patientSource(adapterId)
        .orElseThrow(() -> new IllegalArgumentException("Format d'import inconnu : " + adapterId));
  }

  private Map<String, String> savedMapping(String adapterId) {
    return em.createQuery(
            "select m.header, m.fieldKey from ColumnMapping m where m.adapter = :adapter",
            Object[].class)
        .setParameter("adapter", adapterId)
        .getResultStream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
  }

  private static String fieldOf(HeaderMapping mapping, String header) {
    return mapping.field(mapping.headers().indexOf(header) + 1).map(f -> f.label()).orElse("");
  }

  private Path store(byte[] content) {
    try {
      Path directory = Path.of(dataDir, "imports");
      Files.createDirectories(directory);
      Path file = directory.resolve(UUID.randomUUID() + ".upload");
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Impossible d'enregistrer le fichier importé", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover upload is removed by the next purge; the import itself is done.
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
