package org.corsroutes.differential.predict;

import java.util.List;

/**
 * Predicts, before JAX-RS matching (as a preflight must), which resource method the actual
 * request will reach. The differential tests compare it with what Jersey and RESTEasy really
 * do; plug one in at {@link PluggedPredictor#PREDICTOR}.
 *
 * <p>The harness calls it for every request of a set with the same {@code setLoader} (one per
 * set), so a predictor may build its router once per loader and cache it.
 */
@FunctionalInterface
public interface RoutePredictor {

  /**
   * The resource method the actual request {@code httpMethod rawPath} reaches, as
   * "pkg.Class#method", or null where JAX-RS answers 404/405 (or where the predictor cannot
   * follow).
   *
   * @param setLoader loads the set's resource classes and the tables the processor generated
   *     for them (and the service file listing those tables), with cors-runtime from its parent
   * @param rootClassNames the set's root resource classes, as deployed
   * @param httpMethod GET, HEAD, POST, PUT, DELETE or PATCH
   * @param rawPath the encoded path relative to the application, as the client sent it (matrix
   *     parameters, percent-encoding and all), without a leading base path: "users/1;x=2"
   */
  String predict(ClassLoader setLoader, List<String> rootClassNames, String httpMethod,
      String rawPath);
}
