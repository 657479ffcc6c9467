package org.corsroutes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The kit on a hand-written table: each assertion passes where the runtime allows or refuses,
 * and fails with the request and the whole answer in its message.
 */
class CorsTesterTest {
  private final CorsTester cors = CorsTester.of(UsersTable.class);

  @Test
  void preflightAllowedWithCredentials() {
    cors.preflight("DELETE", "/api/users/1").from("https://admin.example.com")
        .assertAllowedWithCredentials()
        .assertHeader("Access-Control-Allow-Origin", "https://admin.example.com")
        .assertHeader("access-control-allow-methods", "DELETE")
        .assertHeader("Access-Control-Max-Age", "600");
  }

  @Test
  void preflightRefused() {
    cors.preflight("DELETE", "/api/users/1").from("https://app.example.com").assertRefused()
        .assertNotAllowed().assertNoHeader("Access-Control-Allow-Origin");
  }

  @Test
  void preflightWithAHeaderThePolicyDoesNotList() {
    cors.preflight("PUT", "/api/users/1").from("https://app.example.com")
        .withHeaders("Authorization", "X-Debug").assertRefused();
    cors.preflight("PUT", "/api/users/1").from("https://app.example.com")
        .withHeaders("authorization", "content-type").assertAllowed()
        .assertHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
  }

  @Test
  void actualRequests() {
    cors.request("GET", "/api/users").from("https://app.example.com")
        .assertAllowedWithCredentials()
        .assertHeader("Access-Control-Expose-Headers", "X-Request-Id")
        .assertHeader("Vary", "Origin");
    cors.request("GET", "/api/users").from("https://evil.example").assertRefused()
        .assertHeader("Vary", "Origin");
    cors.request("GET", "/api/users").assertNotAllowed().assertHeader("Vary", "Origin");
  }

  @Test
  void sameOriginIsNotCors() {
    CorsTester own = CorsTester.of(new UsersTable()).serverOrigin("https://api.example.com");
    own.request("POST", "/api/users").from("https://api.example.com").assertNotAllowed()
        .assertHeader("Vary", "Origin");
    own.request("POST", "/api/users").from("https://evil.example").assertRefused();
  }

  @Test
  void routeWithoutPolicyIsLeftToTheApplication() {
    cors.preflight("GET", "/api/users/internal").from("https://app.example.com")
        .assertNotAllowed();
    cors.request("GET", "/api/users/internal").from("https://app.example.com")
        .assertNotAllowed().assertNoHeader("Vary");
  }

  @Test
  void failureShowsTheRequestAndTheWholeAnswer() {
    AssertionError e = assertThrows(AssertionError.class, () ->
        cors.preflight("DELETE", "/api/users/1").from("https://app.example.com")
            .withHeaders("Authorization").assertAllowed());
    assertEquals("""
        expected the preflight to be allowed
        request: OPTIONS /api/users/1 (preflight)
          Origin: https://app.example.com
          Access-Control-Request-Method: DELETE
          Access-Control-Request-Headers: Authorization
        answer:  403 (refused by CORS Routes)
          Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers
          routed to: DELETE /api/users/{id} (org.example.UsersResource#delete)""", e.getMessage());
  }

  @Test
  void failureOfAnAllowedRequestShowsItsHeaders() {
    AssertionError e = assertThrows(AssertionError.class, () ->
        cors.request("GET", "/api/users/7").from("https://app.example.com").assertRefused());
    assertEquals("""
        expected the request to be refused (403)
        request: GET /api/users/7
          Origin: https://app.example.com
        answer:  left to the application, with
          Access-Control-Allow-Origin: https://app.example.com
          Access-Control-Allow-Credentials: true
          Vary: Origin
          Access-Control-Expose-Headers: X-Request-Id
          routed to: GET /api/users/{id} (org.example.UsersResource#get)""", e.getMessage());
  }

  @Test
  void headerMismatchSaysWhatItIs() {
    AssertionError e = assertThrows(AssertionError.class, () ->
        cors.preflight("GET", "/api/users").from("https://app.example.com")
            .assertHeader("Access-Control-Max-Age", "600"));
    assertEquals("expected Access-Control-Max-Age: 600, but it is Access-Control-Max-Age: 1800",
        e.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void unknownPathIsNotFound() {
    AssertionError e = assertThrows(AssertionError.class, () ->
        cors.preflight("GET", "/api/nothing").from("https://app.example.com").assertAllowed());
    assertEquals("  routed to: 404 Not Found", e.getMessage().lines().reduce((a, b) -> b)
        .orElseThrow());
  }
}
