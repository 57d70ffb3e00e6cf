package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.orienta.platform.Redacted;
import fr.orienta.security.TenantContext;
import jakarta.batch.runtime.context.JobContext;
import jakarta.persistence.PersistenceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRowWriterTest {

  @Test
  void aChunkTheDatabaseRefusesFailsWithoutItsValuesForTheBatchRuntimeToLog() {
    ImportRowWriter writer = new ImportRowWriter();
    writer.tenants = new TenantContext();
    writer.imports = mock(ImportService.class);
    writer.job = mock(JobContext.class);
    when(writer.job.getProperties())
        .thenReturn(new ImportParameters(12, "velay", "coordination").asJobParameters(500));
    // What H2 says of a row it refuses, through the provider.
    when(writer.imports.write(anyLong(), anyList()))
        .thenThrow(
            new PersistenceException(
                "Internal Exception: Unique index violation: VALUES ('REYNAUD', 'Théo')",
                new SQLIntegrityConstraintViolationException(
                    "Unique index violation: VALUES ('REYNAUD', 'Théo')", "23505", 23505)));

    assertThatThrownBy(() -> writer.writeItems(List.of()))
        .isInstanceOf(Redacted.class)
        .satisfies(
            e ->
                assertThat(printed(e))
                    .contains("jakarta.persistence.PersistenceException")
                    .contains("SQLState 23505")
                    .doesNotContainIgnoringCase("reynaud"));
  }

  private static String printed(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
