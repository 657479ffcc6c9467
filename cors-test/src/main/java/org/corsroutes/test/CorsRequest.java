package org.corsroutes.test;

import java.util.Map;
import org.corsroutes.runtime.CorsDecisions;
import org.corsroutes.runtime.CorsDecisions.Answer;
import org.corsroutes.runtime.CorsDecisions.Outcome;

/**
 * One request to assert on: a preflight or an actual request, with its origin and, for a
 * preflight, the headers it announces. Each assertion decides the request afresh and returns
 * this request, so assertions chain.
 */
public final class CorsRequest {
  private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

  private final CorsDecisions decisions;
  private final boolean preflight;
  private final String method;
  private final String path;
  private final String serverOrigin;
  private String origin;
  private String requestedHeaders;
  private boolean privateNetwork;

  CorsRequest(CorsDecisions decisions, boolean preflight, String method, String path,
      String serverOrigin) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("the path starts with '/', e.g. \"/api/users/1\": "
          + path);
    }
    this.decisions = decisions;
    this.preflight = preflight;
    this.method = method;
    this.path = path;
    this.serverOrigin = serverOrigin;
  }

  /** The page's origin, sent as {@code Origin}, e.g. {@code https://app.example.com}. */
  public CorsRequest from(String origin) {
    this.origin = origin;
    return this;
  }

  /** A preflight's {@code Access-Control-Request-Headers}: the headers the request will send. */
  public CorsRequest withHeaders(String... names) {
    requirePreflight("withHeaders");
    this.requestedHeaders = String.join(", ", names);
    return this;
  }

  /** A preflight's {@code Access-Control-Request-Private-Network: true}. */
  public CorsRequest privateNetwork() {
    requirePreflight("privateNetwork");
    this.privateNetwork = true;
    return this;
  }

  private void requirePreflight(String what) {
    if (!preflight) {
      throw new IllegalStateException(what + "() is for preflights; this is an actual request");
    }
  }

  /** What CORS Routes answers. */
  public Answer answer() {
    if (!preflight) {
      return decisions.actual(method, path, origin, serverOrigin);
    }
    if (origin == null) {
      throw new IllegalStateException("a preflight has an Origin: call from(origin) first");
    }
    return decisions.preflight(path, origin, method, requestedHeaders, privateNetwork);
  }

  /**
   * The page may make this request and read the response: a preflight is answered, an actual
   * request gets {@code Access-Control-Allow-Origin}.
   */
  public CorsRequest assertAllowed() {
    Answer a = answer();
    if (!isAllowed(a)) {
      fail("expected the " + kind() + " to be allowed", a);
    }
    return this;
  }

  /** Allowed, with {@code Access-Control-Allow-Credentials: true}: cookies are sent and read. */
  public CorsRequest assertAllowedWithCredentials() {
    Answer a = answer();
    if (!isAllowed(a) || !"true".equals(a.headers().get(ALLOW_CREDENTIALS))) {
      fail("expected the " + kind() + " to be allowed with credentials", a);
    }
    return this;
  }

  /** Refused by CORS Routes: 403, no {@code Access-Control-*} header. */
  public CorsRequest assertRefused() {
    Answer a = answer();
    if (a.outcome() != Outcome.REFUSED) {
      fail("expected the " + kind() + " to be refused (403)", a);
    }
    return this;
  }

  /**
   * Not allowed, however: refused, or left to the application without
   * {@code Access-Control-Allow-Origin} (a route without a policy, a path no resource serves),
   * so the browser keeps the page from reading the response.
   */
  public CorsRequest assertNotAllowed() {
    Answer a = answer();
    if (isAllowed(a)) {
      fail("expected the " + kind() + " not to be allowed", a);
    }
    return this;
  }

  /** The answer carries {@code name: value} (name case-insensitive, value exact). */
  public CorsRequest assertHeader(String name, String value) {
    Answer a = answer();
    String actual = header(a, name);
    if (!value.equals(actual)) {
      fail("expected " + name + ": " + value + (actual == null ? ", but it is absent"
          : ", but it is " + name + ": " + actual), a);
    }
    return this;
  }

  /** The answer carries no header {@code name}. */
  public CorsRequest assertNoHeader(String name) {
    Answer a = answer();
    if (header(a, name) != null) {
      fail("expected no " + name + " header", a);
    }
    return this;
  }

  private boolean isAllowed(Answer a) {
    return preflight ? a.outcome() == Outcome.ANSWERED
        : a.outcome() == Outcome.PASSED && a.headers().containsKey(ALLOW_ORIGIN);
  }

  private static String header(Answer a, String name) {
    for (Map.Entry<String, String> h : a.headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  private String kind() {
    return preflight ? "preflight" : "request";
  }

  private void fail(String expectation, Answer answer) {
    throw new AssertionError(expectation + "\n" + describe(answer));
  }

  /** The request and {@code answer}, as failure messages show them. */
  String describe(Answer answer) {
    StringBuilder out = new StringBuilder("request: ");
    if (preflight) {
      out.append("OPTIONS ").append(path).append(" (preflight)\n");
      line(out, "Origin", origin);
      line(out, "Access-Control-Request-Method", method);
      if (requestedHeaders != null) {
        line(out, "Access-Control-Request-Headers", requestedHeaders);
      }
      if (privateNetwork) {
        line(out, "Access-Control-Request-Private-Network", "true");
      }
    } else {
      out.append(method).append(' ').append(path).append('\n');
      if (origin != null) {
        line(out, "Origin", origin);
      } else {
        out.append("  (no Origin)\n");
      }
    }
    out.append("answer:  ").append(switch (answer.outcome()) {
      case ANSWERED -> answer.status() + " (preflight answered by CORS Routes)";
      case REFUSED -> answer.status() + " (refused by CORS Routes)";
      case PASSED -> "left to the application"
          + (answer.headers().isEmpty() ? ", no CORS header added" : ", with");
    }).append('\n');
    answer.headers().forEach((name, value) -> line(out, name, value));
    out.append("  routed to: ").append(answer.route());
    return out.toString();
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(": ").append(value).append('\n');
  }

  @Override
  public String toString() {
    return (preflight ? "preflight " : "request ") + method + " " + path
        + (origin == null ? "" : " from " + origin);
  }
}
