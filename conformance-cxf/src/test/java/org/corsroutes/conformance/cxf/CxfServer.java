package org.corsroutes.conformance.cxf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;

/**
 * One CXF server of a test class, on 127.0.0.1 and a free port, with a bus of its own, so its
 * Jetty engine stops with it after the class's cases.
 */
final class CxfServer {
  private final Bus bus;
  private final Server server;
  private final URI uri;

  private CxfServer(Bus bus, Server server, URI uri) {
    this.bus = bus;
    this.server = server;
    this.uri = uri;
  }

  /** Serves what {@code factory} describes. */
  static CxfServer start(JAXRSServerFactoryBean factory) throws IOException {
    URI uri = URI.create("http://127.0.0.1:" + freePort() + "/");
    Bus bus = BusFactory.newInstance().createBus();
    factory.setBus(bus);
    factory.setAddress(uri.toString());
    return new CxfServer(bus, factory.create(), uri);
  }

  URI uri() {
    return uri;
  }

  void stop() {
    server.destroy();
    bus.shutdown(true);
  }

  /** CXF's Jetty transport binds the port in the address: ask the OS for one that is free. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
