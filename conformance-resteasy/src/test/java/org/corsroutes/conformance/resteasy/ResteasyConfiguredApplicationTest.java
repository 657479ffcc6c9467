package org.corsroutes.conformance.resteasy;

import jakarta.ws.rs.SeBootstrap;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.corsroutes.conformance.ConfiguredApplicationConformance;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sample as a deployment configures it (options as properties, a catch-all mapper), on RESTEasy. */
class ResteasyConfiguredApplicationTest extends ConfiguredApplicationConformance {
  private static SeBootstrap.Instance server;

  @BeforeAll
  static void start() throws Exception {
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .host("127.0.0.1")
        .port(SeBootstrap.Configuration.FREE_PORT)
        .rootPath("/")
        .build();
    server = SeBootstrap.start(configured(new ConformanceApplication()), configuration)
        .toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  @Override
  protected URI baseUri() {
    return server.configuration().baseUri();
  }
}
