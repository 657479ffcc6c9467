package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the route of a request path before JAX-RS resource matching, since preflights are
 * answered {@code @PreMatching}. Literal templates are one hash lookup (stored under every
 * spelling of leading and trailing slash, so the request path is never copied); templated ones
 * are tried in JAX-RS precedence order.
 */
final class CorsRouter {
  private final Map<String, RoutePolicies> literal = new HashMap<>();
  private final PathTemplate[] templates;
  private final RoutePolicies[] templated;

  CorsRouter(List<RoutePolicies> routes) {
    List<PathTemplate> parsed = new ArrayList<>();
    Map<PathTemplate, RoutePolicies> byTemplate = new HashMap<>();
    for (RoutePolicies route : routes) {
      if (PathTemplate.isLiteral(route.template)) {
        String path = PathTemplate.normalize(route.template);
        literal.put(path, route);
        literal.put("/" + path, route);
        literal.put(path + "/", route);
        literal.put("/" + path + "/", route);
      } else {
        PathTemplate template = PathTemplate.parse(route.template);
        parsed.add(template);
        byTemplate.put(template, route);
      }
    }
    literal.remove("//"); // the root's "/" + "/" spelling is not a path of it
    templates = parsed.toArray(new PathTemplate[0]);
    Arrays.sort(templates, PathTemplate::compareByPrecedence);
    templated = new RoutePolicies[templates.length];
    for (int i = 0; i < templates.length; i++) {
      templated[i] = byTemplate.get(templates[i]);
    }
  }

  /** The route of the path relative to the application ("api/users/1" or "/api/users/1"). */
  RoutePolicies match(String path) {
    RoutePolicies route = literal.get(path);
    if (route != null) {
      return route;
    }
    int from = path.startsWith("/") ? 1 : 0;
    for (int i = 0; i < templates.length; i++) {
      if (templates[i].matches(path, from)) {
        return templated[i];
      }
    }
    return null;
  }
}
