package org.example;

import javax.annotation.processing.Generated;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
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
   *
   * <p>A preflight from an allowed origin is answered:
   * <pre>
   * 204 No Content
   * Access-Control-Allow-Origin: *
   * Access-Control-Allow-Methods: &lt;the route's methods, as each route below says&gt;
   * Access-Control-Allow-Headers: &lt;the requested headers&gt;
   * Access-Control-Max-Age: 1800
   * Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers
   * </pre>
   * and the actual request's response, whatever its status, carries:
   * <pre>
   * Access-Control-Allow-Origin: *
   * </pre>
   */
  static final CorsPolicy HEALTH_RESOURCE = CorsPolicy.declaredOn("org.example.HealthResource")
      .declaredAt("org/example/HealthResource.java:8")
      .origins("*")
      .maxAge("1800")
      .build();

  /**
   * {@code /api/health}
   *
   * <p>GET, policy {@link #HEALTH_RESOURCE}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET}.
   */
  static final CorsRoute API_HEALTH = CorsRoute.withoutPath()
      .bind("GET", HEALTH_RESOURCE, "GET health()")
      .build();

  /**
   * How JAX-RS reaches the routes above: the class template first, then a resource method or a
   * locator inside it. {@code CorsFeature} routes preflights through it as JAX-RS will route the
   * actual request.
   */
  static final CorsResource RESOURCE = CorsResource.root("api/health/", "org.example.HealthResource")
      .routes(API_HEALTH)
      .build();

  /**
   * Instantiated by {@link java.util.ServiceLoader}.
   */
  public HealthResourceCorsRoutes() {
  }

  @Override
  public CorsResource resource() {
    return RESOURCE;
  }
}
