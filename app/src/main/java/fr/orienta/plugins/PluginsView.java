package fr.orienta.plugins;

import fr.orienta.platform.Messages;
import fr.orienta.spi.SettingDefinition;
import fr.orienta.territory.TenantService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/** The administrator's screen of plugins: what is loaded, its settings, and what failed. */
@Named
@ViewScoped
public class PluginsView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One setting row; a secret's value is never sent to the browser. */
  public record SettingRow(
      String configKey,
      String type,
      String defaultValue,
      String value,
      boolean secret,
      String description) {}

  @Inject transient PluginRegistry registry;

  @Inject transient TenantService tenants;

  private Set<String> knownCpts;

  public List<PluginRegistry.PluginInfo> getPlugins() {
    return registry.plugins();
  }

  public List<PluginRegistry.FailureInfo> getFailures() {
    return registry.failures();
  }

  public String getDirectories() {
    return registry.directories().stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /**
   * The extension's problems found at start-up, and the CPTS its settings name that do not exist
   * (now: a CPTS created since start-up is known, a code mistyped stays reported).
   */
  public List<String> problemsOf(PluginRegistry.ExtensionInfo info) {
    List<String> problems = new ArrayList<>(info.problems());
    if (knownCpts == null) {
      // Once per view: the page asks for every extension, and more than once for each.
      knownCpts = Set.copyOf(tenants.codes());
    }
    for (String code :
        PluginLoader.tenantCodes(info.extension(), ConfigProvider.getConfig().getPropertyNames())) {
      if (!knownCpts.contains(code)) {
        problems.add(Messages.text("plugins.unknownCpts", code));
      }
    }
    return problems;
  }

  public List<SettingRow> settingsOf(PluginRegistry.ExtensionInfo info) {
    var config = ConfigProvider.getConfig();
    return info.extension().settings().stream()
        .map(
            (SettingDefinition s) -> {
              String key = PluginRegistry.configKey(info.extension(), s);
              String value = config.getOptionalValue(key, String.class).orElse(null);
              return new SettingRow(
                  key,
                  s.type().name(),
                  s.secret() ? null : s.defaultValue(),
                  s.secret() ? null : value,
                  s.secret(),
                  s.description());
            })
        .toList();
  }
}
