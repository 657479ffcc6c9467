package org.corsroutes.conformance.sample;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A hand-written CORS layer left over from before CORS Routes, as applications have: it grants
 * everyone on the shop's actual requests. Without {@code @Priority} it runs before CORS Routes'
 * response filter, which owns the {@code Access-Control-*} headers of routes with a policy and
 * removes these; the suite checks that only the policy's grant goes out.
 */
@Provider
public class LegacyCorsHeadersFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!request.getMethod().equals("OPTIONS")
        && (path.startsWith("shop/") || path.startsWith("/shop/"))) {
      response.getHeaders().add("Access-Control-Allow-Origin", "*");
      response.getHeaders().add("Access-Control-Expose-Headers", "X-Internal-Trace");
    }
  }
}
