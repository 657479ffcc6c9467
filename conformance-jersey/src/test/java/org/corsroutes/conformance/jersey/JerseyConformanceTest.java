package org.corsroutes.conformance.jersey;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.corsroutes.conformance.CorsConformanceSuite;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The suite against Jersey 4 on the JDK's HTTP server, 127.0.0.1, a free port. */
class JerseyConformanceTest extends CorsConformanceSuite {
  private static HttpServer server;

  @BeforeAll
  static void start() {
    ResourceConfig app = ResourceConfig.forApplication(new ConformanceApplication())
        .property(ServerProperties.WADL_FEATURE_DISABLE, true); // no JAXB here: no WADL
    server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }
}
