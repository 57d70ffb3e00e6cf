package fr.orienta.plugin.example;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.testkit.PluginContractTest;

/** What the core relies on when it loads the jar, checked by the SPI test kit. */
class ExampleRulesPluginContractTest extends PluginContractTest {

  @Override
  protected OrientaPlugin plugin() {
    return new ExampleRulesPlugin();
  }
}
