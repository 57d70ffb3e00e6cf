package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** registry/person.xhtml */
public class PersonPage {

  private final WebDriver driver;

  public PersonPage(WebDriver driver) {
    this.driver = driver;
  }

  public static PersonPage open(WebDriver driver, long id) {
    driver.get(Server.baseUrl() + "/registry/person.xhtml?id=" + id);
    Ajax.await(driver);
    return new PersonPage(driver);
  }

  public String lastName() {
    return driver.findElement(By.id("lastName")).getText();
  }

  public String status() {
    return driver.findElement(By.id("status")).getText();
  }

  public String priority() {
    return driver.findElement(By.id("priorityScore")).getText()
        + "\n"
        + driver.findElement(By.id("priorityReasons")).getText();
  }

  public String sources() {
    return driver.findElement(By.id("sources")).getText();
  }

  public String consents() {
    return driver.findElement(By.id("consentForm:consents")).getText();
  }

  /** Picks a new status by its French label, gives the reason and submits (full page reload). */
  public PersonPage changeStatus(String label, String reason) {
    new Select(driver.findElement(By.id("statusForm:nextStatus_input"))).selectByVisibleText(label);
    WebElement field = driver.findElement(By.id("statusForm:reason"));
    field.clear();
    field.sendKeys(reason);
    submit(By.id("statusForm:changeStatus"));
    return this;
  }

  /** Records a consent to orientation given by phone today. */
  public PersonPage recordOrientationConsent(String note) {
    new Select(driver.findElement(By.id("consentForm:consentKind_input")))
        .selectByVisibleText("Consentement");
    new Select(driver.findElement(By.id("consentForm:consentScope_input")))
        .selectByVisibleText("Orientation vers un médecin traitant");
    driver.findElement(By.id("consentForm:consentNote")).sendKeys(note);
    submit(By.id("consentForm:recordConsent"));
    return this;
  }

  /** Opens the correction form, filled with the person as stored. */
  public PersonPage startCorrection() {
    submit(By.id("correctionForm:startCorrection"));
    return this;
  }

  /** Types a phone number in the correction form, replacing the one there. */
  public PersonPage correctPhone(String phone) {
    WebElement field = driver.findElement(By.id("correctionForm:phone"));
    field.clear();
    field.sendKeys(phone);
    return this;
  }

  public PersonPage saveCorrection() {
    submit(By.id("correctionForm:correct"));
    return this;
  }

  /** Whether a field of the correction form (« lastName », « phone »…) can be changed. */
  public boolean canCorrect(String field) {
    return driver.findElement(By.id("correctionForm:" + field)).isEnabled();
  }

  /** Clicks a button that posts the whole page, and waits for the new page to replace it. */
  private void submit(By button) {
    WebElement before = driver.findElement(By.id("status"));
    driver.findElement(button).click();
    Ajax.awaitReplaced(driver, before);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
    // The new page's widgets (menus) are set up by script once it has loaded.
    Ajax.await(driver);
  }

  public String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  public String timeline() {
    return driver.findElement(By.id("timeline")).getText();
  }

  public String trail() {
    return driver.findElement(By.id("trail")).getText();
  }

  public String body() {
    return driver.findElement(By.tagName("body")).getText();
  }
}
