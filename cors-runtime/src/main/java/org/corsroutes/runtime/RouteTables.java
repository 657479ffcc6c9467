package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the route tables into a {@link CorsRouter} once, at startup: routes with the same
 * template from several tables are merged, placeholders resolved, every header value checked
 * (a hand-written table must not be able to inject CR/LF into a response), and each policy
 * prepared once however many routes share it.
 */
final class RouteTables {
  private RouteTables() {}

  static CorsRouter prepare(List<CorsRouteTable> tables, OriginVariables variables) {
    Map<String, String> templates = new LinkedHashMap<>();          // normalized -> as declared
    Map<String, Map<String, CorsRoute.Binding>> bindings = new LinkedHashMap<>();
    for (CorsRouteTable table : tables) {
      for (CorsRoute route : table.routes()) {
        String key = PathTemplate.normalize(route.template());
        templates.putIfAbsent(key, route.template());
        Map<String, CorsRoute.Binding> byMethod =
            bindings.computeIfAbsent(key, k -> new LinkedHashMap<>());
        for (CorsRoute.Binding binding : route.bindings()) {
          checkBinding(route.template(), binding);
          for (String method : binding.methods()) {
            CorsRoute.Binding previous = byMethod.putIfAbsent(method, binding);
            if (previous != null && !previous.policy().equals(binding.policy())) {
              throw new CorsStartupException("CORS Routes: route \"" + route.template() + "\" "
                  + method + " has two different policies, on " + previous.policy().declaredOn()
                  + " and on " + binding.policy().declaredOn()
                  + "; give one path and method a single @CrossOrigin");
            }
          }
        }
      }
    }
    Map<CorsPolicy, PreparedPolicy> prepared = new IdentityHashMap<>();
    List<RoutePolicies> routes = new ArrayList<>();
    for (Map.Entry<String, Map<String, CorsRoute.Binding>> entry : bindings.entrySet()) {
      if (entry.getValue().isEmpty()) {
        continue; // a route without policies is not a CORS route
      }
      String template = templates.get(entry.getKey());
      Map<String, BoundPolicy> byMethod = new LinkedHashMap<>();
      Map<CorsRoute.Binding, BoundPolicy> bound = new IdentityHashMap<>();
      for (Map.Entry<String, CorsRoute.Binding> method : entry.getValue().entrySet()) {
        CorsRoute.Binding binding = method.getValue();
        BoundPolicy answer = bound.computeIfAbsent(binding, b -> new BoundPolicy(
            b.allowMethods(),
            prepared.computeIfAbsent(b.policy(),
                p -> new PreparedPolicy(p, variables.resolve(template, p)))));
        byMethod.put(method.getKey(), answer);
      }
      routes.add(new RoutePolicies(template, byMethod));
    }
    try {
      return new CorsRouter(routes);
    } catch (IllegalArgumentException e) {
      throw new CorsStartupException("CORS Routes: " + e.getMessage(), e);
    }
  }

  private static void checkBinding(String template, CorsRoute.Binding binding) {
    CorsPolicy policy = binding.policy();
    String where = "CORS Routes: route \"" + template + "\", policy on " + policy.declaredOn();
    for (String method : binding.methods()) {
      if (!OriginRules.isToken(method)) {
        throw new CorsStartupException(where + ": method \"" + OriginVariables.shown(method)
            + "\" is not an HTTP token");
      }
    }
    checkTokenList(where, "Access-Control-Allow-Methods", binding.allowMethods());
    if (policy.allowHeaders() != null) {
      checkTokenList(where, "Access-Control-Allow-Headers", policy.allowHeaders());
    }
    if (policy.exposeHeaders() != null) {
      checkTokenList(where, "Access-Control-Expose-Headers", policy.exposeHeaders());
    }
    String maxAge = policy.maxAge();
    if (maxAge != null && (maxAge.isEmpty() || maxAge.length() > 10 || !isDigits(maxAge))) {
      throw new CorsStartupException(where + ": Access-Control-Max-Age \""
          + OriginVariables.shown(maxAge) + "\" is not a number of seconds");
    }
  }

  private static void checkTokenList(String where, String header, String value) {
    for (String element : value.split(",", -1)) {
      if (!OriginRules.isToken(element.trim())) {
        throw new CorsStartupException(where + ": " + header + " value \""
            + OriginVariables.shown(value) + "\" is not a comma-separated list of tokens");
      }
    }
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
