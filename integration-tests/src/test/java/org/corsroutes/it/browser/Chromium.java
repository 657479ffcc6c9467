package org.corsroutes.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian packages
 * {@code chromium} and {@code chromium-driver}). Both paths are handed to Selenium, so Selenium
 * Manager is never asked to find, let alone download, a browser or a driver. Other paths:
 * {@code -Dchromium.binary=...}, {@code -Dchromium.driver=...}.
 */
final class Chromium {
  static final String INSTALL = "apt-get install -y chromium chromium-driver";

  /**
   * Selenium connects to Chromium's DevTools (CDP) at start and warns when the Chromium is newer
   * or older than the CDP versions it bundles, which happens with every Debian Chromium update.
   * These tests use WebDriver only, never CDP, so that warning says nothing about them. Held in a
   * field: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
   */
  private static final Logger CDP_VERSION_LOG =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Chromium() {}

  static Path binary() {
    return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  }

  static Path driver() {
    return Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
  }

  /**
   * Fails when Chromium or chromedriver is missing and CI=true (CI must run the browser tests);
   * elsewhere skips the calling tests with the same message.
   */
  static void requireInstalled() {
    List<String> missing = new ArrayList<>();
    for (Path path : List.of(binary(), driver())) {
      if (!Files.isExecutable(path)) {
        missing.add(path.toString());
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "Browser tests need headless Chromium and chromedriver; missing "
        + String.join(" and ", missing) + ". Install them with: " + INSTALL;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " (CI=true: the browser tests may not be skipped)");
    }
    // Surefire does not print why a class was aborted: say it where a developer sees it.
    System.err.println("SKIPPED the browser tests: " + message);
    Assumptions.abort(message);
  }

  /** A fresh headless Chromium with its own profile in {@code userDataDir}. */
  static ChromeDriver start(Path userDataDir) {
    CDP_VERSION_LOG.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary().toFile());
    // The console, CORS errors included, read back by DemoInBrowser#consoleMessages.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // This machine's network is closed: keep Chromium from calling home at all.
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--no-proxy-server",
        "--window-size=1400,1000",
        "--user-data-dir=" + userDataDir);
    File driver = driver().toFile();
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getPath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver)
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
