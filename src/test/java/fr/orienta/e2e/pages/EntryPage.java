package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** registry/new.xhtml: manual entry, or a « signalement » with its reporter. */
public class EntryPage {

  private final WebDriver driver;

  public EntryPage(WebDriver driver) {
    this.driver = driver;
  }

  public static EntryPage open(WebDriver driver, boolean report) {
    driver.get(Server.baseUrl() + "/registry/new.xhtml" + (report ? "?signalement=true" : ""));
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
    return new EntryPage(driver);
  }

  public EntryPage reporter(String kind, String name, boolean personAgreed) {
    new Select(driver.findElement(By.id("entry:reporterKind_input"))).selectByVisibleText(kind);
    driver.findElement(By.id("entry:reporterName")).sendKeys(name);
    if (personAgreed) {
      driver.findElement(By.cssSelector("#entry\\:personAgreed .ui-chkbox-box")).click();
    }
    return this;
  }

  public EntryPage person(String lastName, String firstName, String phone) {
    driver.findElement(By.id("entry:lastName")).sendKeys(lastName);
    driver.findElement(By.id("entry:firstName")).sendKeys(firstName);
    driver.findElement(By.id("entry:phone")).clear();
    driver.findElement(By.id("entry:phone")).sendKeys(phone);
    return this;
  }

  /** Saves; on success the person's page opens. */
  public void save() {
    WebElement before = driver.findElement(By.id("entry:save"));
    before.click();
    Ajax.awaitReplaced(driver, before);
  }

  public String messages() {
    return driver.findElement(By.id("messages")).getText();
  }
}
