package org.example;

import javax.annotation.processing.Generated;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;

/**
 * CORS routes of {@link OrdersResource}, generated from its {@code @CrossOrigin} policies.
 *
 * <p>Found by {@code CorsFeature} through
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}.
 */
@Generated("org.corsroutes.processor.CorsProcessor")
public final class OrdersResourceCorsRoutes implements CorsRouteTable {
  /**
   * {@code @CrossOrigin} on {@code org.example.OrdersApi}.
   *
   * <p>A preflight from an allowed origin is answered:
   * <pre>
   * 204 No Content
   * Access-Control-Allow-Origin: &lt;the request's Origin&gt;
   * Access-Control-Allow-Credentials: true
   * Access-Control-Allow-Methods: &lt;the route's methods, as each route below says&gt;
   * Access-Control-Allow-Headers: Authorization, Content-Type
   * Access-Control-Max-Age: 1800
   * Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers
   * </pre>
   * and the actual request's response, whatever its status, carries:
   * <pre>
   * Access-Control-Allow-Origin: &lt;the request's Origin&gt;
   * Access-Control-Allow-Credentials: true
   * Vary: Origin
   * </pre>
   */
  static final CorsPolicy ORDERS_API = CorsPolicy.declaredOn("org.example.OrdersApi")
      .declaredAt("org/example/OrdersApi.java:16")
      .origins("https://shop.example.com")
      .allowCredentials()
      .allowHeaders("Authorization, Content-Type")
      .maxAge("1800")
      .build();

  /**
   * {@code @CrossOrigin} on {@code org.example.OrdersApi#cancel}, through {@code @AdminCors}.
   *
   * <p>A preflight from an allowed origin is answered:
   * <pre>
   * 204 No Content
   * Access-Control-Allow-Origin: &lt;the request's Origin&gt;
   * Access-Control-Allow-Credentials: true
   * Access-Control-Allow-Methods: &lt;the route's methods, as each route below says&gt;
   * Access-Control-Allow-Headers: &lt;the requested headers&gt;
   * Access-Control-Max-Age: 600
   * Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers
   * </pre>
   * and the actual request's response, whatever its status, carries:
   * <pre>
   * Access-Control-Allow-Origin: &lt;the request's Origin&gt;
   * Access-Control-Allow-Credentials: true
   * Vary: Origin
   * </pre>
   */
  static final CorsPolicy ADMIN_CORS = CorsPolicy.declaredOn("org.example.OrdersApi#cancel (@AdminCors)")
      .declaredAt("org/example/OrdersApi.java:32")
      .origins("https://admin.example.com")
      .allowCredentials()
      .maxAge("600")
      .build();

  /**
   * {@code /api/orders}
   *
   * <p>GET, POST, policy {@link #ORDERS_API}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET, POST}.
   */
  static final CorsRoute API_ORDERS = CorsRoute.withoutPath()
      .bind("GET, POST", ORDERS_API, "GET list()", "POST create(java.lang.String)")
      .build();

  /**
   * {@code /api/orders/{id}}
   *
   * <p>GET, PUT, policy {@link #ORDERS_API}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET, PUT}.
   *
   * <p>DELETE, policy {@link #ADMIN_CORS}; its preflight answer has
   * {@code Access-Control-Allow-Methods: DELETE}.
   */
  static final CorsRoute API_ORDERS_ID = CorsRoute.path("{id}")
      .bind("GET, PUT", ORDERS_API, "GET get(long)", "PUT update(long,java.lang.String)")
      .bind("DELETE", ADMIN_CORS, "DELETE cancel(long)")
      .build();

  /**
   * How JAX-RS reaches the routes above: the class template first, then a resource method or a
   * locator inside it. {@code CorsFeature} routes preflights through it as JAX-RS will route the
   * actual request.
   */
  static final CorsResource RESOURCE = CorsResource.root("/api/orders", "org.example.OrdersResource")
      .routes(API_ORDERS, API_ORDERS_ID)
      .build();

  /**
   * Instantiated by {@link java.util.ServiceLoader}.
   */
  public OrdersResourceCorsRoutes() {
  }

  @Override
  public CorsResource resource() {
    return RESOURCE;
  }
}
