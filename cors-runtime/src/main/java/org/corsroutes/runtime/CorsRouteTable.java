package org.corsroutes.runtime;

import java.util.List;

/**
 * The CORS routes of one resource class, implemented by the sources the CORS Routes processor
 * generates ({@code <Resource>CorsRoutes}) and listed by it in
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}, so {@link CorsFeature}
 * finds every table with {@link java.util.ServiceLoader}: no classpath scanning, no reflective
 * annotation reading.
 */
public interface CorsRouteTable {

  /** The routes of the resource class, each with the policies of the methods it serves. */
  List<CorsRoute> routes();
}
