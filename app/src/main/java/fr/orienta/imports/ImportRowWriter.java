package fr.orienta.imports;

import fr.orienta.platform.Redacted;
import fr.orienta.security.TenantContext;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Hands a chunk of rows to the import service inside the chunk's transaction. What fails the chunk
 * reaches the batch runtime, which logs it whole, {@linkplain Redacted redacted}: a database's
 * message may quote a row.
 */
@Named
@Dependent
public class ImportRowWriter extends AbstractItemWriter {

  @Inject TenantContext tenants;

  @Inject ImportService imports;

  @Inject JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    List<ProcessedRow> rows = items.stream().map(ProcessedRow.class::cast).toList();
    try {
      tenants.runAs(
          ImportParameters.of(job).tenant(),
          ImportParameters.of(job).actor(),
          () -> imports.write(ImportParameters.of(job).importId(), rows));
    } catch (RuntimeException e) {
      throw Redacted.of(e);
    }
  }
}
