package org.corsroutes.bench;

import org.corsroutes.it.AdminResource;
import org.corsroutes.it.AuthFilter;
import org.corsroutes.it.HealthResource;
import org.corsroutes.it.MetaResource;
import org.corsroutes.it.PartnersResource;
import org.corsroutes.it.SampleApp;
import org.corsroutes.it.SampleServer;
import org.corsroutes.it.UserDirectory;
import org.corsroutes.it.UserNotFoundMapper;
import org.corsroutes.it.UsersResource;
import org.corsroutes.it.WidgetsResource;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The sample API on Jersey and the JDK HTTP server, for the end-to-end load run, in one of three
 * wirings: {@code none} (the sample's resources, filters and mapper, no CORS at all),
 * {@code feature} (exactly {@link SampleApp}, with CorsFeature) and {@code handwritten} (the
 * sample without CorsFeature plus {@link HandWrittenCorsFilter}). Binds 127.0.0.1 only, prints
 * {@code READY <port>} and serves until killed.
 */
public final class BenchServer {
  private BenchServer() {}

  public static void main(String[] args) throws InterruptedException {
    String mode = args.length > 0 ? args[0] : "feature";
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    if (System.getProperty("PARTNER_ORIGINS") == null) {
      System.setProperty("PARTNER_ORIGINS", "https://partner.example.org");
    }
    ResourceConfig app;
    switch (mode) {
      case "none":
        app = withoutCors();
        break;
      case "feature":
        app = new SampleApp();
        break;
      case "handwritten":
        app = withoutCors().register(new HandWrittenCorsFilter());
        break;
      default:
        throw new IllegalArgumentException("mode: none, feature or handwritten, not " + mode);
    }
    SampleServer server = SampleServer.start("127.0.0.1", port, app);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bench-server-stop"));
    System.out.println("READY " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** {@link SampleApp} as it is wired, less CorsFeature. */
  static ResourceConfig withoutCors() {
    UserDirectory users = new UserDirectory();
    return new ResourceConfig()
        .register(new UsersResource(users))
        .register(new AdminResource(users))
        .register(HealthResource.class)
        .register(PartnersResource.class)
        .register(WidgetsResource.class)
        .register(MetaResource.class)
        .register(AuthFilter.class)
        .register(UserNotFoundMapper.class)
        .register(JacksonFeature.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
