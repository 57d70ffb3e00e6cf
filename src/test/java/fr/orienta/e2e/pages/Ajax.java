package fr.orienta.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits for PrimeFaces' ajax requests to end, so that a test reads the redrawn page. */
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
                            "return window.jQuery !== undefined && jQuery.active === 0"
                                + " && PrimeFaces.ajax.Queue.isEmpty();"));
  }
}
