package org.corsroutes.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link SampleServer} on 127.0.0.1 with a free port for the tests of one class, started
 * before them and stopped after them; and the calls the tests make to it.
 *
 * <pre>{@code @RegisterExtension static final RunningServer server = RunningServer.withDefaults();}</pre>
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
  static final String BEARER = "Bearer test-token";

  // HTTP/1.1: a cleartext HTTP/2 upgrade attempt would add headers the tests do not want.
  // No proxy: the servers listen on 127.0.0.1 only, whatever the machine's proxy settings.
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .proxy(HttpClient.Builder.NO_PROXY)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final Supplier<ResourceConfig> application;
  private SampleServer server;

  private RunningServer(Supplier<ResourceConfig> application) {
    this.application = application;
  }

  static RunningServer withDefaults() {
    return withProperties(Map.of());
  }

  /** With runtime options, e.g. {@code Map.of("corsroutes.refusedRequests", "pass")}. */
  static RunningServer withProperties(Map<String, Object> properties) {
    return new RunningServer(() -> app(properties));
  }

  /** Another application than the sample API, served the same way. */
  static RunningServer of(Supplier<ResourceConfig> application) {
    return new RunningServer(application);
  }

  /** A fresh sample application with these runtime options set as configuration properties. */
  static SampleApp app(Map<String, Object> properties) {
    return with(new SampleApp(), properties);
  }

  /** {@code app} with these runtime options set as configuration properties. */
  static <A extends ResourceConfig> A with(A app, Map<String, Object> properties) {
    properties.forEach(app::property);
    return app;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    System.setProperty(SampleServer.PARTNER_ORIGINS, Origins.PARTNER);
    server = SampleServer.start("127.0.0.1", 0, application.get());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.stop();
    }
  }

  int port() {
    return server.port();
  }

  /** The server's own origin, {@code http://127.0.0.1:<port>}. */
  String origin() {
    return server.origin();
  }

  Call call(String method, String path) {
    return request(method, URI.create(server.origin() + path));
  }

  /** A request to any server, e.g. one a test starts itself. */
  static Call request(String method, URI uri) {
    return new Call(method, uri);
  }

  Call get(String path) {
    return call("GET", path);
  }

  /** A CORS preflight; {@code requestHeaders} null sends no Access-Control-Request-Headers. */
  Call preflight(String path, String origin, String method, String requestHeaders) {
    Call call = call("OPTIONS", path)
        .header("Origin", origin)
        .header("Access-Control-Request-Method", method);
    return requestHeaders == null ? call : call.header("Access-Control-Request-Headers", requestHeaders);
  }

  /** One request being put together. */
  static final class Call {
    private final String method;
    private final HttpRequest.Builder request;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Call(String method, URI uri) {
      this.method = method;
      this.request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    }

    Call header(String name, String value) {
      request.header(name, value);
      return this;
    }

    Call origin(String origin) {
      return header("Origin", origin);
    }

    Call authorized() {
      return header("Authorization", BEARER);
    }

    Call json(String json) {
      body = HttpRequest.BodyPublishers.ofString(json);
      return header("Content-Type", "application/json");
    }

    HttpResponse<String> send() {
      try {
        return CLIENT.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
