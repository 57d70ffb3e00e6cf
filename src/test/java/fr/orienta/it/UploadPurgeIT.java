package fr.orienta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.orienta.imports.ImportPreviewService;
import fr.orienta.imports.ImportService;
import fr.orienta.imports.UploadPurge;
import fr.orienta.platform.Refusal;
import fr.orienta.security.TenantContext;
import fr.orienta.territory.TenantService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads previewed but never imported, and imports interrupted and never resumed, lose their
 * stored file after the retention delay (24 h by default) and are marked expired; the row stays,
 * the import can no longer be launched. Files no import needs are swept once as old.
 */
@ExtendWith(ArquillianExtension.class)
class UploadPurgeIT {

  private static final byte[] LISTING =
      ("Nom patronymique;Prénom;Date de naissance;Code INSEE\r\n"
              + "PURGE;Anne;04/10/1960;43026\r\n")
          .getBytes(StandardCharsets.UTF_8);

  @Deployment
  static WebArchive deployment() {
    WebArchive war = AppArchive.named("orienta-purge-it.war");
    war.addClasses(UploadPurgeIT.class, InContainer.class, InContainer.Rollback.class);
    war.addPackages(true, "org.assertj");
    return war;
  }

  @Inject TenantService tenants;
  @Inject TenantContext context;
  @Inject ImportPreviewService previews;
  @Inject ImportService imports;
  @Inject UploadPurge purge;
  @Inject InContainer container;

  private String cpts;

  @BeforeEach
  void freshCpts() {
    cpts = "it-purge-" + UUID.randomUUID().toString().substring(0, 8);
    tenants.create(cpts, "CPTS " + cpts, Set.of("43026"));
  }

  private long upload() {
    return context.callAs(
        cpts,
        "coordination",
        () -> previews.upload("cpam-listing", "listing.csv", LISTING).jobId());
  }

  private int purgeAt(Instant now) {
    return context.callAs(cpts, TenantContext.SYSTEM, () -> imports.purgeUploads(now));
  }

  private Object[] job(long id) {
    return container.sqlRow("SELECT stored_file, status, message FROM import_job WHERE id = ?", id);
  }

  @Test
  void anUploadNeverImportedExpiresAfterTheRetentionDelay() {
    long id = upload();
    Path stored = Path.of((String) job(id)[0]);
    assertThat(stored).exists();

    assertThat(purgeAt(Instant.now().plus(Duration.ofHours(23)))).isZero();
    assertThat(stored).exists();
    assertThat(purgeAt(Instant.now().plus(Duration.ofHours(25)))).isEqualTo(1);

    assertThat(stored).doesNotExist();
    Object[] row = job(id);
    assertThat(row[1]).isEqualTo("EXPIRED");
    assertThat((String) row[2]).contains("jamais importé").doesNotContain("PURGE");
    assertThatThrownBy(() -> context.callAs(cpts, "coordination", () -> imports.commit(id)))
        .isInstanceOfSatisfying(
            Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT))
        .hasMessageContaining("a été supprimé : déposez-le à nouveau");
    assertThatThrownBy(() -> context.callAs(cpts, "coordination", () -> previews.preview(id)))
        .isInstanceOfSatisfying(
            Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT))
        .hasMessageContaining("24 h");
    assertThat(purgeAt(Instant.now().plus(Duration.ofDays(3)))).as("already expired").isZero();
  }

  @Test
  void anInterruptedImportNotResumedInTimeExpires() {
    long id = upload();
    Path stored = Path.of((String) job(id)[0]);
    Timestamp now = Timestamp.from(Instant.now());
    container.sqlUpdate(
        "UPDATE import_job SET status = 'FAILED', started_at = ?, finished_at = ? WHERE id = ?",
        now,
        now,
        id);

    assertThat(purgeAt(Instant.now().plus(Duration.ofHours(23)))).isZero();
    assertThat(stored).exists();
    assertThat(purgeAt(Instant.now().plus(Duration.ofHours(25)))).isEqualTo(1);

    assertThat(stored).doesNotExist();
    assertThat(job(id)[1]).isEqualTo("EXPIRED");
    assertThat((String) job(id)[2]).contains("interrompu et jamais repris");
    assertThatThrownBy(() -> context.callAs(cpts, "coordination", () -> imports.commit(id)))
        .isInstanceOfSatisfying(
            Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT))
        .hasMessageContaining("n'a pas été repris dans les 24 h")
        .hasMessageContaining("ne seront pas doublées");
  }

  @Test
  void anImportLeftRunningByAStoppedServerExpiresButNotARunningOne() {
    long id = upload();
    Path stored = Path.of((String) job(id)[0]);
    // The batch executions of a stopped server are gone: this one is known to no job operator.
    container.sqlUpdate(
        "UPDATE import_job SET status = 'RUNNING', started_at = ?, execution_id = ? WHERE id = ?",
        Timestamp.from(Instant.now()),
        987_654_321L,
        id);

    assertThat(purgeAt(Instant.now().plus(Duration.ofHours(23)))).isZero();
    assertThat(purgeAt(Instant.now().plus(Duration.ofHours(25)))).isEqualTo(1);

    assertThat(stored).doesNotExist();
    assertThat(job(id)[1]).isEqualTo("EXPIRED");
  }

  @Test
  void filesNoImportNeedsAreSweptOnceOld() throws Exception {
    long id = upload();
    Path stored = Path.of((String) job(id)[0]);
    Path directory = stored.getParent();
    FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
    Path oldOrphan = Files.write(directory.resolve(UUID.randomUUID() + ".upload"), LISTING);
    Files.setLastModifiedTime(oldOrphan, twoDaysAgo);
    Path freshOrphan = Files.write(directory.resolve(UUID.randomUUID() + ".upload"), LISTING);
    Path notAnUpload = Files.write(directory.resolve(UUID.randomUUID() + ".txt"), LISTING);
    Files.setLastModifiedTime(notAnUpload, twoDaysAgo);
    // Old on disk but still waiting for its import: kept.
    Files.setLastModifiedTime(stored, twoDaysAgo);
    try {
      assertThat(purge.runOnce()).isGreaterThanOrEqualTo(1);

      assertThat(oldOrphan).doesNotExist();
      assertThat(freshOrphan).exists();
      assertThat(notAnUpload).exists();
      assertThat(stored).exists();
      assertThat(job(id)[1]).isEqualTo("PREVIEWED");
    } finally {
      Files.deleteIfExists(freshOrphan);
      Files.deleteIfExists(notAnUpload);
    }
  }

  @Test
  void aRecentUploadIsLeftAlone() throws Exception {
    long id = upload();
    Path stored = Path.of((String) job(id)[0]);

    assertThat(purgeAt(Instant.now())).isZero();
    // The scheduled run purges every CPTS with the real clock: a fresh upload stays.
    assertThat(purge.runOnce()).isGreaterThanOrEqualTo(0);

    assertThat(job(id)[1]).isEqualTo("PREVIEWED");
    assertThat(stored).exists();
    assertThat(Files.size(stored)).isEqualTo(LISTING.length);
  }
}
