package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.pages.LoginPage;
import fr.orienta.e2e.pages.PluginsPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The administrator's plugin screen, and "drop a jar, restart": a plugin copied into the plugin
 * directory is in service after a restart, and a broken one is reported while the application runs
 * on without it; so are a CPTS's malformed setting and a setting for a CPTS that does not exist.
 */
class PluginsAdminIT {

  @Test
  void bundledPluginIsListedWithItsExtensionsAndSettings() {
    WebDriver driver = Browser.open();
    try {
      LoginPage.open(driver).loginAs("admin");
      PluginsPage page = PluginsPage.open(driver);

      assertThat(page.plugin("rules-base"))
          .contains("Règles de priorité de base")
          .contains("Affection de longue durée", "Âge", "Complémentaire santé solidaire")
          .contains("orienta.plugin.ald.points");
      assertThat(page.failures()).isEmpty();
    } finally {
      driver.quit();
    }
  }

  @Test
  void droppedPluginLoadsAfterRestartAndABrokenOneIsReported() throws Exception {
    Path plugins = Server.serverDirectory().resolve("plugins");
    Path example = plugins.resolve("orienta-example-rules.jar");
    Path broken = plugins.resolve("broken-plugin.jar");
    Files.copy(
        Path.of(System.getProperty("orienta.example.plugin.jar")),
        example,
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(broken, "this is not a jar", StandardCharsets.UTF_8);
    // Per-CPTS settings, as server.xml variables (one of MicroProfile Config's sources on Liberty):
    // a malformed value for a CPTS that exists, and a value for a CPTS that does not.
    Path settings = Server.serverDirectory().resolve("configDropins/overrides/per-cpts.xml");
    Files.writeString(
        settings,
        """
        <server>
          <variable name="orienta.tenant.sud-velay-demo.plugin.ald.points" value="beaucoup"/>
          <variable name="orienta.tenant.cpts-inexistante.plugin.ald.points" value="60"/>
        </server>
        """,
        StandardCharsets.UTF_8);
    WebDriver driver = null;
    try {
      Server.restartApplication();
      driver = Browser.open();
      LoginPage.open(driver).loginAs("admin");
      PluginsPage page = PluginsPage.open(driver);

      assertThat(page.plugin("example-rules")).contains("Exemple : communes prioritaires");
      assertThat(page.plugin("rules-base")).contains("Règles de priorité de base");
      assertThat(page.failures()).contains("broken-plugin.jar");
      assertThat(page.plugin("rules-base"))
          .contains("CPTS sud-velay-demo : Paramètre points : « beaucoup » n'est pas un entier")
          .contains("CPTS inconnue : « cpts-inexistante »");
      assertThat(Server.isReady()).isTrue();
    } finally {
      if (driver != null) {
        driver.quit();
      }
      Files.deleteIfExists(example);
      Files.deleteIfExists(broken);
      Files.deleteIfExists(settings);
      Server.restartApplication();
    }
  }
}
