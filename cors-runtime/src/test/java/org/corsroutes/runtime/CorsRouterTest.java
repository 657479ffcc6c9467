package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorsRouterTest {

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

  private final CorsRouter router = new CorsRouter(routes());

  private static List<RoutePolicies> routes() {
    List<RoutePolicies> routes = new ArrayList<>();
    for (String template : TEMPLATES) {
      routes.add(new RoutePolicies(template, Map.of()));
    }
    return routes;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "''|/",
      "/|/",
      "api/users|/api/users",
      "/api/users|/api/users",
      "api/users/|/api/users",
      "/api/users/|/api/users",
      "api/users/me|/api/users/me",          // literal beats {id}
      "api/users/me/|/api/users/me",
      "api/users/42|/api/users/{id: [0-9]+}", // same literals and variables: the regex one wins
      "api/users/42/|/api/users/{id: [0-9]+}",
      "api/users/bob|/api/users/{id}",
      "/api/users/bob/|/api/users/{id}",
      "api/users/bob/orders/7|/api/users/{id}/orders/{orderId}",
      "files/report.pdf|/files/{name}.{ext}", // more literal characters first
      "files/a.b.c|/files/{name}.{ext}",
      "files/report|/files/{name}",
      "files/.pdf|/files/{name}",             // {name} cannot be empty
      "docs/a/b/c|/docs/{path: .+}",
      "v2/status|/v{version}/status",
      "api/users//orders/7|NONE",
      "api/users/bob/orders|NONE",
      "api/user|NONE",
      "api/users/a/b|NONE",
      "v/status|NONE",
      "docs|NONE",
      "docs/|NONE",
      "nothing/here|NONE",
      "files|NONE",
  })
  void matchesLikeJaxRs(String path, String expected) {
    RoutePolicies route = router.match(path);
    if (expected == null) {
      assertNull(route, () -> path + " matched " + route.template);
    } else {
      assertEquals(expected, route == null ? null : route.template, path);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/a/{x}|/a/b/{y}|a/b/c|/a/b/{y}",
      "/{a}/{b}|/{a}/b|z/b|/{a}/b",
      "/{a}/{b}/c|/{a}/b/{c}|z/b/c|/{a}/b/{c}",
  })
  void precedenceIsByLiteralCharactersFirst(String one, String two, String path, String winner) {
    CorsRouter r = new CorsRouter(List.of(
        new RoutePolicies(one, Map.of()), new RoutePolicies(two, Map.of())));
    assertEquals(winner, r.match(path).template);
    CorsRouter reversed = new CorsRouter(List.of(
        new RoutePolicies(two, Map.of()), new RoutePolicies(one, Map.of())));
    assertEquals(winner, reversed.match(path).template);
  }
}
