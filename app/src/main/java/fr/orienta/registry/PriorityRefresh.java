package fr.orienta.registry;

import fr.orienta.platform.Redacted;
import fr.orienta.security.TenantContext;
import fr.orienta.territory.TenantService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the stored priorities of people still waiting current: once a few minutes after start-up
 * (rules may have changed with the plugins), then every night, CPTS by CPTS, a thousand people per
 * transaction, on the server's managed scheduler.
 */
@ApplicationScoped
public class PriorityRefresh {

  private static final Logger LOG = Logger.getLogger(PriorityRefresh.class.getName());

  static final int BATCH = 1000;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TenantService tenantService;

  @Inject TenantContext tenants;

  @Inject RegistryService registry;

  private ScheduledFuture<?> task;

  public synchronized void start() {
    task =
        scheduler.scheduleAtFixedRate(
            this::runOnce,
            TimeUnit.MINUTES.toSeconds(2),
            TimeUnit.DAYS.toSeconds(1),
            TimeUnit.SECONDS);
  }

  /** Refreshes every CPTS; a failure is logged and retried at the next run. */
  public void runOnce() {
    for (String code : tenantService.codes()) {
      try {
        long after = 0;
        while (after >= 0) {
          long from = after;
          after =
              tenants.callAs(
                  code, TenantContext.SYSTEM, () -> registry.refreshPriorities(from, BATCH));
        }
      } catch (RuntimeException e) {
        Redacted.log(LOG, Level.WARNING, "Recalcul des priorités en échec pour la CPTS " + code, e);
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
