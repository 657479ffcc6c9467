package org.corsroutes.processor.generate;

import org.corsroutes.processor.model.Policy;

/**
 * The header values of a policy, computed once at build time; null where no header is sent.
 *
 * @param allowHeaders {@code Access-Control-Allow-Headers}, or null to allow what is asked for
 * @param exposeHeaders {@code Access-Control-Expose-Headers}
 * @param maxAge {@code Access-Control-Max-Age}
 */
record Headers(Policy policy, String allowHeaders, String exposeHeaders, String maxAge) {

  static Headers of(Policy policy) {
    return new Headers(policy,
        policy.allowedHeaders().isEmpty() ? null
            : RouteTableWriter.joined(policy.allowedHeaders().values()),
        policy.exposedHeaders().isEmpty() ? null
            : RouteTableWriter.joined(policy.exposedHeaders().values()),
        policy.maxAge() < 0 ? null : Long.toString(policy.maxAge()));
  }

  boolean isPublic() {
    return policy.effectiveOrigins().equals(java.util.List.of("*")) && !policy.allowCredentials();
  }

  /** The CORS headers of an actual response from an allowed origin, for the route's Javadoc. */
  String actual() {
    StringBuilder out = new StringBuilder("Access-Control-Allow-Origin: ")
        .append(isPublic() ? "*" : "<the request's Origin>").append('\n');
    if (policy.allowCredentials()) {
      out.append("Access-Control-Allow-Credentials: true\n");
    }
    if (exposeHeaders != null) {
      out.append("Access-Control-Expose-Headers: ").append(exposeHeaders).append('\n');
    }
    if (!isPublic()) {
      out.append("Vary: Origin\n");
    }
    return out.toString();
  }

  /** The preflight answer as text, for the route's Javadoc. */
  String preflight(String allowMethods) {
    StringBuilder out = new StringBuilder("204 No Content\n");
    out.append("Access-Control-Allow-Origin: ")
        .append(isPublic() ? "*" : "<the request's Origin>").append('\n');
    if (policy.allowCredentials()) {
      out.append("Access-Control-Allow-Credentials: true\n");
    }
    out.append("Access-Control-Allow-Methods: ").append(allowMethods).append('\n');
    out.append("Access-Control-Allow-Headers: ")
        .append(allowHeaders != null ? allowHeaders : "<the requested headers>").append('\n');
    if (maxAge != null) {
      out.append("Access-Control-Max-Age: ").append(maxAge).append('\n');
    }
    if (policy.allowPrivateNetwork()) {
      out.append("Access-Control-Allow-Private-Network: true (when asked)\n");
    }
    out.append("Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers\n");
    return out.toString();
  }
}
