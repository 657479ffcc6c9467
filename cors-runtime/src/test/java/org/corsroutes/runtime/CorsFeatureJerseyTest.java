package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/** The filter through Jersey's real chain, in memory: pre-matching, aborts, exception mappers. */
class CorsFeatureJerseyTest {

  static final String APP = "https://app.example.com";

  static final CorsPolicy USERS = CorsPolicy.declaredOn("org.x.UsersResource")
      .origins(APP).originPatterns("https://*.example.org")
      .allowCredentials()
      .allowHeaders("Authorization, Content-Type")
      .exposeHeaders("X-Request-Id")
      .maxAge("1800")
      .allowPrivateNetwork()
      .build();
  static final CorsPolicy PUBLIC = CorsPolicy.declaredOn("org.x.PublicResource")
      .origins("*").exposeHeaders("X-Total").build();
  static final CorsPolicy ECHO = CorsPolicy.declaredOn("org.x.EchoResource")
      .origins(APP).build();

  static final String STRING = "java.lang.String";
  static final CorsRouteTable[] TABLES = {
      () -> CorsResource.root("/api/users/{id}", UsersResource.class.getName())
          .routes(CorsRoute.withoutPath()
              .bind("GET, PUT", USERS, "GET get(" + STRING + ")", "PUT put(" + STRING + ")")
              .refuse(USERS, "DELETE delete(" + STRING + ")")
              .build())
          .build(),
      () -> CorsResource.root("/public", PublicResource.class.getName())
          .routes(CorsRoute.withoutPath().bind("GET", PUBLIC, "GET get()").build())
          .build(),
      () -> CorsResource.root("/echo", EchoResource.class.getName())
          .routes(CorsRoute.withoutPath().bind("GET", ECHO, "GET get()")
              .serve("OPTIONS options()").build())
          .build(),
      () -> CorsResource.root("/fail", FailResource.class.getName())
          .routes(CorsRoute.withoutPath().bind("GET", ECHO, "GET get()").build())
          .build(),
      () -> CorsResource.root("/later", LaterResource.class.getName())
          .routes(CorsRoute.path("mapped").bind("GET", USERS,
                  "GET mapped(jakarta.ws.rs.container.AsyncResponse)").build(),
              CorsRoute.path("unmapped").bind("GET", USERS,
                  "GET unmapped(jakarta.ws.rs.container.AsyncResponse)").build())
          .build()};

  @Path("/api/users/{id}")
  public static class UsersResource {
    @GET public String get(@PathParam("id") String id) { return "user " + id; }
    @PUT public String put(@PathParam("id") String id) { return "put " + id; }
    @DELETE public String delete(@PathParam("id") String id) { return "deleted " + id; }
  }

  @Path("/public")
  public static class PublicResource {
    @GET public String get() { return "public"; }
  }

  @Path("/echo")
  public static class EchoResource {
    @GET public Response get() {
      return Response.ok("echo").header("Vary", "Accept-Encoding")
          .header("Access-Control-Allow-Origin", "https://stale.example.com").build();
    }
    @OPTIONS public Response options() { return Response.ok("app options").build(); }
  }

  @Path("/fail")
  public static class FailResource {
    @GET public String get() { throw new IllegalStateException("boom"); }
  }

  /** Resumes on another thread with an exception: mapped (409) or not mapped at all. */
  @Path("/later")
  public static class LaterResource {
    @GET @Path("mapped") public void mapped(@Suspended AsyncResponse response) {
      new Thread(() -> response.resume(new IllegalStateException("later"))).start();
    }
    @GET @Path("unmapped") public void unmapped(@Suspended AsyncResponse response) {
      new Thread(() -> response.resume(new UnsupportedOperationException("later"))).start();
    }
  }

  public static class Conflict implements ExceptionMapper<IllegalStateException> {
    @Override public Response toResponse(IllegalStateException e) {
      return Response.status(409).entity("conflict").build();
    }
  }

