package fr.orienta.imports;

import fr.orienta.platform.Redacted;
import fr.orienta.platform.StartupException;
import fr.orienta.security.TenantContext;
import fr.orienta.territory.TenantService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ImportService#purgeUploads} for every CPTS, then {@link UploadFiles#sweep} for the
 * files no CPTS's import needs, at start-up, then periodically (every hour, or every half retention
 * delay when that is shorter), on the server's managed scheduler.
 */
@ApplicationScoped
public class UploadPurge {

  private static final Logger LOG = Logger.getLogger(UploadPurge.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TenantService tenantService;

  @Inject TenantContext tenants;

  @Inject ImportService imports;

  @Inject UploadFiles uploads;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "orienta.import.upload-retention", defaultValue = "24h")
  String retention;

  private ScheduledFuture<?> task;

  /** Checks the setting (a typo stops the start-up), purges once, then schedules the purge. */
  public synchronized void start() {
    Duration delay;
    try {
      delay = UploadRetention.parse(retention);
    } catch (IllegalArgumentException e) {
      throw new StartupException(
          e.getMessage() + " (variable d'environnement ORIENTA_IMPORT_UPLOAD_RETENTION)", e);
    }
    runOnce();
    long period = Math.max(60, Math.min(3600, delay.toSeconds() / 2));
    task = scheduler.scheduleAtFixedRate(this::runOnce, period, period, TimeUnit.SECONDS);
  }

  /**
   * Purges stale uploads of every CPTS, then sweeps the files left by none; returns how many files
   * went.
   */
  public int runOnce() {
    int expired = 0;
    int swept = 0;
    try {
      Instant now = Instant.now(clock);
      Set<Path> inUse = new HashSet<>();
      for (String code : tenantService.codes()) {
        expired += tenants.callAs(code, TenantContext.SYSTEM, () -> imports.purgeUploads(now));
        inUse.addAll(tenants.callAs(code, TenantContext.SYSTEM, imports::uploadsInUse));
      }
      // Reached only with every CPTS's files known: a CPTS that failed above stops the sweep.
      swept = uploads.sweep(inUse, now.minus(UploadRetention.parse(retention)));
      if (expired + swept > 0) {
        int expiredCount = expired;
        int sweptCount = swept;
        LOG.info(
            () ->
                "Fichiers d'import supprimés : "
                    + expiredCount
                    + " d'imports expirés, "
                    + sweptCount
                    + " sans import");
      }
    } catch (RuntimeException e) {
      // A failed purge is retried at the next run; the scheduler must keep its task.
      Redacted.log(LOG, Level.WARNING, "Purge des fichiers d'import en échec", e);
    }
    return expired + swept;
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
