package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.PREFLIGHT_VARY;
import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Preflights are answered by the runtime, before matching and authentication. */
class PreflightTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void allowedPreflightAnswersEveryHeader() {
    String what = "preflight PUT /api/users/7 from app";
    HttpResponse<String> response = server
        .preflight("/api/users/7", Origins.APP, "PUT", "authorization, content-type").send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.APP,
        "Access-Control-Allow-Credentials", "true",
        "Access-Control-Allow-Methods", "GET, PUT, DELETE",
        "Access-Control-Allow-Headers", "Authorization, Content-Type",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
    assertEquals("", response.body(), what + ": body");
  }

  @Test
  void preflightOfCollectionRouteListsItsOwnMethods() {
    String what = "preflight POST /api/users from admin";
    HttpResponse<String> response = server
        .preflight("/api/users", Origins.ADMIN, "POST", "content-type").send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.ADMIN,
        "Access-Control-Allow-Credentials", "true",
        "Access-Control-Allow-Methods", "GET, POST",
        "Access-Control-Allow-Headers", "Authorization, Content-Type",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }

  @Test
  void publicPreflightAnswersStarAndTheRequestedHeaders() {
    String what = "preflight GET /api/health from anywhere";
    HttpResponse<String> response = server
        .preflight("/api/health", "https://anyone.example", "GET", "x-trace-id").send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", "*",
        "Access-Control-Allow-Methods", "GET",
        "Access-Control-Allow-Headers", "x-trace-id",
        "Access-Control-Max-Age", "1800");
  }

  @Test
  void composedPolicyAllowsOnlyTheAdminConsole() {
    String what = "preflight DELETE /api/admin/users/5 from admin (@AdminCors)";
    HttpResponse<String> response = server
        .preflight("/api/admin/users/5", Origins.ADMIN, "DELETE", "authorization").send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.ADMIN,
        "Access-Control-Allow-Credentials", "true",
        "Access-Control-Allow-Methods", "DELETE",
        "Access-Control-Allow-Headers", "authorization",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);

    String refused = "preflight DELETE /api/admin/users/5 from app (@AdminCors)";
    HttpResponse<String> fromApp = server
        .preflight("/api/admin/users/5", Origins.APP, "DELETE", "authorization").send();
    assertStatus(403, fromApp, refused);
    assertNoCorsHeaders(fromApp, refused);
  }

  @Test
  void regexPathParameterRouteIsMatched() {
    String what = "preflight GET /api/widgets/2 ({id: [0-9]+}) from shop";
    HttpResponse<String> response = server
        .preflight("/api/widgets/2", Origins.SHOP, "GET", null).send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.SHOP,
        "Access-Control-Allow-Methods", "GET",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      origin not allowed      | https://evil.example.com | PUT    | authorization
      method not allowed      | https://app.example.com  | PATCH  | authorization
      header not allowed      | https://app.example.com  | PUT    | authorization, x-custom
      lowercase method        | https://app.example.com  | put    | authorization
      """)
  void refusedPreflightIs403WithoutCorsHeaders(String what, String origin, String method,
      String headers) {
    HttpResponse<String> response = server.preflight("/api/users/7", origin, method, headers).send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      allowed preflight to /api/users           | /api/users        | https://app.example.com   | 204
      allowed preflight to /api/admin/audit     | /api/admin/audit  | https://admin.example.com | 204
      refused preflight to /api/users           | /api/users        | https://evil.example.com  | 403
      refused preflight to /api/admin/audit     | /api/admin/audit  | https://app.example.com   | 403
      """)
  void preflightsNeverReachTheAuthFilter(String what, String path, String origin, int status) {
    // No Authorization header: a browser never sends credentials on a preflight.
    HttpResponse<String> response = server.preflight(path, origin, "GET", "authorization").send();

    assertStatus(status, response, what);
  }
}
