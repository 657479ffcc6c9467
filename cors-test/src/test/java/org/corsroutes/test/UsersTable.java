package org.corsroutes.test;

import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;

/**
 * A table as the processor writes one (the shape of its golden {@code UsersResourceCorsRoutes}):
 * users readable with credentials from two front ends, deletion from the admin one only, and a
 * route without a policy.
 */
public final class UsersTable implements CorsRouteTable {
  static final CorsPolicy USERS = CorsPolicy.declaredOn("org.example.UsersResource")
      .origins("https://app.example.com", "https://admin.example.com")
      .allowCredentials()
      .allowHeaders("Authorization, Content-Type")
      .exposeHeaders("X-Request-Id")
      .maxAge("1800")
      .build();

  static final CorsPolicy ADMIN = CorsPolicy.declaredOn("org.example.UsersResource#delete (@AdminCors)")
      .origins("https://admin.example.com")
      .allowCredentials()
      .maxAge("600")
      .build();

  @Override
  public CorsResource resource() {
    return CorsResource.root("/api/users", "org.example.UsersResource")
        .routes(
            CorsRoute.withoutPath()
                .bind("GET, POST", USERS, "GET list()", "POST create(java.lang.String)")
                .build(),
            CorsRoute.path("{id}")
                .bind("GET, PUT", USERS, "GET get(long)", "PUT update(long,java.lang.String)")
                .bind("DELETE", ADMIN, "DELETE delete(long)")
                .build(),
            CorsRoute.path("internal").serve("GET internal()").build())
        .build();
  }
}
