package org.corsroutes.runtime;

import static org.corsroutes.runtime.CorsHeaders.*;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

/**
 * Answers preflights ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) before JAX-RS matching and before any authentication
 * filter, so they never get a 401, 404 or 405. JAX-RS would match a preflight to no resource
 * method, so the route is found by {@link PreflightRouter}, which routes the announced method as
 * JAX-RS will route the actual request. Everything else passes untouched: actual requests are
 * decided after matching, by the {@link ActualRequestFilter} bound to the matched method. A
 * refusal is explained by {@link Refusals}.
 */
@PreMatching
final class PreflightFilter implements ContainerRequestFilter {
  private final ApplicationRoutes routes;
  private final int preflightStatus;
  private final Refusals refusals;

  PreflightFilter(ApplicationRoutes routes, int preflightStatus, Refusals refusals) {
    this.routes = routes;
    this.preflightStatus = preflightStatus;
    this.refusals = refusals;
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
    String requestedHeaders = request.getHeaderString(REQUEST_HEADERS);
    RouteMatch target = routes.router().route(requestedMethod, request.getUriInfo());
    Object decision = judge(target, origin, requestedHeaders);
    if (decision instanceof RefusalReason reason) {
      request.abortWith(refusals.preflight(target, reason, requestedMethod, origin,
          requestedHeaders));
    } else if (decision != null) {
      request.abortWith(answer(request, (BoundPolicy) decision, origin, requestedHeaders));
    }
  }

  /**
   * The whole decision of a preflight for {@code rawPath[from, to)} (the encoded path relative
   * to the application, starting with '/'): the binding that answers it, the
   * {@link RefusalReason} it is refused for, or null when it is not CorsFeature's to answer (no
   * policy on the route JAX-RS will take, a path the application does not serve). Allocates
   * nothing for paths without matrix parameters. The benchmarks measure this method.
   */
  Object decide(String requestedMethod, String rawPath, int from, int to, String origin,
      String requestedHeaders) {
    return judge(routes.router().route(requestedMethod, rawPath, from, to), origin,
        requestedHeaders);
  }

  /** What a preflight routed to {@code target} gets: see {@link #decide}. */
  private static Object judge(RouteMatch target, String origin, String requestedHeaders) {
    if (target instanceof MethodCors method) {
      BoundPolicy bound = method.bound;
      if (bound == null) {
        return method.refusedBy != null ? RefusalReason.METHOD_NOT_ALLOWED : null;
      }
      if (!bound.policy.origins.matches(origin)) {
        return originRefusal(origin);
      }
      if (requestedHeaders != null && !isBlank(requestedHeaders)) {
        if (requestedHeaders.length() > MAX_REQUEST_HEADERS_LENGTH) {
          return RefusalReason.REQUEST_HEADERS_TOO_LONG;
        }
        RefusalReason headers = bound.policy.requestHeadersRefusal(requestedHeaders);
        if (headers != null) {
          return headers;
        }
      }
      return bound;
    }
    if (target instanceof RouteLevel.Closed notAllowed && notAllowed.hasPolicy) {
      return RefusalReason.METHOD_NOT_SERVED; // the route serves other methods only
    }
    return null;
  }

  /** An origin the policy does not match: malformed, or well-formed and not listed. */
  static RefusalReason originRefusal(String origin) {
    return origin.equals("null") || OriginRules.checkOrigin(origin) == null
        ? RefusalReason.ORIGIN_NOT_ALLOWED : RefusalReason.MALFORMED_ORIGIN;
  }

  private Response answer(ContainerRequestContext request, BoundPolicy bound, String origin,
      String requestedHeaders) {
    Response.ResponseBuilder answer = Response.status(preflightStatus);
    answerHeaders(bound, origin, requestedHeaders, bound.policy.allowPrivateNetwork
        && "true".equals(request.getHeaderString(REQUEST_PRIVATE_NETWORK)), answer,
        Response.ResponseBuilder::header);
    return answer.build();
  }

  /**
   * The headers of an allowed preflight's answer, in the order they are sent: one home for the
   * filter and for {@link CorsDecisions}, which shows them to tests without a server. The
   * target is passed apart from the writer so that the writer captures nothing: a method
   * reference bound to the response builder would be a new object per preflight.
   */
  static <T> void answerHeaders(BoundPolicy bound, String origin, String requestedHeaders,
      boolean privateNetworkRequested, T target, HeaderWriter<T> writer) {
    PreparedPolicy policy = bound.policy;
    writer.write(target, ALLOW_ORIGIN, policy.anyOrigin ? "*" : origin);
    writer.write(target, ALLOW_METHODS, bound.allowMethods);
    writer.write(target, VARY, VARY_PREFLIGHT);
    if (policy.allowCredentials) {
      writer.write(target, ALLOW_CREDENTIALS, "true");
    }
    if (policy.allowHeaders != null) {
      writer.write(target, ALLOW_HEADERS, policy.allowHeaders);
    } else if (requestedHeaders != null && !isBlank(requestedHeaders)) {
      writer.write(target, ALLOW_HEADERS, requestedHeaders); // validated token list, safe to echo
    }
    if (policy.maxAge != null) {
      writer.write(target, MAX_AGE, policy.maxAge);
    }
    if (policy.allowPrivateNetwork && privateNetworkRequested) {
      writer.write(target, ALLOW_PRIVATE_NETWORK, "true");
    }
  }

  /** Writes one header into a target: a response builder, or a map for {@link CorsDecisions}. */
  interface HeaderWriter<T> {
    void write(T target, String name, String value);
  }
}
