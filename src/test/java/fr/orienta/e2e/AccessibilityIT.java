package fr.orienta.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.e2e.pages.DuplicatesPage;
import fr.orienta.e2e.pages.EntryPage;
import fr.orienta.e2e.pages.ImportsPage;
import fr.orienta.e2e.pages.LoginPage;
import fr.orienta.e2e.pages.PersonPage;
import fr.orienta.e2e.pages.RegistryPage;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The registry's pages as a screen reader, a keyboard and a phone meet them: every field, button
 * and link has a name, nothing takes the focus without one or hidden from screen readers, and
 * nothing makes a phone's screen scroll sideways.
 */
class AccessibilityIT {

  /**
   * The focusable elements of the page without an accessible name (by label, aria-label,
   * aria-labelledby, title, text or alt), or hidden from screen readers ({@code aria-hidden}) while
   * the Tab key reaches them, each as the start of its HTML. Elements no one can reach (not
   * displayed) are left out; PrimeFaces' visually hidden native fields are not, since a screen
   * reader reads them.
   */
  private static final String UNNAMED =
      """
      const named = el => {
        const text = s => (s || '').replace(/\\s+/g, ' ').trim();
        if (text(el.getAttribute('aria-label'))) return true;
        const ids = text(el.getAttribute('aria-labelledby'));
        if (ids && ids.split(' ').some(id => text(document.getElementById(id)?.textContent))) return true;
        if (el.id && [...document.querySelectorAll('label')].some(l => l.htmlFor === el.id && text(l.textContent))) return true;
        if (el.closest('label') && text(el.closest('label').textContent)) return true;
        if (text(el.getAttribute('title'))) return true;
        if (['submit', 'button', 'reset'].includes(el.type) && text(el.value)) return true;
        if (['BUTTON', 'A'].includes(el.tagName)
            && (text(el.textContent) || [...el.querySelectorAll('img[alt]')].some(i => text(i.alt)))) return true;
        return false;
      };
      const reachable = el => {
        if (el.disabled || el.type === 'hidden') return false;
        for (let e = el; e; e = e.parentElement) {
          if (getComputedStyle(e).display === 'none' || getComputedStyle(e).visibility === 'hidden') return false;
        }
        return true;
      };
      return [...document.querySelectorAll('input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])')]
        .filter(reachable)
        .filter(el => !named(el)
            || (el.closest('[aria-hidden="true"]') && el.getAttribute('tabindex') !== '-1'))
        .map(el => el.outerHTML.substring(0, 160));
      """;

  private static WebDriver driver;

  private static WebDriver phone;

  @BeforeAll
  static void signIn() {
    driver = Browser.open();
    LoginPage.open(driver).loginAs("coordination");
    phone = Browser.openPhone();
    LoginPage.open(phone).loginAs("coordination");
  }

  @AfterAll
  static void closeBrowsers() {
    driver.quit();
    phone.quit();
  }

  /** Both checks' pages, with what they show made once for the two. */
  private static List<Arguments> pages;

  static synchronized Stream<Arguments> pages() throws Exception {
    if (pages == null) {
      pages = pagesToCheck();
    }
    return pages.stream();
  }

  private static List<Arguments> pagesToCheck() throws Exception {
    // A pair in the queue, so that its decisions are on the page.
    ImportRuns.importPossibleDuplicate("coordination", ImportRuns.uniqueName());
    // A file with a column no format knows, so that the preview asks what it holds.
    Path unknownColumn = Files.createTempFile("inconnue", ".csv");
    unknownColumn.toFile().deleteOnExit();
    Files.writeString(
        unknownColumn,
        "Nom d'usage "
            + ImportRuns.uniqueName()
            + ",prenom,date_naissance,commune\nMARTIN,Anne,04/10/1960,Allègre\n");
    long someone =
        Json.createReader(
                new StringReader(Server.get("/api/v1/patients?size=1", "coordination").body()))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    return List.of(
        page("le registre", RegistryPage::open),
        page("la fiche d'une personne", d -> PersonPage.open(d, someone)),
        page("la saisie", d -> EntryPage.open(d, false)),
        page("le signalement", d -> EntryPage.open(d, true)),
        page("les doublons", DuplicatesPage::open),
        page("les imports", ImportsPage::open),
        page(
            "l'aperçu d'un fichier à la colonne inconnue",
            d -> ImportsPage.open(d).preview("Recensement d'une MSP", unknownColumn)));
  }

  private static Arguments page(String name, Consumer<WebDriver> open) {
    return Arguments.of(name, open);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everythingThatTakesTheFocusHasAName(String page, Consumer<WebDriver> open) {
    open.accept(driver);

    @SuppressWarnings("unchecked")
    List<String> unnamed = (List<String>) ((JavascriptExecutor) driver).executeScript(UNNAMED);

    assertThat(unnamed).as("elements without a name, or hidden, on %s", page).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void fitsAPhonesWidth(String page, Consumer<WebDriver> open) {
    open.accept(phone);

    assertThat(Browser.scrollsSideways(phone)).as("%s scrolls sideways on a phone", page).isFalse();
  }
}
