package org.corsroutes.conformance.cxf;

import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.URI;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.corsroutes.conformance.ConfiguredApplicationConformance;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sample as a deployment configures it (options as properties, a catch-all mapper), on CXF. */
class CxfConfiguredApplicationTest extends ConfiguredApplicationConformance {
  private static Bus bus;
  private static Server server;
  private static URI uri;

  @BeforeAll
  static void start() throws IOException {
    uri = URI.create("http://127.0.0.1:" + CxfConformanceTest.freePort() + "/");
    JAXRSServerFactoryBean factory = RuntimeDelegate.getInstance()
        .createEndpoint(configured(new ConformanceApplication()), JAXRSServerFactoryBean.class);
    bus = BusFactory.newInstance().createBus(); // its own Jetty engine, shut down after the cases
    factory.setBus(bus);
    factory.setAddress(uri.toString());
    server = factory.create();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.destroy();
    }
    if (bus != null) {
      bus.shutdown(true);
    }
  }

  @Override
  protected URI baseUri() {
    return uri;
  }
}
