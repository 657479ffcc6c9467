package org.corsroutes.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/** Everything generated for one root resource class: its routes, sorted by template. */
public record ResourceRoutes(TypeElement resource, List<Route> routes) {

  public ResourceRoutes {
    routes = List.copyOf(routes);
  }

  /** The distinct policies, in order of first use. */
  public List<Policy> policies() {
    return routes.stream()
        .flatMap(r -> r.bindings().stream())
        .map(RouteBinding::policy)
        .distinct()
        .toList();
  }
}
