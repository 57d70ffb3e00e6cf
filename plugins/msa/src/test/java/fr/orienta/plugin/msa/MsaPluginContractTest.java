package fr.orienta.plugin.msa;

import fr.orienta.spi.OrientaPlugin;
import fr.orienta.spi.testkit.PluginContractTest;

class MsaPluginContractTest extends PluginContractTest {

  @Override
  protected OrientaPlugin plugin() {
    return new MsaPlugin();
  }
}
