package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code originPatterns = "https://*.example.net"}: whole leftmost labels, never the apex. */
class OriginPatternTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @ParameterizedTest(name = "allowed: {0}")
  @ValueSource(strings = {"https://shop.example.net", "https://eu.shop.example.net"})
  void subdomainIsAllowed(String origin) {
    String what = "GET /api/widgets from " + origin;
    HttpResponse<String> response = server.get("/api/widgets").origin(origin).send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what, "Access-Control-Allow-Origin", origin);
    assertHeader(response, "Vary", "Origin", what);
  }

  @ParameterizedTest(name = "refused: {0}")
  @ValueSource(strings = {
      "https://example.net",                 // the apex is not a subdomain
      "https://shop.example.net.evil.com",   // suffix trick
      "https://shopexample.net",             // no dot before the fixed part
      "http://shop.example.net",             // scheme
      "https://shop.example.net:8443",       // port not in the pattern
      "https://.example.net"})               // empty label
  void otherOriginsAreRefused(String origin) {
    String what = "GET /api/widgets from " + origin;
    HttpResponse<String> response = server.get("/api/widgets").origin(origin).send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
    assertHeader(response, "Vary", "Origin", what);
  }
}
