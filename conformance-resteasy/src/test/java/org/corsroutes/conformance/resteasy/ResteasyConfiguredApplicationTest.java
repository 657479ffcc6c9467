package org.corsroutes.conformance.resteasy;

import java.net.URI;
import org.corsroutes.conformance.ConfiguredApplicationConformance;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sample as a deployment configures it (options as properties, a catch-all mapper), on RESTEasy. */
class ResteasyConfiguredApplicationTest extends ConfiguredApplicationConformance {
  private static ResteasyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ResteasyServer.start(configured(new ConformanceApplication()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Override
  protected URI baseUri() {
    return server.uri();
  }
}
