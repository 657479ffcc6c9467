package org.corsroutes.runtime;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link CorsFeature} answers to one request, computed without a server by the code the
 * feature runs: the tables prepared as at startup, a preflight routed by the preflight router
 * and decided by the preflight filter's decision, an actual request decided by the actual-request
 * filter's decision for the resource method the router finds, and the headers written by the
 * filters' own header code. The entry point of the {@code cors-test} module; tests of an
 * application's policies use it through that module.
 *
 * <p>Defaults as {@link CorsFeature}'s: allowed preflights get 204, refused cross-origin actual
 * requests 403. Every table is one application's (as when the feature finds no resource in the
 * configuration). An actual request is routed with the router preflights use, which follows
 * Jersey's matching; on a server, the resource method JAX-RS matched decides.
 */
public final class CorsDecisions {
  private final ApplicationRoutes routes;
  private final PreflightFilter preflights;

  private CorsDecisions(ApplicationRoutes routes) {
    this.routes = routes;
    // Only decide() is called here: a refusal is reported in the Answer, never logged.
    this.preflights = new PreflightFilter(routes, 204,
        new Refusals(RefusalLog.system(), false));
  }

  /**
   * The decisions of an application with these tables; {@code ${NAME}} origins read as at
   * startup.
   *
   * @throws CorsStartupException where {@link CorsFeature} would not start
   */
  public static CorsDecisions of(List<? extends CorsRouteTable> tables) {
    CorsDecisions decisions = new CorsDecisions(new ApplicationRoutes(
        new PreparedRoutes(List.copyOf(tables), OriginVariables.fromSystem())));
    decisions.routes.router(); // checks the routes now, as the first preflight would
    return decisions;
  }

  /** The tables {@link CorsFeature} loads with {@link java.util.ServiceLoader}. */
  public static List<CorsRouteTable> serviceLoadedTables() {
    return CorsFeature.loadTables();
  }

  /** What CORS Routes does with a request. */
  public enum Outcome {
    /** A preflight answered by CORS Routes: 204 and the CORS headers. */
    ANSWERED,
    /** Refused by CORS Routes: 403 and no {@code Access-Control-*} header. */
    REFUSED,
    /** Left to the application: its response gets the headers shown (possibly none). */
    PASSED
  }

  /**
   * An answer.
   *
   * @param outcome what CORS Routes does
   * @param status 204 or 403 when CORS Routes answers; 0 when the application does
   * @param headers the CORS headers CORS Routes sends ({@code Vary} included), in order
   * @param route where the router takes the request: {@code "DELETE /api/users/{id}
   *     (org.example.UsersResource#delete)"}, {@code "404 Not Found"}, ...
   */
  public record Answer(Outcome outcome, int status, Map<String, String> headers, String route) {
    public Answer {
      headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
  }

  /**
   * A preflight: {@code OPTIONS path} with {@code Origin} and
   * {@code Access-Control-Request-Method}.
   *
   * @param path the encoded path relative to the application, starting with '/'
   * @param requestedHeaders {@code Access-Control-Request-Headers}, or null
   * @param privateNetwork whether {@code Access-Control-Request-Private-Network: true} is sent
   */
  public Answer preflight(String path, String origin, String requestedMethod,
      String requestedHeaders, boolean privateNetwork) {
    Objects.requireNonNull(origin, "origin: without it an OPTIONS is no preflight");
    Objects.requireNonNull(requestedMethod, "requestedMethod");
    String route = routes.router().route(requestedMethod, checked(path)).toString();
    Object decision = preflights.decide(requestedMethod, path, 0, path.length(), origin,
        requestedHeaders);
    Map<String, String> headers = new LinkedHashMap<>();
    if (decision instanceof RefusalReason) {
      headers.put(CorsHeaders.VARY, CorsHeaders.VARY_PREFLIGHT);
      return new Answer(Outcome.REFUSED, 403, headers, route);
    }
    if (decision == null) {
      return new Answer(Outcome.PASSED, 0, headers, route);
    }
    PreflightFilter.answerHeaders((BoundPolicy) decision, origin, requestedHeaders,
        privateNetwork, headers, Map::put);
    return new Answer(Outcome.ANSWERED, 204, headers, route);
  }

  /**
   * An actual request: {@code method path}, with {@code Origin} when {@code origin} is not null.
   *
   * @param serverOrigin the request's own origin ({@code https://api.example.com}), for the
   *     same-origin rule; null: every Origin is another origin
   */
  public Answer actual(String method, String path, String origin, String serverOrigin) {
    Objects.requireNonNull(method, "method");
    RouteMatch match = routes.router().route(method, checked(path));
    Map<String, String> headers = new LinkedHashMap<>();
    if (!(match instanceof MethodCors m) || !m.hasPolicy()) {
      return new Answer(Outcome.PASSED, 0, headers, match.toString());
    }
    Object decision = ActualRequestFilter.decide(m, origin);
    if (decision == ActualRequestFilter.REFUSED && isSameOrigin(origin, serverOrigin)) {
      decision = ActualRequestFilter.VARY_ONLY;
    }
    // In the order the filter writes them.
    MultivaluedMap<String, Object> written =
        new AbstractMultivaluedMap<String, Object>(new LinkedHashMap<>()) {};
    ActualRequestFilter.respond(decision, origin, written);
    written.forEach((name, values) -> headers.put(name, String.valueOf(values.get(0))));
    return decision == ActualRequestFilter.REFUSED
        ? new Answer(Outcome.REFUSED, 403, headers, m.toString())
        : new Answer(Outcome.PASSED, 0, headers, m.toString());
  }

  private static String checked(String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    return path;
  }

  private static boolean isSameOrigin(String origin, String serverOrigin) {
    if (origin == null || serverOrigin == null) {
      return false;
    }
    URI server = URI.create(serverOrigin);
    return RequestOrigin.isSameOrigin(origin, server.getScheme(), server.getHost(),
        server.getPort());
  }
}
