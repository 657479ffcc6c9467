package org.corsroutes.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Serves {@link SampleApp} with Jersey on the JDK's built-in HTTP server.
 *
 * <p>Demo: {@code mvn -pl integration-tests exec:java [-Dport=8080]}, then for instance
 * <pre>
 * curl -i -X OPTIONS http://127.0.0.1:8080/api/users \
 *      -H 'Origin: https://app.example.com' -H 'Access-Control-Request-Method: POST' \
 *      -H 'Access-Control-Request-Headers: authorization, content-type'
 * </pre>
 */
public final class SampleServer implements AutoCloseable {
  static final String PARTNER_ORIGINS = "PARTNER_ORIGINS";
  static final String DEMO_PARTNER_ORIGINS = "https://partner.example.org";
  private static final String ROUTE_REPORT = "META-INF/cors-routes.json";

  private final HttpServer server;
  private final ExecutorService executor;

  private SampleServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the sample application on {@code host:port}; port 0 picks a free port. */
  public static SampleServer start(String host, int port) {
    return start(host, port, new SampleApp());
  }

  /**
   * Starts {@code app} on {@code host:port}. Fails, binding nothing, when the application does
   * not start, e.g. on an invalid {@code PARTNER_ORIGINS}.
   */
  public static SampleServer start(String host, int port, ResourceConfig app) {
    URI uri = URI.create("http://" + host + ":" + port + "/");
    HttpServer server = JdkHttpServerFactory.createHttpServer(uri, app, false);
    // The default executor is the single dispatcher thread; a pool answers requests in parallel.
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.start();
    return new SampleServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://host:port}, which is also the server's own origin. */
  public String origin() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }

  /** The JSON route report the processor wrote into the class output. */
  static String routeReport() {
    try (InputStream in = SampleServer.class.getClassLoader().getResourceAsStream(ROUTE_REPORT)) {
      if (in == null) {
        throw new IllegalStateException(ROUTE_REPORT + " is not on the class path: was the"
            + " module compiled with the CORS Routes processor on annotationProcessorPaths?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    if (System.getProperty(PARTNER_ORIGINS) == null && System.getenv(PARTNER_ORIGINS) == null) {
      System.setProperty(PARTNER_ORIGINS, DEMO_PARTNER_ORIGINS);
    }
    int port = Integer.getInteger("port", 8080);

    System.out.println("CORS route report (" + ROUTE_REPORT + "):");
    System.out.println(routeReport());

    SampleServer server = start("127.0.0.1", port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sample-server-stop"));
    System.out.println("Serving on " + server.origin() + " (PARTNER_ORIGINS="
        + System.getProperty(PARTNER_ORIGINS, System.getenv(PARTNER_ORIGINS))
        + "); Ctrl-C stops.");
    Thread.currentThread().join();
  }
}
