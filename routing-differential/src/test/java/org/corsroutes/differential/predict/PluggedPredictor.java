package org.corsroutes.differential.predict;

import org.corsroutes.runtime.CorsRouterPredictor;

/** Where the predictor under test is plugged in. */
public final class PluggedPredictor {

  /**
   * The predictor the differential tests check against Jersey and RESTEasy; null runs only the
   * Jersey-versus-RESTEasy comparison. Plugging one in is this one line, e.g.
   * {@code = new CorsRouterPredictor();}. A system property can also name a class with a public
   * no-argument constructor: {@code -Ddifferential.predictor=pkg.MyPredictor}.
   */
  public static final RoutePredictor PREDICTOR = new CorsRouterPredictor();

  private PluggedPredictor() {}

  /** The plugged predictor, the one named by the system property, or null. */
  public static RoutePredictor get() {
    String name = System.getProperty("differential.predictor", "");
    if (name.isBlank()) {
      return PREDICTOR;
    }
    try {
      return (RoutePredictor) Class.forName(name).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("-Ddifferential.predictor=" + name, e);
    }
  }
}
