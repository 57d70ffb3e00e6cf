package fr.orienta.imports;

import fr.orienta.security.TenantContext;
import fr.orienta.spi.RowResult;
import fr.orienta.territory.CommuneService;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an import's file from just after its checkpoint and turns each row into a record with the
 * job's adapter. The checkpoint comes from the import itself (committed with the rows), not from
 * the batch runtime, so a resumed import never writes a row twice.
 */
@Named
@Dependent
public class ImportRowReader extends AbstractItemReader {

  @Inject TenantContext tenants;

  @Inject ImportService imports;

  @Inject CommuneService communes;

  @Inject JobContext job;

  private TabularFile file;
  private Stream<TabularRow> stream;
  private Iterator<TabularRow> rows;
  private HeaderMapping mapping;
  private ImportService.Plan plan;
  private Set<String> territory;
  private long lastLine;

  private ImportParameters p;

  @Override
  public void open(Serializable ignored) {
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
  }

  @Override
  public Object readItem() {
    while (rows.hasNext()) {
      TabularRow row = rows.next();
      if (row.line() <= plan.checkpoint()) {
        continue;
      }
      lastLine = row.line();
      RowResult result = plan.source().read(mapping.row(row));
      String insee =
          result.isAccepted()
              ? communes.resolve(
                  result.record().inseeCode(), result.record().communeName(), territory)
              : null;
      return new ProcessedRow(
          row.line(), result.record(), result.problems(), insee, mapping.headers());
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastLine;
  }

  @Override
  public void close() {
    if (stream != null) {
      stream.close();
    }
    if (file != null) {
      file.close();
    }
  }
}
