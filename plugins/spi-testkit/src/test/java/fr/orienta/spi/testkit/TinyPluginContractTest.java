package fr.orienta.spi.testkit;

import fr.orienta.spi.OrientaPlugin;

/** The kit's own tests pass on a plugin that honours the contract. */
class TinyPluginContractTest extends PluginContractTest {

  @Override
  protected OrientaPlugin plugin() {
    return new TinyPlugin();
  }
}
