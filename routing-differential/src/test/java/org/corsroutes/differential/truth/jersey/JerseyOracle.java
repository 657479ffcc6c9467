package org.corsroutes.differential.truth.jersey;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import org.corsroutes.differential.Invoked;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * One resource set deployed on Jersey in memory: an {@link ApplicationHandler} with no
 * container, fed {@link ContainerRequest}s for {@code http://localhost/} + the raw path. Loaded
 * only in Jersey's own class loader; speaks to the harness in JDK types: {@code apply(method,
 * rawPath)} gives "status TAB trail".
 */
public final class JerseyOracle implements BiFunction<String, String, String>, AutoCloseable {
  private static final URI BASE = URI.create("http://localhost/");
  private final ApplicationHandler handler;

  public JerseyOracle(ClassLoader setLoader, List<String> rootClassNames, Boolean reversed)
      throws ClassNotFoundException {
    List<String> names = new ArrayList<>(rootClassNames);
    if (reversed) {
      Collections.reverse(names); // the answers must not change: Jersey sorts what it is given
    }
    Set<Class<?>> roots = new LinkedHashSet<>();
    for (String name : names) {
      roots.add(Class.forName(name, true, setLoader));
    }
    ResourceConfig config = new ResourceConfig(roots);
    // Features that never change routing, off so a boot per set stays cheap.
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
    config.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    handler = new ApplicationHandler(config);
  }

  @Override
  public String apply(String method, String rawPath) {
    Invoked.take();
    ContainerRequest request = new ContainerRequest(BASE, URI.create(BASE + rawPath), method,
        null, new MapPropertiesDelegate(), handler.getConfiguration());
    try {
      ContainerResponse response = handler.apply(request).get();
      return response.getStatus() + "\t" + String.join(",", Invoked.take());
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(method + " " + rawPath, e);
    }
  }

  @Override
  public void close() {
    handler.onShutdown(null);
  }
}
