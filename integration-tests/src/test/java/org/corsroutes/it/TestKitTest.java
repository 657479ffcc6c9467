package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corsroutes.runtime.CorsDecisions;
import org.corsroutes.test.CorsRequest;
import org.corsroutes.test.CorsTester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The test kit ({@code cors-test}) on the sample API's generated tables: its assertions hold
 * where the policies say so, and for every case below its answer is the one the sample server
 * sends over HTTP, status and CORS headers alike.
 */
class TestKitTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  private static CorsTester cors;

  @BeforeAll
  static void tables() {
    System.setProperty(SampleServer.PARTNER_ORIGINS, Origins.PARTNER);
    // The sample application's root resources, by the tables the processor generated for them.
    cors = CorsTester.of(UsersResourceCorsRoutes.class, AdminResourceCorsRoutes.class,
        HealthResourceCorsRoutes.class, PartnersResourceCorsRoutes.class,
        WidgetsResourceCorsRoutes.class, MetaResourceCorsRoutes.class,
        OrdersResourceCorsRoutes.class, EchoResourceCorsRoutes.class);
  }

  @Test
  void thePoliciesAsTheSampleDeclaresThem() {
    cors.preflight("DELETE", "/api/users/1").from(Origins.APP).withHeaders("Authorization")
        .assertAllowedWithCredentials()
        .assertHeader("Access-Control-Allow-Methods", "GET, PUT, DELETE");
    cors.request("GET", "/api/users").from(Origins.EVIL).assertRefused();
    cors.preflight("DELETE", "/api/admin/users/1").from(Origins.APP).assertRefused();
    cors.preflight("DELETE", "/api/admin/users/1").from(Origins.ADMIN)
        .assertAllowedWithCredentials();
    cors.request("GET", "/api/health").from(Origins.EVIL).assertAllowed()
        .assertHeader("Access-Control-Allow-Origin", "*").assertNoHeader("Vary");
    cors.request("GET", "/api/widgets/3").from("https://shop.widgets.example.net")
        .assertAllowed();
    cors.request("GET", "/api/widgets/3").from("https://example.net").assertRefused();
    cors.request("GET", "/api/partners").from(Origins.PARTNER).assertAllowed();
    cors.request("GET", "/api/meta").from(Origins.APP).assertNotAllowed();
  }

  @Test
  void aFailureShowsTheRequestAndTheAnswer() {
    AssertionError e = assertThrows(AssertionError.class, () ->
        cors.request("GET", "/api/users").from(Origins.EVIL).assertAllowed());
    assertEquals("""
        expected the request to be allowed
        request: GET /api/users
          Origin: https://evil.example.com
        answer:  403 (refused by CORS Routes)
          Vary: Origin
          routed to: GET /api/users (org.corsroutes.it.UsersResource#list)""", e.getMessage());
  }

  /** The kit's answer is the server's: CORS Routes' status, and every CORS header and Vary. */
  @ParameterizedTest(name = "preflight {2} {0} from {1} asking {3}")
  @CsvSource(nullValues = "-", value = {
      "/api/users/7, https://app.example.com, PUT, 'authorization, content-type'",
      "/api/users/7, https://app.example.com, DELETE, -",
      "/api/users/7, https://evil.example.com, PUT, -",
      "/api/users/7, https://app.example.com, PUT, x-debug",
      "/api/users, https://admin.example.com, POST, content-type",
      "/api/admin/users/3, https://admin.example.com, DELETE, -",
      "/api/admin/users/3, https://app.example.com, DELETE, -",
      "/api/health, https://evil.example.com, GET, x-anything",
      "/api/health, null, GET, -",
      "/api/widgets/12, https://a.b.example.net, GET, -",
      "/api/widgets/abc, https://a.b.example.net, GET, -",
      "/api/partners, https://partner.example.org, GET, -",
      "/api/orders/5, https://shop.example.net, PUT, content-type",
      "/api/orders/5, https://shop.example.net, PATCH, -",
      "/api/meta, https://app.example.com, GET, -",
      "/api/nothing, https://app.example.com, GET, -",
  })
  void preflightAsTheServerAnswersIt(String path, String origin, String method, String headers) {
    CorsRequest request = cors.preflight(method, path).from(origin);
    if (headers != null) {
      request.withHeaders(headers.split(", "));
    }
    HttpResponse<String> response = server.preflight(path, origin, method, headers).send();
    assertSame(request.answer(), response, "preflight " + method + " " + path + " from " + origin);
  }

  @ParameterizedTest(name = "{0} {1} from {2}")
  @CsvSource(nullValues = "-", value = {
      "GET, /api/users, https://app.example.com",
      "GET, /api/users, https://evil.example.com",
      "GET, /api/users, -",
      "GET, /api/users/1, https://admin.example.com",
      "GET, /api/admin/audit, https://app.example.com",
      "GET, /api/admin/audit, https://admin.example.com",
      "GET, /api/health, https://evil.example.com",
      "GET, /api/health, -",
      "GET, /api/widgets, https://x.example.net",
      "GET, /api/widgets, http://x.example.net",
      "GET, /api/partners, https://partner.example.org",
      "GET, /api/meta, https://app.example.com",
      "GET, /api/orders, https://shop.example.net",
      "GET, /api/echo, https://shop.example.net",
  })
  void actualRequestAsTheServerAnswersIt(String method, String path, String origin) {
    CorsRequest request = cors.request(method, path);
    RunningServer.Call call = server.call(method, path).authorized();
    if (origin != null) {
      request.from(origin);
      call.origin(origin);
    }
    assertSame(request.answer(), call.send(), method + " " + path + " from " + origin);
  }

  private static void assertSame(CorsDecisions.Answer answer, HttpResponse<String> response,
      String what) {
    if (answer.outcome() != CorsDecisions.Outcome.PASSED) {
      assertEquals(answer.status(), response.statusCode(), what + ": status");
    } else {
      assertTrue(response.statusCode() != 403 || !response.body().contains("CORS request refused"),
          what + ": CORS Routes refused what the kit leaves to the application");
    }
    assertEquals(lowerCase(answer.headers()), corsHeaders(response), what + ": headers, " + answer);
  }

  private static Map<String, String> lowerCase(Map<String, String> headers) {
    Map<String, String> out = new TreeMap<>();
    headers.forEach((name, value) -> out.put(name.toLowerCase(Locale.ROOT), value));
    return out;
  }

  private static Map<String, String> corsHeaders(HttpResponse<?> response) {
    Map<String, String> out = new TreeMap<>();
    response.headers().map().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("access-control-") || lower.equals("vary")) {
        out.put(lower, String.join(", ", values));
      }
    });
    return out;
  }
}
