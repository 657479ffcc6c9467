package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.corsroutes.it.CorsAssertions.assertUsersApiGrant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Responses the application itself makes (aborting filters, exception mappers, its own OPTIONS
 * handler) and requests that are not CORS at all.
 */
class ApplicationResponsesTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void unauthorizedFromTheAuthFilterCarriesCorsHeaders() {
    String what = "GET /api/users from app without a token";
    HttpResponse<String> response = server.get("/api/users").origin(Origins.APP).send();

    assertStatus(401, response, what);
    assertEquals("{\"error\":\"unauthorized\",\"message\":\"a bearer token is required\"}",
        response.body(), what + ": body");
    assertUsersApiGrant(response, Origins.APP, what);
  }

  @Test
  void exceptionMapperResponseCarriesCorsHeaders() {
    String what = "GET /api/users/999 (unknown) from app";
    HttpResponse<String> response = server.get("/api/users/999").origin(Origins.APP).authorized().send();

    assertStatus(404, response, what);
    assertEquals("{\"error\":\"not_found\",\"message\":\"no user with id 999\"}",
        response.body(), what + ": body");
    assertUsersApiGrant(response, Origins.APP, what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      users, allowed origin        | /api/users    | https://app.example.com     | 200
      users, no origin             | /api/users    |                             | 200
      users, refused origin        | /api/users    | https://evil.example.com    | 403
      users/1, allowed origin      | /api/users/1  | https://admin.example.com   | 200
      users/1, refused origin      | /api/users/1  | https://evil.example.com    | 403
      widgets, allowed origin      | /api/widgets  | https://shop.example.net    | 200
      widgets, no origin           | /api/widgets  |                             | 200
      widgets, refused origin      | /api/widgets  | https://example.net         | 403
      partners, allowed origin     | /api/partners | https://partner.example.org | 200
      partners, no origin          | /api/partners |                             | 200
      partners, refused origin     | /api/partners | https://evil.example.com    | 403
      """)
  void varyOriginOnEveryResponseOfAnOriginDependentRoute(String what, String path, String origin,
      int status) {
    RunningServer.Call call = server.get(path).authorized();
    HttpResponse<String> response = (origin == null ? call : call.origin(origin)).send();

    assertStatus(status, response, what);
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void sameOriginRequestPassesUntouched() {
    String what = "GET /api/users from the server's own origin";
    HttpResponse<String> response = server.get("/api/users").origin(server.origin()).authorized().send();

    assertStatus(200, response, what);
    assertNoCorsHeaders(response, what);
  }

  @Test
  void optionsWithoutCorsHeadersReachesTheApplication() {
    String what = "OPTIONS /api/meta without CORS headers";
    HttpResponse<String> response = server.call("OPTIONS", "/api/meta").send();

    assertApplicationOptions(response, what);
  }

  @Test
  void preflightOnRouteWithoutPolicyReachesTheApplication() {
    String what = "preflight to /api/meta (no policy)";
    HttpResponse<String> response = server.preflight("/api/meta", Origins.APP, "GET", "authorization").send();

    assertApplicationOptions(response, what);
  }

  @Test
  void optionsWithOriginButNoRequestMethodIsNotAPreflight() {
    String what = "OPTIONS /api/meta with Origin only";
    HttpResponse<String> response = server.call("OPTIONS", "/api/meta").origin(Origins.APP).send();

    assertApplicationOptions(response, what);
  }

  private static void assertApplicationOptions(HttpResponse<String> response, String what) {
    assertStatus(200, response, what);
    assertEquals("{\"options\":\"answered by MetaResource\"}", response.body(), what + ": body");
    assertHeader(response, "X-Handled-By", "MetaResource", what);
    assertHeader(response, "Allow", "GET, OPTIONS", what);
    assertNoCorsHeaders(response, what);
  }
}
