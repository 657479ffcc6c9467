package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertRefusedOrPassedThrough;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile or broken headers get a refusal or a pass-through: never a 5xx, never a grant, never
 * the value echoed back. (java.net.http refuses to send CR/LF, so header splitting is out of
 * reach here; the JDK server would reject it anyway.)
 */
class BadInputTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  private static final String HUGE_HEADERS = "x-a" + ", (x)".repeat(2000);
  private static final String HUGE_ORIGIN = "https://" + "a".repeat(6000) + ".example.com";

  static Stream<Arguments> badOrigins() {
    return Stream.of(
        Arguments.of("port out of range", "https://app.example.com:99999"),
        Arguments.of("default port written out", "https://app.example.com:443"),
        Arguments.of("non-ASCII host", "https://\u00e4pp.example.com"),
        Arguments.of("Latin-1 lookalike", "https://app.example.\u00e7om"),
        Arguments.of("two origins in one header", "https://app.example.com, https://evil.example.com"),
        Arguments.of("encoded CRLF", "https://app.example.com%0d%0aSet-Cookie:%20a=b"),
        Arguments.of("path and query", "https://app.example.com/x?y"),
        Arguments.of("not a URL", "::::"),
        Arguments.of("huge origin", HUGE_ORIGIN));
  }

  @ParameterizedTest(name = "actual request, {0}")
  @MethodSource("badOrigins")
  void badOriginOnActualRequest(String what, String origin) {
    HttpResponse<String> response = server.get("/api/users").origin(origin).authorized().send();

    assertRefusedOrPassedThrough(response, origin, what);
  }

  @ParameterizedTest(name = "preflight, {0}")
  @MethodSource("badOrigins")
  void badOriginOnPreflight(String what, String origin) {
    HttpResponse<String> response = server.preflight("/api/users", origin, "POST", "content-type").send();

    assertRefusedOrPassedThrough(response, origin, what);
  }

  static Stream<Arguments> badRequestHeaders() {
    return Stream.of(
        Arguments.of("garbled list", "x-a, (b), <c>"),
        Arguments.of("non-ASCII name", "x-\u00fcber"),
        Arguments.of("name with a space", "x-a x-b"),
        Arguments.of("empty elements only", ", , ,"),
        Arguments.of("huge garbled list", HUGE_HEADERS));
  }

  // Health and admin take whatever headers a preflight asks for: the place where a
  // careless runtime would echo garbage back.
  @ParameterizedTest(name = "/api/health, {0}")
  @MethodSource("badRequestHeaders")
  void badRequestHeadersOnPublicRoute(String what, String requestHeaders) {
    HttpResponse<String> response = server
        .preflight("/api/health", "https://anyone.example", "GET", requestHeaders).send();

    assertRefusedOrPassedThrough(response, requestHeaders, what);
  }

  @ParameterizedTest(name = "/api/admin/audit, {0}")
  @MethodSource("badRequestHeaders")
  void badRequestHeadersOnCredentialedRoute(String what, String requestHeaders) {
    HttpResponse<String> response = server
        .preflight("/api/admin/audit", Origins.ADMIN, "GET", requestHeaders).send();

    assertRefusedOrPassedThrough(response, requestHeaders, what);
  }

  @ParameterizedTest(name = "request method {0}")
  @MethodSource("badMethods")
  void badRequestMethod(String what, String method) {
    HttpResponse<String> response = server.preflight("/api/users", Origins.APP, method, null).send();

    assertRefusedOrPassedThrough(response, method, what);
  }

  static Stream<Arguments> badMethods() {
    return Stream.of(
        Arguments.of("two methods", "GET, POST"),
        Arguments.of("not a token", "G(E)T"),
        Arguments.of("non-ASCII", "G\u00c9T"),
        Arguments.of("huge", "X".repeat(8000)));
  }
}
