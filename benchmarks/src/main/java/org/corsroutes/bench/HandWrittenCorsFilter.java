package org.corsroutes.bench;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The hand-written filter as it is usually copied: a {@code @PreMatching} request filter that
 * answers every preflight with 200, and a response filter that adds the CORS headers (joined per
 * request) to every response. The end-to-end baseline for preflights.
 */
@Provider
@PreMatching
public final class HandWrittenCorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private final HandWrittenCors cors;

  public HandWrittenCorsFilter() {
    this(Policies.EXACT.handWritten());
  }

  HandWrittenCorsFilter(HandWrittenCors cors) {
    this.cors = cors;
  }

  private static boolean isPreflight(ContainerRequestContext request) {
    return "OPTIONS".equals(request.getMethod())
        && request.getHeaderString("Origin") != null
        && request.getHeaderString("Access-Control-Request-Method") != null;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPreflight(request)) {
      request.abortWith(Response.ok().build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (isPreflight(request)) {
      cors.preflight(origin, request.getHeaderString("Access-Control-Request-Method"),
          request.getHeaderString("Access-Control-Request-Headers"), response.getHeaders());
    } else {
      cors.actual(origin, response.getHeaders());
    }
  }
}
