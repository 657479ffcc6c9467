package org.corsroutes.conformance.resteasy;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.corsroutes.conformance.CorsConformanceSuite;
import org.corsroutes.conformance.ServerTrait;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The suite against RESTEasy on embedded Undertow, started as Jakarta REST's own
 * {@link SeBootstrap} starts any application: 127.0.0.1, a free port.
 */
class ResteasyConformanceTest extends CorsConformanceSuite {
  private static ResteasyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ResteasyServer.start(new ConformanceApplication());
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

  @Override
  protected Set<ServerTrait> traits() {
    return EnumSet.of(ServerTrait.CONTAINER_500_SHOWS_EXCEPTION_MESSAGE,
        ServerTrait.UNMAPPED_EXCEPTION_GRANTED);
  }
}
