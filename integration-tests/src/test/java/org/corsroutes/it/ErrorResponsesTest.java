package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.corsroutes.it.security.SecurityApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which error responses an allowed origin can read, on Jersey. Every response that response
 * filters see carries the grant: aborts, exception mappers, {@code WebApplicationException}s.
 * An exception no mapper takes is handed by Jersey to the container, which writes a bare 500
 * before any response filter runs: with the application's own {@code ExceptionMapper<Throwable>}
 * that 500 carries the grant too. A sub-resource locator runs while JAX-RS matches, before any
 * method and policy are known: its exception gets no CORS headers either way.
 */
class ErrorResponsesTest {
  @RegisterExtension static final RunningServer unmapped = RunningServer.of(SecurityApp::new);
  @RegisterExtension static final RunningServer mapped =
      RunningServer.of(() -> new SecurityApp().withServerErrorMapper());

  /** Jersey and the mapper log each failure with its stack trace: expected here, so quiet. */
  private static final Logger[] NOISY = {
      Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder"),
      Logger.getLogger("org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer"),
      Logger.getLogger("org.corsroutes.it.security.ServerErrorMapper")};
  private static final Level[] LEVELS = new Level[NOISY.length];

  @BeforeAll
  static void quiet() {
    for (int i = 0; i < NOISY.length; i++) {
      LEVELS[i] = NOISY[i].getLevel();
      NOISY[i].setLevel(Level.OFF);
    }
  }

  @AfterAll
  static void restore() {
    for (int i = 0; i < NOISY.length; i++) {
      NOISY[i].setLevel(LEVELS[i]);
    }
  }

  private static void assertGrant(HttpResponse<String> response, String what) {
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.APP,
        "Access-Control-Allow-Credentials", "true");
    assertHeader(response, "Vary", "Origin", what);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      WebApplicationException without a body  | /api/failing/gone     | 410
      WebApplicationException with a body     | /api/failing/conflict | 409
      exception the application maps          | /api/failing/mapped   | 404
      """)
  void responsesFiltersSeeCarryTheGrant(String what, String path, int status) {
    for (RunningServer server : new RunningServer[] {unmapped, mapped}) {
      HttpResponse<String> response = server.get(path).origin(Origins.APP).send();
      assertStatus(status, response, what);
      assertGrant(response, what);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/failing/unchecked", "/api/failing/null", "/api/failing/error",
      "/api/failing/stream", "/api/failing/items/1"})
  void anUnmappedExceptionIsABare500FromTheContainer(String path) {
    String what = "GET " + path + ", no catch-all mapper";
    HttpResponse<String> response = unmapped.get(path).origin(Origins.APP).send();

    assertStatus(500, response, what);
    assertNoCorsHeaders(response, what);
    assertEquals("", response.body(), what + ": body");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/failing/unchecked", "/api/failing/null", "/api/failing/error",
      "/api/failing/stream", "/api/failing/items/1"})
  void theApplicationsCatchAllMapperMakesThe500Readable(String path) {
    String what = "GET " + path + ", ServerErrorMapper registered";
    HttpResponse<String> response = mapped.get(path).origin(Origins.APP).send();

    assertStatus(500, response, what);
    assertEquals("internal error", response.body(), what + ": body");
    assertGrant(response, what);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/failing/unchecked", "/api/failing/items/1"})
  void aRefusedOriginIsRefusedBeforeTheMethodFails(String path) {
    for (RunningServer server : new RunningServer[] {unmapped, mapped}) {
      String what = "GET " + path + " from evil";
      HttpResponse<String> response = server.get(path).origin(Origins.EVIL).send();
      assertStatus(403, response, what);
      assertNoCorsHeaders(response, what);
    }
  }

  @Test
  void aBodyThatFailsAfterItsFirstBytesWasSentWithTheGrant() throws IOException {
    RawHttp.Response response = RawHttp.send(unmapped.port(), "GET", "/api/failing/late",
        List.of("Origin: " + Origins.APP), null);
    String what = "GET /api/failing/late (fails after 64 KiB)";
    assertEquals(200, response.status(), what + ": status");
    assertEquals(List.of(Origins.APP), response.all("Access-Control-Allow-Origin"), what);
    assertEquals(List.of("true"), response.all("Access-Control-Allow-Credentials"), what);
    assertTrue(response.body().length > 64 * 1024, what + ": what was written before the"
        + " failure is sent, " + response.body().length + " bytes");
  }

  @Test
  void aFailingLocatorRunsBeforeAnyPolicyIsKnown() {
    for (RunningServer server : new RunningServer[] {unmapped, mapped}) {
      for (String origin : List.of(Origins.APP, Origins.EVIL)) {
        // From a refused origin too: the locator runs before any filter bound to a method.
        String what = "GET /api/failing/broken (the locator throws) from " + origin;
        HttpResponse<String> response = server.get("/api/failing/broken").origin(origin).send();
        assertStatus(500, response, what);
        assertNoCorsHeaders(response, what);
      }
    }
  }
}
