package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.PREFLIGHT_VARY;
import static org.corsroutes.it.CorsAssertions.assertCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/orders}: routes, class template and policy declared on {@link OrdersApi}, an
 * interface; {@link OrdersResource}, which carries no annotation, is what JAX-RS serves. Jersey
 * reports the implementing methods ({@code replace(long,Order)}, {@code Notes.add(String)}),
 * which the generated table must name.
 */
class InterfaceResourceTest {
  @RegisterExtension static final RunningServer server = RunningServer.withDefaults();

  @Test
  void preflightIsAnsweredWithTheInterfacePolicy() {
    String what = "preflight PUT /api/orders/3 from shop";
    HttpResponse<String> response = server
        .preflight("/api/orders/3", Origins.SHOP, "PUT", "content-type").send();

    assertStatus(204, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.SHOP,
        "Access-Control-Allow-Methods", "PUT",
        "Access-Control-Allow-Headers", "Content-Type",
        "Access-Control-Max-Age", "1800");
    assertHeader(response, "Vary", PREFLIGHT_VARY, what);
  }

  @Test
  void preflightFromAnotherOriginIsRefused() {
    String what = "preflight PUT /api/orders/3 from evil";
    HttpResponse<String> response = server
        .preflight("/api/orders/3", Origins.EVIL, "PUT", "content-type").send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
  }

  @Test
  void actualRequestOfAnInheritedMethodGetsThePolicy() {
    String what = "GET /api/orders from shop";
    HttpResponse<String> response = server.get("/api/orders").origin(Origins.SHOP).send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.SHOP,
        "Access-Control-Expose-Headers", "X-Order-Count");
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void actualRequestOfAGenericMethodGetsThePolicy() {
    String what = "PUT /api/orders/3 from shop";
    HttpResponse<String> response = server.call("PUT", "/api/orders/3").origin(Origins.SHOP)
        .json("{\"id\":0,\"item\":\"doohickey\"}").send();

    assertStatus(200, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.SHOP,
        "Access-Control-Expose-Headers", "X-Order-Count");
    assertEquals("{\"id\":3,\"item\":\"doohickey\"}", response.body(), what + ": body");
  }

  @Test
  void actualRequestFromAnotherOriginIsRefused() {
    String what = "GET /api/orders from evil";
    HttpResponse<String> response = server.get("/api/orders").origin(Origins.EVIL).send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
    assertHeader(response, "Vary", "Origin", what);
  }

  @Test
  void genericSubResourceInterfaceIsRoutedAndBound() {
    String what = "preflight POST /api/orders/3/notes from shop";
    HttpResponse<String> preflight = server
        .preflight("/api/orders/3/notes", Origins.SHOP, "POST", "content-type").send();
    assertStatus(204, preflight, what);
    assertHeader(preflight, "Access-Control-Allow-Methods", "POST", what);

    what = "POST /api/orders/3/notes from shop";
    HttpResponse<String> response = server.call("POST", "/api/orders/3/notes")
        .origin(Origins.SHOP).header("Content-Type", "text/plain").send();
    assertStatus(200, response, what);
    assertCorsHeaders(response, what,
        "Access-Control-Allow-Origin", Origins.SHOP,
        "Access-Control-Expose-Headers", "X-Order-Count");
  }
}
