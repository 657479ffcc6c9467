package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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

  /** {@code Vary} names {@code Origin}, however the server spells or splits the list. */
  static void assertVaryOrigin(HttpResponse<?> response, String what) {
    List<String> varied = new ArrayList<>();
    for (String value : response.headers().allValues("Vary")) {
      for (String token : value.split(",")) {
        varied.add(token.trim().toLowerCase(Locale.ROOT));
      }
    }
    assertTrue(varied.contains("origin"), what + ": Vary must name Origin, was " + varied);
  }

  /** No response header carries {@code sent}: a refused value is never echoed back. */
  static void assertNotReflected(HttpResponse<?> response, String sent, String what) {
    response.headers().map().forEach((name, values) -> values.forEach(value -> {
      if (value.contains(sent)) {
        fail(what + ": the sent value came back in " + name + ": " + value);
      }
    }));
  }

  /** Refused (403) or passed to the application, but never a CORS grant and never a 5xx. */
  static void assertRefusedOrPassedThrough(HttpResponse<String> response, String sent, String what) {
    assertFalse(response.statusCode() >= 500,
        what + ": must not fail the server, got " + response.statusCode() + " " + response.body());
    assertNoCorsHeaders(response, what);
    assertNotReflected(response, sent, what);
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
