package org.corsroutes.it;

import static org.corsroutes.it.CorsAssertions.assertHeader;
import static org.corsroutes.it.CorsAssertions.assertNoCorsHeaders;
import static org.corsroutes.it.CorsAssertions.assertStatus;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Behind a reverse proxy that terminates TLS for {@code https://api.example.com}, the server
 * sees {@code http://127.0.0.1:<port>}: the site's own page posting to its own API looks
 * cross-origin. With {@code corsroutes.forwardedHeaders=trust} the proxy's headers say what the
 * request's own origin is; by default they are ignored, since any client can send them.
 */
class ForwardedHeadersTest {
  private static final String SITE = "https://api.example.com";

  @RegisterExtension static final RunningServer ignoring = RunningServer.withDefaults();
  @RegisterExtension static final RunningServer trusting =
      RunningServer.withProperties(Map.of("corsroutes.forwardedHeaders", "trust"));

  /** The site's own page posting to its API, as the proxy forwards it. */
  private static HttpResponse<String> ownPagePost(RunningServer server, String origin,
      String header, String value) {
    RunningServer.Call call = server.call("POST", "/api/users").origin(origin).authorized()
        .json("{\"name\":\"Radia Perlman\"}");
    return (header == null ? call : call.header(header, value)).send();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      X-Forwarded-Proto and -Host | X-Forwarded-Host  | api.example.com
      Forwarded                   | Forwarded         | proto=https;host=api.example.com
      """)
  void theSitesOwnPageIsSameOriginOnlyWhenTheHeadersAreTrusted(String what, String header,
      String value) {
    // X-Forwarded-Proto: https rides along in both cases; Forwarded takes precedence over it.
    HttpResponse<String> refused = ignoring.call("POST", "/api/users").origin(SITE).authorized()
        .header("X-Forwarded-Proto", "https").header(header, value)
        .json("{\"name\":\"Radia Perlman\"}").send();
    assertStatus(403, refused, what + ", ignored");
    assertNoCorsHeaders(refused, what + ", ignored");

    HttpResponse<String> passed = trusting.call("POST", "/api/users").origin(SITE).authorized()
        .header("X-Forwarded-Proto", "https").header(header, value)
        .json("{\"name\":\"Radia Perlman\"}").send();
    assertStatus(201, passed, what + ", trusted");
    assertNoCorsHeaders(passed, what + ", trusted");
    assertHeader(passed, "Vary", "Origin", what + ", trusted");
  }

  @Test
  void trustedHeadersNamingAnotherOriginStillRefuseTheRequest() {
    String what = "evil page, forwarded for api.example.com";
    HttpResponse<String> response = trusting.call("POST", "/api/users")
        .origin("https://evil.example.com").authorized()
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.com")
        .json("{\"name\":\"Mallory\"}").send();

    assertStatus(403, response, what);
    assertNoCorsHeaders(response, what);
  }

  @Test
  void withoutForwardedHeadersTheRequestUriStillDecides() {
    String what = "own origin, trusted mode, no proxy headers";
    HttpResponse<String> same = ownPagePost(trusting, trusting.origin(), null, null);
    assertStatus(201, same, what);
    assertNoCorsHeaders(same, what);

    String behind = "https page, trusted mode, no proxy headers";
    HttpResponse<String> refused = ownPagePost(trusting, SITE, null, null);
    assertStatus(403, refused, behind);
  }
}
