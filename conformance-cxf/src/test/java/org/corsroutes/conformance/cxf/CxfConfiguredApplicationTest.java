package org.corsroutes.conformance.cxf;

import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.URI;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.corsroutes.conformance.ConfiguredApplicationConformance;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sample as a deployment configures it (options as properties, a catch-all mapper), on CXF. */
class CxfConfiguredApplicationTest extends ConfiguredApplicationConformance {
  private static CxfServer server;

  @BeforeAll
  static void start() throws IOException {
    server = CxfServer.start(RuntimeDelegate.getInstance()
        .createEndpoint(configured(new ConformanceApplication()), JAXRSServerFactoryBean.class));
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
