package org.corsroutes.conformance.cxf;

import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.corsroutes.conformance.CorsConformanceSuite;
import org.corsroutes.conformance.ServerTrait;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The suite against Apache CXF's JAX-RS frontend on its embedded Jetty transport, deployed as
 * CXF documents for an {@code Application}: {@code RuntimeDelegate.createEndpoint}.
 */
class CxfConformanceTest extends CorsConformanceSuite {
  private static CxfServer server;

  @BeforeAll
  static void start() throws IOException {
    server = CxfServer.start(RuntimeDelegate.getInstance()
        .createEndpoint(new ConformanceApplication(), JAXRSServerFactoryBean.class));
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

  @Override
  protected Set<ServerTrait> traits() {
    return EnumSet.of(ServerTrait.CONTAINER_500_SHOWS_EXCEPTION_MESSAGE);
  }
}
