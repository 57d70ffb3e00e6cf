package fr.orienta.imports;

import fr.orienta.platform.Messages;
import fr.orienta.security.TenantContext;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the import's status in step with its batch execution. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

  @Inject TenantContext tenants;

  @Inject ImportService imports;

  @Inject JobContext job;

  @Override
  public void beforeJob() {
    long id = ImportParameters.of(job).importId();
    tenants.runAs(
        ImportParameters.of(job).tenant(),
        ImportParameters.of(job).actor(),
        () -> imports.started(id, job.getExecutionId()));
  }

  @Override
  public void afterJob() {
    long id = ImportParameters.of(job).importId();
    BatchStatus status = job.getBatchStatus();
    // A job still STARTED here has run all its steps: the runtime marks it COMPLETED only after
    // its listeners.
    if (status != BatchStatus.FAILED
        && status != BatchStatus.STOPPING
        && status != BatchStatus.STOPPED) {
      tenants.runAs(
          ImportParameters.of(job).tenant(),
          ImportParameters.of(job).actor(),
          () -> imports.finished(id));
    } else {
      // The job's exit status is not set yet here: the cause is in the server's log, which names
      // the import, never a person.
      String reason =
          status == BatchStatus.FAILED
              ? Messages.french("imports.job.failed")
              : Messages.french("imports.job.stopped");
      tenants.runAs(
          ImportParameters.of(job).tenant(),
          ImportParameters.of(job).actor(),
          () -> imports.failed(id, reason));
    }
  }
}
