package fr.orienta.plugin.example;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.PriorityRule;
import java.util.List;

/**
 * Entry point of the sample plugin. Cheap to build and free of side effects, as the SPI requires:
 * it only hands out its extensions. Its version comes from the jar manifest (the default {@link
 * OrientaPlugin#version()}).
 */
public final class ExampleRulesPlugin implements OrientaPlugin {

  /** Never changes between versions: the admin screen and the logs know the plugin by it. */
  static final String ID = "example-rules";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "Exemple : communes prioritaires";
  }

  @Override
  public List<PriorityRule> priorityRules() {
    return List.of(new PriorityCommunesRule());
  }
}
