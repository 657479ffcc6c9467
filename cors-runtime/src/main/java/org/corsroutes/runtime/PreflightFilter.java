package org.corsroutes.runtime;

import static org.corsroutes.runtime.CorsHeaders.*;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers preflights ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) before JAX-RS matching and before any authentication
 * filter, so they never get a 401, 404 or 405. JAX-RS would match a preflight to no resource
 * method, so the route is found by {@link PreflightRouter}, which routes the announced method as
 * JAX-RS will route the actual request. Everything else passes untouched: actual requests are
 * decided after matching, by the {@link ActualRequestFilter} bound to the matched method.
 */
@PreMatching
final class PreflightFilter implements ContainerRequestFilter {
  private final ApplicationRoutes routes;
  private final int preflightStatus;

  PreflightFilter(ApplicationRoutes routes, int preflightStatus) {
    this.routes = routes;
    this.preflightStatus = preflightStatus;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"OPTIONS".equals(request.getMethod())) {
      return;
    }
    String origin = request.getHeaderString(ORIGIN);
    String requestedMethod = origin == null ? null : request.getHeaderString(REQUEST_METHOD);
    if (requestedMethod == null) {
      return; // OPTIONS that is no preflight belongs to the application
    }
    RouteMatch target = route(request.getUriInfo(), requestedMethod);
    if (target instanceof MethodCors method) {
      if (method.bound != null) {
        answer(request, method.bound, origin);
      } else if (method.refusedBy != null) {
        request.abortWith(refusal(VARY_PREFLIGHT));
      }
    } else if (target instanceof RouteLevel.Closed notAllowed && notAllowed.hasPolicy) {
      request.abortWith(refusal(VARY_PREFLIGHT)); // the route serves other methods only
    }
  }

  /**
   * The route of the request path relative to the application, computed as Jersey does
   * ({@code "/" +} the raw path after the base path), without copying the path.
   */
  private RouteMatch route(UriInfo uri, String method) {
    String raw = uri.getRequestUri().getRawPath();
    String base = uri.getBaseUri().getRawPath();
    PreflightRouter router = routes.router();
    if (raw == null || base == null) {
      return router.route(method, "/");
    }
    int from = base.endsWith("/") ? base.length() - 1 : base.length();
    if (from >= raw.length() || !raw.regionMatches(0, base, 0, from)) {
      return router.route(method, "/");
    }
    return router.route(method, raw, from, raw.length());
  }

  private void answer(ContainerRequestContext request, BoundPolicy bound, String origin) {
    PreparedPolicy policy = bound.policy;
    String requestedHeaders = request.getHeaderString(REQUEST_HEADERS);
    boolean headersRequested = requestedHeaders != null && !isBlank(requestedHeaders);
    if (!policy.origins.matches(origin)
        || (headersRequested
            && (requestedHeaders.length() > MAX_REQUEST_HEADERS_LENGTH
                || !policy.allowsRequestHeaders(requestedHeaders)))) {
      request.abortWith(refusal(VARY_PREFLIGHT));
      return;
    }
    Response.ResponseBuilder answer = Response.status(preflightStatus)
        .header(ALLOW_ORIGIN, policy.anyOrigin ? "*" : origin)
        .header(ALLOW_METHODS, bound.allowMethods)
        .header(VARY, VARY_PREFLIGHT);
    if (policy.allowCredentials) {
      answer.header(ALLOW_CREDENTIALS, "true");
    }
    if (policy.allowHeaders != null) {
      answer.header(ALLOW_HEADERS, policy.allowHeaders);
    } else if (headersRequested) {
      answer.header(ALLOW_HEADERS, requestedHeaders); // validated token list, safe to echo
    }
    if (policy.maxAge != null) {
      answer.header(MAX_AGE, policy.maxAge);
    }
    if (policy.allowPrivateNetwork
        && "true".equals(request.getHeaderString(REQUEST_PRIVATE_NETWORK))) {
      answer.header(ALLOW_PRIVATE_NETWORK, "true");
    }
    request.abortWith(answer.build());
  }
}
