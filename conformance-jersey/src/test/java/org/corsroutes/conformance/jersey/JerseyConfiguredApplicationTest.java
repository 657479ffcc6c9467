package org.corsroutes.conformance.jersey;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.corsroutes.conformance.ConfiguredApplicationConformance;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sample as a deployment configures it (options as properties, a catch-all mapper), on Jersey. */
class JerseyConfiguredApplicationTest extends ConfiguredApplicationConformance {
  private static HttpServer server;

  @BeforeAll
  static void start() {
    ResourceConfig app = ResourceConfig.forApplication(configured(new ConformanceApplication()))
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
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
