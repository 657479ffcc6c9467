package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.corsroutes.it.CorsAssertions.assertUsersApiGrant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.corsroutes.it.security.LegacyCorsFilter;
import org.corsroutes.it.security.OriginRewriteFilter;
import org.corsroutes.it.security.SecurityApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a route with a policy CORS Routes owns every {@code Access-Control-*} response header:
 * what the application writes itself ({@code /api/legacy} grants another origin, credentials
 * and a session header; a response filter of default priority grants everyone) never goes
 * out, in either refusal mode; and the origin echoed is the one
 * the decision was made for, whatever a later filter does to the request's {@code Origin}.
 */
class ApplicationCorsHeadersTest {
  @RegisterExtension static final RunningServer forbidding = RunningServer.of(SecurityApp::new);
  @RegisterExtension static final RunningServer passing = RunningServer.of(
      () -> RunningServer.with(new SecurityApp(), Map.of("corsroutes.refusedRequests", "pass")));

  @Test
  void anAllowedOriginGetsThePolicyNotTheApplicationsHeaders() {
    for (RunningServer server : new RunningServer[] {forbidding, passing}) {
      String what = "GET /api/legacy from app";
      HttpResponse<String> response = server.get("/api/legacy").origin(Origins.APP).send();

      assertStatus(200, response, what);
      assertCorsHeaders(response, what, "Access-Control-Allow-Origin", Origins.APP);
      assertHeader(response, "Vary", "Origin", what);
    }
  }

  @Test
  void aRefusedOriginGetsNoneOfTheApplicationsHeaders() {
    String forbidden = "GET /api/legacy from evil, refusedRequests=forbid";
    HttpResponse<String> refused = forbidding.get("/api/legacy").origin(Origins.EVIL).send();
    assertStatus(403, refused, forbidden);
    assertNoCorsHeaders(refused, forbidden);

    String passed = "GET /api/legacy from evil, refusedRequests=pass";
    HttpResponse<String> response = passing.get("/api/legacy").origin(Origins.EVIL).send();
    assertStatus(200, response, passed);
    assertEquals("{\"legacy\":true}", response.body(), passed + ": body");
    assertNoCorsHeaders(response, passed);
    assertHeader(response, "Vary", "Origin", passed);
  }

  @Test
  void requestsThatAreNotCorsGetNoneOfTheApplicationsHeaders() {
    String none = "GET /api/legacy without Origin";
    HttpResponse<String> withoutOrigin = forbidding.get("/api/legacy").send();
    assertStatus(200, withoutOrigin, none);
    assertNoCorsHeaders(withoutOrigin, none);

    String same = "GET /api/legacy from the server's own origin";
    HttpResponse<String> sameOrigin = forbidding.get("/api/legacy").origin(forbidding.origin())
        .send();
    assertStatus(200, sameOrigin, same);
    assertNoCorsHeaders(sameOrigin, same);
  }

  @Test
  void aResponseFilterOfTheApplicationCannotGrantMoreThanThePolicy() {
    String allowed = "GET /api/widgets from shop, with a legacy CORS response filter";
    HttpResponse<String> response = forbidding.get("/api/widgets").origin(Origins.SHOP)
        .header(LegacyCorsFilter.HEADER, "on").send();
    assertStatus(200, response, allowed);
    assertCorsHeaders(response, allowed, "Access-Control-Allow-Origin", Origins.SHOP);

    String refused = "GET /api/widgets from evil, refusedRequests=pass, legacy filter";
    HttpResponse<String> passed = passing.get("/api/widgets").origin(Origins.EVIL)
        .header(LegacyCorsFilter.HEADER, "on").send();
    assertStatus(200, passed, refused);
    assertNoCorsHeaders(passed, refused);
  }

  @Test
  void theOriginDecidedOnIsEchoedEvenWhenAFilterRewritesIt() {
    String allowed = "GET /api/users from app, Origin rewritten to evil after the decision";
    HttpResponse<String> response = forbidding.get("/api/users").origin(Origins.APP).authorized()
        .header(OriginRewriteFilter.HEADER, Origins.EVIL).send();
    assertStatus(200, response, allowed);
    assertUsersApiGrant(response, Origins.APP, allowed);

    String refused = "GET /api/users from evil, Origin rewritten to app after the decision";
    HttpResponse<String> passed = passing.get("/api/users").origin(Origins.EVIL).authorized()
        .header(OriginRewriteFilter.HEADER, Origins.APP).send();
    assertStatus(200, passed, refused);
    assertNoCorsHeaders(passed, refused);
  }
}
