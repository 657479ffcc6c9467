package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Resolves {@code "${NAME}"} entries of a policy's origins at startup: system property
 * {@code NAME}, else environment variable {@code NAME}, read as a comma-separated list of
 * origins (each trimmed) and checked with the compile-time rules, so deployment configuration
 * cannot bring in what the compiler would refuse. An unset variable, an empty element, an
 * invalid origin, {@code "null"}, {@code "*"} with credentials, or a plain-http origin with
 * credentials outside loopback (unless the table was compiled with
 * {@code -Acors.allowInsecureOrigins=true}, {@link CorsPolicy#allowInsecureOrigins()}) stops
 * startup with a message naming the route, the policy, the variable and the (capped) value.
 */
final class OriginVariables {
  /** Longest excerpt of a bad value put in a message; environment values can be huge. */
  static final int MAX_SHOWN = 100;

  private final UnaryOperator<String> lookup;

  OriginVariables(UnaryOperator<String> lookup) {
    this.lookup = lookup;
  }

  /** System properties first, so a test or a launcher can override the environment. */
  static OriginVariables fromSystem() {
    return new OriginVariables(name -> {
      String value = System.getProperty(name);
      return value != null ? value : System.getenv(name);
    });
  }

  static boolean isPlaceholder(String origin) {
    return origin.length() > 3 && origin.startsWith("${") && origin.endsWith("}");
  }

  /** The policy's origins with every placeholder replaced by the origins it names, checked. */
  List<String> resolve(String template, CorsPolicy policy) {
    List<String> resolved = new ArrayList<>();
    for (String origin : policy.origins()) {
      if (!isPlaceholder(origin)) {
        check(template, policy, null, origin);
        resolved.add(origin);
        continue;
      }
      String name = origin.substring(2, origin.length() - 1);
      String value = lookup.apply(name);
      if (value == null) {
        throw new CorsStartupException(where(template, policy) + "origin variable ${" + name
            + "} is not set; set system property " + name + " or environment variable " + name
            + " to a comma-separated list of origins, e.g. https://app.example.com");
      }
      for (String element : value.split(",", -1)) {
        String trimmed = element.trim();
        check(template, policy, name, trimmed);
        resolved.add(trimmed);
      }
    }
    if (resolved.contains("*") && (resolved.size() > 1 || !policy.originPatterns().isEmpty())) {
      throw new CorsStartupException(where(template, policy)
          + "origin \"*\" is mixed with other origins" + fromVariables(policy)
          + "; use \"*\" alone, or list the origins");
    }
    for (String pattern : policy.originPatterns()) {
      OriginProblem problem = OriginRules.checkPattern(pattern);
      if (problem != null) {
        throw new CorsStartupException(where(template, policy) + "origin pattern \""
            + shown(pattern) + "\" " + problem.reason() + "; " + problem.fix());
      }
      checkSecure(template, policy, "origin pattern \"" + shown(pattern) + "\"", pattern);
    }
    return resolved;
  }

  private static void check(String template, CorsPolicy policy, String variable, String origin) {
    OriginProblem problem = OriginRules.checkOrigin(origin);
    if (problem == OriginProblem.WILDCARD && !policy.allowCredentials()) {
      return;
    }
    String source = variable == null ? "" : " from origin variable ${" + variable + "}";
    if (problem == null) {
      checkSecure(template, policy, "origin \"" + shown(origin) + "\"" + source, origin);
      return;
    }
    if (problem == OriginProblem.WILDCARD) {
      throw new CorsStartupException(where(template, policy) + "origin \"*\"" + source
          + " cannot be used with allowCredentials: browsers refuse credentialed responses to"
          + " \"*\"; list the origins instead");
    }
    throw new CorsStartupException(where(template, policy) + "origin \"" + shown(origin) + "\""
        + source + " " + problem.reason() + "; " + problem.fix());
  }

  /** The compile-time rule [CorsInsecureOriginWithCredentials], with the build's option. */
  private static void checkSecure(String template, CorsPolicy policy, String what,
      String originOrPattern) {
    if (policy.allowCredentials() && !policy.allowInsecureOrigins()
        && OriginRules.isInsecure(originOrPattern)) {
      throw new CorsStartupException(where(template, policy) + what + " is plain http with"
          + " allowCredentials: anyone on the network path can inject script into that page and"
          + " send credentialed requests as it; use https, or compile with"
          + " -Acors.allowInsecureOrigins=true in a development build");
    }
  }

  private static String fromVariables(CorsPolicy policy) {
    for (String origin : policy.origins()) {
      if (isPlaceholder(origin)) {
        return " (after resolving " + origin + ")";
      }
    }
    return "";
  }

  private static String where(String template, CorsPolicy policy) {
    return "CORS Routes: route \"" + template + "\", policy on " + policy.declaredOn() + ": ";
  }

  /** The value as safe to log: control characters replaced, long values cut with their length. */
  static String shown(String value) {
    int limit = Math.min(value.length(), MAX_SHOWN);
    StringBuilder out = new StringBuilder(limit + 24);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      out.append(c < ' ' || c == 0x7f ? '?' : c);
    }
    if (value.length() > MAX_SHOWN) {
      out.append("... (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
