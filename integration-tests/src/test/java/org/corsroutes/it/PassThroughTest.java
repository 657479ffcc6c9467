package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.PREFLIGHT_VARY;
import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.corsroutes.it.CorsAssertions.assertUsersApiGrant;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime's options as configuration properties: refused requests passed to the
 * application without CORS headers (the browser then hides the answer from the page), and
 * preflights answered 200 for clients that expect it.
 */
class PassThroughTest {
  @RegisterExtension
  static final RunningServer server = RunningServer.withProperties(Map.of(
      "corsroutes.refusedRequests", "pass",
      "corsroutes.preflightStatus", "200"));

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.corsroutes.it.MisconfigurationCorpus#refusedForApp")
  void refusedOriginPassesWithoutCorsHeaders(String what, String origin) {
    HttpResponse<String> response = server.get("/api/users").origin(origin).authorized().send();

    assertStatus(200, response, what);
    assertNoCorsHeaders(response, what);
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void allowedOriginIsStillGranted() {
    String what = "GET /api/users from app, pass-through configured";
    HttpResponse<String> response = server.get("/api/users").origin(Origins.APP).authorized().send();

    assertStatus(200, response, what);
    assertUsersApiGrant(response, Origins.APP, what);
  }

  @Test
  void preflightStatusIsConfigurable() {
    String what = "preflight with preflightStatus=200";
    HttpResponse<String> response = server
        .preflight("/api/users", Origins.APP, "POST", "content-type").send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.APP,
        "Access-Control-Allow-Credentials", "true",
        "Access-Control-Allow-Methods", "GET, POST",
        "Access-Control-Allow-Headers", "Authorization, Content-Type",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }
}
