package org.corsroutes.runtime;

/**
 * Where JAX-RS will send a request, as the preflight router predicts it: a resource method
 * ({@link MethodCors}), a route that serves other methods (405), nothing (404), or somewhere
 * the build could not see (a locator whose returned type is unknown). Every result is an
 * object built at startup: routing allocates nothing.
 */
sealed interface RouteMatch permits MethodCors, RouteMatch.Outcome, RouteLevel.Closed {

  /** No resource matches the path: JAX-RS answers 404. */
  RouteMatch NOT_FOUND = new Outcome("404 Not Found");
  /** The path leads through a locator whose returned resource the build could not know. */
  RouteMatch UNKNOWN = new Outcome("a locator with an unknown sub-resource");
  /** OPTIONS on a route without an {@code @OPTIONS} method: JAX-RS answers it itself. */
  RouteMatch AUTOMATIC_OPTIONS = new Outcome("JAX-RS's automatic OPTIONS");

  /** A fixed outcome, named for messages and tests. */
  record Outcome(String name) implements RouteMatch {
    @Override
    public String toString() {
      return name;
    }
  }
}
