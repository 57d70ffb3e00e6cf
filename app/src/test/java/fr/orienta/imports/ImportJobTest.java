package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ImportJobTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private static ImportJob job() {
    return new ImportJob("cpam-listing", "cpam.csv", "0".repeat(64), "/tmp/x", 20, "coord", NOW);
  }

  @Test
  void aPreviewedImportIsNotUnderWay() {
    assertThat(job().isUnderWay(NOW, id -> true)).isFalse();
  }

  @Test
  void anImportJustCommittedIsUnderWayBeforeItsExecutionIsKnown() {
    ImportJob job = job();
    job.queued(NOW);

    // The window a second « Importer » fell into: running, no execution recorded yet.
    assertThat(job.getExecutionId()).isNull();
    assertThat(job.isUnderWay(NOW.plusSeconds(1), id -> false)).isTrue();
  }

  @Test
  void aQueuedImportWhoseExecutionNeverStartedCanBeCommittedAgainAfterTheGrace() {
    ImportJob job = job();
    job.queued(NOW);

    Instant later = NOW.plus(ImportJob.START_GRACE).plus(Duration.ofSeconds(1));
    assertThat(job.isUnderWay(later, id -> false)).isFalse();
  }

  @Test
  void aStartedImportIsUnderWayAsLongAsItsExecutionIsAlive() {
    ImportJob job = job();
    job.queued(NOW);
    job.started(42, NOW);

    assertThat(job.isUnderWay(NOW, id -> id == 42)).isTrue();
    assertThat(job.isUnderWay(NOW, id -> false)).as("lost with a restarted server").isFalse();
    job.failed("Arrêté", NOW);
    assertThat(job.isUnderWay(NOW, id -> true)).isFalse();
  }

  @Test
  void theColumnAnswersAnImportWasLaunchedWithAreKeptAsGiven() {
    ImportJob job = job();
    assertThat(job.columnAnswers()).as("not launched yet").isEmpty();

    Map<String, String> answers = new TreeMap<>();
    answers.put("Nom \"usuel\" ; à vérifier", "lastName");
    answers.put("Divers", "");
    job.keepColumnAnswers(answers);

    assertThat(job.columnAnswers()).contains(answers);
  }
}
