package org.corsroutes.test;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import org.corsroutes.runtime.CorsDecisions;
import org.corsroutes.runtime.CorsFeature;
import org.corsroutes.runtime.CorsRouteTable;

/**
 * Asserts an application's CORS policies in a unit test, without a server. Requests are decided
 * by the runtime's own code ({@link CorsDecisions}) on the route tables the processor generated
 * for the application, so a test sees what {@link CorsFeature} would answer:
 *
 * <pre>{@code
 * CorsTester cors = CorsTester.load(); // the tables on the class path, as CorsFeature finds them
 *
 * cors.preflight("DELETE", "/api/users/1").from("https://app.example.com")
 *     .assertAllowedWithCredentials();
 * cors.request("GET", "/api/users").from("https://evil.example").assertRefused();
 * }</pre>
 *
 * A failed assertion is an {@link AssertionError} whose message shows the request and the whole
 * answer: outcome, status, the route the request was taken to, and every CORS header.
 */
public final class CorsTester {
  private final CorsDecisions decisions;
  private String serverOrigin;

  private CorsTester(CorsDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * The tables {@link CorsFeature} finds: those listed in
   * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable} on the class path.
   *
   * @throws AssertionError when there is none (the processor did not run)
   */
  public static CorsTester load() {
    List<CorsRouteTable> tables = CorsDecisions.serviceLoadedTables();
    if (tables.isEmpty()) {
      throw new AssertionError("no CorsRouteTable on the class path: is cors-processor on the"
          + " compiler's annotationProcessorPaths, and are the tests run after compiling?");
    }
    return new CorsTester(CorsDecisions.of(tables));
  }

  /** These tables only, e.g. {@code CorsTester.of(UsersResourceCorsRoutes.class)}. */
  @SafeVarargs
  public static CorsTester of(Class<? extends CorsRouteTable>... tables) {
    List<CorsRouteTable> out = new ArrayList<>();
    for (Class<? extends CorsRouteTable> table : tables) {
      try {
        out.add(table.getDeclaredConstructor().newInstance());
      } catch (InstantiationException | IllegalAccessException | NoSuchMethodException
          | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot create " + table.getName()
            + ": a route table needs a public no-argument constructor", e);
      }
    }
    return new CorsTester(CorsDecisions.of(out));
  }

  /** These tables only. */
  public static CorsTester of(CorsRouteTable... tables) {
    return new CorsTester(CorsDecisions.of(List.of(tables)));
  }

  /**
   * The server's own origin, e.g. {@code https://api.example.com}: an actual request with this
   * {@code Origin} is same-origin, not CORS, and never refused. Unset, every origin is another.
   */
  public CorsTester serverOrigin(String origin) {
    this.serverOrigin = origin;
    return this;
  }

  /**
   * A preflight for {@code method} on {@code path}: {@code OPTIONS path} with
   * {@code Access-Control-Request-Method: method}. Give its origin with
   * {@link CorsRequest#from}.
   *
   * @param path the encoded path relative to the application, e.g. {@code /api/users/1}
   */
  public CorsRequest preflight(String method, String path) {
    return new CorsRequest(decisions, true, method, path, serverOrigin);
  }

  /** An actual (non-preflight) request, e.g. {@code request("GET", "/api/users")}. */
  public CorsRequest request(String method, String path) {
    return new CorsRequest(decisions, false, method, path, serverOrigin);
  }
}
