package org.corsroutes.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Requests to the server under test with {@code java.net.http}, and what the suite reads back. */
final class Http {
  // HTTP/1.1: a cleartext HTTP/2 upgrade attempt would add headers the cases do not expect.
  // No proxy: the servers listen on 127.0.0.1 only, whatever the machine's proxy settings.
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .proxy(HttpClient.Builder.NO_PROXY)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private Http() {}

  /**
   * {@code method} on {@code base + path} with {@code headers} given as name, value pairs, and
   * {@code body} (null: none).
   */
  static HttpResponse<String> send(URI base, String method, String path, String body,
      String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every {@code Access-Control-*} header of a response, as "name: value". */
  static List<String> corsHeaders(HttpResponse<?> response) {
    List<String> out = new ArrayList<>();
    response.headers().map().forEach((name, values) -> {
      if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
        values.forEach(v -> out.add(name + ": " + v));
      }
    });
    return out;
  }

  /** The comma-separated tokens of every value of header {@code name}, lowercased. */
  static Set<String> tokens(HttpResponse<?> response, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : response.headers().allValues(name)) {
      for (String token : value.split(",")) {
        if (!token.isBlank()) {
          out.add(token.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
