package fr.orienta.application;

import fr.orienta.demo.DemoData;
import fr.orienta.imports.UploadPurge;
import fr.orienta.platform.DatabaseMigration;
import fr.orienta.platform.StartupException;
import fr.orienta.plugins.PluginRegistry;
import fr.orienta.registry.PriorityRefresh;
import fr.orienta.territory.CommuneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up in one explicit order, because each step needs the previous one: schema, reference
 * communes, plugins, demo data when asked for, then the purge of stale uploads and the refresh of
 * priorities.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject DatabaseMigration migration;

  @Inject CommuneService communes;

  @Inject PluginRegistry plugins;

  @Inject DemoData demo;

  @Inject UploadPurge uploadPurge;

  @Inject PriorityRefresh priorityRefresh;

  @Inject
  @ConfigProperty(name = "orienta.demo", defaultValue = "false")
  boolean demoMode;

  private volatile boolean ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      migration.migrate();
      communes.loadReferenceData();
      plugins.load();
      if (demoMode) {
        demo.ensure();
      }
      uploadPurge.start();
      priorityRefresh.start();
      ready = true;
      LOG.info("Orienta est prêt.");
    } catch (StartupException e) {
      // The message is the diagnosis; the stack trace goes to the trace log only.
      LOG.severe("ORIENTA NE PEUT PAS DÉMARRER : " + e.getMessage());
      LOG.log(Level.FINE, "Détail", e);
      throw e;
    }
  }

  public boolean isReady() {
    return ready;
  }
}
