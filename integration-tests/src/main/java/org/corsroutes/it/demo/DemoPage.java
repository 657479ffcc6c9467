package org.corsroutes.it.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the browser demo page (the class-path folder {@code demo/}) on its own port, so that
 * the page's origin differs from the API's: open {@code http://localhost:<port>/} while the API
 * is on {@code http://127.0.0.1:<apiPort>}. The page runs each CORS case with {@code fetch()}
 * and shows what the browser let it read. The same port answers as {@code 127.0.0.1} (an origin
 * the demo routes refuse) and {@code shop.localhost} (one their pattern allows), which the page
 * uses in iframes. {@code /config.js} tells the page where the API is.
 */
public final class DemoPage implements AutoCloseable {
  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/probe.html", "probe.html",
      "/demo.js", "demo.js",
      "/demo.css", "demo.css");

  private final HttpServer server;

  private DemoPage(HttpServer server) {
    this.server = server;
  }

  /** Serves the page on {@code host:port} (0: a free port), calling the API at {@code apiOrigin}. */
  public static DemoPage start(String host, int port, String apiOrigin) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
      byte[] config = ("window.CORS_DEMO = { api: \"" + apiOrigin + "\" };\n")
          .getBytes(StandardCharsets.UTF_8);
      server.createContext("/", exchange -> {
        try (exchange) {
          String path = exchange.getRequestURI().getPath();
          if (!"GET".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
          } else if (path.equals("/config.js")) {
            send(exchange, 200, "text/javascript", config);
          } else if (FILES.containsKey(path)) {
            send(exchange, 200, contentType(FILES.get(path)), resource(FILES.get(path)));
          } else {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
          }
        }
      });
      server.start();
      return new DemoPage(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the demo page on " + host + ":" + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address to open: {@code http://localhost:<port>/}. */
  public String url() {
    return "http://localhost:" + port() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String contentType(String file) {
    if (file.endsWith(".html")) {
      return "text/html";
    }
    return file.endsWith(".css") ? "text/css" : "text/javascript";
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in = DemoPage.class.getClassLoader().getResourceAsStream("demo/" + file)) {
      if (in == null) {
        throw new IOException("demo/" + file + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }
}
