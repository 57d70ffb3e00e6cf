package fr.orienta.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits until a page has loaded (or has been replaced) and PrimeFaces' ajax requests have ended, so
 * that a test reads (and clicks) the page as the user would see it. Pages without PrimeFaces (error
 * pages) only need to have loaded.
 */
final class Ajax {

  private Ajax() {}

  /**
   * Waits until the page an element belonged to has been replaced (a form posted back).
   * Chromedriver does not always say so with a stale element: asked about a node of a document it
   * has just replaced, it may answer « Node with given id does not belong to the document » (seen
   * once in CI), which means the same.
   */
  static void awaitReplaced(WebDriver driver, WebElement before) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                before.isEnabled();
                return false;
              } catch (StaleElementReferenceException e) {
                return true;
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }

  static void await(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .pollingEvery(Duration.ofMillis(300))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (window.PrimeFaces === undefined"
                                + " || (jQuery.active === 0 && PrimeFaces.ajax.Queue.isEmpty()));"));
  }
}
