package org.corsroutes.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Everything generated for one root resource class: its class template and the tree JAX-RS
 * routes through, the root's resource methods and locators, and below each locator the
 * resource it returns.
 *
 * @param resource the root resource class
 * @param template its {@code @Path} as written
 * @param root the root's routes and locators
 * @param inputs every type and package the routes and policies were read from: the root, its
 *     supertypes, the sub-resources and theirs, composed policies, the root's package
 */
public record ResourceRoutes(TypeElement resource, String template, Node root,
    List<Element> inputs) {

  public ResourceRoutes {
    inputs = List.copyOf(inputs);
  }

  /**
   * A resource class as routed along one chain of locators.
   *
   * @param type the class (for a sub-resource, the type its locator declares)
   * @param routes its resource methods, grouped by method {@code @Path}, sorted by it
   * @param locators its locators, in source order
   */
  public record Node(TypeElement type, List<Route> routes, List<LocatorEntry> locators) {
    public Node {
      routes = List.copyOf(routes);
      locators = List.copyOf(locators);
    }

    Stream<Node> self() {
      return Stream.concat(Stream.of(this), locators.stream()
          .filter(l -> l.target() != null)
          .flatMap(l -> l.target().self()));
    }
  }

  /**
   * A locator and the resource it returns.
   *
   * @param javaMethod the locator's name and erased parameter types
   * @param path its {@code @Path} as written
   * @param target the resource it returns, or null when unknown
   */
  public record LocatorEntry(String javaMethod, String path, Node target) {}

  /** Every route of the tree, in the order the tree lists them. */
  public List<Route> routes() {
    return root.self().flatMap(n -> n.routes().stream()).toList();
  }

  /** Every route that has a policy somewhere, sorted by template, for readers. */
  public List<Route> routesWithPolicies() {
    List<Route> out = new ArrayList<>(routes().stream()
        .filter(r -> !r.bindings().isEmpty() || !r.refused().isEmpty())
        .toList());
    out.sort((a, b) -> a.template().compareTo(b.template()));
    return out;
  }

  /** The distinct policies, in order of first use. */
  public List<Policy> policies() {
    return routes().stream()
        .flatMap(r -> Stream.concat(r.bindings().stream(), r.refused().stream()))
        .map(RouteBinding::policy)
        .distinct()
        .toList();
  }
}
