package org.corsroutes.runtime;

import java.util.List;
import java.util.Map;

/**
 * One step of JAX-RS matching, as Jersey runs it: the routes of one level (root resources, or
 * the sub-resource methods and locators of a matched resource), in precedence order. The first
 * route whose template matches wins, with Jersey's one exception: a route of resource methods
 * that does not serve the request's method is kept as a fallback while later sibling routes
 * of resource methods are tried (so {@code POST follows/all} reaches {@code follows/{name}}
 * when only that one serves POST); an open route (a class template or a locator) ends the
 * search, taking the fallback if there is one. An open route never backtracks: what is not
 * found below it is a 404, as in JAX-RS.
 *
 * <p>Routes are indexed by their literal leading segments, so a lookup tries only the routes
 * whose literal part the path has: its cost grows with the depth of the path, not with the
 * number of routes.
 */
final class RouteLevel {
  /**
   * The path has matrix parameters where a template read it: match it again without them. Never
   * leaves {@link PreflightRouter}.
   */
  static final RouteMatch MATRIX_PARAMETERS = new RouteMatch.Outcome("matrix parameters");
  /** Up to this many routes, trying each costs less than walking the index. */
  private static final int UNINDEXED_ROUTES = 4;

  private final Route[] routes;
  /** Null for a level of a few routes: each is tried, in order. */
  private final SegmentTrie index;
  private final int[] everyRoute;

  RouteLevel(List<Route> routes) {
    this.routes = routes.toArray(new Route[0]);
    this.index = routes.size() <= UNINDEXED_ROUTES ? null
        : new SegmentTrie(routes.stream().map(r -> r.template.literalPrefix).toList());
    this.everyRoute = java.util.stream.IntStream.range(0, routes.size()).toArray();
  }

  /** Where the request {@code method path[from, to)} goes from this level. */
  RouteMatch match(String method, String path, int from, int to) {
    Closed fallback = null;
    int[] candidates = index == null ? everyRoute : index.candidates(path, from, to);
    for (int i : candidates) {
      Route route = routes[i];
      if (route instanceof Closed closed) {
        int end = closed.template.matchClosed(path, from, to);
        if (end < 0) {
          if (end == JaxRsTemplate.MATRIX_PARAMETERS) {
            return MATRIX_PARAMETERS;
          }
          continue;
        }
        RouteMatch served = closed.serving(method);
        if (served != null) {
          return served;
        }
        if (fallback == null) {
          fallback = closed;
        }
      } else {
        int rest = route.template.matchOpen(path, from, to);
        if (rest < 0) {
          if (rest == JaxRsTemplate.MATRIX_PARAMETERS) {
            return MATRIX_PARAMETERS;
          }
          continue;
        }
        if (fallback != null) {
          return fallback;
        }
        Open open = (Open) route;
        return open.next == null ? RouteMatch.UNKNOWN : open.next.match(method, path, rest, to);
      }
    }
    return fallback != null ? fallback : RouteMatch.NOT_FOUND;
  }

  private static final String[] STANDARD_METHODS =
      {"GET", "PUT", "POST", "HEAD", "PATCH", "DELETE", "OPTIONS"};

  /**
   * The index of a standard method in {@link #STANDARD_METHODS}, or -1: told by its length and
   * one compare, where finding it among a route's methods would compare it with each.
   */
  static int slot(String method) {
    return switch (method.length()) {
      case 3 -> method.equals("GET") ? 0 : method.equals("PUT") ? 1 : -1;
      case 4 -> method.equals("POST") ? 2 : method.equals("HEAD") ? 3 : -1;
      case 5 -> method.equals("PATCH") ? 4 : -1;
      case 6 -> method.equals("DELETE") ? 5 : -1;
      case 7 -> method.equals("OPTIONS") ? 6 : -1;
      default -> -1;
    };
  }

  /** A route of a level: a template and what follows a match. */
  abstract static sealed class Route permits Closed, Open {
    final JaxRsTemplate template;

    Route(JaxRsTemplate template) {
      this.template = template;
    }
  }

  /**
   * Resource methods on one template (closed: at most a trailing '/' may follow). As a match
   * result it means 405: the path is served, the method is not.
   */
  static final class Closed extends Route implements RouteMatch {
    /** The full template, for messages. */
    final String route;
    private final Map<String, MethodCors> byMethod;
    /** The method serving each standard method, by {@link #slot}; null where none does. */
    private final MethodCors[] bySlot = new MethodCors[STANDARD_METHODS.length];
    /** Extension methods ({@code PROPFIND}...) and their methods, scanned. */
    private final String[] otherMethods;
    private final MethodCors[] otherServed;
    /** Whether a policy governs any method here: a preflight for another method is refused. */
    final boolean hasPolicy;

    Closed(JaxRsTemplate template, String route, Map<String, MethodCors> byMethod) {
      super(template);
      this.route = route;
      this.byMethod = Map.copyOf(byMethod);
      List<String> others = new java.util.ArrayList<>();
      byMethod.forEach((method, served) -> {
        int slot = slot(method);
        if (slot >= 0) {
          bySlot[slot] = served;
        } else {
          others.add(method);
        }
      });
      this.otherMethods = others.toArray(new String[0]);
      this.otherServed = others.stream().map(byMethod::get).toArray(MethodCors[]::new);
      this.hasPolicy = byMethod.values().stream().anyMatch(MethodCors::hasPolicy);
    }

    /** The policy that refuses a preflight for a method not served here: the first one found. */
    MethodCors governing() {
      return byMethod.values().stream().filter(MethodCors::hasPolicy)
          .min(java.util.Comparator.comparing((MethodCors m) -> m.httpMethod))
          .orElseThrow();
    }

    /** The methods a policy allows here, for refusal messages. */
    String allowedMethods() {
      return PreparedRoutes.allowedMethods(byMethod.values());
    }

    /** The method serving {@code method}; HEAD falls back to GET, OPTIONS to JAX-RS's own. */
    RouteMatch serving(String method) {
      MethodCors match = find(method);
      if (match == null && "HEAD".equals(method)) {
        match = find("GET");
      }
      if (match == null && "OPTIONS".equals(method)) {
        return RouteMatch.AUTOMATIC_OPTIONS;
      }
      return match;
    }

    private MethodCors find(String method) {
      int slot = slot(method);
      if (slot >= 0) {
        return bySlot[slot];
      }
      for (int i = 0; i < otherMethods.length; i++) {
        if (otherMethods[i].equals(method)) {
          return otherServed[i];
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return "405 on " + route + " " + byMethod.keySet();
    }
  }

  /** A class template or a locator (open: more path may follow), and the level below it. */
  static final class Open extends Route {
    /** Null below a locator whose returned resource is unknown. */
    final RouteLevel next;

    Open(JaxRsTemplate template, RouteLevel next) {
      super(template);
      this.next = next;
    }
  }
}
