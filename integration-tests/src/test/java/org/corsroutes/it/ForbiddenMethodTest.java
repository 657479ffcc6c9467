package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/echo} serves GET and TRACE under one policy: TRACE is never offered nor granted
 * cross-origin (Fetch forbids it), while the application still answers it same-origin.
 */
class ForbiddenMethodTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void preflightForTraceIsRefused() {
    String what = "preflight TRACE /api/echo from shop";
    HttpResponse<String> response = server.preflight("/api/echo", Origins.SHOP, "TRACE", null)
        .send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
  }

  @Test
  void preflightForGetDoesNotOfferTrace() {
    String what = "preflight GET /api/echo from shop";
    HttpResponse<String> response = server.preflight("/api/echo", Origins.SHOP, "GET", null)
        .send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.SHOP,
        "Access-Control-Allow-Methods", "GET",
        "Access-Control-Max-Age", "1800");
  }

  @Test
  void crossOriginTraceIsRefusedEvenFromAnAllowedOrigin() {
    String what = "TRACE /api/echo from shop";
    HttpResponse<String> response = server.call("TRACE", "/api/echo").origin(Origins.SHOP).send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
  }

  @Test
  void traceWithoutOriginReachesTheApplication() {
    String what = "TRACE /api/echo, no Origin";
    HttpResponse<String> response = server.call("TRACE", "/api/echo").send();

    assertStatus(200, response, what);
    assertEquals("trace", response.body(), what + ": body");
  }
}
