package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Startup: merging tables, resolving ${NAME} origins, refusing bad values with clear messages. */
class PreparedRoutesTest {

  private static final CorsPolicy USERS = CorsPolicy.declaredOn("org.x.UsersResource")
      .origins("https://app.example.com", "${EXTRA_ORIGINS}")
      .allowCredentials()
      .build();

  private static int tables;

  /** A root resource on {@code template} whose methods without @Path are {@code methods}. */
  private static CorsRouteTable table(String template, CorsRoute.Builder methods) {
    CorsResource resource = CorsResource.root(template, "org.x.Resource" + tables++)
        .routes(methods.build()).build();
    return () -> resource;
  }

  private static CorsRoute.Builder get(CorsPolicy policy) {
    return CorsRoute.withoutPath().bind("GET", policy, "GET get()");
  }

  private static PreflightRouter prepare(Map<String, String> env, CorsRouteTable... tables) {
    PreparedRoutes prepared = new PreparedRoutes(List.of(tables), new OriginVariables(env::get));
    return new PreflightRouter(prepared.roots.values());
  }

  private static MethodCors route(PreflightRouter router, String method, String path) {
    return (MethodCors) router.route(method, path);
  }

  private static String failure(Map<String, String> env, CorsPolicy policy) {
    CorsRouteTable t = table("/api/users/{id}", get(policy));
    return assertThrows(CorsStartupException.class, () -> prepare(env, t)).getMessage();
  }

  @Test
  void placeholderOriginsAreReadTrimmedAndMatched() {
    PreflightRouter router = prepare(
        Map.of("EXTRA_ORIGINS", " https://admin.example.com ,http://localhost:5173"),
        table("/api/users/{id}", get(USERS)));
    OriginMatcher origins = route(router, "GET", "/api/users/1").bound.policy.origins;
    assertTrue(origins.matches("https://app.example.com"));
    assertTrue(origins.matches("https://admin.example.com"));
    assertTrue(origins.matches("http://localhost:5173"));
    assertFalse(origins.matches("https://evil.example.com"));
  }

  @Test
  void unsetVariableNamesRoutePolicyAndVariable() {
    String message = failure(Map.of(), USERS);
    assertTrue(message.contains("/api/users/{id}"), message);
    assertTrue(message.contains("org.x.UsersResource"), message);
    assertTrue(message.contains("${EXTRA_ORIGINS} is not set"), message);
  }

  @Test
  void invalidValueNamesTheValueAndTheProblem() {
    String message = failure(Map.of("EXTRA_ORIGINS", "https://Admin.example.com/"), USERS);
    assertTrue(message.contains("/api/users/{id}"), message);
    assertTrue(message.contains("org.x.UsersResource"), message);
    assertTrue(message.contains("${EXTRA_ORIGINS}"), message);
    assertTrue(message.contains("\"https://Admin.example.com/\""), message);
    assertTrue(message.contains(OriginProblem.TRAILING_SLASH.reason()), message);
  }

  @Test
  void emptyElementIsRefused() {
    String message = failure(Map.of("EXTRA_ORIGINS", "https://a.example.com,,"), USERS);
    assertTrue(message.contains(OriginProblem.EMPTY.reason()), message);
  }

  @Test
  void nullAndWildcardWithCredentialsAreRefused() {
    assertTrue(failure(Map.of("EXTRA_ORIGINS", "null"), USERS)
        .contains(OriginProblem.NULL_ORIGIN.reason()));
    assertTrue(failure(Map.of("EXTRA_ORIGINS", "*"), USERS).contains("allowCredentials"));
  }

  @Test
  void wildcardFromVariableWithoutCredentialsAllowsAnyOrigin() {
    CorsPolicy open = CorsPolicy.declaredOn("org.x.Public").origins("${ORIGINS}").build();
    PreflightRouter router = prepare(Map.of("ORIGINS", "*"), table("/public", get(open)));
    assertTrue(route(router, "GET", "/public").bound.policy.anyOrigin);
    assertTrue(failure(Map.of("ORIGINS", "*, https://a.example.com"), open).contains("mixed"));
  }

  @Test
  void plainHttpWithCredentialsIsRefusedAsTheCompilerRefusesIt() {
    String message = failure(Map.of("EXTRA_ORIGINS", "http://a.example.org"), USERS);
    assertTrue(message.contains("/api/users/{id}") && message.contains("${EXTRA_ORIGINS}"), message);
    assertTrue(message.contains("\"http://a.example.org\"") && message.contains("plain http"),
        message);
    assertTrue(message.contains("-Acors.allowInsecureOrigins=true"), message);
    // Loopback is exempt, as at compile time; without credentials plain http is fine.
    prepare(Map.of("EXTRA_ORIGINS", "http://localhost:5173,http://127.0.0.1:8080,http://[::1]:3000"),
        table("/a", get(USERS)));
    CorsPolicy open = CorsPolicy.declaredOn("org.x.Open").origins("${EXTRA_ORIGINS}").build();
    prepare(Map.of("EXTRA_ORIGINS", "http://a.example.org"), table("/b", get(open)));
    // Literals and patterns of a table not written by this processor get the same rule.
    assertTrue(failure(Map.of(), CorsPolicy.declaredOn("org.x.Literal")
        .origins("http://a.example.org").allowCredentials().build()).contains("plain http"));
    assertTrue(failure(Map.of(), CorsPolicy.declaredOn("org.x.Pattern")
        .originPatterns("http://*.example.org").allowCredentials().build())
        .contains("origin pattern \"http://*.example.org\" is plain http"));
  }

