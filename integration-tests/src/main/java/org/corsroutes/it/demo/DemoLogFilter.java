package org.corsroutes.it.demo;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Records each answered {@code /demo/...} request that carries {@code run} and {@code case} in
 * its query into the {@link DemoLog}. A response filter sees every answer, also the preflights
 * the CORS filter answers before matching and the 401s the auth filter aborts with.
 */
public final class DemoLogFilter implements ContainerResponseFilter {
  private final DemoLog log;

  public DemoLogFilter(DemoLog log) {
    this.log = log;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (!path.startsWith("demo/") || path.startsWith("demo/log")) {
      return;
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    String run = query.getFirst("run");
    String caseId = query.getFirst("case");
    if (run == null || caseId == null) {
      return;
    }
    boolean preflight = "OPTIONS".equals(request.getMethod())
        && request.getHeaderString("Access-Control-Request-Method") != null;
    log.record(run, new DemoLog.Entry(caseId, request.getMethod(), preflight,
        request.getHeaderString("Origin"), response.getStatus()));
  }
}
