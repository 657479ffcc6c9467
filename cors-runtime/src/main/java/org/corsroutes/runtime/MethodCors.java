package org.corsroutes.runtime;

/**
 * What CORS Routes does for one resource method reached through one chain of locators: the
 * policy that allows it (with its precomputed {@code Access-Control-Allow-Methods}), the policy
 * that leaves it out, or nothing (a method without a policy, left to the application).
 */
final class MethodCors implements RouteMatch {
  final String httpMethod;
  /** The binary name of the class the generated table lists the method under. */
  final String className;
  /** {@code "get(long)"}: the method's name and erased parameter types. */
  final String javaMethod;
  /** The whole path template, class and method {@code @Path} joined, for messages. */
  final String route;
  /** The root resource class the chain starts from. */
  final String rootClass;
  /** Allowed: the policy and the Allow-Methods value of its binding; else null. */
  final BoundPolicy bound;
  /** Under a policy whose {@code methods} leave this method out; else null. */
  final PreparedPolicy refusedBy;
  /**
   * The methods the route allows cross-origin ({@code "GET, PUT"}), for refusal messages; set
   * once the route's methods are all known, at startup, before any request.
   */
  String routeAllows = "";

  MethodCors(String httpMethod, String className, String javaMethod, String route,
      String rootClass, BoundPolicy bound, PreparedPolicy refusedBy) {
    this.httpMethod = httpMethod;
    this.className = className;
    this.javaMethod = javaMethod;
    this.route = route;
    this.rootClass = rootClass;
    this.bound = bound;
    this.refusedBy = refusedBy;
  }

  boolean hasPolicy() {
    return bound != null || refusedBy != null;
  }

  /** The policy governing the method, allowed or not; null without one. */
  PreparedPolicy policy() {
    return bound != null ? bound.policy : refusedBy;
  }

  /** {@code org.example.UsersResource#get}, as JAX-RS applications name resource methods. */
  String javaName() {
    return className + "#" + javaMethod.substring(0, javaMethod.indexOf('('));
  }

  @Override
  public String toString() {
    return httpMethod + " " + route + " (" + javaName() + ")";
  }
}
