package org.corsroutes.it.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter after CORS Routes' decision that rewrites {@code Origin} when asked to by
 * {@code X-Rewrite-Origin}: what goes out must be what was decided on, not what a later filter
 * left in the request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class OriginRewriteFilter implements ContainerRequestFilter {
  public static final String HEADER = "X-Rewrite-Origin";

  @Override
  public void filter(ContainerRequestContext request) {
    String rewritten = request.getHeaderString(HEADER);
    if (rewritten != null) {
      // put, not putSingle: the container's header value lists are unmodifiable.
      request.getHeaders().put("Origin", new ArrayList<>(List.of(rewritten)));
    }
  }
}
