package org.corsroutes.runtime;

import java.util.List;

/**
 * Benchmark-only access to the CORS decision exactly as {@code CorsFilter} makes it, without the
 * JAX-RS request, the same-origin check or any header writing: the part comparable with
 * Spring's {@code checkOrigin}/{@code checkHttpMethod}/{@code checkHeaders}. Lives in the
 * runtime's package (split package, class path only) to reach the package-private router; the
 * router is built by {@link RouteTables#prepare}, as {@link CorsFeature#configure} builds it.
 */
public final class BenchDecision {
  private final CorsRouter router;

  private BenchDecision(CorsRouter router) {
    this.router = router;
  }

  /** The router CorsFeature would build from these tables (placeholders from the system). */
  public static BenchDecision of(CorsRouteTable... tables) {
    return new BenchDecision(RouteTables.prepare(List.of(tables), OriginVariables.fromSystem()));
  }

  /**
   * A preflight's decision, the steps of {@code CorsFilter.answerPreflight}: route lookup,
   * requested-method token check and binding, origin match, requested-header check. Returns
   * the policy answering it, or null if refused (or no CORS route).
   */
  public Object preflight(String path, String origin, String requestedMethod,
      String requestedHeaders) {
    RoutePolicies route = router.match(path);
    if (route == null) {
      return null;
    }
    BoundPolicy bound = OriginRules.isToken(requestedMethod) ? route.forMethod(requestedMethod) : null;
    if (bound == null || !bound.policy.origins.matches(origin)) {
      return null;
    }
    if (requestedHeaders != null && !isBlank(requestedHeaders) && (requestedHeaders.length() > CorsFilter.MAX_REQUEST_HEADERS_LENGTH
        || !bound.policy.allowsRequestHeaders(requestedHeaders))) {
      return null;
    }
    return bound;
  }

  /**
   * An actual request's decision, the steps of {@code CorsFilter.filter(request)} minus the
   * same-origin check: route lookup, method binding, origin match ({@code *} short-circuits as
   * in the filter). Returns the policy whose headers would be written, or null.
   */
  public Object actual(String path, String method, String origin) {
    RoutePolicies route = router.match(path);
    if (route == null) {
      return null;
    }
    BoundPolicy bound = route.forMethod(method);
    if (bound == null) {
      return null;
    }
    return bound.policy.anyOrigin || bound.policy.origins.matches(origin) ? bound : null;
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }
}
