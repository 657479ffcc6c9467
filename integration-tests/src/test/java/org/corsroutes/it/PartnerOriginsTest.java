package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code origins = "${PARTNER_ORIGINS}"}: read and checked once, at startup. */
class PartnerOriginsTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void configuredOriginIsAllowed() {
    String what = "GET /api/partners from the configured partner";
    HttpResponse<String> response = server.get("/api/partners").origin(Origins.PARTNER).send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what, "Access-Control-Allow-Origin", Origins.PARTNER);
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void otherOriginIsRefused() {
    String what = "GET /api/partners from an unconfigured origin";
    HttpResponse<String> response = server.get("/api/partners").origin("https://other.example.org").send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
  }

  @Test
  void invalidValueStopsStartupNamingRouteVariableAndValue() {
    String bad = "https://partner.example.org/";
    String previous = System.getProperty(SampleServer.PARTNER_ORIGINS);
    System.setProperty(SampleServer.PARTNER_ORIGINS, bad);
    try {
      RuntimeException failure = assertThrows(RuntimeException.class,
          () -> SampleServer.start("127.0.0.1", 0, RunningServer.app(Map.of())).stop(),
          "startup with PARTNER_ORIGINS=" + bad + " must fail");
      String message = CorsAssertions.startupMessage(failure);
      assertTrue(message.contains("\"/api/partners\""),
          "bad PARTNER_ORIGINS: the message must name the route: " + message);
      assertTrue(message.contains("PARTNER_ORIGINS"),
          "bad PARTNER_ORIGINS: the message must name the variable: " + message);
      assertTrue(message.contains("\"" + bad + "\""),
          "bad PARTNER_ORIGINS: the message must quote the value: " + message);
    } finally {
      System.setProperty(SampleServer.PARTNER_ORIGINS, previous);
    }
  }
}
