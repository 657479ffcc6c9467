package org.corsroutes.conformance.sample;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Authentication as most applications write it: after matching, at
 * {@link Priorities#AUTHENTICATION}, aborting with 401 when {@code /account} is called without
 * a bearer token. Preflights carry no credentials and must never reach it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {
  /** The only token the sample accepts. */
  public static final String TOKEN = "Bearer conformance";

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    boolean isProtected = path.startsWith("account") || path.startsWith("/account");
    if (isProtected && !TOKEN.equals(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity("{\"error\":\"unauthorized\"}")
          .build());
    }
  }
}
