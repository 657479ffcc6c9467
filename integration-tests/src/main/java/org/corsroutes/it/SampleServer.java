package org.corsroutes.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corsroutes.it.demo.DemoApp;
import org.corsroutes.it.demo.DemoPage;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Serves {@link SampleApp} with Jersey on the JDK's built-in HTTP server.
 *
 * <p>Demo: {@code mvn -pl integration-tests exec:java [-Dport=8080] [-Ddemo.port=8081]}, then
 * for instance
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

  /**
   * The main job: serves the sample API and the demo routes on {@code 127.0.0.1:<port>}
   * ({@code -Dport=}, default 8080) and the browser demo page on {@code <demo.port>}
   * ({@code -Ddemo.port=}, default port + 1), and says what it serves, in plain words.
   */
  public static void main(String[] args) throws InterruptedException {
    // One line per log record (CORS Routes' startup line and its refusals as the demo page runs),
    // without java.util.logging's date-and-source line; a -D on the command line wins.
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
    }
    int port = Integer.getInteger("port", 8080);
    int demoPort = Integer.getInteger("demo.port", port + 1);
    boolean partnerDefault =
        System.getProperty(PARTNER_ORIGINS) == null && System.getenv(PARTNER_ORIGINS) == null;
    if (partnerDefault) {
      System.setProperty(PARTNER_ORIGINS, DEMO_PARTNER_ORIGINS);
    }
    String partners = System.getProperty(PARTNER_ORIGINS, System.getenv(PARTNER_ORIGINS));

    SampleServer server;
    DemoPage page;
    try {
      server = startDemoApi(port);
      try {
        page = startDemoPage(demoPort, server.origin());
      } catch (RuntimeException e) {
        server.stop();
        throw e;
      }
    } catch (PortInUseException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      page.close();
      server.stop();
    }, "sample-server-stop"));

    System.out.println("CORS Routes sample API on " + server.origin() + " (Ctrl-C stops).");
    System.out.println();
    System.out.println("Its routes and the origins whose pages may call them, from the route report"
        + " the processor wrote");
    System.out.println("(" + ROUTE_REPORT + " in integration-tests/target/classes):");
    RouteSummary.lines(routeReport(), origin -> origin.equals("${" + PARTNER_ORIGINS + "}")
            ? origin + " = " + partners : origin)
        .forEach(line -> System.out.println("  " + line));
    System.out.println();
    System.out.println("/api/partners allows the origins in " + PARTNER_ORIGINS + ", read at startup"
        + " from the system property (-D" + PARTNER_ORIGINS + "=https://a.example,https://b.example)");
    System.out.println("or the environment variable of that name" + (partnerDefault
        ? "; neither is set, so the demo uses " + DEMO_PARTNER_ORIGINS + "." : "."));
    System.out.println("Try a preflight: curl -i -X OPTIONS " + server.origin() + "/api/users"
        + " -H 'Origin: https://app.example.com' -H 'Access-Control-Request-Method: POST'");
    System.out.println();
    System.out.println("Browser demo: open " + page.url() + " (a page on another origin that calls"
        + " this API; each row is one cross-origin fetch).");
    Thread.currentThread().join();
  }

  /** The sample API plus the /demo routes the browser demo page calls. */
  static SampleServer startDemoApi(int port) {
    try {
      return start("127.0.0.1", port, new DemoApp());
    } catch (RuntimeException e) {
      throw PortInUseException.ifBindFailure(e, port, "the API", "-Dport");
    }
  }

  /** The browser demo page, which calls the API at {@code apiOrigin}. */
  static DemoPage startDemoPage(int port, String apiOrigin) {
    try {
      return DemoPage.start("127.0.0.1", port, apiOrigin);
    } catch (RuntimeException e) {
      throw PortInUseException.ifBindFailure(e, port, "the demo page", "-Ddemo.port");
    }
  }

  /** A port that is taken, with a message naming it and the option that chooses another. */
  static final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private PortInUseException(String message, Throwable cause) {
      super(message, cause);
    }

    static RuntimeException ifBindFailure(RuntimeException e, int port, String what,
        String option) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException) {
          return new PortInUseException("Cannot serve " + what + " on 127.0.0.1:" + port
              + ": the port is already in use (" + t.getMessage() + "), perhaps by another run of"
              + " this demo. Stop that, or choose another port with " + option + "=<port>, e.g. "
              + option + "=" + (port == 0 ? 9080 : port + 1000) + ".", e);
        }
      }
      return e;
    }
  }
}
