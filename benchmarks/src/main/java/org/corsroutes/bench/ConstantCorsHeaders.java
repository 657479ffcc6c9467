package org.corsroutes.bench;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A response filter that decides nothing and adds the four headers CorsFeature adds to an
 * allowed credentialed GET, as constants: the cost of sending CORS headers at all on this
 * server, which no CORS implementation can go below.
 */
public final class ConstantCorsHeaders implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("Access-Control-Allow-Origin", "https://app.example.com");
    headers.putSingle("Access-Control-Allow-Credentials", "true");
    headers.putSingle("Access-Control-Expose-Headers", "X-Request-Id");
    headers.putSingle("Vary", "Origin");
  }
}
