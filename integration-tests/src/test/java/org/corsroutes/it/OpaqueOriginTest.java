package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.PREFLIGHT_VARY;
import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertNoHeader;
import static org.corsroutes.it.CorsAssertions.assertStatus;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Origin: null} (sandboxed iframes, {@code file:} pages, cross-origin redirects): a
 * public {@code "*"} route answers its simple requests and its preflights alike with
 * {@code "*"}, which Fetch lets an opaque origin read without credentials; every route that
 * lists origins refuses it.
 */
class OpaqueOriginTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void publicRouteAnswersTheOpaqueOriginsGetWithStar() {
    String what = "GET /api/health from Origin: null";
    HttpResponse<String> response = server.get("/api/health").origin("null").send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what, "Access-Control-Allow-Origin", "*");
    assertNoHeader(response, "Vary", what);
  }

  @Test
  void publicRouteAnswersTheOpaqueOriginsPreflightWithStar() {
    String what = "preflight GET /api/health from Origin: null, with a custom header";
    HttpResponse<String> response = server.preflight("/api/health", "null", "GET", "x-trace-id")
        .send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", "*",
        "Access-Control-Allow-Methods", "GET",
        "Access-Control-Allow-Headers", "x-trace-id",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/users", "/api/widgets", "/api/partners"})
  void routesThatListOriginsRefuseIt(String path) {
    String get = "GET " + path + " from Origin: null";
    HttpResponse<String> response = server.get(path).origin("null").authorized().send();
    assertStatus(403, response, get);
    assertNoCorsHeaders(response, get);

    String preflight = "preflight GET " + path + " from Origin: null";
    HttpResponse<String> refused = server.preflight(path, "null", "GET", null).send();
    assertStatus(403, refused, preflight);
    assertNoCorsHeaders(refused, preflight);
  }
}
