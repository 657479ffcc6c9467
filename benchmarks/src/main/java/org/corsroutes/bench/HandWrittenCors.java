package org.corsroutes.bench;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The baseline: the CORS code people typically copy into a JAX-RS application. It reads the
 * Origin, compares it against a {@code List<String>} (or a regex for subdomains), and joins the
 * allowed methods and headers with {@link String#join} on every request. It checks the requested
 * method but, like most copies, not the requested headers: it does less work than the peers.
 */
final class HandWrittenCors {
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";

  private final List<String> allowedOrigins;
  private final Pattern originPattern;
  private final boolean allowCredentials;
  private final List<String> allowedMethods;
  private final List<String> allowedHeaders; // empty: echo what the preflight asks for
  private final List<String> exposedHeaders;

  HandWrittenCors(List<String> allowedOrigins, Pattern originPattern, boolean allowCredentials,
      List<String> allowedMethods, List<String> allowedHeaders, List<String> exposedHeaders) {
    this.allowedOrigins = allowedOrigins;
    this.originPattern = originPattern;
    this.allowCredentials = allowCredentials;
    this.allowedMethods = allowedMethods;
    this.allowedHeaders = allowedHeaders;
    this.exposedHeaders = exposedHeaders;
  }

  /** The Access-Control-Allow-Origin value for the origin, or null when it is not allowed. */
  String allowOrigin(String origin) {
    if (origin == null) {
      return null;
    }
    if (allowedOrigins.contains("*")) {
      return "*";
    }
    if (allowedOrigins.contains(origin)) {
      return origin;
    }
    if (originPattern != null && originPattern.matcher(origin).matches()) {
      return origin;
    }
    return null;
  }

  /** Writes the headers of an actual request's response; false when the origin is refused. */
  boolean actual(String origin, MultivaluedMap<String, Object> out) {
    String allow = allowOrigin(origin);
    if (allow == null) {
      return false;
    }
    out.putSingle(ALLOW_ORIGIN, allow);
    if (allowCredentials) {
      out.putSingle(ALLOW_CREDENTIALS, "true");
    }
    if (!exposedHeaders.isEmpty()) {
      out.putSingle(EXPOSE_HEADERS, String.join(", ", exposedHeaders));
    }
    out.putSingle("Vary", "Origin");
    return true;
  }

  /** Writes the headers of a preflight's response; false when origin or method is refused. */
  boolean preflight(String origin, String requestMethod, String requestHeaders,
      MultivaluedMap<String, Object> out) {
    String allow = allowOrigin(origin);
    if (allow == null || !allowedMethods.contains(requestMethod)) {
      return false;
    }
    out.putSingle(ALLOW_ORIGIN, allow);
    if (allowCredentials) {
      out.putSingle(ALLOW_CREDENTIALS, "true");
    }
    out.putSingle(ALLOW_METHODS, String.join(", ", allowedMethods));
    if (!allowedHeaders.isEmpty()) {
      out.putSingle(ALLOW_HEADERS, String.join(", ", allowedHeaders));
    } else if (requestHeaders != null) {
      out.putSingle(ALLOW_HEADERS, requestHeaders);
    }
    out.putSingle(MAX_AGE, "1800");
    out.putSingle("Vary", "Origin");
    return true;
  }
}
