package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.PREFLIGHT_VARY;
import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.corsroutes.it.security.SecurityApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A route with its own {@code @OPTIONS} method and a credentialed policy that allows OPTIONS:
 * the preflight for OPTIONS is answered by CORS Routes, and the OPTIONS request the page then
 * sends (an {@code Origin}, no {@code Access-Control-Request-Method}) reaches the method and
 * carries the grant, so the browser lets the page read what the preflight allowed.
 */
class OwnOptionsMethodTest {
  @RegisterExtension static final RunningServer server = RunningServer.of(SecurityApp::new);

  @Test
  void thePreflightForOptionsIsAnswered() {
    String what = "preflight OPTIONS /api/documents from app";
    HttpResponse<String> response = server.preflight("/api/documents", Origins.APP, "OPTIONS",
        null).send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.APP,
        "Access-Control-Allow-Credentials", "true",
        "Access-Control-Allow-Methods", "GET, OPTIONS",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }

  @Test
  void theOptionsRequestThatFollowsCarriesTheGrant() {
    String what = "OPTIONS /api/documents from app, not a preflight";
    HttpResponse<String> response = server.call("OPTIONS", "/api/documents").origin(Origins.APP)
        .send();

    assertStatus(200, response, what);
    assertEquals("{\"capabilities\":[\"read\"]}", response.body(), what + ": body");
    assertHeader(response, "Allow", "GET, OPTIONS", what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.APP,
        "Access-Control-Allow-Credentials", "true");
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void anOptionsRequestFromARefusedOriginIsRefused() {
    String what = "OPTIONS /api/documents from evil, not a preflight";
    HttpResponse<String> response = server.call("OPTIONS", "/api/documents").origin(Origins.EVIL)
        .send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
  }
}
