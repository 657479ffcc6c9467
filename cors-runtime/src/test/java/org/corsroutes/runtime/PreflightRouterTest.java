package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preflight router on hand-picked shapes, each a case JAX-RS implementations are known to
 * route this way. The seeded differential corpus (module routing-differential) proves agreement
 * with Jersey and RESTEasy at scale; these pin the rules one by one.
 */
class PreflightRouterTest {
  private static final CorsPolicy POLICY =
      CorsPolicy.declaredOn("org.x.Policy").origins("https://a.example.com").build();

  private static final String[] TEMPLATES = {
      "/",
      "/api/users",
      "/api/users/me",
      "/api/users/{id}",
      "/api/users/{id: [0-9]+}",
      "/api/users/{id}/orders/{orderId}",
      "/files/{name}.{ext}",
      "/files/{name}",
      "/docs/{path: .+}",
      "/v{version}/status",
  };

  /** One root resource per template, each with a GET method named after its index. */
  private static PreflightRouter roots(String... templates) {
    return new PreflightRouter(new PreparedRoutes(tables(templates),
        new OriginVariables(n -> null)).roots.values());
  }

  private static List<CorsRouteTable> tables(String... templates) {
    List<CorsRouteTable> tables = new ArrayList<>();
    for (int i = 0; i < templates.length; i++) {
      CorsResource r = CorsResource.root(templates[i], "T" + i)
          .routes(CorsRoute.withoutPath().bind("GET", POLICY, "GET get" + i + "()").build())
          .build();
      tables.add(() -> r);
    }
    return tables;
  }

  /**
   * {@code Users} at {@code template}: POST on {@code {id}/settings}, the same path's locator to
   * {@code Settings} (GET, and PUT on {@code {key}}), and a locator to an unknown resource.
   */
  private static CorsResource usersWithSettings(String template) {
    CorsResource sub = CorsResource.of("Settings")
        .routes(CorsRoute.withoutPath().bind("GET", POLICY, "GET all()").build(),
            CorsRoute.path("{key}").bind("PUT", POLICY, "PUT put(java.lang.String)").build())
        .build();
    return CorsResource.root(template, "Users")
        .routes(CorsRoute.path("{id}/settings").bind("POST", POLICY, "POST reset()").build())
        .locator("{id}/settings", "settings(long)", sub)
        .locator("{id}/unknown", "unknown()")
        .build();
  }

