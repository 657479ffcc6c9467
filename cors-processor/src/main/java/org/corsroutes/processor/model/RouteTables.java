package org.corsroutes.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Builds the tree of one root resource from the resolved resource methods and the locators the
 * scan found, grouping methods into routes and computing header values once.
 */
public final class RouteTables {
  private RouteTables() {}

  /** A locator as the model needs it: where it is, its path, and what it returns. */
  public record LocatorSite(List<ExecutableElement> chain, ExecutableElement method,
      String javaMethod, String path, TypeElement target) {
    List<ExecutableElement> targetChain() {
      List<ExecutableElement> out = new ArrayList<>(chain);
      out.add(method);
      return out;
    }
  }

  /**
   * @param methods every resource method reached
   * @param locators every locator reached
   * @param policies the policy of each method that has one
   * @param inputs the types and packages read: see {@link ResourceRoutes#inputs()}
   */
  public static ResourceRoutes of(TypeElement resource, String template,
      List<ResourceMethod> methods, List<LocatorSite> locators,
      Map<ResourceMethod, Policy> policies, List<Element> inputs) {
    Map<List<ExecutableElement>, List<ResourceMethod>> methodsByChain = new LinkedHashMap<>();
    for (ResourceMethod m : methods) {
      methodsByChain.computeIfAbsent(m.chain(), c -> new ArrayList<>()).add(m);
    }
    Map<List<ExecutableElement>, List<LocatorSite>> locatorsByChain = new LinkedHashMap<>();
    for (LocatorSite l : locators) {
      locatorsByChain.computeIfAbsent(l.chain(), c -> new ArrayList<>()).add(l);
    }
    ResourceRoutes.Node root = node(resource, List.of(), methodsByChain, locatorsByChain,
        policies);
    List<Element> all = new ArrayList<>(inputs);
    for (Policy policy : policies.values()) {
      if (policy.site().isComposed() && !all.contains(policy.site().composedBy())) {
        all.add(policy.site().composedBy());
      }
    }
    return new ResourceRoutes(resource, template, root, all);
  }

  private static ResourceRoutes.Node node(TypeElement type, List<ExecutableElement> chain,
      Map<List<ExecutableElement>, List<ResourceMethod>> methodsByChain,
      Map<List<ExecutableElement>, List<LocatorSite>> locatorsByChain,
      Map<ResourceMethod, Policy> policies) {
    Map<String, List<ResourceMethod>> byPath =
        new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    for (ResourceMethod m : methodsByChain.getOrDefault(chain, List.of())) {
      byPath.computeIfAbsent(m.localPath(), p -> new ArrayList<>()).add(m);
    }
    List<Route> routes = new ArrayList<>();
    byPath.forEach((path, group) -> routes.add(route(path, group, policies)));
    List<ResourceRoutes.LocatorEntry> entries = new ArrayList<>();
    for (LocatorSite l : locatorsByChain.getOrDefault(chain, List.of())) {
      ResourceRoutes.Node target = l.target() == null ? null
          : node(l.target(), l.targetChain(), methodsByChain, locatorsByChain, policies);
      entries.add(new ResourceRoutes.LocatorEntry(l.javaMethod(), l.path(), target));
    }
    return new ResourceRoutes.Node(type, routes, entries);
  }

  private static Route route(String path, List<ResourceMethod> methods,
      Map<ResourceMethod, Policy> policies) {
    Map<Policy, List<ResourceMethod>> allowed = new LinkedHashMap<>();
    Map<Policy, List<ResourceMethod>> refused = new LinkedHashMap<>();
    List<ResourceMethod> served = new ArrayList<>();
    for (ResourceMethod m : sorted(methods)) {
      Policy policy = policies.get(m);
      if (policy == null) {
        served.add(m);
      } else if (!HttpMethods.isForbidden(m.httpMethod())
          && (policy.methods().isEmpty() || policy.methods().contains("*")
              || policy.methods().contains(m.httpMethod()))) {
        allowed.computeIfAbsent(policy, p -> new ArrayList<>()).add(m);
      } else {
        refused.computeIfAbsent(policy, p -> new ArrayList<>()).add(m);
      }
    }
    List<RouteBinding> bindings = new ArrayList<>();
    allowed.forEach((policy, bound) ->
        bindings.add(new RouteBinding(policy, allowMethods(policy, bound), bound)));
    List<RouteBinding> refusals = new ArrayList<>();
    refused.forEach((policy, left) -> refusals.add(new RouteBinding(policy, "", left)));
    return new Route(path, methods.get(0).template(), bindings, refusals, served);
  }

  private static List<ResourceMethod> sorted(List<ResourceMethod> methods) {
    List<ResourceMethod> out = new ArrayList<>(methods);
    out.sort((a, b) -> {
      int c = HttpMethods.ORDER.compare(a.httpMethod(), b.httpMethod());
      return c != 0 ? c : a.method().getSimpleName().toString()
          .compareTo(b.method().getSimpleName().toString());
    });
    return out;
  }

  /**
   * {@code "*"} when the policy says so; else the bound methods in standard order, plus HEAD
   * where the policy lists it and a bound GET method answers it (JAX-RS does). TRACE, TRACK
   * and CONNECT are never offered.
   */
  private static String allowMethods(Policy policy, List<ResourceMethod> bound) {
    if (policy.methods().contains("*")) {
      return "*";
    }
    List<String> methods = new ArrayList<>(bound.stream()
        .map(ResourceMethod::httpMethod)
        .filter(m -> !HttpMethods.isForbidden(m))
        .distinct()
        .toList());
    boolean headServed = bound.stream()
        .anyMatch(m -> HttpMethods.served(m.httpMethod()).contains("HEAD"));
    if (headServed && !methods.contains("HEAD") && policy.methods().contains("HEAD")) {
      methods.add("HEAD");
    }
    methods.sort(HttpMethods.ORDER);
    return String.join(", ", methods);
  }
}
