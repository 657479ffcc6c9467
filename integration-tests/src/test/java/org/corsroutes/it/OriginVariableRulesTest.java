package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import org.corsroutes.it.security.SessionResource;
import org.corsroutes.runtime.CorsFeature;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ${NAME}} values meet the compile-time rules at startup: a plain-http origin with
 * credentials stops the server unless the build allowed insecure origins
 * ({@code -Acors.allowInsecureOrigins=true}, carried by the table as
 * {@code .allowInsecureOrigins()}); loopback and https origins start and are granted.
 */
class OriginVariableRulesTest {
  private static final String VARIABLE = "SESSION_ORIGINS";

  /** The table the processor writes for a credentialed {@code ${SESSION_ORIGINS}} policy. */
  private static CorsRouteTable table(boolean allowInsecureOrigins) {
    CorsPolicy.Builder policy = CorsPolicy.declaredOn(SessionResource.class.getName())
        .origins("${" + VARIABLE + "}").allowCredentials();
    CorsPolicy built = (allowInsecureOrigins ? policy.allowInsecureOrigins() : policy).build();
    CorsResource resource = CorsResource.root("/api/session", SessionResource.class.getName())
        .routes(CorsRoute.withoutPath().bind("GET", built, "GET session()").build())
        .build();
    return () -> resource;
  }

  private static ResourceConfig app(boolean allowInsecureOrigins) {
    return new ResourceConfig(SessionResource.class)
        .register(CorsFeature.of(table(allowInsecureOrigins)));
  }

  @AfterEach
  void clearVariable() {
    System.clearProperty(VARIABLE);
  }

  /** Serves {@code app} with {@code SESSION_ORIGINS=value} and calls {@code calls}. */
  private static void serve(String value, ResourceConfig app, Consumer<URI> calls) {
    System.setProperty(VARIABLE, value);
    try (SampleServer server = SampleServer.start("127.0.0.1", 0, app)) {
      calls.accept(URI.create(server.origin()));
    }
  }

  private static HttpResponse<String> get(URI server, String origin) {
    return RunningServer.request("GET", server.resolve("/api/session")).origin(origin).send();
  }

  @Test
  void plainHttpOriginWithCredentialsFromAVariableStopsStartup() {
    System.setProperty(VARIABLE, "https://b.example.org, http://a.example.org");
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> SampleServer.start("127.0.0.1", 0, app(false)).stop(),
        "startup with a plain-http credentialed origin must fail");
    String message = CorsAssertions.startupMessage(failure);
    for (String part : List.of("\"/api/session\"", "${SESSION_ORIGINS}", "\"http://a.example.org\"",
        "plain http", "-Acors.allowInsecureOrigins=true")) {
      assertTrue(message.contains(part), "the message must contain " + part + ": " + message);
    }
  }

  @Test
  void httpsAndLoopbackOriginsAreGrantedCredentials() {
    serve("https://b.example.org, http://localhost:5173", app(false), server -> {
      for (String origin : List.of("https://b.example.org", "http://localhost:5173")) {
        HttpResponse<String> response = get(server, origin);
        assertStatus(200, response, origin);
        assertCorsHeaders(response, origin, "Access-Control-Allow-Origin", origin,
            "Access-Control-Allow-Credentials", "true");
      }
      HttpResponse<String> other = get(server, "http://a.example.org");
      assertStatus(403, other, "unlisted http origin");
      assertNoCorsHeaders(other, "unlisted http origin");
    });
  }

  @Test
  void aBuildThatAllowsInsecureOriginsStartsWithThem() {
    serve("http://a.example.org", app(true), server -> {
      HttpResponse<String> response = get(server, "http://a.example.org");
      assertStatus(200, response, "-Acors.allowInsecureOrigins build");
      assertCorsHeaders(response, "-Acors.allowInsecureOrigins build",
          "Access-Control-Allow-Origin", "http://a.example.org",
          "Access-Control-Allow-Credentials", "true");
    });
  }
}
