package org.corsroutes.runtime;

import static org.corsroutes.runtime.CorsHeaders.*;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Decides an actual (non-preflight) request with the policy of the resource method JAX-RS
 * matched: bound to that method by {@link CorsBinder} when the application starts, it never
 * looks the route up. It runs after matching at {@link CorsFeature#PRIORITY}, so a refused
 * cross-origin request gets its 403 before the post-matching authentication and authorization
 * filters ({@code AUTHENTICATION = 1000}) and before the resource method.
 *
 * <p>The response filter writes the CORS headers. It runs on every response of the request,
 * including those of filters that abort later (a 401) and of exception mappers, so an allowed
 * origin can read its errors. On a route with a policy CORS Routes owns every
 * {@code Access-Control-*} response header: whatever the application set is removed before the
 * decided headers go out, so nothing but the policy grants a page access. The decision and the
 * origin it was made for travel in request properties: the headers sent are those decided on,
 * whatever a later filter does to the request. The decision involves no lookup, no regex and no
 * allocation.
 */
final class ActualRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {
  /** Request property: the decision. */
  static final String DECISION = "org.corsroutes.runtime.decision";
  /** Request property: the origin the decision allowed. */
  static final String ALLOWED_ORIGIN = "org.corsroutes.runtime.origin";
  /** Decision: the answer depends on the origin but carries no CORS headers. */
  static final Object VARY_ONLY = new Object();
  /** Decision: refused; no CORS header may go out, whoever set it. */
  static final Object REFUSED = new Object();

  /** The method's entry; null when it is reached through locators with different policies. */
  private final MethodCors method;
  /** The entries of a method reached through several chains, told apart by the router. */
  private final List<MethodCors> chains;
  /** Refuses under the first chain's policy: what applies when the chain cannot be told. */
  private final MethodCors unknownChain;
  private final ApplicationRoutes routes;
  private final boolean forbidRefused;
  private final boolean trustForwarded;
  private final Refusals refusals;

  ActualRequestFilter(List<MethodCors> chains, ApplicationRoutes routes, boolean forbidRefused,
      boolean trustForwarded, Refusals refusals) {
    this.method = chains.size() == 1 ? chains.get(0) : null;
    this.chains = List.copyOf(chains);
    MethodCors first = chains.stream().filter(MethodCors::hasPolicy).findFirst().orElseThrow();
    this.unknownChain = new MethodCors(first.httpMethod, first.className, first.javaMethod,
        first.route, first.rootClass, null, first.policy());
    this.routes = routes;
    this.forbidRefused = forbidRefused;
    this.trustForwarded = trustForwarded;
    this.refusals = refusals;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    MethodCors m = method != null ? method : chainOf(request);
    PreparedPolicy policy = m == null ? null : m.policy();
    if (policy == null) {
      return;
    }
    String origin = request.getHeaderString(ORIGIN);
    Object decision = decide(m, origin);
    if (decision == REFUSED && RequestOrigin.isSameOrigin(origin, request, trustForwarded)) {
      decision = VARY_ONLY; // a same-origin request is not CORS: never refused
    }
    request.setProperty(DECISION, decision);
    if (decision instanceof BoundPolicy && origin != null) {
      request.setProperty(ALLOWED_ORIGIN, origin);
    } else if (decision == REFUSED) {
      RefusalReason reason = m.bound == null ? RefusalReason.METHOD_NOT_ALLOWED
          : PreflightFilter.originRefusal(origin);
      Response forbidden = refusals.actual(m, reason, request.getMethod(), origin, forbidRefused);
      if (forbidden != null) {
        request.abortWith(forbidden);
      }
    }
  }

  /**
   * The decision for an actual request to a method with a policy: its binding (CORS headers go
   * out), {@code VARY_ONLY} (no Origin: not CORS) or {@code REFUSED}, which the caller turns into
   * {@code VARY_ONLY} for the request's own origin. The policy is asked first, so a same-origin
   * request gets what the policy gives its origin ({@code "*"} on a public route, the same answer
   * as for everyone), and the same-origin check costs only refusals. No lookup and no
   * allocation; the benchmarks measure this method.
   */
  static Object decide(MethodCors m, String origin) {
    PreparedPolicy policy = m.policy();
    if (m.bound != null && policy.anyOrigin) {
      return m.bound; // static "*": same answer with or without Origin
    }
    if (origin == null) {
      return VARY_ONLY;
    }
    return m.bound != null && policy.origins.matches(origin) ? m.bound : REFUSED;
  }

  /**
   * Which chain of locators led to the method, for the rare method reached through locators
   * with different policies: the one the router finds for this request. None when the router
   * disagrees with JAX-RS's match: then nothing is allowed.
   */
  private MethodCors chainOf(ContainerRequestContext request) {
    RouteMatch match = routes.router().route(request.getMethod(), request.getUriInfo());
    for (MethodCors chain : chains) {
      if (chain == match) {
        return chain;
      }
    }
    return unknownChain;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object decision = request.getProperty(DECISION);
    if (decision == null) {
      return;
    }
    respond(decision, request.getProperty(ALLOWED_ORIGIN), response.getHeaders());
  }

  /**
   * Writes the decided CORS headers into a response's headers: one home for the filter and for
   * {@link CorsDecisions}, which shows them to tests without a server.
   *
   * @param decision a decision of {@link #decide} (after the same-origin check)
   * @param allowedOrigin the origin the decision allowed, for a binding
   */
  static void respond(Object decision, Object allowedOrigin,
      MultivaluedMap<String, Object> headers) {
    removeAccessControlHeaders(headers);
    if (decision == VARY_ONLY || decision == REFUSED) {
      addVaryOrigin(headers);
      return;
    }
    BoundPolicy bound = (BoundPolicy) decision;
    PreparedPolicy policy = bound.policy;
    if (policy.anyOrigin) {
      headers.putSingle(ALLOW_ORIGIN, "*");
    } else {
      headers.putSingle(ALLOW_ORIGIN, allowedOrigin);
      if (policy.allowCredentials) {
        headers.putSingle(ALLOW_CREDENTIALS, "true");
      }
      addVaryOrigin(headers);
    }
    if (policy.exposeHeaders != null) {
      headers.putSingle(EXPOSE_HEADERS, policy.exposeHeaders);
    }
  }
}
