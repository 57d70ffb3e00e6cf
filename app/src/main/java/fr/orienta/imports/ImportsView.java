package fr.orienta.imports;

import fr.orienta.platform.Messages;
import fr.orienta.platform.Refusal;
import fr.orienta.plugins.PluginRegistry;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.SourceField;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The import page: choose a format, upload, check the preview and its dry-run counts, map unknown
 * columns (the preview is then read again from the stored upload), launch, follow the progress.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** The choice that ignores a column (a field key is never blank). */
  static final String IGNORE = "-";

  @Inject transient ImportService imports;

  @Inject transient ImportPreviewService previews;

  @Inject transient PluginRegistry plugins;

  @Inject transient Clock clock;

  private String adapter;
  private transient UploadedFile file;
  private ImportService.Preview preview;
  private Long runningId;
  private boolean fullListing;
  private final HashMap<String, String> answers = new HashMap<>();

  public List<PatientSource> getAdapters() {
    return plugins.patientSources();
  }

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error("imports.noFile");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      preview = previews.upload(adapter, file.getFileName(), in.readAllBytes());
      runningId = null;
      answers.clear();
    } catch (UnreadableFileException e) {
      preview = null;
      Messages.error("imports.failed", e.getMessage());
    } catch (Refusal e) {
      preview = null;
      Messages.error("imports.failed", e.getLocalizedMessage());
    }
  }

  /**
   * Saves the coordinator's choices for the unknown columns of the preview, then reads the same
   * stored upload again with them.
   */
  public void saveMapping() {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String header : preview.unmappedHeaders()) {
      String choice = answers.get(header);
      if (choice != null && !choice.isBlank()) {
        chosen.put(header, IGNORE.equals(choice) ? HeaderMapping.IGNORED : choice);
      }
    }
    if (chosen.isEmpty()) {
      Messages.error("imports.mapping.nothing");
      return;
    }
    try {
      imports.saveMapping(preview.jobId(), chosen);
      preview = previews.preview(preview.jobId());
      answers.clear();
      Messages.info("imports.mapping.saved");
    } catch (InvalidMappingException e) {
      e.problems().forEach(problem -> Messages.error("imports.mapping.refused", problem));
    } catch (Refusal e) {
      Messages.error("imports.mapping.refused", e.getLocalizedMessage());
    }
  }

  /** The fields of the previewed file's format, offered for its unknown columns. */
  public List<SourceField> getFields() {
    return preview == null
        ? List.of()
        : plugins.patientSource(preview.adapter()).map(PatientSource::fields).orElse(List.of());
  }

  /** A field as the mapping menu shows it: its French label, marked when required. */
  public String fieldLabel(SourceField field) {
    return field.required()
        ? Messages.text("imports.mapping.required", field.label())
        : field.label();
  }

  public String getIgnore() {
    return IGNORE;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public void commit() {
    // A second click, or a file expired since its preview, is said on the page.
    Messages.attempt(() -> imports.commit(preview.jobId(), fullListing))
        .ifPresent(job -> runningId = job.getId());
  }

  public boolean isFullListing() {
    return fullListing;
  }

  public void setFullListing(boolean fullListing) {
    this.fullListing = fullListing;
  }

  /** For the progress bar: 100 once the import stopped, whatever the outcome. */
  public int getProgress() {
    ImportJob job = getJob();
    if (job == null) {
      return 0;
    }
    return job.getStatus() == ImportJob.Status.RUNNING ? job.getPercent() : 100;
  }

  /** Whether the launched import has stopped running (the page then stops polling). */
  public boolean isFinished() {
    ImportJob job = getJob();
    return job != null && job.getStatus() != ImportJob.Status.RUNNING;
  }

  public ImportJob getJob() {
    return runningId == null ? null : imports.find(runningId).orElse(null);
  }

  public List<ImportJob> getRecent() {
    return imports.recent();
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
  }

  public String getAdapter() {
    return adapter;
  }

  public void setAdapter(String adapter) {
    this.adapter = adapter;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportService.Preview getPreview() {
    return preview;
  }

  public Long getRunningId() {
    return runningId;
  }
}
