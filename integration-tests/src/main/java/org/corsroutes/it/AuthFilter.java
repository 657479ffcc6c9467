package org.corsroutes.it;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A stand-in for real authentication: the users and admin APIs need a bearer token. It runs
 * after resource matching, like most authentication filters; CORS preflights never reach it
 * because they carry no credentials and are answered before matching.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Override
  public void filter(ContainerRequestContext request) {
    if (isProtected(request.getUriInfo().getPath()) && !hasBearerToken(request)) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ErrorBody("unauthorized", "a bearer token is required"))
          .build());
    }
  }

  private static boolean isProtected(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.startsWith("api/users") || p.startsWith("api/admin");
  }

  private static boolean hasBearerToken(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    return authorization != null
        && authorization.startsWith(BEARER)
        && !authorization.substring(BEARER.length()).isBlank();
  }
}
