package org.corsroutes.conformance.jersey;

import java.net.URI;
import org.corsroutes.conformance.CorsConformanceSuite;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.corsroutes.runtime.CorsFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The suite against Jersey set up the other way its users do: package scanning finds the
 * resources and the {@code @Provider}s, and {@link CorsFeature} is registered by hand (it lives
 * in a library package nobody scans).
 */
class JerseyPackageScanningConformanceTest extends CorsConformanceSuite {
  private static JerseyServer server;

  @BeforeAll
  static void start() {
    ResourceConfig app = new ResourceConfig()
        .packages(true, ConformanceApplication.class.getPackageName())
        .register(CorsFeature.class);
    server = JerseyServer.start(app);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Override
  protected URI baseUri() {
    return server.uri();
  }
}
