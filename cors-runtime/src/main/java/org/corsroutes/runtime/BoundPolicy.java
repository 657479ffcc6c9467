package org.corsroutes.runtime;

/**
 * The answer for one method of one route: the prepared policy and the precomputed
 * {@code Access-Control-Allow-Methods} value of the binding the method belongs to.
 */
final class BoundPolicy {
  final String allowMethods;
  final PreparedPolicy policy;

  BoundPolicy(String allowMethods, PreparedPolicy policy) {
    this.allowMethods = allowMethods;
    this.policy = policy;
  }
}
