package org.corsroutes.conformance.jersey;

import java.net.URI;
import org.corsroutes.conformance.CorsConformanceSuite;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The suite against Jersey 4 on the JDK's HTTP server, 127.0.0.1, a free port. */
class JerseyConformanceTest extends CorsConformanceSuite {
  private static JerseyServer server;

  @BeforeAll
  static void start() {
    server = JerseyServer.start(ResourceConfig.forApplication(new ConformanceApplication()));
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
