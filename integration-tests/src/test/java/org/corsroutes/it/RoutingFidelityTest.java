package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.PREFLIGHT_VARY;
import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.corsroutes.it.routing.RoutingApp.ADMIN;
import static org.corsroutes.it.routing.RoutingApp.APP;
import static org.corsroutes.it.routing.RoutingApp.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.corsroutes.it.routing.AdminUsers;
import org.corsroutes.it.routing.PublicUsers;
import org.corsroutes.it.routing.RoutingApp;
import org.corsroutes.runtime.CorsFeature;
import org.corsroutes.runtime.CorsStartupException;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.corsroutes.it.routing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy applied is always the one of the route JAX-RS really serves: over HTTP, on the
 * overlapping routes of {@link RoutingApp} and on the sample API.
 */
class RoutingFidelityTest {
  @RegisterExtension static final RunningServer routing = RunningServer.of(RoutingApp::new);
  @RegisterExtension static final RunningServer sample = RunningServer.withDefaults();
  @RegisterExtension static final RunningServer publicApp =
      RunningServer.of(() -> application(PublicUsers.class));
  @RegisterExtension static final RunningServer adminApp =
      RunningServer.of(() -> application(AdminUsers.class));

  private static ResourceConfig application(Class<?>... resources) {
    return new ResourceConfig(resources).register(new CorsFeature())
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  private static final String EVIL = "https://evil.example.com";

  // ---- the class template is chosen first ----

  @Test
  void credentialedResponseGoesOnlyToTheOriginOfTheClassJaxRsChose() {
    String path = "/users/administrator/profile"; // UserProfiles, though /{type} also matches
    HttpResponse<String> admin = routing.get(path).origin(ADMIN).send();
    assertStatus(200, admin, "admin reads the user profile");
    assertEquals("profile of user administrator", admin.body());
    assertCorsHeaders(admin, "admin",
        "Access-Control-Allow-Origin", ADMIN, "Access-Control-Allow-Credentials", "true");

    HttpResponse<String> partner = routing.get(path).origin(PARTNER).send();
    assertStatus(403, partner, "partner is refused the user profile");
    assertNoCorsHeaders(partner, "partner");
  }

  @Test
  void preflightIsAnsweredWithThePolicyOfTheClassJaxRsChose() {
    String path = "/users/administrator/profile";
    HttpResponse<String> admin = routing.preflight(path, ADMIN, "GET", null).send();
    assertStatus(204, admin, "admin preflight");
    assertHeader(admin, "Access-Control-Allow-Origin", ADMIN, "admin preflight");
    assertStatus(403, routing.preflight(path, PARTNER, "GET", null).send(), "partner preflight");
  }

  @Test
  void theOtherClassKeepsItsOwnPaths() {
    String path = "/people/administrator/profile";
    HttpResponse<String> partner = routing.get(path).origin(PARTNER).send();
    assertStatus(200, partner, "partner on /people");
    assertEquals("administrator profile of people", partner.body());
    assertHeader(partner, "Access-Control-Allow-Origin", PARTNER, "partner on /people");
    assertStatus(403, routing.get(path).origin(ADMIN).send(), "admin on /people");
  }

  // ---- matrix parameters ----

  @ParameterizedTest
  @ValueSource(strings = {"/v1/upload;", "/v1/upload;x", "/v1;a=b/upload", "/v1/upload;x=1;y"})
  void matrixParametersDoNotBypassARefusal(String path) {
    int before = Uploads.RECEIVED.get();
    HttpResponse<String> post = routing.call("POST", path).origin(EVIL).send();
    assertStatus(403, post, "POST " + path + " from a refused origin");
    assertNoCorsHeaders(post, path);
    assertEquals(before, Uploads.RECEIVED.get(), "the upload must not reach the resource");
    assertStatus(403, routing.get(path).origin(EVIL).send(), "GET " + path);
  }

  @Test
  void matrixParametersDoNotHideAPreflightFromCors() {
    HttpResponse<String> preflight = routing.preflight("/v1/upload;x", APP, "POST", null).send();
    assertStatus(204, preflight, "preflight with matrix parameters");
    assertHeader(preflight, "Access-Control-Allow-Origin", APP, "preflight");
    assertHeader(preflight, "Vary", PREFLIGHT_VARY, "preflight");

    // On the sample API, behind its authentication filter: never a 401 for a preflight.
    HttpResponse<String> users = sample.preflight("/api/users;x", Origins.APP, "GET", null).send();
    assertStatus(204, users, "sample API preflight with matrix parameters");
    HttpResponse<String> refused = sample.get("/api/users;x").origin(EVIL).authorized().send();
    assertStatus(403, refused, "sample API GET with matrix parameters from a refused origin");
  }

  // ---- the method-aware fallback between sibling templates ----

  @Test
  void postToALiteralTemplateThatOnlyServesGetReachesTheVariableOne() {
    String path = "/accounts/jo/follows/all";
    HttpResponse<String> preflight = routing.preflight(path, APP, "POST", null).send();
    assertStatus(204, preflight, "preflight POST follows/all");
    assertHeader(preflight, "Access-Control-Allow-Methods", "POST, DELETE", "preflight");

    HttpResponse<String> post = routing.call("POST", path).origin(APP).send();
    assertStatus(200, post, "POST follows/all");
    assertEquals("jo follows all", post.body());
    assertHeader(post, "Access-Control-Allow-Origin", APP, "POST follows/all");

    HttpResponse<String> get = routing.get(path).origin(APP).send();
    assertStatus(200, get, "GET follows/all");
    assertEquals("everyone jo follows", get.body());
  }

  // ---- paths the application does not serve ----

  @Test
  void aPathTheApplicationDoesNotServeIsNoPreflightOfAnother() {
    HttpResponse<String> doubled = routing.preflight("//v1/upload", APP, "POST", null).send();
    assertNotEquals(204, doubled.statusCode(), "//v1/upload is not /v1/upload");
    assertNoCorsHeaders(doubled, "//v1/upload");
  }

  @Test
  void unmatchedRequestsAreTheApplicationsAnswerWithoutCorsHeaders() {
    // 404 and 405 come from JAX-RS before any method is matched: no policy applies, so the
    // answer is JAX-RS's own, with no CORS header and no refusal.
    HttpResponse<String> notFound = routing.get("/v2/nothing/here/at/all").origin(APP).send();
    assertStatus(404, notFound, "unknown path");
    assertNoCorsHeaders(notFound, "unknown path");
    HttpResponse<String> notAllowed = routing.call("PUT", "/v1/upload").origin(APP).send();
    assertStatus(405, notAllowed, "method the route does not serve");
    assertNoCorsHeaders(notAllowed, "405");
    // Its preflight, though, is refused: the route has a policy, and it does not cover PUT.
    HttpResponse<String> preflight = routing.preflight("/v1/upload", APP, "PUT", null).send();
    assertStatus(403, preflight, "preflight for a method the route does not serve");
    assertNoCorsHeaders(preflight, "preflight PUT");
  }

  // ---- each application applies the policies of its own resources ----

  @Test
  void twoApplicationsWithTheSamePathAnswerEachWithItsOwnPolicy() {
    HttpResponse<String> pub = publicApp.get("/users").origin(APP).send();
    assertStatus(200, pub, "public app");
    assertCorsHeaders(pub, "public app", "Access-Control-Allow-Origin", APP);
    assertStatus(403, publicApp.get("/users").origin(ADMIN).send(), "admin origin on public app");

    HttpResponse<String> admin = adminApp.preflight("/users", ADMIN, "GET", null).send();
    assertStatus(204, admin, "admin app preflight");
    assertHeader(admin, "Access-Control-Allow-Credentials", "true", "admin app preflight");
    assertStatus(403, adminApp.preflight("/users", APP, "GET", null).send(), "app on admin app");
  }

  @Test
  void oneApplicationGivingOneRouteTwoPoliciesDoesNotStart() {
    Throwable failure = assertThrows(Throwable.class,
        () -> new ApplicationHandler(application(PublicUsers.class, AdminUsers.class)));
    while (!(failure instanceof CorsStartupException) && failure.getCause() != null) {
      failure = failure.getCause();
    }
    String message = failure.getMessage();
    assertTrue(failure instanceof CorsStartupException, String.valueOf(failure));
    assertTrue(message.contains("\"/users\" GET"), message);
    assertTrue(message.contains(PublicUsers.class.getName())
        && message.contains(AdminUsers.class.getName()), message);
  }
}
