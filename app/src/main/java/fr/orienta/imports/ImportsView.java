package fr.orienta.imports;

import fr.orienta.platform.Messages;
import fr.orienta.plugins.PluginRegistry;
import fr.orienta.spi.PatientSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** The import page: choose a format, upload, check the preview, launch, follow the progress. */
@Named
@ViewScoped
public class ImportsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject transient ImportService imports;

  @Inject transient PluginRegistry plugins;

  @Inject transient Clock clock;

  private String adapter;
  private transient UploadedFile file;
  private ImportService.Preview preview;
  private Long runningId;

  public List<PatientSource> getAdapters() {
    return plugins.patientSources();
  }

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error("imports.noFile");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      preview = imports.upload(adapter, file.getFileName(), in.readAllBytes());
      runningId = null;
    } catch (UnreadableFileException | IllegalArgumentException e) {
      preview = null;
      Messages.error("imports.failed", e.getMessage());
    }
  }

  public void commit() {
    runningId = imports.commit(preview.jobId()).getId();
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
