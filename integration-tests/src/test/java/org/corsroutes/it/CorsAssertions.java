package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corsroutes.runtime.CorsStartupException;

/** Exact assertions on responses; every message starts with the case being checked. */
final class CorsAssertions {
  static final String PREFLIGHT_VARY =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private CorsAssertions() {}

  static void assertStatus(int expected, HttpResponse<String> response, String what) {
    assertEquals(expected, response.statusCode(),
        what + ": status (body: " + response.body() + ", headers: " + response.headers().map() + ")");
  }

  /** {@code name} appears exactly once, with exactly {@code value}. */
  static void assertHeader(HttpResponse<?> response, String name, String value, String what) {
    assertEquals(List.of(value), response.headers().allValues(name),
        what + ": header " + name + " must appear once with this value");
  }

  static void assertNoHeader(HttpResponse<?> response, String name, String what) {
    assertEquals(List.of(), response.headers().allValues(name),
        what + ": header " + name + " must be absent");
  }

  static void assertNoCorsHeaders(HttpResponse<?> response, String what) {
    assertEquals(Map.of(), corsHeaders(response), what + ": no Access-Control-* header expected");
  }

  /**
   * The users API's answer to an allowed origin: exactly its CORS headers (the origin,
   * credentials, the exposed {@code X-Request-Id}) and {@code Vary: Origin}.
   */
  static void assertUsersApiGrant(HttpResponse<?> response, String origin, String what) {
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", origin,
        "Access-Control-Allow-Credentials", "true",
        "Access-Control-Expose-Headers", "X-Request-Id");
    assertHeader(response, "Vary", "Origin", what);
  }

  /**
   * The response's {@code Access-Control-*} headers are exactly these name/value pairs, each
   * once: one missing, one extra or one repeated header fails.
   */
  static void assertCorsHeaders(HttpResponse<?> response, String what, String... namesAndValues) {
    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.put(namesAndValues[i].toLowerCase(Locale.ROOT), List.of(namesAndValues[i + 1]));
    }
    assertEquals(expected, corsHeaders(response), what + ": Access-Control-* headers");
  }

  /** No response header carries {@code sent}: a refused value is never echoed back. */
  static void assertNotReflected(HttpResponse<?> response, String sent, String what) {
    response.headers().map().forEach((name, values) -> values.forEach(value -> {
      if (value.contains(sent)) {
        fail(what + ": the sent value came back in " + name + ": " + value);
      }
    }));
  }

  /**
   * Refused: 403, never a 5xx, no CORS grant, and the value is not echoed in any header. (The
   * design allows a refusal or a pass-through; with the default {@code forbid} option an origin
   * or preflight that is not allowed is refused, and malformed input is never allowed.)
   */
  static void assertRefusedWithoutEcho(HttpResponse<String> response, String sent, String what) {
    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
    assertNotReflected(response, sent, what);
  }

  /** The runtime's startup message, wherever the container wrapped its exception. */
  static String startupMessage(Throwable failure) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CorsStartupException) {
        return t.getMessage();
      }
      chain.append(t).append('\n');
    }
    return fail("no CorsStartupException in the cause chain:\n" + chain);
  }

  private static Map<String, List<String>> corsHeaders(HttpResponse<?> response) {
    Map<String, List<String>> cors = new TreeMap<>();
    response.headers().map().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("access-control-")) {
        cors.computeIfAbsent(lower, n -> new ArrayList<>()).addAll(values);
      }
    });
    return cors;
  }
}
