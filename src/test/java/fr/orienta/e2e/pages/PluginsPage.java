package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/plugins.xhtml */
public class PluginsPage {

  private final WebDriver driver;

  public PluginsPage(WebDriver driver) {
    this.driver = driver;
  }

  public static PluginsPage open(WebDriver driver) {
    driver.get(Server.baseUrl() + "/admin/plugins.xhtml");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("failuresTitle")));
    return new PluginsPage(driver);
  }

  /** The text of a loaded plugin's card, or empty when it is not listed. */
  public String plugin(String id) {
    return driver.findElements(By.id("plugin-" + id)).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  public String failures() {
    return driver.findElement(By.id("failures")).getText();
  }
}
