package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** imports/imports.xhtml */
public class ImportsPage {

  private final WebDriver driver;

  public ImportsPage(WebDriver driver) {
    this.driver = driver;
  }

  public static ImportsPage open(WebDriver driver) {
    driver.get(Server.baseUrl() + "/imports/imports.xhtml");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("upload:preview")));
    return new ImportsPage(driver);
  }

  /** Chooses the format by its label, picks the file and asks for the preview. */
  public ImportsPage preview(String formatLabel, Path file) {
    // The PrimeFaces menu mirrors a hidden native select, which stays the source of truth.
    new Select(driver.findElement(By.id("upload:adapter_input"))).selectByVisibleText(formatLabel);
    driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("upload:preview")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("detected")));
    return this;
  }

  public String detected() {
    return driver.findElement(By.id("detected")).getText();
  }

  /** The headers the mapping panel asks about, empty when it is not shown. */
  public String unmappedHeaders() {
    return driver.findElements(By.id("result:unmapped")).isEmpty()
        ? ""
        : driver.findElement(By.id("result:unmapped")).getText();
  }

  /**
   * Chooses a field (by its label in the menu) for the unknown column at {@code row} (0-based),
   * saves the mapping and waits for the recomputed preview.
   */
  public ImportsPage mapAndSave(int row, String fieldLabel) {
    new Select(driver.findElement(By.id("result:unmapped:" + row + ":choice_input")))
        .selectByVisibleText(fieldLabel);
    driver.findElement(By.id("result:saveMapping")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("dryRun")));
    return this;
  }

  /** The dry-run counts of the preview. */
  public String dryRun() {
    return driver.findElement(By.id("dryRun")).getText();
  }

  public String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  public String rows() {
    return driver.findElement(By.id("result:rows")).getText();
  }

  /** Ticks « Ce fichier est la liste complète de cette source ». */
  public ImportsPage declareFullListing() {
    driver.findElement(By.cssSelector("#result\\:fullListing .ui-chkbox-box")).click();
    return this;
  }

  /** Launches the import and waits for its outcome under the progress bar. */
  public ImportsPage launchAndWait() {
    driver.findElement(By.id("result:commit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("counts")));
    return this;
  }

  public boolean showsProgressBar() {
    return !driver.findElements(By.id("result:progress")).isEmpty();
  }

  public String status() {
    return driver.findElement(By.id("status")).getText();
  }

  public String counts() {
    return driver.findElement(By.id("counts")).getText();
  }

  /** What the import says beyond its counts, empty when nothing. */
  public String note() {
    return driver.findElements(By.id("result:note")).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  public String errorReportLink() {
    return driver.findElement(By.id("result:errors")).getAttribute("href");
  }
}
