package fr.orienta.e2e.pages;

import fr.orienta.e2e.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** registry/person.xhtml */
public class PersonPage {

  private final WebDriver driver;

  public PersonPage(WebDriver driver) {
    this.driver = driver;
  }

  public static PersonPage open(WebDriver driver, long id) {
    driver.get(Server.baseUrl() + "/registry/person.xhtml?id=" + id);
    return new PersonPage(driver);
  }

  public String lastName() {
    return driver.findElement(By.id("lastName")).getText();
  }

  public String trail() {
    return driver.findElement(By.id("trail")).getText();
  }

  public String body() {
    return driver.findElement(By.tagName("body")).getText();
  }
}
