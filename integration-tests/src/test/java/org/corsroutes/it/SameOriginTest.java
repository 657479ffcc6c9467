package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertNoHeader;
import static org.corsroutes.it.CorsAssertions.assertStatus;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request whose {@code Origin} is the server's own is not CORS: it is never refused (in either
 * refusal mode), and it gets what the route's policy gives its origin. On a public route that
 * is the one {@code "*"} answer every origin gets, so the response does not depend on
 * {@code Origin} and needs no {@code Vary}; elsewhere the response carries no CORS header.
 */
class SameOriginTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();
  @RegisterExtension static final RunningServer passing =
      RunningServer.withProperties(Map.of("corsroutes.refusedRequests", "pass"));

  @Test
  void publicRouteGivesItsOwnOriginTheSameStarAsEveryone() {
    String what = "GET /api/health from the server's own origin";
    HttpResponse<String> response = server.get("/api/health").origin(server.origin()).send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what, "Access-Control-Allow-Origin", "*");
    assertNoHeader(response, "Vary", what);
  }

  @Test
  void routesThatListOtherOriginsLetTheirOwnOriginThroughWithoutCorsHeaders() {
    for (RunningServer s : new RunningServer[] {server, passing}) {
      String what = "POST /api/users from the server's own origin";
      HttpResponse<String> response = s.call("POST", "/api/users").origin(s.origin())
          .authorized().json("{\"name\":\"Barbara Liskov\"}").send();

      assertStatus(201, response, what);
      assertNoCorsHeaders(response, what);
      assertHeader(response, "Vary", "Origin", what);
    }
  }
}
