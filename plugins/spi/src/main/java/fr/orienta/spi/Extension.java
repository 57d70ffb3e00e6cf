package fr.orienta.spi;

import java.util.List;

/**
 * What every extension has: a stable id, a label, a description and the settings it reads. The core
 * reads each setting through MicroProfile Config under {@code orienta.plugin.<id>.<key>},
 * overridable per CPTS under {@code orienta.tenant.<code>.plugin.<id>.<key>}, checks values against
 * their declared type at start-up and reports unknown keys, so a typo never goes unseen.
 */
public interface Extension {

  /** Stable identifier, unique across all loaded plugins: lower case, digits, dashes. */
  String id();

  /** Name shown in the UI, in French. */
  String label();

  /** One or two sentences for the admin screen. */
  default String description() {
    return "";
  }

  /** The settings this extension reads; the keys are relative to the extension. */
  default List<SettingDefinition> settings() {
    return List.of();
  }
}
