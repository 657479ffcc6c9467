package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.corsroutes.differential.predict.RoutePredictor;

/**
 * The runtime's own preflight router ({@link PreflightRouter}, the code that ships) as the
 * predictor the differential tests check: the tables the processor generated for the set, made
 * ready as {@code CorsFeature} makes them, routed from the set's root resources only. Lives in
 * the runtime's package (split package, test class path only) to reach the router.
 */
public final class CorsRouterPredictor implements RoutePredictor {
  private final Map<ClassLoader, PreflightRouter> routers = new WeakHashMap<>();

  @Override
  public synchronized String predict(ClassLoader setLoader, List<String> rootClassNames,
      String httpMethod, String rawPath) {
    PreflightRouter router = routers.computeIfAbsent(setLoader, l -> router(l, rootClassNames));
    // As JAX-RS matches it: "/" and the raw path relative to the application.
    RouteMatch match = router.route(httpMethod, "/" + rawPath);
    return match instanceof MethodCors method ? method.javaName() : null;
  }

  private static PreflightRouter router(ClassLoader loader, List<String> rootClassNames) {
    List<CorsRouteTable> tables = new ArrayList<>();
    for (String root : rootClassNames) {
      tables.add(table(loader, root));
    }
    PreparedRoutes prepared = new PreparedRoutes(tables, new OriginVariables(name -> null));
    return new PreflightRouter(prepared.roots.values());
  }

  /** The generated table of a root resource: its name, nested classes joined with '_'. */
  private static CorsRouteTable table(ClassLoader loader, String root) {
    int dot = root.lastIndexOf('.');
    String table = root.substring(0, dot + 1) + root.substring(dot + 1).replace('$', '_')
        + "CorsRoutes";
    try {
      return (CorsRouteTable) Class.forName(table, true, loader).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no generated table " + table + " for " + root, e);
    }
  }
}
