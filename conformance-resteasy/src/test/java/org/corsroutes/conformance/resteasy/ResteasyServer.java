package org.corsroutes.conformance.resteasy;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/** One application of a test class on RESTEasy's embedded Undertow, 127.0.0.1 and a free port. */
final class ResteasyServer {
  private final SeBootstrap.Instance server;

  private ResteasyServer(SeBootstrap.Instance server) {
    this.server = server;
  }

  /** Serves {@code app} as its users start it: {@link SeBootstrap}. */
  static ResteasyServer start(Application app) throws Exception {
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .host("127.0.0.1")
        .port(SeBootstrap.Configuration.FREE_PORT)
        .rootPath("/")
        .build();
    return new ResteasyServer(SeBootstrap.start(app, configuration)
        .toCompletableFuture().get(30, TimeUnit.SECONDS));
  }

  URI uri() {
    return server.configuration().baseUri();
  }

  void stop() throws Exception {
    server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
