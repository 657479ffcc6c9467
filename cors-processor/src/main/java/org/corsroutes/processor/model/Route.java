package org.corsroutes.processor.model;

import java.util.List;

/** One path template and the policies of the methods it serves. */
public record Route(String template, List<RouteBinding> bindings) {

  public Route {
    bindings = List.copyOf(bindings);
  }
}
