package fr.orienta.imports;

import fr.orienta.platform.Messages;
import fr.orienta.platform.Refusal;
import fr.orienta.plugins.PluginRegistry;
import fr.orienta.registry.IngestResult;
import fr.orienta.registry.Intake;
import fr.orienta.registry.RegistryService;
import fr.orienta.registry.SourceRow;
import fr.orienta.security.AccessControl;
import fr.orienta.security.Role;
import fr.orienta.security.TenantBound;
import fr.orienta.security.TenantContext;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.SourceField;
import fr.orienta.territory.CommuneService;
import fr.orienta.territory.TenantService;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
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
import java.util.Set;
import java.util.TreeMap;
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

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject PluginRegistry plugins;

  @Inject RegistryService registry;

  @Inject Intake intake;

  @Inject CommuneService communes;

  @Inject TenantService tenantService;

  @Inject TenantContext tenants;

  @Inject AccessControl access;

  @Inject UploadFiles uploads;

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "orienta.import.chunk-size", defaultValue = "500")
  int chunkSize;

  @Inject
  @ConfigProperty(name = "orienta.import.upload-retention", defaultValue = "24h")
  String uploadRetention;

  /** One row of a preview: its line, whether it would be taken, and what is wrong with it. */
  public record PreviewRow(long line, boolean accepted, String name, List<RowProblem> problems) {}

  /**
   * What a coordinator checks before committing an import.
   *
   * @param counts what importing the whole file would do now (dry run), or {@code null} while the
   *     mapping is incomplete
   */
  public record Preview(
      long jobId,
      String adapter,
      String format,
      String charset,
      String delimiter,
      Map<String, String> mapping,
      List<String> unmappedHeaders,
      List<String> mappingProblems,
      long totalRows,
      List<PreviewRow> rows,
      ChunkCounts counts) {

    public boolean isImportable() {
      return mappingProblems.isEmpty();
    }
  }

  /** Records a stored upload as an import waiting to be committed. */
  public ImportJob register(
      String adapterId, String fileName, String sha256, Path stored, long totalRows) {
    access.require(Role.COORDINATOR);
    ImportJob job =
        new ImportJob(
            adapterId,
            fileName,
            sha256,
            stored.toString(),
            totalRows,
            tenants.actor(),
            Instant.now(clock));
    em.persist(job);
    em.flush();
    return job;
  }

  /** What a new preview of a stored upload reads; only before its import was launched. */
  public Plan previewPlan(long jobId) {
    access.require(Role.COORDINATOR);
    ImportJob job = job(jobId);
    requireStoredUpload(job);
    return plan(jobId);
  }

  private void requireStoredUpload(ImportJob job) {
    if (job.getStatus() == ImportJob.Status.EXPIRED) {
      throw expired(job);
    }
    if (job.getStatus() != ImportJob.Status.PREVIEWED) {
      throw Refusal.conflict("refusal.import.started");
    }
  }

  private Refusal expired(ImportJob job) {
    String delay = UploadRetention.describe(UploadRetention.parse(uploadRetention));
    return job.wasStarted()
        ? Refusal.conflict("refusal.import.expiredStarted", delay)
        : Refusal.conflict("refusal.import.expired", delay);
  }

  /** The adapter's fields, in its order, for a mapping screen. */
  public List<SourceField> fields(String adapterId) {
    access.require(Role.COORDINATOR);
    return adapter(adapterId).fields();
  }

  /** The saved answers of the current CPTS for an adapter: header → field key, "" = ignored. */
  public Map<String, String> mapping(String adapterId) {
    access.require(Role.COORDINATOR);
    adapter(adapterId);
    return new TreeMap<>(savedMapping(adapterId));
  }

  /**
   * Saves a coordinator's answers for an adapter (header → field key, "" or null to ignore the
   * column), replacing earlier answers for the same headers; they apply to every later upload of
   * this adapter in the current CPTS.
   *
   * @return the saved answers of the adapter, all of them
   * @throws InvalidMappingException listing every problem, in French
   */
  public Map<String, String> saveMapping(String adapterId, Map<String, String> answers) {
    access.require(Role.COORDINATOR);
    PatientSource source = adapter(adapterId);
    store(adapterId, MappingAnswers.check(answers, source.fields(), source.label(), null));
    return mapping(adapterId);
  }

  /**
   * Saves answers given on the preview of an upload, checked also against that file: its columns,
   * and the fields its other columns already feed. The preview is then read again ({@link
   * ImportPreviewService#preview}).
   */
  public void saveMapping(long jobId, Map<String, String> answers) {
    access.require(Role.COORDINATOR);
    ImportJob job = job(jobId);
    requireStoredUpload(job);
    PatientSource source = adapter(job.getAdapter());
    HeaderMapping current;
    try (TabularFile file = TabularFile.open(Path.of(job.getStoredFile()), job.getFileName())) {
      current = HeaderMapping.of(file.header(), source.fields(), savedMapping(job.getAdapter()));
    }
    store(
        job.getAdapter(), MappingAnswers.check(answers, source.fields(), source.label(), current));
  }

  private void store(String adapterId, MappingAnswers checked) {
    List<ColumnMapping> saved =
        em.createQuery(
                "select m from ColumnMapping m where m.adapter = :adapter", ColumnMapping.class)
            .setParameter("adapter", adapterId)
            .getResultList();
    checked
        .answers()
        .forEach(
            (header, key) -> {
              String normalised = SourceField.normalise(header);
              List<ColumnMapping> same =
                  saved.stream()
                      .filter(m -> SourceField.normalise(m.getHeader()).equals(normalised))
                      .toList();
              if (same.isEmpty()) {
                em.persist(new ColumnMapping(adapterId, header, key));
              } else {
                // The first answer is updated in place (the table keeps one row per header),
                // other spellings of the same header go.
                same.get(0).answer(key);
                same.subList(1, same.size()).forEach(em::remove);
              }
            });
    em.flush();
  }

  /**
   * Deletes the stored files the current CPTS's imports no longer wait for, and marks those imports
   * « Expiré »: an upload previewed but not launched within the retention delay, and an import
   * interrupted (stopped, failed, or lost with a stopped server) and not resumed within that delay.
   * Their rows stay; what an interrupted import had written stays in the registry. Returns how many
   * expired.
   */
  public int purgeUploads(Instant now) {
    access.require(Role.COORDINATOR);
    Instant cutoff = now.minus(UploadRetention.parse(uploadRetention));
    List<ImportJob> stale =
        em.createQuery(
                "select j from ImportJob j where (j.status = :previewed and j.createdAt < :cutoff)"
                    + " or (j.status = :failed and j.finishedAt < :cutoff)"
                    + " or (j.status = :running and j.startedAt < :cutoff)",
                ImportJob.class)
            .setParameter("previewed", ImportJob.Status.PREVIEWED)
            .setParameter("failed", ImportJob.Status.FAILED)
            .setParameter("running", ImportJob.Status.RUNNING)
            .setParameter("cutoff", cutoff)
            .getResultList();
    int expired = 0;
    for (ImportJob job : stale) {
      // A server stopped mid-import leaves its import « running » with no execution behind it.
      if (job.isUnderWay(now, ImportService::isAlive)) {
        continue;
      }
      UploadFiles.delete(Path.of(job.getStoredFile()));
      job.expired(now);
      expired++;
    }
    return expired;
  }

  /** The stored files the current CPTS's imports may still read: not yet imported or resumable. */
  public Set<Path> uploadsInUse() {
    access.require(Role.COORDINATOR);
    return em.createQuery(
            "select j.storedFile from ImportJob j where j.status in :waiting", String.class)
        .setParameter(
            "waiting",
            List.of(ImportJob.Status.PREVIEWED, ImportJob.Status.RUNNING, ImportJob.Status.FAILED))
        .getResultStream()
        .map(Path::of)
        .collect(Collectors.toSet());
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
    return commit(jobId, false);
  }

  /**
   * As {@link #commit(long)}; {@code fullListing} declares the file the complete listing of its
   * source, so that people it no longer names are put up for review at the end (a resumed import
   * keeps the declaration made at its first start).
   */
  public ImportJob commit(long jobId, boolean fullListing) {
    access.require(Role.COORDINATOR);
    ImportJob job = job(jobId);
    if (job.getStatus() == ImportJob.Status.EXPIRED) {
      throw expired(job);
    }
    if (job.getStatus() == ImportJob.Status.COMPLETED) {
      throw Refusal.conflict("refusal.import.done");
    }
    if (job.isUnderWay(Instant.now(clock), ImportService::isAlive)) {
      throw Refusal.conflict("refusal.import.running");
    }
    if (job.getStatus() == ImportJob.Status.PREVIEWED) {
      job.declareFullListing(fullListing);
    }
    keepColumnAnswers(job);
    var parameters = new ImportParameters(jobId, tenants.requireTenant(), tenants.actor());
    job.queued(Instant.now(clock));
    // The job starts once this transaction has committed: started earlier, a short job would
    // update the same import row concurrently (one side failing on its version).
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before the commit.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              BatchRuntime.getJobOperator()
                  .start(ImportParameters.JOB, parameters.asJobParameters(chunkSize));
            }
          }
        });
    return job;
  }

  /**
   * Settles how the import reads its file: the answers it was first committed with, else the CPTS's
   * answers now, for this file's headers. A file they leave a required field without, or with two
   * columns for one field, is refused before any row is read: the job would fail on it, and again
   * at every resumption.
   */
  private void keepColumnAnswers(ImportJob job) {
    PatientSource source = adapter(job.getAdapter());
    List<String> headers;
    try (TabularFile file = TabularFile.open(Path.of(job.getStoredFile()), job.getFileName())) {
      headers = file.header();
    }
    Map<String, String> answers =
        job.columnAnswers().orElseGet(() -> answersFor(headers, savedMapping(job.getAdapter())));
    HeaderMapping mapping = HeaderMapping.of(headers, source.fields(), answers);
    if (!mapping.isComplete()) {
      throw Refusal.conflict("refusal.import.incomplete", String.join(" ; ", mapping.problems()));
    }
    job.keepColumnAnswers(answers);
  }

  private static Map<String, String> answersFor(List<String> headers, Map<String, String> saved) {
    Set<String> named = headers.stream().map(SourceField::normalise).collect(Collectors.toSet());
    Map<String, String> answers = new TreeMap<>();
    saved.forEach(
        (header, key) -> {
          if (named.contains(SourceField.normalise(header))) {
            answers.put(header, key);
          }
        });
    return answers;
  }

  /** Asks a running import to stop after its current chunk; it can be resumed later. */
  public ImportJob stop(long jobId) {
    access.require(Role.COORDINATOR);
    ImportJob job = job(jobId);
    if (job.getExecutionId() != null && isAlive(job.getExecutionId())) {
      BatchRuntime.getJobOperator().stop(job.getExecutionId());
      return job;
    }
    // Answering « stopped » would be untrue: nothing runs, or its execution has not started yet.
    throw Refusal.conflict(
        job.isUnderWay(Instant.now(clock), ImportService::isAlive)
            ? "refusal.import.starting"
            : "refusal.import.notRunning");
  }

  private static boolean isAlive(long executionId) {
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
    if (job.isFullListing()) {
      reviewUnlisted(job);
    }
    UploadFiles.delete(Path.of(job.getStoredFile()));
  }

  /**
   * After a complete listing: the people of its source it no longer names go up for review — those
   * not seen since the upload — unless rows were rejected, since a rejected row may be one of them,
   * or the file names nobody.
   */
  private void reviewUnlisted(ImportJob job) {
    if (job.getRejected() > 0) {
      job.note(Messages.french("imports.fullListing.notReviewed", job.getRejected()));
      return;
    }
    if (job.getTotalRows() == 0) {
      // A source's complete listing naming nobody is a wrong file far more often than good news.
      job.note(Messages.french("imports.fullListing.empty"));
      return;
    }
    int unlisted = registry.reviewUnlisted(job.getAdapter(), job.getCreatedAt(), job.getFileName());
    job.note(Messages.french("imports.fullListing.reviewed", unlisted));
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
        job.columnAnswers().orElseGet(() -> savedMapping(job.getAdapter())),
        job.getCheckpoint());
  }

  /**
   * Writes one chunk: accepted records into the registry, problems for the report, counts and
   * checkpoint — all in the chunk's transaction, so they stand or fall together.
   */
  public ChunkCounts write(long jobId, List<ProcessedRow> rows) {
    ImportJob before = job(jobId);
    long checkpoint = before.getCheckpoint();
    String adapter = before.getAdapter();
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    long duplicates = 0;
    long rejected = 0;
    long warnings = 0;
    long lastLine = checkpoint;
    List<SourceRow> accepted = new ArrayList<>(rows.size());
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
      accepted.add(new SourceRow(row.record(), row.inseeCode()));
    }
    for (IngestResult result : intake.ingest(accepted, adapter)) {
      switch (result.outcome()) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case POSSIBLE_DUPLICATE -> duplicates++;
      }
    }
    ChunkCounts counts =
        new ChunkCounts(created, updated, unchanged, duplicates, rejected, warnings);
    before.advance(counts, lastLine);
    // Now rather than at the chunk's commit, so that what the database refuses fails in the
    // writer, which redacts it before the batch runtime logs it.
    em.flush();
    return counts;
  }

  /** The INSEE codes of the current CPTS's communes. */
  public Set<String> territory() {
    return tenantService.territoryOf(tenants.requireTenant());
  }

  private ImportJob job(long jobId) {
    ImportJob job = em.find(ImportJob.class, jobId);
    if (job == null) {
      throw Refusal.notFound("refusal.import.unknown", String.valueOf(jobId));
    }
    return job;
  }

  PatientSource adapter(String adapterId) {
    return plugins
        .patientSource(adapterId)
        .orElseThrow(() -> Refusal.notFound("refusal.import.format", adapterId));
  }

  private Map<String, String> savedMapping(String adapterId) {
    return em.createQuery(
            "select m.header, m.fieldKey from ColumnMapping m where m.adapter = :adapter",
            Object[].class)
        .setParameter("adapter", adapterId)
        .getResultStream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