  private static String target(PreflightRouter router, String method, String path) {
    RouteMatch match = router.route(method, path);
    return match instanceof MethodCors m ? m.javaName() : match.toString();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/|T0#get0",
      "/api/users|T1#get1",
      "/api/users/|T1#get1",
      "/api/users/me|T2#get2",            // literal beats {id}
      "/api/users/42|T4#get4",            // same literals and variables: the regex one wins
      "/api/users/bob|T3#get3",
      "/api/users/bob/orders/7|T5#get5",
      "/files/report.pdf|T6#get6",        // more literal characters first
      "/files/report|T7#get7",
      "/docs/a/b/c|T8#get8",
      "/v2/status|T9#get9",
      "/api/users;x|T1#get1",             // matrix parameters are not part of the path
      "/api/users;a=b/me;c|T2#get2",
      "/api/users/bob/orders|404 Not Found", // the class is chosen first: /api/users/{id}...
      "/api/user|404 Not Found",             // ...then nothing inside it matches
      "//api/users|404 Not Found",
      "/api/us%65rs|404 Not Found",          // matched encoded, as Jersey does
  })
  void routesLikeJaxRs(String path, String expected) {
    assertEquals(expected, target(roots(TEMPLATES), "GET", path), path);
  }

  /**
   * The router matches a path as it is and strips matrix parameters only when a match says it
   * met a ';' or nothing matched: for every path of a seeded population (';' in literal,
   * variable and regex segments, after a locator, at either end, paths that match nothing),
   * the answer must be the one for the path without them, as JAX-RS matches it.
   */
  @Test
  void pathsWithMatrixParametersRouteAsThePathWithout() {
    CorsResource users = usersWithSettings("/api/users");
    List<CorsRouteTable> tables = new ArrayList<>(tables(TEMPLATES));
    tables.add(() -> users);
    PreflightRouter router = new PreflightRouter(
        new PreparedRoutes(tables, new OriginVariables(n -> null)).roots.values());
    String[] paths = {"/api/users/me", "/api/users/42", "/api/users/bob/orders/7",
        "/files/report.pdf", "/docs/a/b", "/v2/status", "/api/users/1/settings/theme",
        "/api/users/1/unknown/x", "/api/users/1/settings", "/nowhere/x", "/", "/api/users/"};
    String[] params = {";", ";x", ";a=b", ";a=b;c", ";x/", "%3B"};
    java.util.Random random = new java.util.Random(20261128);
    int withParameters = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder path = new StringBuilder(paths[random.nextInt(paths.length)]);
      for (int k = random.nextInt(3); k >= 0; k--) {
        path.insert(random.nextInt(path.length() + 1), params[random.nextInt(params.length)]);
      }
      if (path.charAt(0) != '/') {
        path.insert(0, '/');
      }
      String raw = path.toString();
      withParameters += raw.indexOf(';') >= 0 ? 1 : 0;
      String stripped = PreflightRouter.stripMatrixParameters(raw, 0, raw.length());
      for (String method : new String[] {"GET", "PUT", "POST"}) {
        assertSame(router.route(method, stripped), router.route(method, raw), method + " " + raw);
      }
    }
    assertEquals(true, withParameters > 15_000, withParameters + " paths with a ';'");
  }

  @Test
  void classTemplateIsChosenBeforeMethodTemplates() {
    CorsPolicy admin = CorsPolicy.declaredOn("Users").origins("https://admin.example.com").build();
    CorsPolicy partner = CorsPolicy.declaredOn("Types").origins("https://partner.example.com")
        .build();
    CorsResource users = CorsResource.root("/users", "Users")
        .routes(CorsRoute.path("{id}/profile").bind("GET", admin, "GET profile(long)").build())
        .build();
    CorsResource types = CorsResource.root("/{type}", "Types")
        .routes(CorsRoute.path("administrator/profile")
            .bind("GET", partner, "GET administrator()").build())
        .build();
    PreflightRouter router = new PreflightRouter(new PreparedRoutes(
        List.of(() -> users, () -> types), new OriginVariables(n -> null)).roots.values());
    assertEquals("Users#profile", target(router, "GET", "/users/administrator/profile"));
    assertEquals("Types#administrator", target(router, "GET", "/people/administrator/profile"));
  }

  @Test
  void aTemplateThatDoesNotServeTheMethodFallsBackToTheNextOne() {
    CorsResource follows = CorsResource.root("/profiles", "Profiles")
        .routes(
            CorsRoute.path("follows/all").serve("GET all()").build(),
            CorsRoute.path("follows/{name}")
                .bind("POST, DELETE", POLICY, "POST follow(java.lang.String)",
                    "DELETE unfollow(java.lang.String)")
                .build())
        .build();
    PreflightRouter router = new PreflightRouter(new PreparedRoutes(
        List.of(() -> follows), new OriginVariables(n -> null)).roots.values());
    assertEquals("Profiles#follow", target(router, "POST", "/profiles/follows/all"));
    assertEquals("Profiles#all", target(router, "GET", "/profiles/follows/all"));
    assertEquals("Profiles#all", target(router, "HEAD", "/profiles/follows/all"));
    RouteMatch notAllowed = router.route("PUT", "/profiles/follows/all");
    assertEquals(RouteLevel.Closed.class, notAllowed.getClass()); // 405: the first match's
  }

  @Test
  void locatorsAreFollowedAndSubResourceMethodsComeFirst() {
    CorsResource root = usersWithSettings("/users");
    PreflightRouter router = new PreflightRouter(new PreparedRoutes(
        List.of(() -> root), new OriginVariables(n -> null)).roots.values());
    assertEquals("Users#reset", target(router, "POST", "/users/1/settings"));
    // The sub-resource method route matches first and does not serve GET: 405, as Jersey.
    assertEquals(RouteLevel.Closed.class, router.route("GET", "/users/1/settings").getClass());
    assertEquals("Settings#put", target(router, "PUT", "/users/1/settings/theme"));
    assertSame(RouteMatch.UNKNOWN, router.route("GET", "/users/1/unknown/x"));
  }

  @Test
  void lookupCostDoesNotGrowWithTheNumberOfRoutes() {
    // Not a timing: the number of routes a lookup tries stays at the path's depth.
    List<List<String>> prefixes = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      prefixes.add(List.of("api", "r" + i));
    }
    SegmentTrie trie = new SegmentTrie(prefixes);
    assertEquals(1, trie.candidates("/api/r5000/x", 0, 12).length);
    assertEquals(0, trie.candidates("/api/none", 0, 9).length);
    assertEquals(Map.of().size(), trie.candidates("/other", 0, 6).length);
  }

  private static PreflightRouter router(CorsResource... resources) {
    List<CorsRouteTable> tables = new ArrayList<>();
    for (CorsResource r : resources) {
      tables.add(() -> r);
    }
    return new PreflightRouter(new PreparedRoutes(tables, new OriginVariables(n -> null)).roots
        .values());
  }

  @Test
  void templatesThatDifferByATrailingSlashAreOneRoute() {
    // Jersey groups "/a/b/" with "/a/b": GET /a/b reaches the class that serves GET, though
    // "/a/b/" has more literal characters and only serves PATCH.
    PreflightRouter router = router(
        CorsResource.root("/a/b/", "Slash")
            .routes(CorsRoute.withoutPath().serve("PATCH patch()").build()).build(),
        CorsResource.root("/a/b", "NoSlash")
            .routes(CorsRoute.withoutPath().serve("GET get()").build()).build());
    assertEquals("NoSlash#get", target(router, "GET", "/a/b"));
    assertEquals("Slash#patch", target(router, "PATCH", "/a/b/"));
  }

  @Test
  void anEmptyMethodPathIsASubResourceMethodNotTheResourcesOwn() {
    // @Path("") on a method makes a sub-resource method: the resource's own DELETE route
    // matches first and does not serve GET, so JAX-RS answers 405, not the @Path("") GET.
    PreflightRouter router = router(CorsResource.root("/items/{id: .+}", "Items")
        .routes(CorsRoute.withoutPath().serve("DELETE delete()").build(),
            CorsRoute.path("").serve("GET get()").build())
        .build());
    assertEquals(RouteLevel.Closed.class, router.route("GET", "/items/x").getClass());
    assertEquals("Items#delete", target(router, "DELETE", "/items/x"));
  }
}
