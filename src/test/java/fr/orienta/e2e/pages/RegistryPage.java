package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** registry/people.xhtml: the lazy, filtered registry table. */
public class RegistryPage {

  private final WebDriver driver;

  public RegistryPage(WebDriver driver) {
    this.driver = driver;
  }

  public static RegistryPage open(WebDriver driver) {
    driver.get(Server.baseUrl() + "/registry/people.xhtml");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("registry:people")));
    return new RegistryPage(driver);
  }

  /** Types a name, optionally picks an ALD answer (« Oui »/« Non »), and searches. */
  public RegistryPage search(String name, String ald) {
    WebElement field = driver.findElement(By.id("registry:name"));
    field.clear();
    field.sendKeys(name);
    if (ald != null) {
      new Select(driver.findElement(By.id("registry:ald_input"))).selectByVisibleText(ald);
    }
    driver.findElement(By.id("registry:search")).click();
    Ajax.await(driver);
    return this;
  }

  /** Types a name and presses Enter, as a keyboard user searches. */
  public RegistryPage searchByKeyboard(String name) {
    WebElement field = driver.findElement(By.id("registry:name"));
    field.clear();
    field.sendKeys(name, Keys.ENTER);
    Ajax.await(driver);
    return this;
  }

  /** Sorts by a column header (its visible text), waiting for the table to be redrawn. */
  public RegistryPage sortBy(String header) {
    driver.findElements(By.cssSelector("#registry\\:people th")).stream()
        .filter(th -> th.getText().trim().equals(header))
        .findFirst()
        .orElseThrow()
        .click();
    Ajax.await(driver);
    return this;
  }

  /** The paginator's report, e.g. « 2071 personne(s) ». */
  public String report() {
    return driver.findElement(By.cssSelector("#registry\\:people .ui-paginator-current")).getText();
  }

  public List<String> names() {
    return driver.findElements(By.cssSelector("#registry\\:people a.person-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public PersonPage openFirst() {
    driver.findElement(By.cssSelector("#registry\\:people a.person-link")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("lastName")));
    return new PersonPage(driver);
  }
}
