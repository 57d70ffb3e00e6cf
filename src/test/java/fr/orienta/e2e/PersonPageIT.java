package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.pages.LoginPage;
import fr.orienta.e2e.pages.PersonPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** A person's page: shown to their CPTS, audited, invisible to another CPTS and to viewers. */
class PersonPageIT {

  private WebDriver driver;
  private long id;
  private String lastName;

  @BeforeEach
  void setUp() {
    JsonObject page =
        Json.createReader(new StringReader(Server.get("/api/v1/patients?size=1", "appel").body()))
            .readObject();
    JsonObject person = page.getJsonArray("items").getJsonObject(0);
    id = person.getJsonNumber("id").longValue();
    lastName = person.getString("lastName");
    driver = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  @Test
  void theCoordinatorSeesThePersonAndHerReadInTheTrail() {
    LoginPage.open(driver).loginAs("coordination");

    PersonPage page = PersonPage.open(driver, id);

    assertThat(page.lastName()).isEqualTo(lastName);
    assertThat(page.trail()).contains("coordination").contains("Consultation");
  }

  @Test
  void aCoordinatorOfAnotherCptsGetsNotFound() {
    LoginPage.open(driver).loginAs("coordination-sud");

    PersonPage page = PersonPage.open(driver, id);

    assertThat(page.body()).contains("introuvable").doesNotContain(lastName);
  }

  @Test
  void aCopilMemberIsRefusedNominativePages() {
    LoginPage.open(driver).loginAs("copil");

    PersonPage page = PersonPage.open(driver, id);

    assertThat(page.body()).contains("Vous n'avez pas accès").doesNotContain(lastName);
  }

  @Test
  void aCallerCorrectsTheContactDetailsButNotTheIdentity() {
    LoginPage.open(driver).loginAs("appel");

    PersonPage page = PersonPage.open(driver, id).startCorrection();

    assertThat(page.canCorrect("lastName")).isFalse();
    assertThat(page.canCorrect("birthDate_input")).isFalse();
    assertThat(page.canCorrect("phone")).isTrue();
    assertThat(page.body()).contains("l'identité et l'ALD sont corrigées par la coordination");
  }

  @Test
  void aCallerReadsAndCorrectsThePersonOnAPhone() {
    driver.quit();
    driver = Browser.openPhone();
    LoginPage.open(driver).loginAs("appel");

    PersonPage page = PersonPage.open(driver, id);

    assertThat(page.lastName()).isEqualTo(lastName);
    assertThat(Browser.scrollsSideways(driver)).as("the person's page").isFalse();
    page.startCorrection();
    assertThat(page.canCorrect("phone")).isTrue();
    assertThat(Browser.scrollsSideways(driver)).as("the correction form").isFalse();
  }
}
