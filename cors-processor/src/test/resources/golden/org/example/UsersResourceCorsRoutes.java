package org.example;

import javax.annotation.processing.Generated;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;

/**
 * CORS routes of {@link UsersResource}, generated from its {@code @CrossOrigin} policies.
 *
 * <p>Found by {@code CorsFeature} through
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}.
 */
@Generated("org.corsroutes.processor.CorsProcessor")
public final class UsersResourceCorsRoutes implements CorsRouteTable {
  /**
   * {@code @CrossOrigin} on {@code org.example.UsersResource}.
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
   * Access-Control-Expose-Headers: X-Request-Id
   * Vary: Origin
   * </pre>
   */
  static final CorsPolicy USERS_RESOURCE = CorsPolicy.declaredOn("org.example.UsersResource")
      .declaredAt("org/example/UsersResource.java:12")
      .origins("https://app.example.com", "https://admin.example.com")
      .allowCredentials()
      .allowHeaders("Authorization, Content-Type")
      .exposeHeaders("X-Request-Id")
      .maxAge("1800")
      .build();

  /**
   * {@code @CrossOrigin} on {@code org.example.UsersResource#delete}, through {@code @AdminCors}.
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
  static final CorsPolicy ADMIN_CORS = CorsPolicy.declaredOn("org.example.UsersResource#delete (@AdminCors)")
      .declaredAt("org/example/UsersResource.java:42")
      .origins("https://admin.example.com")
      .allowCredentials()
      .maxAge("600")
      .build();

  /**
   * {@code /api/users}
   *
   * <p>GET, POST, policy {@link #USERS_RESOURCE}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET, POST}.
   */
  static final CorsRoute API_USERS = CorsRoute.withoutPath()
      .bind("GET, POST", USERS_RESOURCE, "GET list()", "POST create(java.lang.String)")
      .build();

  /**
   * {@code /api/users/{id}}
   *
   * <p>GET, PUT, policy {@link #USERS_RESOURCE}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET, PUT}.
   *
   * <p>DELETE, policy {@link #ADMIN_CORS}; its preflight answer has
   * {@code Access-Control-Allow-Methods: DELETE}.
   */
  static final CorsRoute API_USERS_ID = CorsRoute.path("{id}")
      .bind("GET, PUT", USERS_RESOURCE, "GET get(long)", "PUT update(long,java.lang.String)")
      .bind("DELETE", ADMIN_CORS, "DELETE delete(long)")
      .build();

  /**
   * {@code /api/users/{id}/settings}
   *
   * <p>GET, policy {@link #USERS_RESOURCE}; its preflight answer has
   * {@code Access-Control-Allow-Methods: GET}.
   */
  static final CorsRoute API_USERS_ID_SETTINGS = CorsRoute.withoutPath()
      .bind("GET", USERS_RESOURCE, "GET get()")
      .build();

  /**
   * {@code /api/users/{id}/settings/{key: [a-z]+}}
   *
   * <p>PATCH, policy {@link #USERS_RESOURCE}; its preflight answer has
   * {@code Access-Control-Allow-Methods: PATCH}.
   */
  static final CorsRoute API_USERS_ID_SETTINGS_KEY = CorsRoute.path("/{key: [a-z]+}/")
      .bind("PATCH", USERS_RESOURCE, "PATCH patch(java.lang.String)")
      .build();

  /**
   * How JAX-RS reaches the routes above: the class template first, then a resource method or a
   * locator inside it. {@code CorsFeature} routes preflights through it as JAX-RS will route the
   * actual request.
   */
  static final CorsResource RESOURCE = CorsResource.root("/api/users", "org.example.UsersResource")
      .routes(API_USERS, API_USERS_ID)
      .locator("{id}/settings", "settings(long)", CorsResource.of("org.example.SettingsResource")
          .routes(API_USERS_ID_SETTINGS, API_USERS_ID_SETTINGS_KEY)
          .build())
      .build();

  /**
   * Instantiated by {@link java.util.ServiceLoader}.
   */
  public UsersResourceCorsRoutes() {
  }

  @Override
  public CorsResource resource() {
    return RESOURCE;
  }
}
