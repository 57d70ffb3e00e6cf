package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.pages.HomePage;
import fr.orienta.e2e.pages.LoginPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;

/** Login and the home page in a real headless Chromium. */
class LoginIT {

  private WebDriver driver;

  @BeforeEach
  void openBrowser() {
    driver = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  @Test
  void coordinatorReadsTheFiguresOfHerCptsOnTheHomePage() {
    HomePage home = LoginPage.open(driver).loginAs("coordination");

    assertThat(home.tenantName()).isEqualTo("CPTS Nord Velay Forez (démo)");
    assertThat(home.figure("withoutMt")).isEqualTo(2071);
    assertThat(home.figure("ald")).isEqualTo(105);
    assertThat(home.figure("css")).isEqualTo(71);
    assertThat(home.figure("aged70")).isEqualTo(119);
    assertThat(home.figure("doctors")).isEqualTo(29);
    assertThat(home.figure("doctors60")).isEqualTo(7);
    assertThat(home.figure("doctors65")).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
    "admin, Administration fédération, false",
    "coordination, Claire Coordinatrice, true",
    "appel, Paul Appelant, true",
    "docteur, Dr Martine Généraliste, true",
    "copil, Membre du COPIL, true",
    "coordination-sud, Sophie Coordinatrice Sud, true"
  })
  void everyDemoRoleSignsInAndOut(String username, String displayName, boolean hasCpts) {
    HomePage home = LoginPage.open(driver).loginAs(username);

    assertThat(home.userLine()).contains(displayName);
    assertThat(home.hasFigures()).isEqualTo(hasCpts);
    assertThat(home.showsAdminMenu()).isEqualTo(username.equals("admin"));
    home.logout();
    driver.get(Server.baseUrl() + "/home.xhtml");
    assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void aWrongPasswordIsRefusedInFrench() {
    LoginPage login = LoginPage.open(driver);
    login.submit("coordination", "mauvais-mot-de-passe");

    assertThat(login.error()).contains("Identifiant ou mot de passe incorrect");
    assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void aProtectedPageSendsToLoginAndBackAfterwards() {
    driver.get(Server.baseUrl() + "/admin/plugins.xhtml");
    LoginPage login = new LoginPage(driver).waitUntilShown();
    assertThat(driver.getCurrentUrl()).contains("next=%2Fadmin%2Fplugins.xhtml");

    login.submit("admin", Server.DEMO_PASSWORD);
    new HomePage(driver).waitUntilShown();

    assertThat(driver.getCurrentUrl()).endsWith("/admin/plugins.xhtml");
  }

  @Test
  void loginFieldsAreLabelledForScreenReaders() {
    LoginPage login = LoginPage.open(driver);

    assertThat(login.labelOf("login:username")).contains("Identifiant");
    assertThat(login.labelOf("login:password")).contains("Mot de passe");
    assertThat(driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"))
        .isEqualTo("fr");
  }

  @Test
  void theHomePageFitsAPhoneScreen() {
    driver.quit();
    driver = Browser.openPhone();
    HomePage home = LoginPage.open(driver).loginAs("docteur");

    assertThat(home.figure("withoutMt")).isEqualTo(2071);
    assertThat(Browser.scrollsSideways(driver)).isFalse();
  }
}
