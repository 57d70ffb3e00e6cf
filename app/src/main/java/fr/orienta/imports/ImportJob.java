package fr.orienta.imports;

import fr.orienta.territory.TenantOwned;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * One uploaded file and its import. The checkpoint and the counts are written in the same
 * transaction as the rows they account for, so a job interrupted by a crash resumes after its last
 * committed row and ends with exact counts.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends TenantOwned {

  /** Where an import stands. */
  public enum Status {
    PREVIEWED,
    RUNNING,
    COMPLETED,
    FAILED,
    /**
     * Previewed but not imported in time, or interrupted and not resumed in time: its stored file
     * was deleted.
     */
    EXPIRED
  }

  @Column(nullable = false, updatable = false, length = 60)
  private String adapter;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
  private String fileSha256;

  @Column(name = "stored_file", nullable = false, updatable = false, length = 500)
  private String storedFile;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PREVIEWED;

  @Column(name = "created_by", nullable = false, updatable = false, length = 80)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "total_rows", nullable = false)
  private long totalRows;

  @Column(name = "checkpoint_line", nullable = false)
  private long checkpoint;

  @Column(name = "created_count", nullable = false)
  private long created;

  @Column(name = "updated_count", nullable = false)
  private long updated;

  @Column(name = "unchanged_count", nullable = false)
  private long unchanged;

  @Column(name = "duplicate_count", nullable = false)
  private long duplicates;

  @Column(name = "rejected_count", nullable = false)
  private long rejected;

  @Column(name = "warning_count", nullable = false)
  private long warnings;

  @Column(name = "full_listing", nullable = false)
  private boolean fullListing;

  @Column(length = 1000)
  private String message;

  @Column(name = "queued_at")
  private Instant queuedAt;

  /** Header → field key (JSON) as answered when the import was committed; null before. */
  @Column(name = "column_answers", length = 100_000)
  private String columnAnswers;

  protected ImportJob() {}

  ImportJob(
      String adapter,
      String fileName,
      String fileSha256,
      String storedFile,
      long totalRows,
      String createdBy,
      Instant createdAt) {
    this.adapter = adapter;
    this.fileName = fileName;
    this.fileSha256 = fileSha256;
    this.storedFile = storedFile;
    this.totalRows = totalRows;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * Declares the file a complete listing of its source: at the end, people the source listed before
   * and not in it are put up for review.
   */
  void declareFullListing(boolean complete) {
    fullListing = complete;
  }

  public boolean isFullListing() {
    return fullListing;
  }

  /**
   * How long a committed import may wait for its batch execution, which starts once the commit's
   * transaction has committed, in well under this: queued longer ago with no execution, it was lost
   * with its server, and may be committed again.
   */
  static final Duration START_GRACE = Duration.ofMinutes(2);

  /** The column answers the import was committed with, if it was. */
  Optional<Map<String, String>> columnAnswers() {
    if (columnAnswers == null) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(columnAnswers))) {
      Map<String, String> answers = new LinkedHashMap<>();
      reader
          .readObject()
          .forEach((header, key) -> answers.put(header, ((JsonString) key).getString()));
      return Optional.of(answers);
    }
  }

  /** Keeps the answers the import reads its file with, from its first start to its last resume. */
  void keepColumnAnswers(Map<String, String> answers) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    answers.forEach(json::add);
    columnAnswers = json.build().toString();
  }

  /** Committed for import: running from now on, its batch execution not known yet. */
  void queued(Instant now) {
    this.executionId = null;
    this.queuedAt = now;
    this.status = Status.RUNNING;
    if (startedAt == null) {
      startedAt = now;
    }
    message = null;
  }

  /**
   * Whether a batch execution runs this import or is about to: its execution {@code alive}, or
   * queued within {@link #START_GRACE} with none recorded yet.
   */
  boolean isUnderWay(Instant now, LongPredicate alive) {
    if (status != Status.RUNNING) {
      return false;
    }
    if (executionId != null) {
      return alive.test(executionId);
    }
    return queuedAt != null && queuedAt.isAfter(now.minus(START_GRACE));
  }

  void started(long executionId, Instant now) {
    queued(now);
    this.executionId = executionId;
  }

  /** Accounts for the rows of one committed chunk, up to and including {@code lastLine}. */
  void advance(ChunkCounts counts, long lastLine) {
    created += counts.created();
    updated += counts.updated();
    unchanged += counts.unchanged();
    duplicates += counts.duplicates();
    rejected += counts.rejected();
    warnings += counts.warnings();
    checkpoint = Math.max(checkpoint, lastLine);
  }

  void finished(Instant now) {
    status = Status.COMPLETED;
    finishedAt = now;
  }

  void failed(String reason, Instant now) {
    status = Status.FAILED;
    note(reason);
    finishedAt = now;
  }

  /** What the coordinator should know of how the import went, beyond its counts. */
  void note(String text) {
    message = text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  void expired(Instant now) {
    message =
        startedAt == null
            ? "Fichier supprimé : prévisualisé mais jamais importé."
            : "Fichier supprimé : import interrompu et jamais repris.";
    status = Status.EXPIRED;
    finishedAt = now;
  }

  /** Whether the import was launched once (it may have been interrupted since). */
  public boolean wasStarted() {
    return startedAt != null;
  }

  /** Rows read so far (good and bad), for the progress bar. */
  public long getProcessed() {
    return created + updated + unchanged + duplicates + rejected;
  }

  /** Progress in percent, 0–100. */
  public int getPercent() {
    if (status == Status.COMPLETED) {
      return 100;
    }
    return totalRows == 0 ? 0 : (int) Math.min(99, getProcessed() * 100 / totalRows);
  }

  public String getAdapter() {
    return adapter;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  String getStoredFile() {
    return storedFile;
  }

  public Status getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public long getTotalRows() {
    return totalRows;
  }

  public long getCheckpoint() {
    return checkpoint;
  }

  public long getCreated() {
    return created;
  }

  public long getUpdated() {
    return updated;
  }

  public long getUnchanged() {
    return unchanged;
  }

  public long getDuplicates() {
    return duplicates;
  }

  public long getRejected() {
    return rejected;
  }

  public long getWarnings() {
    return warnings;
  }

  public String getMessage() {
    return message;
  }
}
