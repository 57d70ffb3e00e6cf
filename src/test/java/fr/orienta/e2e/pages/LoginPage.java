package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** login.xhtml */
public class LoginPage {

  private final WebDriver driver;

  public LoginPage(WebDriver driver) {
    this.driver = driver;
  }

  public static LoginPage open(WebDriver driver) {
    driver.get(Server.baseUrl() + "/login.xhtml");
    return new LoginPage(driver).waitUntilShown();
  }

  public LoginPage waitUntilShown() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    return this;
  }

  /** Submits the form; the caller then expects the home page or an error. */
  public void submit(String username, String password) {
    driver.findElement(By.id("login:username")).clear();
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
  }

  public HomePage loginAs(String username) {
    submit(username, Server.DEMO_PASSWORD);
    return new HomePage(driver).waitUntilShown();
  }

  public String error() {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages")))
        .getText();
  }

  /** The label element says what the field is, for screen readers. */
  public String labelOf(String inputId) {
    return driver.findElement(By.cssSelector("label[for='" + inputId + "']")).getText();
  }
}
