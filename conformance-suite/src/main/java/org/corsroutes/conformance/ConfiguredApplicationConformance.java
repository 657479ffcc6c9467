package org.corsroutes.conformance;

import static org.corsroutes.conformance.SampleOrigins.EVIL;
import static org.corsroutes.conformance.SampleOrigins.SHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sample application as a deployment configures it ({@link #configured}): CorsFeature's
 * options set as the application's properties ({@code corsroutes.preflightStatus=200},
 * {@code corsroutes.refusedRequests=pass}), and the catch-all {@link ServerErrorMapper} the
 * README recommends. A server module serves it and extends this class as it extends
 * {@link CorsConformanceSuite}. Where the server gives features none of the application's
 * properties (Quarkus REST), the module sets the same options where that server's users set
 * theirs, and registers the same mapper, instead of serving {@link #configured}.
 */
public abstract class ConfiguredApplicationConformance {
  /** The options the cases expect. */
  public static final Map<String, Object> OPTIONS =
      Map.of("corsroutes.preflightStatus", "200", "corsroutes.refusedRequests", "pass");

  /** Where the server under test serves {@link #configured} of the sample application. */
  protected abstract URI baseUri();

  /**
   * {@code application}'s classes and {@link ServerErrorMapper}, with {@link #OPTIONS} as its
   * properties. (A subclass in the sample would be a second {@code Application} there, which not
   * every server accepts.)
   */
  public static Application configured(Application application) {
    Set<Class<?>> classes = new HashSet<>(application.getClasses());
    classes.add(ServerErrorMapper.class);
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return classes;
      }

      @Override
      public Map<String, Object> getProperties() {
        return OPTIONS;
      }
    };
  }

  private URI base() {
    URI base = baseUri();
    return base.getPath().endsWith("/") ? base : URI.create(base + "/");
  }

  @Test
  @DisplayName("options: corsroutes.preflightStatus=200 answers allowed preflights with 200")
  void preflightStatus() {
    HttpResponse<String> r = Http.send(base(), "OPTIONS", "shop/orders", null, "Origin", SHOP,
        "Access-Control-Request-Method", "POST");
    assertEquals(200, r.statusCode(), () -> r.headers().map().toString());
    assertEquals(List.of(SHOP), r.headers().allValues("Access-Control-Allow-Origin"));
  }

  @Test
  @DisplayName("options: refused preflights are still 403")
  void refusedPreflight() {
    HttpResponse<String> r = Http.send(base(), "OPTIONS", "shop/orders", null, "Origin", EVIL,
        "Access-Control-Request-Method", "POST");
    assertEquals(403, r.statusCode());
    assertEquals(List.of(), Http.corsHeaders(r));
  }

  @Test
  @DisplayName("options: corsroutes.refusedRequests=pass lets a refused origin reach the resource, without CORS headers")
  void refusedRequestsPass() {
    HttpResponse<String> r = Http.send(base(), "GET", "shop/orders", null, "Origin", EVIL);
    assertEquals(200, r.statusCode());
    assertEquals("[]", r.body());
    assertEquals(List.of(), Http.corsHeaders(r));
    assertTrue(Http.tokens(r, "Vary").contains("origin"), () -> "Vary: " + r.headers().map());
  }

  @Test
  @DisplayName("catch-all mapper: an exception nothing else maps is its 500, with the grant, without the message")
  void catchAllMapper() {
    HttpResponse<String> r = Http.send(base(), "GET", "faults/unmapped", null, "Origin", SHOP);
    assertEquals(500, r.statusCode());
    assertEquals(ServerErrorMapper.BODY, r.body());
    assertEquals(List.of(SHOP), r.headers().allValues("Access-Control-Allow-Origin"));
    HttpResponse<String> gone = Http.send(base(), "GET", "faults/gone", null, "Origin", SHOP);
    assertEquals(410, gone.statusCode());
    assertEquals(List.of(SHOP), gone.headers().allValues("Access-Control-Allow-Origin"));
  }
}
