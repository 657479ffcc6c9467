package org.corsroutes.runtime;

import static org.corsroutes.runtime.CorsHeaders.ORIGIN;
import static org.corsroutes.runtime.CorsHeaders.VARY_PREFLIGHT;

import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * What both filters do with a refusal once it is decided: log it ({@link RefusalLog}) and build
 * the 403, whose body explains the reason only when the application opted in
 * ({@link CorsFeature.RefusalBody#EXPLAINED}, development only).
 */
final class Refusals {
  private final RefusalLog log;
  private final boolean explain;

  Refusals(RefusalLog log, boolean explain) {
    this.log = log;
    this.explain = explain;
  }

  /** Logs a refused preflight routed to {@code target}; its 403. */
  Response preflight(RouteMatch target, RefusalReason reason, String requestedMethod,
      String origin, String requestedHeaders) {
    MethodCors method = target instanceof MethodCors m ? m : null;
    RouteLevel.Closed closed = target instanceof RouteLevel.Closed c ? c : null;
    Supplier<Refusal> refusal = () -> {
      MethodCors governing = method != null ? method : closed.governing();
      return new Refusal(true, requestedMethod, governing.route,
          method != null ? method.javaName() : null, governing.policy(), reason,
          method != null ? method.routeAllows : closed.allowedMethods(), origin,
          requestedHeaders, true);
    };
    log.refused(target, origin, reason, refusal);
    return CorsHeaders.refusal(VARY_PREFLIGHT, explain ? refusal.get().explanation() : null);
  }

  /**
   * Logs a refused actual request to {@code method}; its 403 when {@code forbidden}, else null
   * (the request goes on to the application without CORS headers).
   */
  Response actual(MethodCors method, RefusalReason reason, String httpMethod, String origin,
      boolean forbidden) {
    Supplier<Refusal> refusal = () -> new Refusal(false, httpMethod, method.route,
        method.javaName(), method.policy(), reason, method.routeAllows, origin, null, forbidden);
    log.refused(method, origin, reason, refusal);
    return forbidden
        ? CorsHeaders.refusal(ORIGIN, explain ? refusal.get().explanation() : null) : null;
  }
}
