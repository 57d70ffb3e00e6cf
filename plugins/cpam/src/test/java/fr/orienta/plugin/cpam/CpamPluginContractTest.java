package fr.orienta.plugin.cpam;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.testkit.PluginContractTest;

class CpamPluginContractTest extends PluginContractTest {

  @Override
  protected OrientaPlugin plugin() {
    return new CpamPlugin();
  }
}
