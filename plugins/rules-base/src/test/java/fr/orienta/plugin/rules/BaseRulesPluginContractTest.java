package fr.orienta.plugin.rules;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.testkit.PluginContractTest;

class BaseRulesPluginContractTest extends PluginContractTest {

  @Override
  protected OrientaPlugin plugin() {
    return new BaseRulesPlugin();
  }
}
