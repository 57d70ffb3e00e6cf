package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.pages.DuplicatesPage;
import fr.orienta.e2e.pages.EntryPage;
import fr.orienta.e2e.pages.LoginPage;
import fr.orienta.e2e.pages.PersonPage;
import fr.orienta.e2e.pages.RegistryPage;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The registry in the browser, in the south demo CPTS (the north's figures stay exact for other
 * tests): the lazy table with filters and sorts, the duplicate queue, and a person's status life
 * cycle with consent, priority and story.
 */
class RegistryLifeIT {

  private static final String USER = "coordination-sud";

  private WebDriver driver;

  @BeforeEach
  void openBrowser() {
    driver = Browser.open();
    LoginPage.open(driver).loginAs(USER);
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  private static JsonObject patients(String query) {
    return ImportRuns.json(Server.get("/api/v1/patients?" + query, USER));
  }

  @Test
  void theTableFiltersAndSortsOnTheServer() throws Exception {
    String name = ImportRuns.uniqueName();
    ImportRuns.importPossibleDuplicate(USER, name);
    long ald = patients("ald=true&size=1").getJsonNumber("total").longValue();

    RegistryPage registry = RegistryPage.open(driver);
    long all = patients("size=1").getJsonNumber("total").longValue();
    assertThat(registry.report()).isEqualTo(all + " personne(s)");

    registry.search("", "Oui");
    assertThat(registry.report()).isEqualTo(ald + " personne(s)");

    registry.search(name.toLowerCase(), "(toutes)");
    assertThat(registry.report()).isEqualTo("2 personne(s)");
    assertThat(registry.names()).allMatch(n -> n.startsWith(name));

    registry.search("", "(toutes)").sortBy("Nom");
    List<String> names = registry.names();
    assertThat(names).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.naturalOrder());

    registry.searchByKeyboard(name);
    assertThat(registry.report()).as("searched with Enter").isEqualTo("2 personne(s)");
  }

  @Test
  void aCoordinatorMergesTwoEntriesOfOnePersonAndTheKeptOneIsCompleted() throws Exception {
    String name = ImportRuns.uniqueName();
    ImportRuns.importPossibleDuplicate(USER, name);

    DuplicatesPage queue = DuplicatesPage.open(driver);
    assertThat(queue.lists(name)).isTrue();
    assertThat(queue.decide(name, "keep-earlier")).contains("Fiches fusionnées");

    JsonObject found = patients("name=" + name);
    assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject kept = found.getJsonArray("items").getJsonObject(0);
    // The CPAM entry (kept, with its masked NIR) gains the MSP entry's mobile phone.
    assertThat(kept.getString("nirMasked")).endsWith("•••");
    assertThat(kept.getString("mobile")).isEqualTo("0639981122");
    PersonPage page = PersonPage.open(driver, kept.getJsonNumber("id").longValue());
    assertThat(page.sources()).contains("cpam-listing").contains("msp-export");
    assertThat(page.timeline()).contains("Fusion");
  }

