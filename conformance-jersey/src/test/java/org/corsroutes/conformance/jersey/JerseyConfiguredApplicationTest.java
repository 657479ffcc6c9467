package org.corsroutes.conformance.jersey;

import java.net.URI;
import org.corsroutes.conformance.ConfiguredApplicationConformance;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sample as a deployment configures it (options as properties, a catch-all mapper), on Jersey. */
class JerseyConfiguredApplicationTest extends ConfiguredApplicationConformance {
  private static JerseyServer server;

  @BeforeAll
  static void start() {
    server = JerseyServer.start(
        ResourceConfig.forApplication(configured(new ConformanceApplication())));
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
