package org.corsroutes.processor.model;

import java.util.List;

/**
 * The resource methods of one resource class that share one method {@code @Path}.
 *
 * @param localPath the method {@code @Path} as written, null for none
 * @param template the full template, class and locator paths joined, for readers
 * @param bindings the methods a policy allows, grouped by policy
 * @param refused the methods under a policy whose {@code methods} leave them out
 * @param served the methods without a policy
 */
public record Route(String localPath, String template, List<RouteBinding> bindings,
    List<RouteBinding> refused, List<ResourceMethod> served) {

  public Route {
    bindings = List.copyOf(bindings);
    refused = List.copyOf(refused);
    served = List.copyOf(served);
  }
}
