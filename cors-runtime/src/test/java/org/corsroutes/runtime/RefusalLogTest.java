package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The refusal log's rate limit and its quoting, on a clock the test moves: nothing here waits or
 * measures time.
 */
class RefusalLogTest {
  private final Recorder logger = new Recorder();
  private long now = 1_000;
  private final RefusalLog log = new RefusalLog(logger, () -> now, 60);

  private final PreparedPolicy policy = new PreparedPolicy(CorsPolicy.declaredOn("org.x.Users")
      .declaredAt("org/x/Users.java:12").origins("https://app.example.com")
      .allowHeaders("Authorization").build(), List.of("https://app.example.com"));
  private final Object route = new Object();

  private Supplier<Refusal> refusal(String origin, RefusalReason reason, String headers) {
    return () -> new Refusal(true, "PUT", "/users/{id}", "org.x.Users#put", policy, reason,
        "GET, PUT", origin, headers, true);
  }

  private void refuse(Object route, String origin, RefusalReason reason) {
    log.refused(route, origin, reason, refusal(origin, reason, null));
  }

  private void advanceSeconds(long seconds) {
    now += TimeUnit.SECONDS.toNanos(seconds);
  }

  @Test
  void theSameRouteOriginAndReasonIsLoggedOncePerInterval() {
    for (int i = 0; i < 50; i++) {
      refuse(route, "https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    }
    assertEquals(1, logger.lines.size(), String.join("\n", logger.lines));
    advanceSeconds(59);
    refuse(route, "https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    assertEquals(1, logger.lines.size());
    advanceSeconds(1);
    refuse(route, "https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    assertEquals(3, logger.lines.size(), String.join("\n", logger.lines));
    assertEquals("CORS Routes: 50 more refusals in the last 60 s or more not logged (the same"
        + " route, origin and reason is logged once per 60 s, and at most 100 refusals per 60 s)",
        logger.lines.get(1));
    assertTrue(logger.lines.get(2).startsWith("CORS Routes refused the preflight for PUT"),
        logger.lines.get(2));
  }

  @Test
  void anotherOriginReasonOrRouteIsLoggedAtOnce() {
    refuse(route, "https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    refuse(route, "https://other.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    refuse(route, "https://evil.example.com", RefusalReason.METHOD_NOT_ALLOWED);
    refuse(new Object(), "https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    assertEquals(4, logger.lines.size(), String.join("\n", logger.lines));
  }

  @Test
  void aFloodOfDistinctOriginsIsCappedPerInterval() {
    for (int i = 0; i < 5_000; i++) {
      refuse(route, "https://a" + i + ".example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    }
    assertEquals(RefusalLog.MAX_LINES, logger.lines.size());
    advanceSeconds(60);
    refuse(route, "https://late.example.com", RefusalReason.ORIGIN_NOT_ALLOWED);
    assertEquals(RefusalLog.MAX_LINES + 2, logger.lines.size());
    assertTrue(logger.lines.get(RefusalLog.MAX_LINES).startsWith("CORS Routes: 4900 more refusals"),
        logger.lines.get(RefusalLog.MAX_LINES));
  }

  @Test
  void nothingIsBuiltWhenInfoIsOff() {
    logger.enabled = false;
    log.refused(route, "https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED, () -> {
      throw new AssertionError("built a message nobody logs");
    });
    assertTrue(logger.lines.isEmpty());
  }

  @Test
  void requestValuesAreQuotedEscapedAndCut() {
    String attack = "https://evil.example.com\r\nCORS Routes: all good \"\\ \u00e9\u202e"
        + "x".repeat(500);
    refuse(route, attack, RefusalReason.MALFORMED_ORIGIN);
    String line = logger.lines.get(0);
    assertFalse(line.contains("\r") || line.contains("\n") || line.contains("\u202e"), line);
    assertTrue(line.contains("from origin \"https://evil.example.com\\x0d\\x0aCORS Routes: all good"
        + " \\\"\\\\ \\xe9\\u202e"), line);
    assertTrue(line.contains(" (" + (attack.length() - Refusal.MAX_SHOWN) + " more characters)"),
        line);
    assertTrue(line.length() < 1000, line);
  }

  @Test
  void eachReasonIsPutIntoWords() {
    assertEquals("CORS Routes refused the preflight for PUT /users/{id} from origin"
        + " \"https://evil.example.com\": origin not allowed: the policy allows"
        + " https://app.example.com. Policy: @CrossOrigin on org.x.Users at org/x/Users.java:12,"
        + " for org.x.Users#put. Answered 403 without CORS headers. The browser console shows:"
        + " \"... has been blocked by CORS policy: Response to preflight request doesn't pass"
        + " access control check: No 'Access-Control-Allow-Origin' header is present on the"
        + " requested resource.\"",
        line("https://evil.example.com", RefusalReason.ORIGIN_NOT_ALLOWED, null));
    assertTrue(line("HTTPS://APP", RefusalReason.MALFORMED_ORIGIN, null)
        .contains(": malformed Origin: not a serialized origin"));
    assertTrue(line("https://app.example.com", RefusalReason.METHOD_NOT_ALLOWED, null)
        .contains(": method not allowed: the policy's methods leave PUT out; allowed here: GET,"
            + " PUT."));
    assertTrue(line("https://app.example.com", RefusalReason.HEADER_NOT_ALLOWED,
            "authorization, x-debug")
        .contains(": header not allowed: requested header \"x-debug\" is not allowed; the policy"
            + " allows Authorization."));
    assertTrue(line("https://app.example.com", RefusalReason.MALFORMED_REQUEST_HEADERS, "a b")
        .contains(": malformed Access-Control-Request-Headers: \"a b\" is not a comma-separated"
            + " list of header names."));
    assertTrue(line("https://app.example.com", RefusalReason.REQUEST_HEADERS_TOO_LONG,
            "a,".repeat(3000))
        .contains(": Access-Control-Request-Headers too long: it is 6000 characters long, over"
            + " the limit of 4096."));
  }

  @Test
  void theExplanationHoldsNothingTheRequestSent() {
    String origin = "https://evil.example.com";
    String explanation = refusal(origin, RefusalReason.HEADER_NOT_ALLOWED, "x-secret-probe")
        .get().explanation();
    assertEquals("CORS request refused: header not allowed: the policy allows Authorization."
        + " Policy: @CrossOrigin on org.x.Users at org/x/Users.java:12. (Explained because"
        + " corsroutes.refusalBody=explained: never in production.)\n", explanation);
    for (RefusalReason reason : RefusalReason.values()) {
      String text = refusal(origin, reason, "x-secret-probe").get().explanation();
      assertFalse(text.contains("evil") || text.contains("probe"), text);
    }
  }

  private String line(String origin, RefusalReason reason, String headers) {
    return refusal(origin, reason, headers).get().logLine();
  }

  /** A System.Logger that keeps what it is given. */
  static final class Recorder implements System.Logger {
    final List<String> lines = new ArrayList<>();
    boolean enabled = true;

    @Override public String getName() {
      return RefusalLog.LOGGER;
    }

    @Override public boolean isLoggable(Level level) {
      return enabled && level.getSeverity() >= Level.INFO.getSeverity();
    }

    @Override public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(msg);
    }

    @Override public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(format);
    }
  }
}
