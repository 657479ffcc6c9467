package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * By default a cross-origin request from an origin that is not allowed is refused with 403
 * before the resource runs, which also stops simple-request CSRF.
 */
class RefusedOriginTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.corsroutes.it.MisconfigurationCorpus#refusedForApp")
  void refusedOriginGets403WithoutCorsHeaders(String what, String origin) {
    HttpResponse<String> response = server.get("/api/users").origin(origin).authorized().send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
    assertHeader(response, "Vary", "Origin", what);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("org.corsroutes.it.MisconfigurationCorpus#refusedForApp")
  void refusedOriginDoesNotReachTheResource(String what, String origin) {
    // A cross-site form post must not create a user.
    HttpResponse<String> response = server.call("POST", "/api/users")
        .origin(origin).authorized().json("{\"name\":\"Mallory\"}").send();

    assertStatus(403, response, what + " (POST)");
    assertNoCorsHeaders(response, what + " (POST)");
  }
}
