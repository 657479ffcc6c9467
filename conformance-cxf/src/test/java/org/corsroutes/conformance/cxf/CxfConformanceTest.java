package org.corsroutes.conformance.cxf;

import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
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
  private static Bus bus;
  private static Server server;
  private static URI uri;

  @BeforeAll
  static void start() throws IOException {
    uri = URI.create("http://127.0.0.1:" + freePort() + "/");
    JAXRSServerFactoryBean factory = RuntimeDelegate.getInstance()
        .createEndpoint(new ConformanceApplication(), JAXRSServerFactoryBean.class);
    bus = BusFactory.newInstance().createBus(); // its own Jetty engine, shut down after the cases
    factory.setBus(bus);
    factory.setAddress(uri.toString());
    server = factory.create();
  }

  /** CXF's Jetty transport binds the port in the address: ask the OS for one that is free. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
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

  @Override
  protected Set<ServerTrait> traits() {
    return EnumSet.of(ServerTrait.CONTAINER_500_SHOWS_EXCEPTION_MESSAGE);
  }
}
