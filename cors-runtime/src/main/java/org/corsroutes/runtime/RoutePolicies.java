package org.corsroutes.runtime;

import java.util.Map;

/** The policies of one route template, by HTTP method. */
final class RoutePolicies {
  final String template;
  private final Map<String, BoundPolicy> byMethod;

  RoutePolicies(String template, Map<String, BoundPolicy> byMethod) {
    this.template = template;
    this.byMethod = Map.copyOf(byMethod);
  }

  /** The policy for the method; HEAD falls back to GET, as JAX-RS serves HEAD with GET. */
  BoundPolicy forMethod(String method) {
    BoundPolicy bound = byMethod.get(method);
    if (bound == null && "HEAD".equals(method)) {
      bound = byMethod.get("GET");
    }
    return bound;
  }
}
