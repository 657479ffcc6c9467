package org.example;

import javax.annotation.processing.Generated;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;

/**
 * CORS routes of {@link PartnersResource}, generated from its {@code @CrossOrigin} policies.
 *
 * <p>Found by {@code CorsFeature} through
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}.
 */
@Generated("org.corsroutes.processor.CorsProcessor")
public final class PartnersResourceCorsRoutes implements CorsRouteTable {
  /**
   * {@code @CrossOrigin} on {@code org.example.PartnersResource#list}.
   *
   * <p>A preflight from an allowed origin is answered:
   * <pre>
   * 204 No Content
   * Access-Control-Allow-Origin: &lt;the request's Origin&gt;
   * Access-Control-Allow-Methods: &lt;the route's methods, as each route below says&gt;
   * Access-Control-Allow-Headers: &lt;the requested headers&gt;
   * Access-Control-Allow-Private-Network: true (when asked)
   * Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers
   * </pre>
   * and the actual request's response, whatever its status, carries:
   * <pre>
   * Access-Control-Allow-Origin: &lt;the request's Origin&gt;
   * Vary: Origin
   * </pre>
   */
  static final CorsPolicy PARTNERS_RESOURCE_LIST = CorsPolicy.declaredOn("org.example.PartnersResource#list")
      .declaredAt("org/example/PartnersResource.java:10")
      .origins("${PARTNER_ORIGINS}")
      .originPatterns("https://*.example.net")
      .allowPrivateNetwork()
      .build();

  /**
   * {@code /api/partners}
   *
   * <p>GET, policy {@link #PARTNERS_RESOURCE_LIST}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET}.
   */
  static final CorsRoute API_PARTNERS = CorsRoute.withoutPath()
      .bind("GET", PARTNERS_RESOURCE_LIST, "GET list()")
      .build();

  /**
   * {@code /api/partners/internal}
   *
   * <p>GET, no policy: left to the application.
   */
  static final CorsRoute API_PARTNERS_INTERNAL = CorsRoute.path("internal")
      .serve("GET internal()")
      .build();

  /**
   * How JAX-RS reaches the routes above: the class template first, then a resource method or a
   * locator inside it. {@code CorsFeature} routes preflights through it as JAX-RS will route the
   * actual request.
   */
  static final CorsResource RESOURCE = CorsResource.root("/api/partners", "org.example.PartnersResource")
      .routes(API_PARTNERS, API_PARTNERS_INTERNAL)
      .build();

  /**
   * Instantiated by {@link java.util.ServiceLoader}.
   */
  public PartnersResourceCorsRoutes() {
  }

  @Override
  public CorsResource resource() {
    return RESOURCE;
  }
}
