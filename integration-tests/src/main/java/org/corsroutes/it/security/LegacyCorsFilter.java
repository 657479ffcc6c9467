package org.corsroutes.it.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A hand-written CORS layer left in the application, as response filters without
 * {@code @Priority} are (so it runs before CORS Routes' response filter): when a request says
 * {@code X-Legacy-Cors}, it grants everyone everything.
 */
@Provider
public final class LegacyCorsFilter implements ContainerResponseFilter {
  public static final String HEADER = "X-Legacy-Cors";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getHeaderString(HEADER) != null) {
      response.getHeaders().add("Access-Control-Allow-Origin", "*");
      response.getHeaders().add("Access-Control-Allow-Credentials", "true");
      response.getHeaders().add("Access-Control-Expose-Headers", "*");
    }
  }
}