  @Test
  void separatedEntriesStayTwoPeople() throws Exception {
    String name = ImportRuns.uniqueName();
    ImportRuns.importPossibleDuplicate(USER, name);

    assertThat(DuplicatesPage.open(driver).decide(name, "separate")).contains("Doublon écarté");

    assertThat(patients("name=" + name).getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(DuplicatesPage.open(driver).lists(name)).isFalse();
  }

  @Test
  void theStatusLifeCycleNeedsConsentAndKeepsEveryChangeWithItsReason() throws Exception {
    String name = ImportRuns.uniqueName();
    ImportRuns.importPossibleDuplicate(USER, name);
    long id =
        patients("name=" + name + "&source=cpam-listing")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    PersonPage page = PersonPage.open(driver, id);
    assertThat(page.status()).isEqualTo("En attente");
    assertThat(page.priority()).contains("Score : 30 point(s)").contains("70 ans ou plus");
    assertThat(page.sources()).contains("cpam-listing");

    page.changeStatus("Contactée", "Appel du 22/11, rappeler après avis de sa fille");
    assertThat(page.status()).isEqualTo("Contactée");

    page.changeStatus("Consentement recueilli", "D'accord pour être orientée");
    assertThat(page.messages()).contains("consentement");
    assertThat(page.status()).isEqualTo("Contactée");

    page.recordOrientationConsent("Accord oral");
    assertThat(page.consents())
        .contains("Orientation vers un médecin traitant")
        .contains("En vigueur");
    page.changeStatus("Consentement recueilli", "D'accord pour être orientée");
    assertThat(page.status()).isEqualTo("Consentement recueilli");

    assertThat(page.timeline())
        .contains("Changement de statut")
        .contains("Contactée → Consentement recueilli : D'accord pour être orientée")
        .contains("rappeler après avis de sa fille")
        .contains("Consentement")
        .contains(USER);
    assertThat(page.trail()).contains("Modification");
  }

  @Test
  void aReportedPersonIsValidatedThenOpensOnHerPageWithHerReporter() {
    String name = ImportRuns.uniqueName();
    EntryPage form =
        EntryPage.open(driver, true)
            .reporter("Pharmacie", "Pharmacie du Breuil", true)
            .person(name, "Rose", "12");
    form.save();
    assertThat(form.messages()).contains("10 chiffres");

    form.person("", "", "06 39 98 44 55");
    form.save();

    PersonPage page = new PersonPage(driver);
    assertThat(page.lastName()).isEqualTo(name);
    assertThat(page.messages()).contains("Personne enregistrée");
    assertThat(page.timeline()).contains("Signalement : Pharmacie : Pharmacie du Breuil");
    assertThat(page.consents()).contains("Être contactée").contains("Formulaire");
    assertThat(page.sources()).contains("signalement");
  }

  @Test
  void aCoordinatorCorrectsAPhoneNumberAndTheStorySaysWhichFieldChanged() {
    String name = ImportRuns.uniqueName();
    var created =
        Multipart.postJson(
            USER,
            "/api/v1/patients",
            ("{\"lastName\":\"%s\",\"firstName\":\"Jeanne\",\"inseeCode\":\"43157\","
                    + "\"phone\":\"0471000000\",\"ald\":false,\"css\":false}")
                .formatted(name));
    long id = ImportRuns.json(created).getJsonNumber("personId").longValue();

    PersonPage page = PersonPage.open(driver, id).startCorrection().correctPhone("12");
    page.saveCorrection();
    assertThat(page.messages()).contains("10 chiffres");

    page.correctPhone("06 11 22 33 44").saveCorrection();

    assertThat(page.messages()).contains("Fiche corrigée : téléphone.");
    assertThat(page.body()).contains("0611223344").doesNotContain("0471000000");
    assertThat(page.timeline()).contains("Correction : téléphone").contains(USER);
    // The trail names the field, never its value.
    assertThat(page.trail())
        .contains("Modification")
        .contains("correction : téléphone")
        .doesNotContain("0611223344");

    // A form opened before someone else's change would undo it: refused, not saved.
    page.startCorrection().correctPhone("06 55 55 55 55");
    var meanwhile =
        Multipart.putJson(
            USER,
            "/api/v1/patients/" + id,
            ("{\"lastName\":\"%s\",\"firstName\":\"Jeanne\",\"inseeCode\":\"43157\","
                    + "\"phone\":\"0611223344\",\"email\":\"jeanne@example.org\",\"ald\":false,"
                    + "\"css\":false}")
                .formatted(name));
    assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
    page.saveCorrection();
    assertThat(page.messages()).contains("La fiche a changé depuis que vous l'avez lue");
    assertThat(ImportRuns.json(Server.get("/api/v1/patients/" + id, USER)).getString("phone"))
        .isEqualTo("0611223344");
  }
}
