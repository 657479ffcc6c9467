package org.corsroutes.runtime;

/**
 * The routes of one root resource class as JAX-RS reaches them, with the CORS policy of each
 * resource method, implemented by the sources the CORS Routes processor generates
 * ({@code <Resource>CorsRoutes}) and listed by it in
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}, so {@link CorsFeature}
 * finds every table with {@link java.util.ServiceLoader}: no classpath scanning, no reflective
 * annotation reading.
 */
public interface CorsRouteTable {

  /** The root resource: its class template, its resource methods and its locators. */
  CorsResource resource();
}
