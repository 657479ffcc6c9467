package org.corsroutes.processor.model;

import java.util.List;

/**
 * The methods of one route governed by one policy, with the precomputed
 * {@code Access-Control-Allow-Methods} value.
 */
public record RouteBinding(Policy policy, String allowMethods, List<ResourceMethod> methods) {

  public RouteBinding {
    methods = List.copyOf(methods);
  }

  public List<String> httpMethods() {
    return methods.stream().map(ResourceMethod::httpMethod).toList();
  }
}
