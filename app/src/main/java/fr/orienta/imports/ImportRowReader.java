package fr.orienta.imports;

import fr.orienta.platform.Redacted;
import fr.orienta.security.TenantContext;
import fr.orienta.spi.SourceRow;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an import's file from just after its checkpoint and turns each row into a record with the
 * job's adapter, a little ahead of the chunk being written ({@link ReadAhead}). The checkpoint is
 * the line of the last row handed to the chunk and comes from the import itself (committed with the
 * rows), not from the batch runtime, so a resumed import never writes a row twice. What fails
 * reaches the batch runtime, which logs it whole, {@linkplain Redacted redacted}.
 */
@Named
@Dependent
public class ImportRowReader extends AbstractItemReader {

  /** Rows parsed ahead of the chunk being written: two chunks of the default size. */
  private static final int AHEAD = 1_000;

  @Inject TenantContext tenants;

  @Inject ImportService imports;

  @Inject RowAdmission admission;

  @Inject JobContext job;

  @Resource ManagedExecutorService executor;

  private TabularFile file;
  private Stream<TabularRow> stream;
  private Iterator<TabularRow> rows;
  private HeaderMapping mapping;
  private ImportService.Plan plan;
  private Set<String> territory;
  private ReadAhead<ProcessedRow> ahead;
  private long lastLine;

  private ImportParameters p;

  @Override
  public void open(Serializable ignored) {
    try {
      start();
    } catch (RuntimeException e) {
      throw Redacted.of(e);
    }
  }

  private void start() {
    p = ImportParameters.of(job);
    long id = p.importId();
    plan = tenants.callAs(p.tenant(), p.actor(), () -> imports.plan(id));
    territory = tenants.callAs(p.tenant(), p.actor(), () -> imports.territory());
    file = TabularFile.open(plan.file(), plan.fileName());
    mapping = HeaderMapping.of(file.header(), plan.source().fields(), plan.saved());
    if (!mapping.isComplete()) {
      throw new IllegalStateException(String.join(" ; ", mapping.problems()));
    }
    stream = file.rows();
    rows = stream.iterator();
    lastLine = plan.checkpoint();
    ahead = new ReadAhead<>(this::process, AHEAD, executor);
  }

  @Override
  public Object readItem() {
    ProcessedRow row;
    try {
      row = ahead.next();
    } catch (RuntimeException e) {
      throw Redacted.of(e);
    }
    if (row != null) {
      lastLine = row.line();
    }
    return row;
  }

  /** The next row after the checkpoint, parsed and checked; {@code null} after the last. */
  private ProcessedRow process() {
    while (rows.hasNext()) {
      TabularRow row = rows.next();
      if (row.line() <= plan.checkpoint()) {
        continue;
      }
      SourceRow cells = mapping.row(row);
      return admission.admit(cells, plan.source(), territory, mapping.headers());
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastLine;
  }

  @Override
  public void close() {
    if (ahead != null) {
      ahead.close(); // before the file it reads
    }
    if (stream != null) {
      stream.close();
    }
    if (file != null) {
      file.close();
    }
  }
}
