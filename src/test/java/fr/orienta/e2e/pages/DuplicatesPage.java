package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** registry/duplicates.xhtml: the queue of possible duplicates. */
public class DuplicatesPage {

  private final WebDriver driver;

  public DuplicatesPage(WebDriver driver) {
    this.driver = driver;
  }

  public static DuplicatesPage open(WebDriver driver) {
    driver.get(Server.baseUrl() + "/registry/duplicates.xhtml");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("duplicates")));
    return new DuplicatesPage(driver);
  }

  public boolean lists(String lastName) {
    return driver.findElements(By.cssSelector("section.duplicate")).stream()
        .anyMatch(s -> s.getText().contains(lastName));
  }

  /**
   * Clicks a decision (button class keep-earlier, keep-later or separate) on the pair of a name.
   */
  public String decide(String lastName, String decision) {
    WebElement pair =
        driver.findElements(By.cssSelector("section.duplicate")).stream()
            .filter(s -> s.getText().contains(lastName))
            .findFirst()
            .orElseThrow();
    pair.findElement(By.cssSelector("button." + decision)).click();
    Ajax.await(driver);
    return driver.findElement(By.id("messages")).getText();
  }
}
