package org.corsroutes.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corsroutes.it.SampleServer;
import org.corsroutes.it.demo.DemoApp;
import org.corsroutes.it.demo.DemoLog;
import org.corsroutes.it.demo.DemoPage;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser demo as a person runs it, on free ports: the sample API with the demo routes on
 * {@code http://127.0.0.1:<a>}, the demo page on {@code http://localhost:<b>/} (also answering
 * as {@code 127.0.0.1:<b>} and {@code shop.localhost:<b>} for its iframes), and a fresh
 * headless Chromium that loads the page and lets it run every case.
 */
final class DemoInBrowser implements AutoCloseable {
  private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);

  /**
   * One row of the demo table: what the page's JavaScript computed ({@code expected},
   * {@code observed}, ...), what its "browser saw" cell shows ({@code shown}, in the CSS classes
   * {@code shownClass}), and when the case started and its row was filled (ms since page load).
   */
  record Result(String id, String expected, String observed, String detail, String server,
      String shown, String shownClass, double startedAt, double filledAt) {}

  private final DemoApp app = new DemoApp();
  private final SampleServer api;
  private final DemoPage page;
  private final Path profile;
  private final ChromeDriver browser;
  private String run;
  private List<String> console = List.of();

  DemoInBrowser() {
    SampleServer startedApi = null;
    DemoPage startedPage = null;
    try {
      // SampleApp's own ${PARTNER_ORIGINS} route needs a value to start; the demo does not use it.
      if (System.getProperty("PARTNER_ORIGINS") == null && System.getenv("PARTNER_ORIGINS") == null) {
        System.setProperty("PARTNER_ORIGINS", "https://partner.example.org");
      }
      startedApi = SampleServer.start("127.0.0.1", 0, app);
      startedPage = DemoPage.start("127.0.0.1", 0, startedApi.origin());
      profile = Files.createTempDirectory("cors-routes-chromium-");
      browser = Chromium.start(profile);
    } catch (IOException | RuntimeException e) {
      if (startedPage != null) {
        startedPage.close();
      }
      if (startedApi != null) {
        startedApi.stop();
      }
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
    this.api = startedApi;
    this.page = startedPage;
  }

  String pageUrl() {
    return page.url();
  }

  /** Loads the demo page, waits until every case has run, and returns the rows by case id. */
  Map<String, Result> runPage() {
    browser.get(page.url());
    new WebDriverWait(browser, PAGE_TIMEOUT).withMessage(
            "the demo page at " + page.url() + " did not finish its cases in " + PAGE_TIMEOUT)
        .until(d -> "true".equals(script("return document.documentElement.dataset.done || ''")));
    run = (String) script("return window.corsDemo.run");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) script(
        "return window.corsDemo.results.map(r => {"
            + " const cell = document.querySelector('#case-' + r.id + ' td.observed');"
            + " return {id: r.id, expected: r.expected, observed: r.observed,"
            + " detail: String(r.detail), server: r.server.join(', '),"
            + " shown: cell.textContent, shownClass: cell.className,"
            + " startedAt: r.startedAt, filledAt: r.filledAt}; })");
    console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage).toList();
    Map<String, Result> results = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      results.put((String) row.get("id"), new Result((String) row.get("id"),
          (String) row.get("expected"), (String) row.get("observed"),
          (String) row.get("detail"), (String) row.get("server"),
          (String) row.get("shown"), (String) row.get("shownClass"),
          ((Number) row.get("startedAt")).doubleValue(),
          ((Number) row.get("filledAt")).doubleValue()));
    }
    return results;
  }

  /**
   * What Chromium printed to the console while the page ran, as chromedriver reports it
   * ({@code <page url> - <message>}), CORS errors included.
   */
  List<String> consoleMessages() {
    return console;
  }

  /** Whether the page could read the server's log of its run (it shows it in the table). */
  boolean pageReadServerLog() {
    return Boolean.TRUE.equals(script("return window.corsDemo.serverLogRead"));
  }

  /** What the server saw of one case of the last run, read in-process. */
  List<DemoLog.Entry> serverSaw(String caseId) {
    return app.log().entries(run).stream().filter(e -> e.caseId().equals(caseId)).toList();
  }

  /** The page origin the iframes of the "refused" cases use. */
  String refusedOrigin() {
    return "http://127.0.0.1:" + page.port();
  }

  /** Saves a PNG of the whole table, the window resized to the page's height. */
  void screenshot(Path png) throws IOException {
    long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
    long viewport = ((Number) script("return window.innerHeight")).longValue();
    long chrome = browser.manage().window().getSize().getHeight() - viewport; // window minus viewport
    browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height + chrome + 8, 4000)));
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.copy(shot, png, StandardCopyOption.REPLACE_EXISTING);
  }

  private Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
      page.close();
      api.stop();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
