package fr.orienta.plugins;

import fr.orienta.spi.Extension;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.PriorityRule;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.spi.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The plugins in service: loaded once at start-up from the plugin directory (a CPTS drops a jar and
 * restarts), with each extension's settings checked against the configuration. A plugin that fails
 * is logged and listed on the admin screen; the application runs without it.
 */
@ApplicationScoped
public class PluginRegistry {

  private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

  /** The kinds of extension point, as the admin screen names them. */
  public enum Kind {
    PATIENT_SOURCE,
    PRIORITY_RULE
  }

  /** An extension of a loaded plugin, with its configuration problems (empty when sound). */
  public record ExtensionInfo(Kind kind, Extension extension, List<String> problems) {}

  /** A plugin in service as the admin screen shows it. */
  public record PluginInfo(
      String id, String label, String version, String file, List<ExtensionInfo> extensions) {}

  /** A plugin that could not be put in service. */
  public record FailureInfo(String file, String message) {}

  private volatile PluginLoader.Report report;
  private volatile List<PluginInfo> plugins = List.of();
  private volatile List<FailureInfo> failures = List.of();
  private volatile List<Path> directories = List.of();

  public synchronized void load() {
    Config config = ConfigProvider.getConfig();
    directories =
        Arrays.stream(
                config
                    .getOptionalValue("orienta.plugins.dir", String.class)
                    .orElse("plugins")
                    .split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Path::of)
            .toList();
    close();
    report = PluginLoader.load(directories);
    List<PluginInfo> loaded = new ArrayList<>();
    for (PluginLoader.LoadedPlugin plugin : report.plugins()) {
      List<ExtensionInfo> extensions = new ArrayList<>();
      plugin.priorityRules().forEach(r -> extensions.add(describe(Kind.PRIORITY_RULE, r, config)));
      plugin
          .patientSources()
          .forEach(s -> extensions.add(describe(Kind.PATIENT_SOURCE, s, config)));
      loaded.add(
          new PluginInfo(
              plugin.id(),
              plugin.label(),
              plugin.version(),
              plugin.source().getFileName().toString(),
              List.copyOf(extensions)));
      LOG.info(
          () ->
              "Plugin chargé : "
                  + plugin.id()
                  + " "
                  + plugin.version()
                  + " ("
                  + plugin.source().getFileName()
                  + ", "
                  + extensions.size()
                  + " extension(s))");
      extensions.stream()
          .flatMap(e -> e.problems().stream().map(p -> e.extension().id() + " : " + p))
          .forEach(problem -> LOG.warning("Configuration de plugin : " + problem));
    }
    List<FailureInfo> failed = new ArrayList<>();
    for (PluginLoader.Failure failure : report.failures()) {
      failed.add(new FailureInfo(failure.source().getFileName().toString(), failure.message()));
      LOG.warning("Plugin écarté : " + failure.message());
      if (failure.cause() != null) {
        LOG.log(Level.FINE, "Détail de l'échec du plugin", failure.cause());
      }
    }
    plugins = List.copyOf(loaded);
    failures = List.copyOf(failed);
    LOG.info(
        () ->
            "Plugins : "
                + plugins.size()
                + " chargé(s), "
                + failures.size()
                + " en échec, depuis "
                + directories);
  }

  public List<PluginInfo> plugins() {
    return plugins;
  }

  public List<FailureInfo> failures() {
    return failures;
  }

  public List<Path> directories() {
    return directories;
  }

  /** Every priority rule in service, in plugin then declaration order. */
  public List<PriorityRule> priorityRules() {
    return current().plugins().stream().flatMap(p -> p.priorityRules().stream()).toList();
  }

  /** Every patient-source adapter in service. */
  public List<PatientSource> patientSources() {
    return current().plugins().stream().flatMap(p -> p.patientSources().stream()).toList();
  }

  public Optional<PatientSource> patientSource(String id) {
    return patientSources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** An extension's settings for a CPTS ({@code null}: the federation-wide values). */
  public Settings settings(Extension extension, String tenantCode) {
    Config config = ConfigProvider.getConfig();
    return PluginLoader.settings(
        extension, tenantCode, key -> config.getOptionalValue(key, String.class));
  }

  /** The configuration key of a setting, as an operator writes it. */
  public static String configKey(Extension extension, SettingDefinition setting) {
    return "orienta.plugin." + extension.id() + "." + setting.key();
  }

  private static ExtensionInfo describe(Kind kind, Extension extension, Config config) {
    List<String> problems = new ArrayList<>();
    try {
      problems.addAll(
          PluginLoader.settings(extension, null, key -> config.getOptionalValue(key, String.class))
              .problems());
      problems.addAll(PluginLoader.unknownSettings(extension, config.getPropertyNames()));
      problems.addAll(
          PluginLoader.tenantSettingProblems(
              extension,
              config.getPropertyNames(),
              key -> config.getOptionalValue(key, String.class)));
    } catch (RuntimeException e) {
      problems.add("Paramètres illisibles : " + e.getMessage());
    }
    return new ExtensionInfo(kind, extension, List.copyOf(problems));
  }

  private PluginLoader.Report current() {
    PluginLoader.Report current = report;
    if (current == null) {
      throw new IllegalStateException("Plugins not loaded yet");
    }
    return current;
  }

  @PreDestroy
  synchronized void close() {
    if (report != null) {
      report.close();
      report = null;
    }
  }
}
