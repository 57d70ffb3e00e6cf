package fr.orienta.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** home.xhtml, with the layout's menu. */
public class HomePage {

  private final WebDriver driver;

  public HomePage(WebDriver driver) {
    this.driver = driver;
  }

  public HomePage waitUntilShown() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm:logout")));
    return this;
  }

  public long figure(String id) {
    return Long.parseLong(driver.findElement(By.id(id)).getText().trim());
  }

  public String tenantName() {
    return driver.findElement(By.id("tenantName")).getText();
  }

  public boolean hasFigures() {
    return !driver.findElements(By.id("withoutMt")).isEmpty();
  }

  public String userLine() {
    return driver.findElement(By.cssSelector(".topbar .user")).getText();
  }

  public boolean showsAdminMenu() {
    return driver.getPageSource().contains("menuPlugins");
  }

  public LoginPage logout() {
    driver.findElement(By.id("menuForm:logout")).click();
    return new LoginPage(driver).waitUntilShown();
  }
}