  /** Post-matching auth that refuses every /api request without Authorization. */
  @Priority(Priorities.AUTHENTICATION)
  public static class AuthFilter implements ContainerRequestFilter {
    @Override public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().startsWith("api")
          && request.getHeaderString("Authorization") == null) {
        request.abortWith(Response.status(401).build());
      }
    }
  }

  static ApplicationHandler app(Object feature, Map<String, Object> properties) {
    ResourceConfig config = new ResourceConfig(UsersResource.class, PublicResource.class,
        EchoResource.class, FailResource.class, LaterResource.class, Conflict.class,
        AuthFilter.class)
        .register(feature)
        // No JAXB here: WADL would only log a warning for each of the tests' applications.
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.addProperties(properties);
    return new ApplicationHandler(config);
  }

  private final ApplicationHandler app = app(CorsFeature.of(TABLES), Map.of());

  static ContainerResponse call(ApplicationHandler app, String method, String path,
      String... headers) throws Exception {
    ContainerRequest request = new ContainerRequest(URI.create("http://api.example.com/"),
        URI.create("http://api.example.com" + path), method, null, new MapPropertiesDelegate(),
        app.getConfiguration());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    request.setEntityStream(new ByteArrayInputStream(new byte[0]));
    return app.apply(request).get();
  }

  private ContainerResponse call(String method, String path, String... headers) throws Exception {
    return call(app, method, path, headers);
  }

  static void assertNoCorsHeaders(ContainerResponse response) {
    for (String name : response.getHeaders().keySet()) {
      assertFalse(name.toLowerCase().startsWith("access-control-"), name);
    }
  }

  @Test
  void preflightIsAnsweredBeforeAuthAndMatching() throws Exception {
    ContainerResponse r = call("OPTIONS", "/api/users/7", "Origin", APP,
        "Access-Control-Request-Method", "PUT",
        "Access-Control-Request-Headers", "authorization,content-type",
        "Access-Control-Request-Private-Network", "true");
    assertEquals(204, r.getStatus());
    assertEquals(APP, r.getHeaderString("Access-Control-Allow-Origin"));
    assertEquals("true", r.getHeaderString("Access-Control-Allow-Credentials"));
    assertEquals("GET, PUT", r.getHeaderString("Access-Control-Allow-Methods"));
    assertEquals("Authorization, Content-Type", r.getHeaderString("Access-Control-Allow-Headers"));
    assertEquals("1800", r.getHeaderString("Access-Control-Max-Age"));
    assertEquals("true", r.getHeaderString("Access-Control-Allow-Private-Network"));
    assertEquals(CorsHeaders.VARY_PREFLIGHT, r.getHeaderString("Vary"));
  }

  @Test
  void headPreflightUsesGetBindingAndPatternOrigins() throws Exception {
    ContainerResponse r = call("OPTIONS", "/api/users/7/", "Origin", "https://a.b.example.org",
        "Access-Control-Request-Method", "HEAD");
    assertEquals(204, r.getStatus());
    assertEquals("https://a.b.example.org", r.getHeaderString("Access-Control-Allow-Origin"));
    assertNull(r.getHeaderString("Access-Control-Allow-Private-Network"));
  }

  @Test
  void refusedPreflightsGet403WithoutCorsHeaders() throws Exception {
    String[][] cases = {
        {"Origin", "https://evil.example.com", "Access-Control-Request-Method", "GET"},
        {"Origin", "https://example.org", "Access-Control-Request-Method", "GET"},
        {"Origin", APP, "Access-Control-Request-Method", "DELETE"},
        {"Origin", APP, "Access-Control-Request-Method", "get"},
        {"Origin", APP, "Access-Control-Request-Method", "GET",
            "Access-Control-Request-Headers", "x-evil"},
        {"Origin", APP, "Access-Control-Request-Method", "GET",
            "Access-Control-Request-Headers", "authorization\r\nx: y"},
        {"Origin", APP, "Access-Control-Request-Method", "GET",
            "Access-Control-Request-Headers", "a,".repeat(3000) + "a"},
        {"Origin", "https://app.example.com\u00e9", "Access-Control-Request-Method", "GET"},
        {"Origin", "null", "Access-Control-Request-Method", "GET"},
    };
    for (String[] headers : cases) {
      ContainerResponse r = call("OPTIONS", "/api/users/7", headers);
      assertEquals(403, r.getStatus(), String.join(" ", headers));
      assertNoCorsHeaders(r);
      assertEquals(CorsHeaders.VARY_PREFLIGHT, r.getHeaderString("Vary"));
      assertFalse(String.valueOf(r.getEntity()).contains("evil"));
    }
  }

  @Test
  void nullAllowHeadersEchoesTheValidatedList() throws Exception {
    ContainerResponse r = call("OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-a, x-b");
    assertEquals(204, r.getStatus());
    assertEquals("x-a, x-b", r.getHeaderString("Access-Control-Allow-Headers"));
    ContainerResponse none = call("OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET");
    assertNull(none.getHeaderString("Access-Control-Allow-Headers"));
    assertNull(none.getHeaderString("Access-Control-Max-Age"));
  }

  @Test
  void optionsWithoutPreflightHeadersReachesTheApplication() throws Exception {
    ContainerResponse r = call("OPTIONS", "/echo", "Origin", APP);
    assertEquals(200, r.getStatus());
    assertEquals("app options", r.getEntity());
  }

  @Test
  void allowedActualRequestGetsHeadersEvenOnAuthAbort() throws Exception {
    ContainerResponse r = call("GET", "/api/users/7", "Origin", APP);
    assertEquals(401, r.getStatus());
    assertEquals(APP, r.getHeaderString("Access-Control-Allow-Origin"));
    assertEquals("true", r.getHeaderString("Access-Control-Allow-Credentials"));
    assertEquals("X-Request-Id", r.getHeaderString("Access-Control-Expose-Headers"));
    assertEquals("Origin", r.getHeaderString("Vary"));
    ContainerResponse ok = call("GET", "/api/users/7", "Origin", APP, "Authorization", "x");
    assertEquals(200, ok.getStatus());
    assertEquals(APP, ok.getHeaderString("Access-Control-Allow-Origin"));
  }

  @Test
  void exceptionMapperResponsesGetHeaders() throws Exception {
    ContainerResponse r = call("GET", "/fail", "Origin", APP);
    assertEquals(409, r.getStatus());
    assertEquals(APP, r.getHeaderString("Access-Control-Allow-Origin"));
  }

  @Test
  void anAsyncResumeWithAMappedExceptionGetsHeaders() throws Exception {
    ContainerResponse r = call("GET", "/later/mapped", "Origin", APP, "Authorization", "x");
    assertEquals(409, r.getStatus());
    assertEquals(APP, r.getHeaderString("Access-Control-Allow-Origin"));
    assertEquals("true", r.getHeaderString("Access-Control-Allow-Credentials"));
  }

  @Test
  void anAsyncResumeWithAnUnmappedExceptionGoesToTheContainer() {
    // Jersey hands an unmapped exception to the container (here, in memory, the returned
    // future) before any response filter runs: no response exists to carry CORS headers.
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> call("GET", "/later/unmapped", "Origin", APP, "Authorization", "x"));
    assertTrue(failed.getCause() instanceof UnsupportedOperationException
        || failed.getCause().getCause() instanceof UnsupportedOperationException,
        String.valueOf(failed.getCause()));
  }

  @Test
  void exactlyOneAllowOriginAndMergedVary() throws Exception {
    ContainerResponse r = call("GET", "/echo", "Origin", APP);
    assertEquals(List.of(APP), r.getHeaders().get("Access-Control-Allow-Origin"));
    assertEquals("Accept-Encoding, Origin", r.getHeaderString("Vary"));
  }

  @Test
  void refusedActualRequestsGet403() throws Exception {
    for (String origin : new String[] {"https://evil.example.com", "https://app.example.com/",
        "https://app.example.com,https://evil.example.com", "null"}) {
      ContainerResponse r = call("GET", "/echo", "Origin", origin);
      assertEquals(403, r.getStatus(), origin);
      assertNoCorsHeaders(r);
      assertEquals("Origin", r.getHeaderString("Vary"));
      assertEquals("CORS request refused\n", r.getEntity());
    }
    ContainerResponse unbound = call("DELETE", "/api/users/7", "Origin", APP);
    assertEquals(403, unbound.getStatus());
  }

  @Test
  void passModeLetsRefusedRequestsThroughWithoutCorsHeaders() throws Exception {
    ApplicationHandler pass = app(CorsFeature.of(TABLES), Map.of(CorsFeature.REFUSED_REQUESTS, "pass"));
    ContainerResponse r = call(pass, "GET", "/echo", "Origin", "https://evil.example.com");
    assertEquals(200, r.getStatus());
    assertNoCorsHeaders(r); // the application's own Access-Control-Allow-Origin is removed
    assertEquals("Accept-Encoding, Origin", r.getHeaderString("Vary"));
  }

  @Test
  void preflightStatusIsConfigurable() throws Exception {
    ApplicationHandler ok = app(CorsFeature.of(TABLES).preflightStatus(200), Map.of());
    assertEquals(200, call(ok, "OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET").getStatus());
    ApplicationHandler byProperty = app(CorsFeature.of(TABLES),
        Map.of(CorsFeature.PREFLIGHT_STATUS, "200"));
    assertEquals(200, call(byProperty, "OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET").getStatus());
  }

  @Test
  void sameOriginAndOriginlessRequestsPassWithVaryAndWithoutTheApplicationsCorsHeaders()
      throws Exception {
    ContainerResponse same = call("GET", "/echo", "Origin", "http://api.example.com");
    assertEquals(200, same.getStatus());
    assertNoCorsHeaders(same); // the application's stale Access-Control-Allow-Origin is removed
    assertEquals("Accept-Encoding, Origin", same.getHeaderString("Vary"));
    ContainerResponse none = call("GET", "/echo");
    assertEquals(200, none.getStatus());
    assertNoCorsHeaders(none);
    assertEquals("Accept-Encoding, Origin", none.getHeaderString("Vary"));
  }

  @Test
  void aSameOriginRequestGetsWhatThePolicyGivesItsOrigin() throws Exception {
    CorsPolicy own = CorsPolicy.declaredOn("org.x.Own").origins("http://api.example.com", APP)
        .exposeHeaders("X-Total").build();
    CorsRouteTable table = () -> CorsResource.root("/public", PublicResource.class.getName())
        .routes(CorsRoute.withoutPath().bind("GET", own, "GET get()").build())
        .build();
    ApplicationHandler listed = new ApplicationHandler(new ResourceConfig(PublicResource.class)
        .register(CorsFeature.of(table)));
    ContainerResponse r = call(listed, "GET", "/public", "Origin", "http://api.example.com");
    assertEquals(200, r.getStatus());
    assertEquals("http://api.example.com", r.getHeaderString("Access-Control-Allow-Origin"));
    assertEquals("X-Total", r.getHeaderString("Access-Control-Expose-Headers"));
    assertEquals("Origin", r.getHeaderString("Vary"));
  }

  @Test
  void publicPolicySendsStarWithoutVary() throws Exception {
    for (String[] headers : new String[][] {{"Origin", "https://any.example.net"}, {}}) {
      ContainerResponse r = call("GET", "/public", headers);
      assertEquals(200, r.getStatus());
      assertEquals("*", r.getHeaderString("Access-Control-Allow-Origin"));
      assertEquals("X-Total", r.getHeaderString("Access-Control-Expose-Headers"));
      assertNull(r.getHeaderString("Access-Control-Allow-Credentials"));
      assertNull(r.getHeaderString("Vary"));
    }
    ContainerResponse preflight = call("OPTIONS", "/public", "Origin", "https://any.example.net",
        "Access-Control-Request-Method", "GET");
    assertEquals("*", preflight.getHeaderString("Access-Control-Allow-Origin"));
  }

  @Test
  void unknownRoutesAreUntouched() throws Exception {
    ContainerResponse r = call("OPTIONS", "/nowhere", "Origin", APP,
        "Access-Control-Request-Method", "GET");
    assertEquals(404, r.getStatus());
    assertNoCorsHeaders(r);
    assertNull(r.getHeaderString("Vary"));
  }

  @Path("/loaded/{id}")
  public static class LoadedResource {
    @GET public String get() { return "loaded"; }
  }

  @Test
  void registeringTheClassLoadsGeneratedTables() throws Exception {
    ResourceConfig config = new ResourceConfig(LoadedResource.class).register(CorsFeature.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    ApplicationHandler loaded = new ApplicationHandler(config);
    ContainerResponse r = call(loaded, "GET", "/loaded/1", "Origin", "https://loaded.example.com");
    assertEquals("https://loaded.example.com", r.getHeaderString("Access-Control-Allow-Origin"));
    assertEquals(403, call(loaded, "GET", "/loaded/1", "Origin", APP).getStatus());
  }

  /** A pre-matching filter that turns every request for /echo with X-Maintenance away. */
  @jakarta.ws.rs.container.PreMatching
  @Priority(Priorities.AUTHENTICATION)
  public static class MaintenanceFilter implements ContainerRequestFilter {
    @Override public void filter(ContainerRequestContext request) {
      if (request.getHeaderString("X-Maintenance") != null) {
        request.abortWith(Response.status(503).entity("maintenance").build());
      }
    }
  }

  @Test
  void aPreMatchingAbortHappensBeforeAnyPolicyIsKnown() throws Exception {
    // Defined behaviour: a @PreMatching filter's abort precedes matching, so no resource method
    // and no policy: the response is the filter's own, without CORS headers. Preflights are
    // still answered first (CorsFeature's pre-matching filter runs at a lower priority).
    ApplicationHandler withMaintenance = new ApplicationHandler(new ResourceConfig(
        EchoResource.class, MaintenanceFilter.class).register(CorsFeature.of(TABLES)));
    ContainerResponse aborted = call(withMaintenance, "GET", "/echo", "Origin", APP,
        "X-Maintenance", "on");
    assertEquals(503, aborted.getStatus());
    assertNoCorsHeaders(aborted);
    ContainerResponse preflight = call(withMaintenance, "OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET", "X-Maintenance", "on");
    assertEquals(204, preflight.getStatus());
  }

  @Path("/shop")
  public static class ShopResource {
    @Path("cart") public CartResource cart() { return new CartResource(); }
  }

  /** A sub-resource of the shop here, and a root resource of another application. */
  @Path("/carts")
  public static class CartResource {
    @GET public String get() { return "cart"; }
  }

  @Test
  void aSubResourceThatIsAnotherApplicationsRootDoesNotJoinThisOne() throws Exception {
    CorsPolicy shop = CorsPolicy.declaredOn("Shop").origins(APP).build();
    CorsPolicy carts = CorsPolicy.declaredOn("Carts").origins("https://carts.example.com")
        .build();
    CorsRouteTable shopTable = () -> CorsResource.root("/shop", ShopResource.class.getName())
        .locator("cart", "cart()", CorsResource.of(CartResource.class.getName())
            .routes(CorsRoute.withoutPath().bind("GET", shop, "GET get()").build())
            .build())
        .build();
    CorsRouteTable cartsTable = () -> CorsResource.root("/carts", CartResource.class.getName())
        .routes(CorsRoute.withoutPath().bind("GET", carts, "GET get()").build())
        .build();
    ApplicationHandler shopApp = new ApplicationHandler(new ResourceConfig(ShopResource.class)
        .register(CorsFeature.of(shopTable, cartsTable)));
    ContainerResponse cart = call(shopApp, "GET", "/shop/cart", "Origin", APP);
    assertEquals(200, cart.getStatus());
    assertEquals(APP, cart.getHeaderString("Access-Control-Allow-Origin"));
    // The cart's class was bound as a sub-resource: /carts is still not this application's.
    ContainerResponse preflight = call(shopApp, "OPTIONS", "/carts", "Origin",
        "https://carts.example.com", "Access-Control-Request-Method", "GET");
    assertNoCorsHeaders(preflight);
  }

  @Test
  void badPropertyStopsStartup() {
    assertThrows(RuntimeException.class,
        () -> app(CorsFeature.of(TABLES), Map.of(CorsFeature.REFUSED_REQUESTS, "maybe")));
    RuntimeException trust = assertThrows(RuntimeException.class,
        () -> app(CorsFeature.of(TABLES), Map.of(CorsFeature.FORWARDED_HEADERS, "yes")));
    String message = String.valueOf(trust.getMessage()) + trust.getCause();
    assertTrue(message.contains("use ignore or trust"), message);
  }

  @Test
  void noTableAtAllStopsStartupSayingHowToRunTheProcessor() {
    CorsStartupException e = assertThrows(CorsStartupException.class,
        () -> app(CorsFeature.of(), Map.of()));
    assertEquals(CorsFeature.NO_TABLES, e.getMessage());
    assertTrue(e.getMessage().contains("annotation processor did not run")
        && e.getMessage().contains("<annotationProcessorPaths>")
        && e.getMessage().contains("corsroutes.missingTables=allow"), e.getMessage());
  }

  @Test
  void anApplicationWithoutTablesYetStartsWhenItSaysSo() throws Exception {
    for (ApplicationHandler none : List.of(
        app(CorsFeature.of(), Map.of(CorsFeature.MISSING_TABLES, "allow")),
        app(CorsFeature.of().missingTables(CorsFeature.MissingTables.ALLOW), Map.of()))) {
      ContainerResponse r = call(none, "GET", "/public", "Origin", APP);
      assertEquals(200, r.getStatus());
      assertNoCorsHeaders(r);
    }
  }

  @Test
  void startupSaysWhatWasLoaded() {
    try (LogCapture log = new LogCapture()) {
      app(CorsFeature.of(TABLES), Map.of());
      assertTrue(log.lines.contains("CORS Routes: 5 of 5 route tables apply to this application:"
          + " 6 routes with 9 resource methods, 3 policies; refused requests: forbid, preflight"
          + " status: 204, refusal body: plain"), String.join("\n", log.lines));
    }
  }

  @Test
  void aRefusalIsLoggedAndItsBodyExplainsOnlyWhenAskedTo() throws Exception {
    try (LogCapture log = new LogCapture()) {
      ContainerResponse plain = call("OPTIONS", "/api/users/7", "Origin", APP,
          "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "x-debug");
      assertEquals(403, plain.getStatus());
      assertEquals("CORS request refused\n", plain.getEntity());
      assertTrue(log.lines.stream().anyMatch(line -> line.startsWith(
          "CORS Routes refused the preflight for PUT /api/users/{id} from origin"
              + " \"https://app.example.com\": header not allowed: requested header \"x-debug\"")),
          String.join("\n", log.lines));
    }
    ApplicationHandler explained = app(CorsFeature.of(TABLES),
        Map.of(CorsFeature.REFUSAL_BODY, "explained"));
    ContainerResponse r = call(explained, "DELETE", "/api/users/7", "Origin", APP);
    assertEquals(403, r.getStatus());
    assertNoCorsHeaders(r);
    assertEquals("CORS request refused: method not allowed: the policy's methods leave it out;"
        + " allowed here: GET, PUT. Policy: @CrossOrigin on org.x.UsersResource. (Explained"
        + " because corsroutes.refusalBody=explained: never in production.)\n", r.getEntity());
  }
}
