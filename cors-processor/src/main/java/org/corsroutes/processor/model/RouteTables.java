package org.corsroutes.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/** Groups resolved resource methods into routes and bindings, computing header values once. */
public final class RouteTables {
  private RouteTables() {}

  public static ResourceRoutes of(TypeElement resource, Map<ResourceMethod, Policy> policies) {
    Map<String, Map<Policy, List<ResourceMethod>>> byTemplate = new TreeMap<>();
    policies.forEach((method, policy) -> byTemplate
        .computeIfAbsent(method.template(), t -> new LinkedHashMap<>())
        .computeIfAbsent(policy, p -> new ArrayList<>())
        .add(method));
    List<Route> routes = new ArrayList<>();
    byTemplate.forEach((template, byPolicy) -> {
      List<RouteBinding> bindings = new ArrayList<>();
      byPolicy.forEach((policy, methods) -> {
        List<ResourceMethod> bound = methods.stream()
            .filter(m -> policy.methods().isEmpty() || policy.methods().contains("*")
                || policy.methods().contains(m.httpMethod()))
            .sorted((a, b) -> HttpMethods.ORDER.compare(a.httpMethod(), b.httpMethod()))
            .toList();
        if (!bound.isEmpty()) {
          bindings.add(new RouteBinding(policy, allowMethods(policy, bound), bound));
        }
      });
      bindings.sort((a, b) ->
          HttpMethods.ORDER.compare(a.httpMethods().get(0), b.httpMethods().get(0)));
      if (!bindings.isEmpty()) {
        routes.add(new Route(template, bindings));
      }
    });
    return new ResourceRoutes(resource, routes);
  }

  /**
   * {@code "*"} when the policy says so; else the bound methods in standard order, plus HEAD
   * where the policy lists it and a bound GET method answers it (JAX-RS does).
   */
  private static String allowMethods(Policy policy, List<ResourceMethod> bound) {
    if (policy.methods().contains("*")) {
      return "*";
    }
    List<String> methods = new ArrayList<>(
        bound.stream().map(ResourceMethod::httpMethod).distinct().toList());
    boolean headServed = bound.stream()
        .anyMatch(m -> HttpMethods.served(m.httpMethod()).contains("HEAD"));
    if (headServed && !methods.contains("HEAD") && policy.methods().contains("HEAD")) {
      methods.add("HEAD");
    }
    methods.sort(HttpMethods.ORDER);
    return String.join(", ", methods);
  }

}
