package fr.orienta.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits until a page has loaded and PrimeFaces' ajax requests have ended, so that a test reads (and
 * clicks) the page as the user would see it. Pages without PrimeFaces (error pages) only need to
 * have loaded.
 */
final class Ajax {

  private Ajax() {}

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
