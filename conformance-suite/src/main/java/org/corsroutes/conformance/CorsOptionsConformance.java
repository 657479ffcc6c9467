package org.corsroutes.conformance;

import static org.corsroutes.conformance.SampleOrigins.EVIL;
import static org.corsroutes.conformance.SampleOrigins.SHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CorsFeature's options read from the application's properties, on each server: the sample
 * application with {@code corsroutes.preflightStatus=200} and
 * {@code corsroutes.refusedRequests=pass} ({@link #withOptions}), as a deployment sets them
 * without code. A server module serves it and extends this class as it extends
 * {@link CorsConformanceSuite}.
 */
public abstract class CorsOptionsConformance {
  /** The options the cases expect. */
  public static final Map<String, Object> OPTIONS =
      Map.of("corsroutes.preflightStatus", "200", "corsroutes.refusedRequests", "pass");

  /** Where the server under test serves {@link #withOptions} of the sample application. */
  protected abstract URI baseUri();

  /**
   * {@code application}'s classes with {@link #OPTIONS} as its properties. (A subclass in the
   * sample would be a second {@code Application} there, which not every server accepts.)
   */
  public static Application withOptions(Application application) {
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return application.getClasses();
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
}
