package org.corsroutes.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.corsroutes.it.LogCapture;
import org.corsroutes.it.demo.DemoLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * CORS is enforced by browsers, so the browser is the judge: headless Chromium loads the demo
 * page (src/main/resources/demo, the same page a person opens) from {@code http://localhost:<b>}
 * and runs each case with {@code fetch()} against the sample API on {@code http://127.0.0.1:<a>};
 * this test compares what the page's JavaScript could read with the outcome promised here, and
 * checks the server's side where it matters (preflights sent, requests that must never arrive).
 *
 * <p>Without Chromium the tests are skipped, or fail when {@code CI=true}.
 * {@code -Ddemo.screenshot=docs/demo.png} also saves a screenshot of the page.
 */
class BrowserCorsTest {
  private static final String READABLE = "readable";
  private static final String BLOCKED = "blocked";

  /** Every case of the demo page and what the browser must let the page see. */
  private static final Map<String, String> PROMISED = new LinkedHashMap<>();

  static {
    PROMISED.put("simple-get-allowed-origin", READABLE);
    PROMISED.put("simple-get-refused-origin", BLOCKED);
    PROMISED.put("json-post-preflighted", READABLE);
    PROMISED.put("put-allowed", READABLE);
    PROMISED.put("delete-refused", BLOCKED);
    PROMISED.put("delete-allowed", READABLE);
    PROMISED.put("put-refused", BLOCKED);
    PROMISED.put("custom-header-allowed", READABLE);
    PROMISED.put("custom-header-refused", BLOCKED);
    PROMISED.put("credentials-on-credentialed-route", READABLE);
    PROMISED.put("public-route-without-credentials", READABLE);
    PROMISED.put("credentials-on-public-route", BLOCKED);
    PROMISED.put("exposed-header", READABLE);
    PROMISED.put("unexposed-header", BLOCKED);
    PROMISED.put("auth-filter-401", READABLE);
    PROMISED.put("exception-mapper-404", READABLE);
    PROMISED.put("preflight-cached", "1 preflight for 2 requests");
    PROMISED.put("opaque-null-origin", BLOCKED);
    PROMISED.put("pattern-matching-subdomain", READABLE);
    PROMISED.put("pattern-apex-refused", BLOCKED);
  }

  private static DemoInBrowser demo;
  private static Map<String, DemoInBrowser.Result> results;
  /** What the runtime logged while the page ran: its refusals, each naming a console message. */
  private static List<String> serverLog;

  @BeforeAll
  static void runDemoPageInChromium() throws IOException {
    Chromium.requireInstalled();
    demo = new DemoInBrowser();
    try (LogCapture log = new LogCapture()) {
      results = demo.runPage();
      serverLog = log.take();
    }
    // The table as the browser computed it, for the build log.
    results.values().forEach(r -> System.out.printf("browser case %-34s expected %-26s shown %-26s server saw: %s%n",
        r.id(), r.expected(), r.shown(), r.server().isEmpty() ? "nothing" : r.server()));
    demo.consoleMessages().forEach(m -> System.out.println("browser console: " + m));
    String screenshot = System.getProperty("demo.screenshot");
    if (screenshot != null && !screenshot.isBlank()) {
      demo.screenshot(Path.of(screenshot));
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (demo != null) {
      demo.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> eachCaseAsTheBrowserSawIt() {
    return PROMISED.entrySet().stream().map(promise -> dynamicTest(
        promise.getKey() + ": " + promise.getValue(), () -> {
          String id = promise.getKey();
          DemoInBrowser.Result result = results.get(id);
          assertNotNull(result, () -> "case " + id + ": the demo page did not run it; it ran "
              + results.keySet());
          assertEquals(promise.getValue(), result.expected(),
              () -> "case " + id + ": the demo page promises another outcome than this test");
          assertEquals(promise.getValue(), result.observed(),
              () -> "case " + id + ": expected " + promise.getValue() + ", the browser observed "
                  + result.observed() + " (" + result.detail() + "; server saw: "
                  + (result.server().isEmpty() ? "nothing" : result.server()) + ")");
        }));
  }

  @Test
  void thePageRunsExactlyTheCasesPromisedHere() {
    assertEquals(List.copyOf(PROMISED.keySet()), List.copyOf(results.keySet()),
        "the demo page's cases and this test's cases drifted apart");
    assertTrue(demo.pageReadServerLog(), "the demo page could not read /demo/log");
  }

  @Test
  void eachRowIsFilledBeforeTheNextCaseStarts() {
    List<DemoInBrowser.Result> rows = List.copyOf(results.values());
    for (int i = 1; i < rows.size(); i++) {
      DemoInBrowser.Result previous = rows.get(i - 1);
      DemoInBrowser.Result next = rows.get(i);
      assertTrue(previous.filledAt() <= next.startedAt(), () -> "the row of " + previous.id()
          + " was filled at " + previous.filledAt() + " ms, after " + next.id() + " started at "
          + next.startedAt() + " ms: rows must show as each case completes");
    }
  }

  @TestFactory
  Stream<DynamicTest> anExpectedBlockReadsAsExpectedInANeutralColour() {
    return results.values().stream().map(r -> dynamicTest(r.id(), () -> {
      String classes = " " + r.shownClass() + " ";
      if (BLOCKED.equals(r.expected())) {
        assertEquals("blocked, as expected", r.shown(), "the browser-saw cell of " + r.id());
        assertTrue(classes.contains(" as-expected ") && classes.contains(" blocked "),
            () -> r.id() + ": an expected block is shown neutral, not as a failure: " + classes);
      } else {
        assertEquals(r.observed(), r.shown(), "the browser-saw cell of " + r.id());
        assertTrue(classes.contains(" as-expected "), () -> r.id() + ": " + classes);
      }
      assertFalse(classes.contains(" failed "), () -> r.id() + " is shown as failed: " + classes);
    }));
  }

  @Test
  void aRefusedOriginsSimpleGetReachesTheServerAndGets403() {
    // Simple requests are not preflighted: the browser sends them, the server must refuse them.
    assertEquals(List.of(new DemoLog.Entry("simple-get-refused-origin", "GET", false,
            demo.refusedOrigin(), 403)),
        demo.serverSaw("simple-get-refused-origin"),
        "server side of case simple-get-refused-origin");
  }

  @Test
  void aJsonPostIsPreflightedFirst() {
    List<String> seen = summary("json-post-preflighted");
    assertEquals(List.of("preflight 204", "POST 201"), seen, "server side of case json-post-preflighted");
  }

  @Test
  void refusedPreflightsKeepTheRequestFromTheServer() {
    assertEquals(List.of("preflight 403"), summary("delete-refused"), "server side of case delete-refused");
    assertEquals(List.of("preflight 403"), summary("put-refused"), "server side of case put-refused");
    assertEquals(List.of("preflight 403"), summary("custom-header-refused"),
        "server side of case custom-header-refused");
  }

  @Test
  void aCachedPreflightIsNotSentAgain() {
    assertEquals(List.of("preflight 204", "PUT 200", "PUT 200"), summary("preflight-cached"),
        "server side of case preflight-cached: one preflight, then two PUTs");
  }

  @Test
  void anOpaqueOriginIsSentAsNullAndRefused() {
    List<DemoLog.Entry> seen = demo.serverSaw("opaque-null-origin");
    assertEquals(List.of(new DemoLog.Entry("opaque-null-origin", "GET", false, "null", 403)), seen,
        "server side of case opaque-null-origin");
  }

  private static List<String> summary(String caseId) {
    return demo.serverSaw(caseId).stream()
        .map(e -> (e.preflight() ? "preflight" : e.method()) + " " + e.status())
        .toList();
  }

  /**
   * docs/troubleshooting.md quotes Chromium's CORS messages (the fenced blocks after
   * {@code <!-- chromium -->}) with the URL and the page's origin as placeholders: they are
   * exactly the CORS messages this Chromium printed while the page ran, no more, no fewer.
   */
  @Test
  void theTroubleshootingDocQuotesWhatChromiumPrints() throws IOException {
    assertEquals(TroubleshootingDoc.chromiumMessages(), chromiumCorsMessages(),
        "docs/troubleshooting.md and the CORS messages Chromium printed drifted apart; all it"
            + " printed:\n" + String.join("\n", demo.consoleMessages()));
  }

  /** Each refusal log line names the console message the browser shows: it must be a real one. */
  @Test
  void eachRefusalLogLineNamesAMessageChromiumPrints() {
    Set<String> printed = chromiumCorsMessages();
    List<String> claims = serverLog.stream()
        .filter(line -> line.startsWith("CORS Routes refused "))
        .map(line -> line.substring(line.indexOf("The browser console shows: \"... ")
            + "The browser console shows: \"... ".length(), line.length() - 1))
        .distinct().toList();
    assertEquals(2, claims.size(), "a refused preflight and a refused request: " + serverLog);
    for (String claim : claims) {
      assertTrue(printed.stream().anyMatch(message -> message.endsWith(claim)),
          () -> "the log says the console shows \"" + claim + "\"; Chromium printed " + printed);
    }
  }

  /** The CORS errors Chromium printed, URLs and origins replaced as the doc writes them. */
  private static Set<String> chromiumCorsMessages() {
    Set<String> out = new TreeSet<>();
    for (String message : demo.consoleMessages()) {
      int text = message.indexOf(" - ");
      String body = text < 0 ? message : message.substring(text + 3);
      if (body.contains("has been blocked by CORS policy")) {
        out.add(body.replaceAll("Access to fetch at '[^']*' from origin '[^']*'",
            "Access to fetch at '<url>' from origin '<origin>'"));
      }
    }
    return out;
  }
}
