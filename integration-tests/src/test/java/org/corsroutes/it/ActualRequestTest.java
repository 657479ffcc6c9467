package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertNoHeader;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.corsroutes.it.CorsAssertions.assertUsersApiGrant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests after the preflight: the response headers that let the page read the answer. */
class ActualRequestTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void credentialedRouteGrantsTheOriginCredentialsAndExposedHeaders() {
    String what = "GET /api/users from app";
    HttpResponse<String> response = server.get("/api/users").origin(Origins.APP).authorized().send();

    assertStatus(200, response, what);
    assertUsersApiGrant(response, Origins.APP, what);
    // Both headers are sent; only X-Request-Id is exposed to the page.
    assertEquals(1, response.headers().allValues("X-Request-Id").size(), what + ": X-Request-Id");
    assertEquals(1, response.headers().allValues("X-Internal-Trace").size(), what + ": X-Internal-Trace");
    assertTrue(response.body().contains("Ada Lovelace"), what + ": body " + response.body());
  }

  @Test
  void jsonPostFromTheOtherAllowedOrigin() {
    String what = "POST /api/users from admin";
    HttpResponse<String> response = server.call("POST", "/api/users")
        .origin(Origins.ADMIN).authorized().json("{\"name\":\"Edsger Dijkstra\"}").send();

    assertStatus(201, response, what);
    assertUsersApiGrant(response, Origins.ADMIN, what);
    assertTrue(response.body().contains("Edsger Dijkstra"), what + ": body " + response.body());
  }

  @Test
  void routeWithoutCredentialsSendsOnlyTheOrigin() {
    String what = "GET /api/widgets from shop";
    HttpResponse<String> response = server.get("/api/widgets").origin(Origins.SHOP).send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what, "Access-Control-Allow-Origin", Origins.SHOP);
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void publicRouteSendsStarAndNeedsNoVary() {
    String what = "GET /api/health from anywhere";
    HttpResponse<String> response = server.get("/api/health").origin("https://anyone.example").send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what, "Access-Control-Allow-Origin", "*");
    // "*" is the same for every origin, so a shared cache may keep one copy for all.
    assertNoHeader(response, "Vary", what);
  }

  @Test
  void composedPolicyGrantsTheAdminConsoleOnly() {
    String what = "GET /api/admin/audit from admin (@AdminCors)";
    HttpResponse<String> response = server.get("/api/admin/audit").origin(Origins.ADMIN).authorized().send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.ADMIN,
        "Access-Control-Allow-Credentials", "true");
    assertHeader(response, "Vary", "Origin", what);

    String refused = "GET /api/admin/audit from app (@AdminCors)";
    HttpResponse<String> fromApp = server.get("/api/admin/audit").origin(Origins.APP).authorized().send();
    assertStatus(403, fromApp, refused);
    assertNoCorsHeaders(fromApp, refused);
  }

  @Test
  void requestWithoutOriginIsNotCors() {
    String what = "GET /api/users without Origin";
    HttpResponse<String> response = server.get("/api/users").authorized().send();

    assertStatus(200, response, what);
    assertNoCorsHeaders(response, what);
  }
}
