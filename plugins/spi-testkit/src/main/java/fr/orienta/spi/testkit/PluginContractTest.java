package fr.orienta.spi.testkit;

import fr.orienta.spi.OrientaPlugin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Extend this class in a plugin's tests and return the plugin from {@link #plugin()}: the inherited
 * tests check what the core relies on when it loads the jar. Each test is one {@link
 * PluginContract} check, so a failure names the part of the contract broken and lists every breach
 * of it.
 */
public abstract class PluginContractTest {

  /** A new instance of the plugin under test, built the way ServiceLoader builds it. */
  protected abstract OrientaPlugin plugin();

  @Test
  @DisplayName("est découvert par ServiceLoader (META-INF/services)")
  public void isDiscoverableByServiceLoader() {
    PluginContract.checkDiscoverable(plugin());
  }

  @Test
  @DisplayName("a un id, un libellé et une version valides")
  public void hasWellFormedIdentity() {
    PluginContract.checkIdentity(plugin());
  }

  @Test
  @DisplayName("déclare des extensions aux ids uniques et aux paramètres valides")
  public void declaresWellFormedExtensions() {
    PluginContract.checkExtensions(plugin());
  }

  @Test
  @DisplayName("chaque règle note chaque personne type sans erreur, toujours pareil")
  public void priorityRulesScoreEverySamplePerson() {
    PluginContract.checkPriorityRules(plugin());
  }

  @Test
  @DisplayName("chaque source décrit ses champs et résiste à une ligne vide")
  public void patientSourcesDescribeFieldsAndSurviveEmptyRows() {
    PluginContract.checkPatientSources(plugin());
  }
}
