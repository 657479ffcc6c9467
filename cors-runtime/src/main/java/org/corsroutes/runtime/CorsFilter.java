package org.corsroutes.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Applies the prepared route policies to requests. Registered by {@link CorsFeature} with a
 * priority below authentication, and {@code @PreMatching}, so a preflight is answered before
 * resource matching and before any authentication filter: never a 401, 404 or 405.
 *
 * <p>The request filter decides; the response filter writes the CORS headers of an actual
 * request. It runs on every response of the request, including those of filters that abort
 * later (a 401) and of exception mappers, so an allowed origin can read its errors. The decision
 * travels in a request property as a shared precomputed object: per request there is no regex,
 * no string building and no collection allocated (except when the application set its own
 * {@code Vary}, which is merged).
 */
@PreMatching
final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  /** Longest {@code Access-Control-Request-Headers} considered; longer ones are refused. */
  static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

  static final String ORIGIN = "Origin";
  static final String VARY = "Vary";
  static final String REQUEST_METHOD = "Access-Control-Request-Method";
  static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
  static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";
  static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";
  static final String VARY_PREFLIGHT =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  /** Request property carrying the decision to the response filter. */
  static final String DECISION = "org.corsroutes.runtime.decision";
  /** Decision: the answer depends on the origin but carries no CORS headers. */
  private static final Object VARY_ONLY = new Object();

  /** Does not echo anything from the request. */
  private static final String REFUSED_BODY = "CORS request refused\n";

  private final CorsRouter router;
  private final boolean forbidRefused;
  private final int preflightStatus;

  CorsFilter(CorsRouter router, boolean forbidRefused, int preflightStatus) {
    this.router = router;
    this.forbidRefused = forbidRefused;
    this.preflightStatus = preflightStatus;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String method = request.getMethod();
    String origin = request.getHeaderString(ORIGIN);
    if ("OPTIONS".equals(method)) {
      String requestedMethod = origin == null ? null : request.getHeaderString(REQUEST_METHOD);
      if (requestedMethod != null) {
        RoutePolicies route = router.match(path(request));
        if (route != null) {
          answerPreflight(request, route, origin, requestedMethod);
        }
      }
      return; // OPTIONS that is no preflight belongs to the application
    }
    RoutePolicies route = router.match(path(request));
    if (route == null) {
      return;
    }
    BoundPolicy bound = route.forMethod(method);
    if (bound != null && bound.policy.anyOrigin) {
      request.setProperty(DECISION, bound); // static "*": same answer with or without Origin
    } else if (origin == null || isSameOrigin(origin, request.getUriInfo().getRequestUri())) {
      request.setProperty(DECISION, VARY_ONLY);
    } else if (bound != null && bound.policy.origins.matches(origin)) {
      request.setProperty(DECISION, bound);
    } else if (forbidRefused) {
      request.abortWith(refusal(ORIGIN));
    } else {
      request.setProperty(DECISION, VARY_ONLY);
    }
  }

  /** The encoded path relative to the application, the form JAX-RS matches templates against. */
  private static String path(ContainerRequestContext request) {
    return request.getUriInfo().getPath(false);
  }

  private void answerPreflight(
      ContainerRequestContext request, RoutePolicies route, String origin, String requestedMethod) {
    BoundPolicy bound = OriginRules.isToken(requestedMethod) ? route.forMethod(requestedMethod) : null;
    String requestedHeaders = request.getHeaderString(REQUEST_HEADERS);
    boolean headersRequested = requestedHeaders != null && !isBlank(requestedHeaders);
    if (bound == null
        || !bound.policy.origins.matches(origin)
        || (headersRequested
            && (requestedHeaders.length() > MAX_REQUEST_HEADERS_LENGTH
                || !bound.policy.allowsRequestHeaders(requestedHeaders)))) {
      request.abortWith(refusal(VARY_PREFLIGHT));
      return;
    }
    PreparedPolicy policy = bound.policy;
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

  private static Response refusal(String vary) {
    return Response.status(Response.Status.FORBIDDEN)
        .header(VARY, vary)
        .type(MediaType.TEXT_PLAIN_TYPE)
        .entity(REFUSED_BODY)
        .build();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object decision = request.getProperty(DECISION);
    if (decision == null) {
      return; // no CORS route, a preflight answered above, or a refusal
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (decision == VARY_ONLY) {
      addVaryOrigin(headers);
      return;
    }
    BoundPolicy bound = (BoundPolicy) decision;
    PreparedPolicy policy = bound.policy;
    // putSingle: exactly one Access-Control-Allow-Origin, whatever the application set.
    if (policy.anyOrigin) {
      headers.putSingle(ALLOW_ORIGIN, "*");
    } else {
      headers.putSingle(ALLOW_ORIGIN, request.getHeaderString(ORIGIN));
      if (policy.allowCredentials) {
        headers.putSingle(ALLOW_CREDENTIALS, "true");
      }
      addVaryOrigin(headers);
    }
    if (policy.exposeHeaders != null) {
      headers.putSingle(EXPOSE_HEADERS, policy.exposeHeaders);
    }
  }

  /** Adds Origin to Vary once, keeping what the application put there. */
  static void addVaryOrigin(MultivaluedMap<String, Object> headers) {
    List<Object> vary = headers.get(VARY);
    if (vary == null || vary.isEmpty()) {
      headers.putSingle(VARY, ORIGIN);
      return;
    }
    StringBuilder merged = new StringBuilder();
    for (int i = 0; i < vary.size(); i++) {
      String value = String.valueOf(vary.get(i));
      if (containsToken(value, ORIGIN) || containsToken(value, "*")) {
        return;
      }
      if (!isBlank(value)) {
        merged.append(value).append(", ");
      }
    }
    headers.putSingle(VARY, merged.append(ORIGIN).toString());
  }

  /** Whether the comma-separated list holds the token, case-insensitively. */
  static boolean containsToken(String list, String token) {
    int length = list.length();
    int i = 0;
    while (i < length) {
      while (i < length && (list.charAt(i) == ' ' || list.charAt(i) == '\t')) {
        i++;
      }
      int start = i;
      while (i < length && list.charAt(i) != ',') {
        i++;
      }
      int end = i;
      while (end > start && (list.charAt(end - 1) == ' ' || list.charAt(end - 1) == '\t')) {
        end--;
      }
      if (end - start == token.length() && list.regionMatches(true, start, token, 0, end - start)) {
        return true;
      }
      i++;
    }
    return false;
  }

  /**
   * Whether the Origin is the request's own origin (scheme, host, effective port of the request
   * URI): a same-origin request, which browsers also mark with Origin, is not CORS.
   */
  static boolean isSameOrigin(String origin, URI requestUri) {
    String scheme = requestUri.getScheme();
    String host = requestUri.getHost();
    if (scheme == null || host == null) {
      return false;
    }
    int defaultPort = "http".equalsIgnoreCase(scheme) ? 80
        : "https".equalsIgnoreCase(scheme) ? 443 : -1;
    int port = requestUri.getPort() == -1 ? defaultPort : requestUri.getPort();
    int schemeLength = scheme.length();
    int hostStart = schemeLength + 3;
    int hostEnd = hostStart + host.length();
    if (origin.length() < hostEnd
        || !origin.regionMatches(true, 0, scheme, 0, schemeLength)
        || !origin.startsWith("://", schemeLength)
        || !origin.regionMatches(true, hostStart, host, 0, host.length())) {
      return false;
    }
    if (hostEnd == origin.length()) {
      return port == defaultPort;
    }
    if (origin.charAt(hostEnd) != ':' || origin.length() - hostEnd > 6) {
      return false;
    }
    int originPort = 0;
    for (int i = hostEnd + 1; i < origin.length(); i++) {
      char c = origin.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      originPort = originPort * 10 + (c - '0');
    }
    return hostEnd + 1 < origin.length() && originPort == port;
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }
}
