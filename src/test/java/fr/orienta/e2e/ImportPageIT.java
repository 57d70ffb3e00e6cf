package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.pages.ImportsPage;
import fr.orienta.e2e.pages.LoginPage;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * A coordinator imports in the browser: preview with dry-run counts, mapping of an unknown column,
 * launch, progress bar, counts, error report. Into the southern demo CPTS, so the northern demo
 * figures stay exact.
 */
class ImportPageIT {

  @TempDir Path directory;

  private WebDriver driver;

  @BeforeEach
  void openBrowser() {
    driver = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  private Path sample(String name) throws Exception {
    Path file = directory.resolve(name);
    try (InputStream in = ImportPageIT.class.getResourceAsStream("/formats/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  @Test
  void previewLaunchAndFollowAnImport() throws Exception {
    LoginPage.open(driver).loginAs("coordination-sud");

    ImportsPage page =
        ImportsPage.open(driver)
            .preview("Listing MSA des assurés sans médecin traitant", sample("msa-listing.csv"));

    assertThat(page.detected()).contains("CSV", "UTF-8", "« ; »", "15 ligne(s)");
    assertThat(page.rows()).contains("FOURNIER Stéphane").contains("Acceptée");

    page.launchAndWait();

    assertThat(page.showsProgressBar()).isTrue();
    assertThat(page.status()).isEqualTo("Terminé");
    assertThat(page.counts()).contains("rejetées : 0");
    assertThat(page.errorReportLink()).contains("/api/v1/imports/").endsWith("/errors");
  }

  @Test
  void anUnknownColumnIsMappedInThePageThenTheCountsShownAndTheFileImported() throws Exception {
    java.util.Random random = new java.util.Random();
    String marker = "PAGE" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    marker += (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26));
    // A header no adapter knows, fresh for each run (saved mappings are kept).
    String header = "Nom état civil " + marker;
    Path file = directory.resolve("msp-inconnue.csv");
    Files.writeString(
        file,
        header
            + ",prenom,date_naissance,commune\n"
            + marker
            + ",Anne,04/10/1960,Allègre\n"
            + marker
            + ",Paul,05/10/1961,Allègre\n"
            + marker
            + ",Anne,04/10/1960,Allègre\n",
        Charset.forName("UTF-8"));
    LoginPage.open(driver).loginAs("coordination-sud");

    ImportsPage page = ImportsPage.open(driver).preview("Recensement d'une MSP", file);

    assertThat(page.unmappedHeaders()).contains(header);
    page.mapAndSave(0, "Nom (obligatoire)");

    assertThat(page.messages()).contains("Correspondance enregistrée");
    assertThat(page.unmappedHeaders()).doesNotContain(header);
    // Anne listed twice: new once, then unchanged.
    assertThat(page.dryRun())
        .contains("Nouvelles : 2", "mises à jour : 0", "inchangées : 1", "rejetées : 0");
    assertThat(page.rows()).contains(marker + " Anne");

    page.launchAndWait();

    assertThat(page.status()).isEqualTo("Terminé");
    assertThat(page.counts()).contains("Nouvelles : 2", "inchangées : 1");
  }

  @Test
  void aFileWithBadRowsShowsThemInThePreview() throws Exception {
    Path file = directory.resolve("msa-errors.csv");
    Charset utf8 = Charset.forName("UTF-8");
    String content =
        Files.readString(sample("msa-listing.csv"), utf8).replace("1967-09-26", "1967-13-45");
    Files.writeString(file, content, utf8);
    LoginPage.open(driver).loginAs("coordination-sud");

    ImportsPage page =
        ImportsPage.open(driver).preview("Listing MSA des assurés sans médecin traitant", file);

    assertThat(page.rows()).contains("2 Rejetée Date inexistante");

    // Declared the complete listing of the MSA, it is read in part: nobody is put up for review.
    page.declareFullListing().launchAndWait();

    assertThat(page.status()).isEqualTo("Terminé");
    assertThat(page.counts()).contains("rejetées : 1");
    assertThat(page.note()).startsWith("Liste complète lue en partie (1 ligne(s) rejetée(s))");
  }

  @Test
  void onlyCoordinatorsReachTheImportPage() {
    LoginPage.open(driver).loginAs("appel");
    driver.get(Server.baseUrl() + "/imports/imports.xhtml");

    assertThat(driver.findElement(org.openqa.selenium.By.tagName("body")).getText())
        .contains("Vous n'avez pas accès");
  }
}
