package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every refusal of the sample API is explained in the log, one line per reason, verbatim: the
 * route, the policy and the line it is written on, the reason in words, and what the browser
 * console shows. These are the lines README and docs/troubleshooting.md quote.
 */
class RefusalLogTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  private static final String USERS_POLICY = "Policy: @CrossOrigin on"
      + " org.corsroutes.it.UsersResource at org/corsroutes/it/UsersResource.java:27";
  private static final String PREFLIGHT_CONSOLE = "Answered 403 without CORS headers. The browser"
      + " console shows: \"... has been blocked by CORS policy: Response to preflight request"
      + " doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on"
      + " the requested resource.\"";

  private LogCapture log;

  @BeforeEach
  void capture() {
    log = new LogCapture();
  }

  @AfterEach
  void release() {
    log.close();
  }

  private String onlyLine(HttpResponse<String> response) {
    return onlyLine(response.statusCode(), response.body());
  }

  private String onlyLine(int status, String body) {
    assertEquals(403, status, body);
    assertEquals("CORS request refused\n", body, "the body explains nothing by default");
    List<String> lines = log.take();
    assertEquals(1, lines.size(), String.join("\n", lines));
    return lines.get(0);
  }

  @Test
  void originNotAllowed() {
    assertEquals("CORS Routes refused the preflight for PUT /api/users/{id} from origin"
        + " \"https://evil.example.com\": origin not allowed: the policy allows"
        + " https://app.example.com, https://admin.example.com. " + USERS_POLICY
        + ", for org.corsroutes.it.UsersResource#rename. " + PREFLIGHT_CONSOLE,
        onlyLine(server.preflight("/api/users/1", Origins.EVIL, "PUT", "content-type").send()));
  }

  @Test
  void originNotAllowedOnAnActualRequest() {
    assertEquals("CORS Routes refused the request GET /api/users from origin"
        + " \"https://evil.example.com\": origin not allowed: the policy allows"
        + " https://app.example.com, https://admin.example.com. " + USERS_POLICY
        + ", for org.corsroutes.it.UsersResource#list. Answered 403 without CORS headers. The"
        + " browser console shows: \"... has been blocked by CORS policy: No"
        + " 'Access-Control-Allow-Origin' header is present on the requested resource.\"",
        onlyLine(server.get("/api/users").origin(Origins.EVIL).authorized().send()));
  }

  @Test
  void malformedOrigin() throws Exception {
    RawHttp.Response response = RawHttp.send(server.port(), "OPTIONS", "/api/users",
        List.of("Origin: https://App.example.com/\u00e9", "Access-Control-Request-Method: GET"),
        null);
    assertEquals("CORS Routes refused the preflight for GET /api/users from origin"
        + " \"https://App.example.com/\\xe9\": malformed Origin: not a serialized origin"
        + " (scheme://host[:port], lowercase, no path); the policy allows"
        + " https://app.example.com, https://admin.example.com. " + USERS_POLICY
        + ", for org.corsroutes.it.UsersResource#list. " + PREFLIGHT_CONSOLE,
        onlyLine(response.status(), new String(response.body(), StandardCharsets.UTF_8)));
  }

  @Test
  void methodNotAllowed() {
    assertEquals("CORS Routes refused the preflight for TRACE /api/echo from origin"
        + " \"https://shop.example.net\": method not allowed: the Fetch standard forbids TRACE"
        + " cross-origin; allowed here: GET. Policy: @CrossOrigin on org.corsroutes.it.EchoResource"
        + " at org/corsroutes/it/EchoResource.java:15, for org.corsroutes.it.EchoResource#trace. "
        + PREFLIGHT_CONSOLE,
        onlyLine(server.preflight("/api/echo", Origins.SHOP, "TRACE", null).send()));
  }

  @Test
  void methodNotServed() {
    assertEquals("CORS Routes refused the preflight for PATCH /api/users/{id} from origin"
        + " \"https://app.example.com\": method not served: the route does not serve PATCH;"
        + " allowed here: GET, PUT, DELETE. " + USERS_POLICY + ". " + PREFLIGHT_CONSOLE,
        onlyLine(server.preflight("/api/users/1", Origins.APP, "PATCH", null).send()));
  }

  @Test
  void headerNotAllowed() {
    assertEquals("CORS Routes refused the preflight for PUT /api/users/{id} from origin"
        + " \"https://app.example.com\": header not allowed: requested header \"x-debug\" is not"
        + " allowed; the policy allows Authorization, Content-Type. " + USERS_POLICY
        + ", for org.corsroutes.it.UsersResource#rename. " + PREFLIGHT_CONSOLE,
        onlyLine(server.preflight("/api/users/1", Origins.APP, "PUT", "content-type,x-debug")
            .send()));
  }

  @Test
  void malformedRequestHeaders() {
    assertEquals("CORS Routes refused the preflight for PUT /api/users/{id} from origin"
        + " \"https://app.example.com\": malformed Access-Control-Request-Headers:"
        + " \"content-type; x-debug\" is not a comma-separated list of header names. "
        + USERS_POLICY + ", for org.corsroutes.it.UsersResource#rename. " + PREFLIGHT_CONSOLE,
        onlyLine(server.preflight("/api/users/1", Origins.APP, "PUT", "content-type; x-debug")
            .send()));
  }

  @Test
  void requestHeadersTooLong() {
    assertEquals("CORS Routes refused the preflight for PUT /api/users/{id} from origin"
        + " \"https://app.example.com\": Access-Control-Request-Headers too long: it is 5000"
        + " characters long, over the limit of 4096. " + USERS_POLICY
        + ", for org.corsroutes.it.UsersResource#rename. " + PREFLIGHT_CONSOLE,
        onlyLine(server.preflight("/api/users/1", Origins.APP, "PUT", "x".repeat(5000)).send()));
  }

  @Test
  void aRepeatedRefusalIsLoggedOnce() {
    for (int i = 0; i < 20; i++) {
      assertEquals(403,
          server.preflight("/api/users/2", Origins.PARTNER, "DELETE", null).send().statusCode());
    }
    List<String> lines = log.take();
    assertEquals(1, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).contains("from origin \"https://partner.example.org\": origin not"
        + " allowed"), lines.get(0));
  }
}
