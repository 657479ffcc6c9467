package org.corsroutes.it.demo;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corsroutes.it.ErrorBody;

/** Like the sample's {@code AuthFilter}, for {@code /demo/private}: 401 without a bearer token. */
@Priority(Priorities.AUTHENTICATION)
public final class DemoAuthFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (path.replaceFirst("^/", "").startsWith("demo/private")
        && (authorization == null || !authorization.startsWith("Bearer "))) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ErrorBody("unauthorized", "a bearer token is required"))
          .build());
    }
  }
}
