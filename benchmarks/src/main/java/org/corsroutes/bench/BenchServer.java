package org.corsroutes.bench;

import org.corsroutes.it.SampleApp;
import org.corsroutes.it.SampleServer;
import org.glassfish.jersey.server.ResourceConfig;

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
        app = new SampleApp(false);
        break;
      case "feature":
        app = new SampleApp();
        break;
      case "headers":
        app = new SampleApp(false).register(new ConstantCorsHeaders());
        break;
      case "handwritten":
        app = new SampleApp(false).register(new HandWrittenCorsFilter());
        break;
      default:
        throw new IllegalArgumentException("mode: none, feature, headers or handwritten, not " + mode);
    }
    SampleServer server = SampleServer.start("127.0.0.1", port, app);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bench-server-stop"));
    System.out.println("READY " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
