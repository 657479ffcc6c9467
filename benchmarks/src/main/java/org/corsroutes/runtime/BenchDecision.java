package org.corsroutes.runtime;

import java.util.List;

/**
 * Benchmark-only access to the runtime's own decision methods, without a JAX-RS request:
 * {@link PreflightFilter#decide} (route lookup, origin, method and header checks) and
 * {@link ActualRequestFilter#decide} (the policy bound to the matched method, origin check).
 * Lives in the runtime's package (split package, class path only) to reach them; the routes
 * are prepared exactly as {@link CorsFeature#configure} prepares them. Nothing here decides
 * anything itself: the rows measure the code that ships.
 */
public final class BenchDecision {
  private final PreflightFilter preflights;
  private final ApplicationRoutes routes;

  private BenchDecision(ApplicationRoutes routes) {
    this.routes = routes;
    this.preflights = new PreflightFilter(routes, 204,
        new Refusals(RefusalLog.system(), false)); // refusals are decided, never answered, here
  }

  /** The routes CorsFeature would prepare from these tables (placeholders from the system). */
  public static BenchDecision of(CorsRouteTable... tables) {
    return new BenchDecision(new ApplicationRoutes(
        new PreparedRoutes(List.of(tables), OriginVariables.fromSystem())));
  }

  /** A preflight's decision for an encoded path starting with '/': the binding, or not. */
  public Object preflight(String path, String origin, String requestedMethod,
      String requestedHeaders) {
    Object decision = preflights.decide(requestedMethod, path, 0, path.length(), origin,
        requestedHeaders);
    return decision instanceof RefusalReason ? null : decision;
  }

  /**
   * The method JAX-RS matched, as {@link CorsBinder} binds it at deployment: looked up once,
   * outside the measured code.
   */
  public Bound bind(String className, String javaMethod) {
    return new Bound(routes.prepared.methods(className, javaMethod).get(0));
  }

  /** The decision bound to one resource method. */
  public static final class Bound {
    private final MethodCors method;

    private Bound(MethodCors method) {
      this.method = method;
    }

    /** An actual request's decision (no same-origin check): the binding, or not. */
    public Object actual(String origin) {
      Object decision = ActualRequestFilter.decide(method, origin);
      return decision instanceof BoundPolicy ? decision : null;
    }
  }
}
