package org.corsroutes.conformance;

import static org.corsroutes.conformance.SampleOrigins.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CORS behaviours CORS Routes promises, over real HTTP, against the sample API of
 * {@code conformance-suite/src/sample/java} (class {@code ConformanceApplication}). A server
 * module serves that application on 127.0.0.1 and extends this class:
 *
 * <pre>{@code
 * class JerseyConformanceTest extends CorsConformanceSuite {
 *   private static HttpServer server;
 *   @BeforeAll static void start() { server = ...; }   // 127.0.0.1, port 0
 *   @AfterAll static void stop() { server.stop(0); }
 *   @Override protected URI baseUri() { return ...; }
 * }
 * }</pre>
 *
 * <p>Where a server answers differently, its subclass lists the {@link ServerTrait}s, and the
 * affected cases assert that server's answer instead: a difference is pinned, never skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class CorsConformanceSuite {
  /** The bearer token the sample's authentication filter accepts. */
  protected static final String TOKEN = "Bearer conformance";

  /** Where the server under test serves the sample application, e.g. http://127.0.0.1:41234/. */
  protected abstract URI baseUri();

  /** The ways this server differs from the reference; none by default. */
  protected Set<ServerTrait> traits() {
    return EnumSet.noneOf(ServerTrait.class);
  }

  // ---------------------------------------------------------------------------------------
  // Requests and assertions shared by the cases.

  private URI base() {
    URI base = baseUri();
    return base.getPath().endsWith("/") ? base : URI.create(base + "/");
  }

  /** Paths are given without the leading slash, relative to {@link #baseUri()}. */
  private HttpResponse<String> send(String method, String path, String body, String... headers) {
    return Http.send(base(), method, path, body, headers);
  }

  private HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  private HttpResponse<String> preflight(String path, String origin, String method,
      String requestHeaders) {
    return requestHeaders == null
        ? send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method", method)
        : send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method", method,
            "Access-Control-Request-Headers", requestHeaders);
  }

  /** The request's own origin, as a browser on a page the server served would send it. */
  private String ownOrigin() {
    URI base = base();
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  private static String header(HttpResponse<?> response, String name) {
    List<String> values = response.headers().allValues(name);
    assertTrue(values.size() <= 1, () -> name + " sent " + values.size() + " times: " + values);
    return values.isEmpty() ? null : values.get(0);
  }

  private static void assertStatus(int expected, HttpResponse<String> response) {
    assertEquals(expected, response.statusCode(),
        () -> "status; headers " + response.headers().map() + ", body " + response.body());
  }

  private void assertAllowedPreflight(HttpResponse<String> response, String origin,
      boolean credentials) {
    assertStatus(204, response);
    assertEquals(List.of(origin), response.headers().allValues("Access-Control-Allow-Origin"));
    assertEquals(credentials ? "true" : null, header(response, "Access-Control-Allow-Credentials"));
    assertTrue(Http.tokens(response, "Vary").containsAll(Set.of("origin",
            "access-control-request-method", "access-control-request-headers")),
        () -> "Vary: " + response.headers().allValues("Vary"));
  }

  private static void assertRefusedPreflight(HttpResponse<String> response) {
    assertStatus(403, response);
    assertEquals(List.of(), Http.corsHeaders(response));
    assertTrue(Http.tokens(response, "Vary").contains("origin"),
        () -> "Vary: " + response.headers().allValues("Vary"));
  }

  /** An actual request the policy allows: one grant for exactly this origin, and Vary. */
  private static void assertGranted(HttpResponse<String> response, String origin,
      boolean credentials) {
    assertEquals(List.of(origin), response.headers().allValues("Access-Control-Allow-Origin"));
    assertEquals(credentials ? "true" : null, header(response, "Access-Control-Allow-Credentials"));
    assertTrue(Http.tokens(response, "Vary").contains("origin"),
        () -> "Vary: " + response.headers().allValues("Vary"));
  }

  /** An answer that depends on the origin but grants nothing. */
  private static void assertNotGrantedButVaried(HttpResponse<String> response) {
    assertEquals(List.of(), Http.corsHeaders(response));
    assertTrue(Http.tokens(response, "Vary").contains("origin"),
        () -> "Vary: " + response.headers().allValues("Vary"));
  }

  private int ordersCreated() {
    HttpResponse<String> probe = get("probe/orders-created");
    assertStatus(200, probe);
    return Integer.parseInt(probe.body().trim());
  }

  // ---------------------------------------------------------------------------------------
  // First request

  @Test
  @Order(0) // the others run after it, in JUnit's fixed order
  @DisplayName("preflight: the first request, before any actual one: policies are known at startup")
  void preflightBeforeAnyActualRequest() {
    HttpResponse<String> r = preflight("admin/users/7", ADMIN, "DELETE", null);
    assertAllowedPreflight(r, ADMIN, true);
    assertEquals(Set.of("delete"), Http.tokens(r, "Access-Control-Allow-Methods"));
  }

  // ---------------------------------------------------------------------------------------
  // Preflights

  @Test
  @DisplayName("preflight: allowed: origin, method and headers; credentials, methods, headers, max-age")
  void preflightAllowed() {
    HttpResponse<String> r =
        preflight("shop/orders", SHOP, "POST", "content-type, authorization");
    assertAllowedPreflight(r, SHOP, true);
    assertEquals(Set.of("get", "post"), Http.tokens(r, "Access-Control-Allow-Methods"));
    assertEquals(Set.of("authorization", "content-type"),
        Http.tokens(r, "Access-Control-Allow-Headers"));
    assertEquals("600", header(r, "Access-Control-Max-Age"));
    assertEquals(List.of(), r.headers().allValues("Access-Control-Expose-Headers"));
  }

  @Test
  @DisplayName("preflight: the query string is not part of the route")
  void preflightQueryString() {
    assertAllowedPreflight(preflight("shop/orders?page=2&sort=id", SHOP, "GET", null), SHOP,
        true);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, shop/orders/, https://shop.example.com, true",
      "GET, shop/orders;v=1, https://shop.example.com, true",
      "GET, shop//orders, https://shop.example.com, true",
      "GET, catalog/7/, https://catalog.example.com, false",
      "GET, catalog;x=1/7, https://catalog.example.com, false",
      "DELETE, admin/users/7/, https://admin.example.com, true"})
  @DisplayName("preflight: trailing slash, matrix parameters, double slash: the preflight and the actual request agree")
  void preflightPathVariants(String method, String path, String origin, boolean credentials) {
    assertAllowedPreflight(preflight(path, origin, method, null), origin, credentials);
    HttpResponse<String> actual = send(method, path, null, "Origin", origin);
    assertTrue(actual.statusCode() / 100 == 2, () -> "status " + actual.statusCode());
    assertGranted(actual, origin, credentials);
  }

  @Test
  @DisplayName("preflight: a percent-encoded path parameter")
  void preflightPercentEncodedPath() {
    assertAllowedPreflight(preflight("catalog/red%20shoes", EDITOR, "PUT", "content-type"),
        EDITOR, false);
  }

  @Test
  @DisplayName("preflight: refused: an origin the policy does not list")
  void preflightRefusedOrigin() {
    assertRefusedPreflight(preflight("shop/orders", EVIL, "POST", "content-type"));
  }

  @Test
  @DisplayName("preflight: refused: a method the route serves but the policy does not allow")
  void preflightRefusedMethod() {
    assertRefusedPreflight(preflight("shop/orders", SHOP, "PUT", null));
  }

  @Test
  @DisplayName("preflight: refused: a method the route does not serve")
  void preflightRefusedUnservedMethod() {
    assertRefusedPreflight(preflight("shop/orders", SHOP, "DELETE", null));
  }

  @Test
  @DisplayName("preflight: refused: a header the policy does not list")
  void preflightRefusedHeader() {
    assertRefusedPreflight(preflight("shop/orders", SHOP, "POST", "content-type, x-debug"));
  }

  @Test
  @DisplayName("preflight: answered before authentication: never the auth filter's 401")
  void preflightBeforeAuthentication() {
    HttpResponse<String> r = preflight("account", SHOP, "GET", "authorization");
    assertAllowedPreflight(r, SHOP, true);
    assertEquals(Set.of("authorization"), Http.tokens(r, "Access-Control-Allow-Headers"));
  }

  @Test
  @DisplayName("preflight: answered before routing: a path template route, never 404/405")
  void preflightTemplateRoute() {
    assertAllowedPreflight(preflight("admin/users/42", ADMIN, "DELETE", null), ADMIN, true);
  }

  @Test
  @DisplayName("preflight: public policy: *, no credentials, any requested header, default max-age")
  void preflightPublicPolicy() {
    HttpResponse<String> r = preflight("public/status", EVIL, "GET", "x-anything");
    assertStatus(204, r);
    assertEquals(List.of("*"), r.headers().allValues("Access-Control-Allow-Origin"));
    assertEquals(null, header(r, "Access-Control-Allow-Credentials"));
    assertTrue(Http.tokens(r, "Access-Control-Allow-Headers").contains("x-anything"),
        () -> "Allow-Headers: " + r.headers().allValues("Access-Control-Allow-Headers"));
    assertEquals("1800", header(r, "Access-Control-Max-Age"));
  }

  @Test
  @DisplayName("preflight: Private Network Access: allowed where the policy allows it, and asked")
  void preflightPrivateNetwork() {
    String widgets = "https://eu.widgets.example.com";
    HttpResponse<String> allowed = send("OPTIONS", "widgets", null, "Origin", widgets,
        "Access-Control-Request-Method", "GET", "Access-Control-Request-Private-Network", "true");
    assertAllowedPreflight(allowed, widgets, false);
    assertEquals("true", header(allowed, "Access-Control-Allow-Private-Network"));
    HttpResponse<String> notAsked = preflight("widgets", widgets, "GET", null);
    assertAllowedPreflight(notAsked, widgets, false);
    assertEquals(null, header(notAsked, "Access-Control-Allow-Private-Network"));
    HttpResponse<String> notAllowed = send("OPTIONS", "shop/orders", null, "Origin", SHOP,
        "Access-Control-Request-Method", "GET", "Access-Control-Request-Private-Network", "true");
    assertAllowedPreflight(notAllowed, SHOP, true);
    assertEquals(null, header(notAllowed, "Access-Control-Allow-Private-Network"));
  }

  @Test
  @DisplayName("preflight: Origin: null is refused where origins are listed")
  void preflightNullOriginRefused() {
    assertRefusedPreflight(preflight("shop/orders", "null", "GET", null));
  }

  @Test
  @DisplayName("preflight: a route without a policy: the preflight reaches the application")
  void preflightRouteWithoutPolicy() {
    HttpResponse<String> r = preflight("plain", SHOP, "GET", null);
    assertStatus(200, r);
    assertEquals("plain: GET, OPTIONS", r.body());
    assertEquals(List.of(), Http.corsHeaders(r));
  }

  // ---------------------------------------------------------------------------------------
  // Actual requests

  @Test
  @DisplayName("actual request: allowed origin: one grant, credentials, exposed headers, Vary: Origin")
  void actualAllowed() {
    HttpResponse<String> r = get("shop/orders", "Origin", SHOP);
    assertStatus(200, r);
    assertEquals("[]", r.body());
    assertGranted(r, SHOP, true);
    assertEquals(Set.of("x-total-count"), Http.tokens(r, "Access-Control-Expose-Headers"));
  }

  @Test
  @DisplayName("actual request: HEAD, served by the GET method: the same grant")
  void actualHead() {
    HttpResponse<String> r = send("HEAD", "shop/orders", null, "Origin", SHOP);
    assertStatus(200, r);
    assertGranted(r, SHOP, true);
    assertEquals(Set.of("x-total-count"), Http.tokens(r, "Access-Control-Expose-Headers"));
  }

  @Test
  @DisplayName("actual request: an application's own CORS headers are replaced by the policy's")
  void actualApplicationCorsHeadersOverruled() {
    // LegacyCorsHeadersFilter adds "Access-Control-Allow-Origin: *" to every shop response.
    HttpResponse<String> allowed = get("shop/orders", "Origin", SHOP);
    assertEquals(List.of(SHOP), allowed.headers().allValues("Access-Control-Allow-Origin"));
    assertEquals(Set.of("x-total-count"),
        Http.tokens(allowed, "Access-Control-Expose-Headers"));
    HttpResponse<String> refused = get("shop/orders", "Origin", EVIL);
    assertStatus(403, refused);
    assertNotGrantedButVaried(refused);
    assertNotGrantedButVaried(get("shop/orders", "Origin", ownOrigin()));
  }

  @Test
  @DisplayName("actual request: allowed origin, JSON POST: reaches the resource")
  void actualAllowedPost() {
    int before = ordersCreated();
    HttpResponse<String> r = send("POST", "shop/orders", "{\"item\":1}", "Origin", SHOP,
        "Content-Type", "application/json");
    assertStatus(201, r);
    assertEquals("{\"item\":1}", r.body());
    assertGranted(r, SHOP, true);
    assertEquals(before + 1, ordersCreated());
  }

  @Test
  @DisplayName("actual request: refused origin: 403 before the resource runs, no grant, Vary: Origin")
  void actualRefusedOrigin() {
    int before = ordersCreated();
    HttpResponse<String> r = send("POST", "shop/orders", "{\"item\":1}", "Origin", EVIL,
        "Content-Type", "application/json");
    assertStatus(403, r);
    assertNotGrantedButVaried(r);
    assertFalse(r.body().contains("item"), r.body());
    assertEquals(before, ordersCreated(), "the refused request reached the resource");
  }

  @Test
  @DisplayName("actual request: allowed origin, a method the policy does not cover: 403 before the resource")
  void actualRefusedMethod() {
    HttpResponse<String> r = send("PUT", "shop/orders", "[]", "Origin", SHOP,
        "Content-Type", "application/json");
    assertStatus(403, r);
    assertNotGrantedButVaried(r);
    assertNotEquals("replaced", r.body());
  }

  @Test
  @DisplayName("actual request: no Origin: untouched, but Vary: Origin so caches are never poisoned")
  void actualNoOrigin() {
    HttpResponse<String> r = get("shop/orders");
    assertStatus(200, r);
    assertEquals("[]", r.body());
    assertNotGrantedButVaried(r);
  }

  @Test
  @DisplayName("actual request: same origin: not CORS, never refused")
  void actualSameOrigin() {
    HttpResponse<String> r = get("shop/orders", "Origin", ownOrigin());
    assertStatus(200, r);
    assertNotGrantedButVaried(r);
  }

  @Test
  @DisplayName("actual request: public policy: *, no credentials, no Vary: Origin; with and without Origin")
  void actualPublicPolicy() {
    for (HttpResponse<String> r : List.of(get("public/status", "Origin", EVIL),
        get("public/status"), get("public/status", "Origin", "null"))) {
      assertStatus(200, r);
      assertEquals("up", r.body());
      assertEquals(List.of("*"), r.headers().allValues("Access-Control-Allow-Origin"));
      assertEquals(null, header(r, "Access-Control-Allow-Credentials"));
      assertFalse(Http.tokens(r, "Vary").contains("origin"), () -> "Vary on a static *");
    }
  }

  @Test
  @DisplayName("actual request: an application's OPTIONS that is not a preflight reaches it, with the grant")
  void actualOwnOptionsMethod() {
    HttpResponse<String> r = send("OPTIONS", "capabilities", null, "Origin", SHOP);
    assertStatus(200, r);
    assertEquals("capabilities: GET, OPTIONS", r.body());
    assertGranted(r, SHOP, false);
  }

  @Test
  @DisplayName("actual request: an OPTIONS without Origin reaches the application untouched")
  void actualOwnOptionsMethodWithoutOrigin() {
    HttpResponse<String> r = send("OPTIONS", "capabilities", null);
    assertStatus(200, r);
    assertEquals("capabilities: GET, OPTIONS", r.body());
    assertNotGrantedButVaried(r);
  }

  @Test
  @DisplayName("actual request: an OPTIONS that is not a preflight, no @OPTIONS method: the server's own answer")
  void actualServersOwnOptions() {
    HttpResponse<String> r = send("OPTIONS", "shop/orders", null, "Origin", SHOP);
    assertStatus(200, r);
    assertTrue(Http.tokens(r, "Allow").containsAll(Set.of("get", "post", "put", "options")),
        () -> "Allow: " + r.headers().allValues("Allow"));
    // Not a resource method, so no policy is bound to it: like a 404 or a 405.
    assertEquals(List.of(), Http.corsHeaders(r));
  }

  @Test
  @DisplayName("preflight: a route without a policy nor an @OPTIONS method: the server's own answer")
  void preflightServersOwnOptions() {
    HttpResponse<String> r = preflight("probe/orders-created", SHOP, "GET", null);
    assertStatus(200, r);
    assertTrue(Http.tokens(r, "Allow").containsAll(Set.of("get", "options")),
        () -> "Allow: " + r.headers().allValues("Allow"));
    assertEquals(List.of(), Http.corsHeaders(r));
  }

  @Test
  @DisplayName("actual request: a route without a policy: untouched, whatever the origin")
  void actualRouteWithoutPolicy() {
    HttpResponse<String> r = get("plain", "Origin", EVIL);
    assertStatus(200, r);
    assertEquals("plain", r.body());
    assertEquals(List.of(), Http.corsHeaders(r));
  }

  // ---------------------------------------------------------------------------------------
  // Error responses carry the grant

  @Test
  @DisplayName("error response: 401 from an authentication filter that aborts")
  void errorUnauthorized() {
    HttpResponse<String> r = get("account", "Origin", SHOP);
    assertStatus(401, r);
    assertEquals("Bearer", header(r, "WWW-Authenticate"));
    assertEquals("{\"error\":\"unauthorized\"}", r.body());
    assertGranted(r, SHOP, true);
  }

  @Test
  @DisplayName("error response: a refused origin gets 403 before the authentication filter's 401")
  void errorRefusedBeforeAuthentication() {
    HttpResponse<String> r = get("account", "Origin", EVIL);
    assertStatus(403, r);
    assertNotGrantedButVaried(r);
  }

  @Test
  @DisplayName("error response: authenticated: the resource's answer, with the grant")
  void errorAuthenticated() {
    HttpResponse<String> r = get("account", "Origin", SHOP, "Authorization", TOKEN);
    assertStatus(200, r);
    assertEquals("{\"name\":\"ada\"}", r.body());
    assertGranted(r, SHOP, true);
  }

  @Test
  @DisplayName("error response: a WebApplicationException's response (410)")
  void errorWebApplicationException() {
    HttpResponse<String> r = get("faults/gone", "Origin", SHOP);
    assertStatus(410, r);
    assertEquals("gone", r.body());
    assertGranted(r, SHOP, false);
  }

  @Test
  @DisplayName("error response: a NotFoundException thrown by the resource method")
  void errorNotFoundException() {
    HttpResponse<String> r = get("faults/missing", "Origin", SHOP);
    assertStatus(404, r);
    assertGranted(r, SHOP, false);
  }

  @Test
  @DisplayName("error response: an exception no mapper takes: the container's 500")
  void errorUnmappedException() {
    HttpResponse<String> r = get("faults/unmapped", "Origin", SHOP);
    assertStatus(500, r);
    // Jakarta REST hands the exception to the container, which writes the 500 itself.
    assertEquals(traits().contains(ServerTrait.CONTAINER_500_SHOWS_EXCEPTION_MESSAGE),
        r.body().contains("unmapped failure in the resource"), r::body);
    if (traits().contains(ServerTrait.UNMAPPED_EXCEPTION_GRANTED)) {
      assertGranted(r, SHOP, false);
    } else {
      assertEquals(List.of(), Http.corsHeaders(r));
    }
  }

  @Test
  @DisplayName("error response: no resource matched (404, 405): JAX-RS's answer, no policy, no grant")
  void errorUnmatched() {
    HttpResponse<String> notFound = get("faults/nothing-here", "Origin", SHOP);
    assertStatus(404, notFound);
    assertEquals(List.of(), Http.corsHeaders(notFound));
    HttpResponse<String> notAllowed = send("DELETE", "faults/gone", null, "Origin", SHOP);
    assertStatus(405, notAllowed);
    assertEquals(List.of(), Http.corsHeaders(notAllowed));
  }

  @Test
  @DisplayName("error response: 404 from an exception mapper")
  void errorExceptionMapper() {
    HttpResponse<String> r = get("account/orders/9", "Origin", SHOP, "Authorization", TOKEN);
    assertStatus(404, r);
    assertEquals("{\"error\":\"not_found\"}", r.body());
    assertGranted(r, SHOP, true);
  }

  // ---------------------------------------------------------------------------------------
  // Where the policy comes from

  @Test
  @DisplayName("policy level: composed annotation (@AdminCors): its origin, with credentials")
  void policyComposed() {
    assertAllowedPreflight(preflight("admin/users", ADMIN, "GET", null), ADMIN, true);
    assertGranted(get("admin/users", "Origin", ADMIN), ADMIN, true);
    assertRefusedPreflight(preflight("admin/users", SHOP, "GET", null));
  }

  @Test
  @DisplayName("policy level: package-info: the package's origin and max-age")
  void policyPackageLevel() {
    HttpResponse<String> r = preflight("catalog", CATALOG, "GET", null);
    assertAllowedPreflight(r, CATALOG, false);
    assertEquals("300", header(r, "Access-Control-Max-Age"));
    assertGranted(get("catalog/7", "Origin", CATALOG), CATALOG, false);
    assertRefusedPreflight(preflight("catalog/7", EDITOR, "GET", null));
  }

  @Test
  @DisplayName("policy level: method-level: overrides the package's policy for that method only")
  void policyMethodLevel() {
    HttpResponse<String> r = preflight("catalog/7", EDITOR, "PUT", "content-type");
    assertAllowedPreflight(r, EDITOR, false);
    assertEquals(Set.of("put"), Http.tokens(r, "Access-Control-Allow-Methods"));
    assertEquals("1800", header(r, "Access-Control-Max-Age"));
    assertRefusedPreflight(preflight("catalog/7", CATALOG, "PUT", "content-type"));
    HttpResponse<String> put = send("PUT", "catalog/7", "{\"n\":7}", "Origin", EDITOR,
        "Content-Type", "application/json");
    assertStatus(200, put);
    assertGranted(put, EDITOR, false);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {PARTNER_A, PARTNER_B})
  @DisplayName("policy level: ${NAME} origins: each value of the variable is allowed")
  void policyVariableOrigins(String origin) {
    assertAllowedPreflight(preflight("partners", origin, "GET", null), origin, false);
    assertGranted(get("partners", "Origin", origin), origin, false);
  }

  @Test
  @DisplayName("policy level: ${NAME} origins: nothing else is")
  void policyVariableOriginsRefuseOthers() {
    assertRefusedPreflight(preflight("partners", "https://partner-c.example.com", "GET", null));
    assertEquals(403, get("partners", "Origin", SHOP).statusCode());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://eu.widgets.example.com", "https://a.b.widgets.example.com",
      "http://localhost:3000", "http://localhost:8080"})
  @DisplayName("policy level: origin patterns: matching origins are granted, themselves")
  void policyPatternsAllow(String origin) {
    assertAllowedPreflight(preflight("widgets", origin, "GET", null), origin, false);
    assertGranted(get("widgets", "Origin", origin), origin, false);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://widgets.example.com", "http://eu.widgets.example.com",
      "https://evilwidgets.example.com", "https://eu.widgets.example.com.evil.com",
      "https://localhost:3000", "http://localhost.evil.com:3000", "http://127.0.0.1:3000"})
  @DisplayName("policy level: origin patterns: the apex, other schemes and look-alikes are refused")
  void policyPatternsRefuse(String origin) {
    assertRefusedPreflight(preflight("widgets", origin, "GET", null));
    HttpResponse<String> r = get("widgets", "Origin", origin);
    assertStatus(403, r);
    assertNotGrantedButVaried(r);
  }

  // ---------------------------------------------------------------------------------------
  // Bad input is never a 5xx and never reflected

  private void assertHarmless(RawHttp.Response r, String marker) {
    assertTrue(r.status() == -1 || (r.status() >= 200 && r.status() < 500),
        () -> "status " + r.status() + ":\n" + r.text());
    assertFalse(r.text().contains(marker), () -> "reflected " + marker + ":\n" + r.text());
    assertFalse(r.hasHeader("Access-Control-Allow-Origin"), r.text());
  }

  @ParameterizedTest(name = "Origin: {0}")
  @ValueSource(strings = {"https://shop.example.com/", "HTTPS://SHOP.EXAMPLE.COM",
      "https://shop.example.com:443", "https://shop.example.com.", "https://user@shop.example.com",
      "https://shop.example.com, https://shop.example.com", "*", "garbage-marker", ""})
  @DisplayName("bad input: a malformed Origin on a credentialed route: refused, not reflected")
  void badInputMalformedOrigin(String origin) {
    RawHttp.Response actual = RawHttp.send(base(), "GET", "/shop/orders", "Origin: " + origin);
    assertHarmless(actual, "garbage-marker");
    RawHttp.Response pre = RawHttp.send(base(), "OPTIONS", "/shop/orders",
        "Origin: " + origin, "Access-Control-Request-Method: GET");
    assertHarmless(pre, "garbage-marker");
  }

  @Test
  @DisplayName("bad input: two Origin headers: never a grant for the unlisted one")
  void badInputTwoOrigins() {
    RawHttp.Response r = RawHttp.send(base(), "GET", "/shop/orders",
        "Origin: https://marker.example.com", "Origin: " + SHOP);
    assertHarmless(r, "marker");
  }

  @Test
  @DisplayName("bad input: a bare CR in Origin, and an Origin folded onto a second line")
  void badInputLineBreaks() {
    // A server may end the header at the CR (then the Origin is the shop's) or refuse the
    // request; either way nothing but the listed origin is granted, and nothing is reflected.
    RawHttp.Response cr = RawHttp.send(base(), "GET", "/shop/orders",
        "Origin: " + SHOP + "\rX-Marker: marker");
    RawHttp.Response folded = RawHttp.send(base(), "OPTIONS", "/shop/orders",
        "Origin: " + SHOP, " marker.example.com", "Access-Control-Request-Method: GET");
    for (RawHttp.Response r : List.of(cr, folded)) {
      assertTrue(r.status() == -1 || (r.status() >= 200 && r.status() < 500), r::text);
      assertFalse(r.text().contains("marker"), r::text);
      assertTrue(List.of(List.of(), List.of(SHOP)).contains(r.values("Access-Control-Allow-Origin")),
          r::text);
    }
  }

  @Test
  @DisplayName("bad input: non-ASCII bytes in Origin")
  void badInputNonAsciiOrigin() {
    RawHttp.Response r = RawHttp.send(base(), "OPTIONS", "/shop/orders",
        "Origin: https://sh\u00f6p.example.com", "Access-Control-Request-Method: GET");
    assertHarmless(r, "sh\u00f6p");
  }

  @Test
  @DisplayName("bad input: a huge Access-Control-Request-Headers")
  void badInputHugeRequestHeaders() {
    String many = String.join(",", java.util.Collections.nCopies(600, "x-marker-header"));
    RawHttp.Response r = RawHttp.send(base(), "OPTIONS", "/public/status",
        "Origin: " + SHOP, "Access-Control-Request-Method: GET",
        "Access-Control-Request-Headers: " + many);
    assertHarmless(r, "x-marker-header,x-marker-header");
  }

  @ParameterizedTest(name = "Access-Control-Request-Headers: {0}")
  @ValueSource(strings = {",,,", "content-type;;marker", "content type", "\"marker\"",
      "content-type,,authorization,"})
  @DisplayName("bad input: a garbled Access-Control-Request-Headers: refused or answered, never reflected")
  void badInputGarbledRequestHeaders(String value) {
    RawHttp.Response r = RawHttp.send(base(), "OPTIONS", "/shop/orders",
        "Origin: " + SHOP, "Access-Control-Request-Method: POST",
        "Access-Control-Request-Headers: " + value);
    assertTrue(r.status() == -1 || (r.status() >= 200 && r.status() < 500), r.text());
    assertFalse(r.text().contains("marker"), r.text());
  }

  @ParameterizedTest(name = "Access-Control-Request-Method: {0}")
  @ValueSource(strings = {"", "get", "P@ST", "TRACE", "marker method"})
  @DisplayName("bad input: a bad Access-Control-Request-Method: refused, never reflected")
  void badInputBadRequestMethod(String value) {
    RawHttp.Response r = RawHttp.send(base(), "OPTIONS", "/shop/orders",
        "Origin: " + SHOP, "Access-Control-Request-Method: " + value);
    assertHarmless(r, "marker");
  }
}
