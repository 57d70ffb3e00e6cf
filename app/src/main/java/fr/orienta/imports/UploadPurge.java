package fr.orienta.imports;

import fr.orienta.platform.StartupException;
import fr.orienta.security.TenantContext;
import fr.orienta.territory.TenantService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ImportService#purgeUploads} for every CPTS at start-up, then periodically (every
 * hour, or every half retention delay when that is shorter), on the server's managed scheduler.
 */
@ApplicationScoped
public class UploadPurge {

  private static final Logger LOG = Logger.getLogger(UploadPurge.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TenantService tenantService;

  @Inject TenantContext tenants;

  @Inject ImportService imports;

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

  /** Purges stale uploads of every CPTS; returns how many expired. */
  public int runOnce() {
    int expired = 0;
    try {
      Instant now = Instant.now(clock);
      for (String code : tenantService.codes()) {
        expired += tenants.callAs(code, TenantContext.SYSTEM, () -> imports.purgeUploads(now));
      }
      if (expired > 0) {
        int count = expired;
        LOG.info(() -> "Fichiers d'import jamais importés supprimés : " + count);
      }
    } catch (RuntimeException e) {
      // A failed purge is retried at the next run; the scheduler must keep its task.
      LOG.log(Level.WARNING, "Purge des fichiers d'import en échec", e);
    }
    return expired;
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
