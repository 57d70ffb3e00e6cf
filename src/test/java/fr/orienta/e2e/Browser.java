package fr.orienta.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from the distribution packages (/usr/bin/chromium and its driver);
 * nothing is downloaded. A missing browser fails the test with the command that installs it.
 */
public final class Browser {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  public static WebDriver open() {
    return open(new Dimension(1280, 900));
  }

  /** A phone-sized window (390×844, a common smartphone viewport). */
  public static WebDriver openPhone() {
    return open(new Dimension(390, 844));
  }

  private static WebDriver open(Dimension size) {
    if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
      throw new IllegalStateException(
          "Chromium is required: apt-get install -y chromium chromium-driver");
    }
    File profile;
    try {
      profile = Files.createTempDirectory("orienta-chromium").toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=fr-FR",
        "--user-data-dir=" + profile.getAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(size);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Whether the page is wider than the window, so that reading it takes scrolling sideways. */
  public static boolean scrollsSideways(WebDriver driver) {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth;");
  }
}