  @Test
  void allowInsecureOriginsFromTheBuildAcceptsPlainHttpFromVariables() {
    CorsPolicy dev = CorsPolicy.declaredOn("org.x.Dev").origins("${EXTRA_ORIGINS}")
        .allowCredentials().allowInsecureOrigins().build();
    PreflightRouter router = prepare(Map.of("EXTRA_ORIGINS", "http://a.example.org"),
        table("/dev", get(dev)));
    assertTrue(route(router, "GET", "/dev").bound.policy.origins.matches("http://a.example.org"));
  }

  @Test
  void hugeValueIsCappedInTheMessage() {
    String huge = "https://" + "a".repeat(10_000) + ".com/";
    String message = failure(Map.of("EXTRA_ORIGINS", huge), USERS);
    assertTrue(message.length() < 600, message);
    assertTrue(message.contains("10013 characters"), message);
  }

  @Test
  void controlCharactersAreNotLogged() {
    String message = failure(Map.of("EXTRA_ORIGINS", "https://a.com\r\nX: y"), USERS);
    assertFalse(message.contains("\r") || message.contains("\n"), message);
  }

  @Test
  void sameTemplateInTwoClassesIsOneRouteAsInJaxRs() {
    CorsPolicy admin = CorsPolicy.declaredOn("org.x.Admin").origins("https://admin.example.com")
        .build();
    PreflightRouter router = prepare(Map.of("EXTRA_ORIGINS", "https://b.example.com"),
        table("/api/users/{id}", get(USERS)),
        table("api/users/{name}/", CorsRoute.withoutPath().bind("DELETE", admin, "DELETE delete()")));
    assertSame(USERS, route(router, "GET", "/api/users/1").bound.policy.source);
    assertSame(admin, route(router, "DELETE", "/api/users/1").bound.policy.source);
    assertSame(route(router, "GET", "/api/users/1"), route(router, "HEAD", "/api/users/1"));
    assertTrue(router.route("PUT", "/api/users/1") instanceof RouteLevel.Closed);
  }

  @Test
  void conflictingPoliciesForOneMethodStopStartup() {
    CorsPolicy other = CorsPolicy.declaredOn("org.x.Other").origins("https://o.example.com").build();
    CorsStartupException e = assertThrows(CorsStartupException.class, () -> prepare(
        Map.of("EXTRA_ORIGINS", "https://b.example.com"),
        table("/a", get(USERS)),
        table("/a", get(other))));
    String message = e.getMessage();
    assertTrue(message.contains("\"/a\" GET"), message);
    assertTrue(message.contains("org.x.UsersResource") && message.contains("org.x.Other"), message);
    assertTrue(message.contains("#get"), message);
  }

  @Test
  void headerValuesThatCouldInjectAreRefused() {
    CorsPolicy bad = CorsPolicy.declaredOn("org.x.Bad").origins("https://a.example.com")
        .exposeHeaders("X-Id\r\nSet-Cookie: a=b").build();
    assertTrue(failure(Map.of(), bad).contains("Access-Control-Expose-Headers"));
    CorsPolicy badPattern = CorsPolicy.declaredOn("org.x.Bad").originPatterns("https://*example.com")
        .build();
    assertTrue(failure(Map.of(), badPattern).contains(OriginProblem.PATTERN_PARTIAL_LABEL.reason()));
  }

  @Test
  void requestHeaderListsAreCheckedCaseInsensitively() {
    PreparedPolicy listed = new PreparedPolicy(CorsPolicy.declaredOn("x")
        .origins("https://a.example.com").allowHeaders("Authorization, Content-Type").build(),
        List.of("https://a.example.com"));
    assertTrue(listed.allowsRequestHeaders("authorization,content-type"));
    assertTrue(listed.allowsRequestHeaders("Content-Type , AUTHORIZATION"));
    assertFalse(listed.allowsRequestHeaders("authorization,x-evil"));
    assertFalse(listed.allowsRequestHeaders("authorization,,content-type"));
    assertFalse(listed.allowsRequestHeaders("authorization\r\n"));
    PreparedPolicy any = new PreparedPolicy(CorsPolicy.declaredOn("x").origins("*").build(),
        List.of("*"));
    assertTrue(any.allowsRequestHeaders("x-anything, x-else"));
    assertFalse(any.allowsRequestHeaders("x-anything; x-else"));
    assertFalse(any.allowsRequestHeaders("x-é"));
    assertEquals(true, any.anyOrigin);
  }

  @Test
  void aHandWrittenTableCannotOfferAForbiddenMethod() {
    CorsPolicy open = CorsPolicy.declaredOn("org.x.Debug").origins("https://app.example.com")
        .build();
    String bound = assertThrows(CorsStartupException.class, () -> prepare(Map.of(),
        table("/debug", CorsRoute.path("").bind("GET", open, "TRACE trace()"))))
        .getMessage();
    assertTrue(bound.contains("allows TRACE, a method the Fetch standard forbids"), bound);
    String offered = assertThrows(CorsStartupException.class, () -> prepare(Map.of(),
        table("/debug", CorsRoute.path("").bind("GET, track", open, "GET get()"))))
        .getMessage();
    assertTrue(offered.contains("offers track, a method the Fetch standard forbids"), offered);
    // Refused, it takes part in routing and gets no CORS answer: allowed.
    assertNotNull(prepare(Map.of(), table("/debug",
        CorsRoute.path("").bind("GET", open, "GET get()").refuse(open, "TRACE trace()"))));
  }
}
