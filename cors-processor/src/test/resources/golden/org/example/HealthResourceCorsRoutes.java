package org.example;

import java.util.List;
import javax.annotation.processing.Generated;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;

/**
 * CORS routes of {@link HealthResource}, generated from its {@code @CrossOrigin} policies.
 *
 * <p>Found by {@code CorsFeature} through
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}.
 */
@Generated("org.corsroutes.processor.CorsProcessor")
public final class HealthResourceCorsRoutes implements CorsRouteTable {
  /**
   * {@code @CrossOrigin} on {@code org.example.HealthResource}.
   */
  static final CorsPolicy HEALTH_RESOURCE = CorsPolicy.declaredOn("org.example.HealthResource")
      .origins("*")
      .maxAge("1800")
      .build();

  /**
   * {@code /api/health}
   *
   * <p>GET, policy {@link #HEALTH_RESOURCE}; a preflight from an allowed origin is answered:
   * <pre>
   * 204 No Content
   * Access-Control-Allow-Origin: *
   * Access-Control-Allow-Methods: GET
   * Access-Control-Allow-Headers: &lt;the requested headers&gt;
   * Access-Control-Max-Age: 1800
   * Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers
   * </pre>
   */
  static final CorsRoute API_HEALTH = CorsRoute.path("/api/health")
      .bind("GET", HEALTH_RESOURCE, "GET")
      .build();

  private static final List<CorsRoute> ROUTES = List.of(
    API_HEALTH);

  /**
   * Instantiated by {@link java.util.ServiceLoader}.
   */
  public HealthResourceCorsRoutes() {
  }

  @Override
  public List<CorsRoute> routes() {
    return ROUTES;
  }
}
