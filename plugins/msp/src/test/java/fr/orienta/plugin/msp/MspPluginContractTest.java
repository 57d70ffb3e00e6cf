package fr.orienta.plugin.msp;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.testkit.PluginContractTest;

class MspPluginContractTest extends PluginContractTest {

  @Override
  protected OrientaPlugin plugin() {
    return new MspPlugin();
  }
}
