package org.corsroutes.conformance.jersey;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** One Jersey application of a test class on the JDK HTTP server, 127.0.0.1 and a free port. */
final class JerseyServer {
  private final HttpServer server;

  private JerseyServer(HttpServer server) {
    this.server = server;
  }

  /** Serves {@code app}, without WADL (no JAXB here). */
  static JerseyServer start(ResourceConfig app) {
    app.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    return new JerseyServer(
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app));
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  void stop() {
    server.stop(0);
  }
}
