package org.corsroutes.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;

/**
 * Whether an {@code Origin} is the request's own origin, so the request is not CORS. By default
 * the request's own origin is the scheme, host and port of the request URI as the server sees
 * it. Behind a reverse proxy that terminates TLS or rewrites the host, that is the proxy's
 * view, not the browser's; with {@link CorsFeature.ForwardedHeaders#TRUST} the first element of
 * {@code Forwarded} ({@code proto}, {@code host}), else the first values of
 * {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-Port}, say how
 * the client addressed the server. Asked only for requests the policy refuses.
 */
final class RequestOrigin {
  private RequestOrigin() {}

  static final String FORWARDED = "Forwarded";
  static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
  static final String X_FORWARDED_HOST = "X-Forwarded-Host";
  static final String X_FORWARDED_PORT = "X-Forwarded-Port";

  static boolean isSameOrigin(String origin, ContainerRequestContext request,
      boolean trustForwarded) {
    URI uri = request.getUriInfo().getRequestUri();
    String scheme = uri.getScheme();
    String host = uri.getHost();
    int port = uri.getPort();
    if (!trustForwarded) {
      return isSameOrigin(origin, scheme, host, port);
    }
    String forwarded = request.getHeaderString(FORWARDED);
    if (forwarded != null && !CorsHeaders.isBlank(forwarded)) {
      String element = firstElement(forwarded);
      String proto = parameter(element, "proto");
      String hostAndPort = parameter(element, "host");
      if (proto != null) {
        scheme = proto;
        port = -1;
      }
      if (hostAndPort != null) {
        host = host(hostAndPort);
        port = port(hostAndPort);
      }
      return isSameOrigin(origin, scheme, host, port);
    }
    String proto = first(request.getHeaderString(X_FORWARDED_PROTO));
    if (proto != null) {
      scheme = proto;
      port = -1;
    }
    String hostAndPort = first(request.getHeaderString(X_FORWARDED_HOST));
    if (hostAndPort != null) {
      host = host(hostAndPort);
      port = port(hostAndPort);
    }
    String forwardedPort = first(request.getHeaderString(X_FORWARDED_PORT));
    if (forwardedPort != null) {
      port = parsePort(forwardedPort, 0, forwardedPort.length());
    }
    return isSameOrigin(origin, scheme, host, port);
  }

  /**
   * Whether {@code origin} is {@code scheme://host[:port]}: scheme and host compared
   * case-insensitively, the port written only when it is not the scheme's default ({@code port}
   * -1 stands for the default). Index arithmetic only.
   */
  static boolean isSameOrigin(String origin, String scheme, String host, int port) {
    if (origin == null || scheme == null || host == null || host.isEmpty() || port < -1) {
      return false;
    }
    int defaultPort = "http".equalsIgnoreCase(scheme) ? 80
        : "https".equalsIgnoreCase(scheme) ? 443 : -1;
    if (defaultPort < 0) {
      return false; // an Origin is always http or https
    }
    if (port == -1) {
      port = defaultPort;
    }
    int schemeLength = scheme.length();
    int hostStart = schemeLength + 3;
    int hostEnd = hostStart + host.length();
    if (origin.length() < hostEnd
        || !origin.regionMatches(true, 0, scheme, 0, schemeLength)
        || !origin.startsWith("://", schemeLength)
        || !origin.regionMatches(true, hostStart, host, 0, host.length())) {
      return false;
    }
    if (hostEnd == origin.length()) {
      return port == defaultPort;
    }
    if (origin.charAt(hostEnd) != ':') {
      return false;
    }
    int originPort = parsePort(origin, hostEnd + 1, origin.length());
    return originPort > 0 && originPort == port;
  }

  /** The first comma-separated element, commas inside quoted strings kept. */
  private static String firstElement(String forwarded) {
    boolean quoted = false;
    for (int i = 0; i < forwarded.length(); i++) {
      char c = forwarded.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return forwarded.substring(0, i);
      }
    }
    return forwarded;
  }

  /** RFC 7239: the value of {@code name=value} among {@code ;}-separated pairs, unquoted. */
  private static String parameter(String element, String name) {
    for (String pair : element.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase(name)) {
        String value = pair.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  /** The first value of a comma-separated header, trimmed; null when absent or empty. */
  private static String first(String value) {
    if (value == null) {
      return null;
    }
    int comma = value.indexOf(',');
    String first = (comma < 0 ? value : value.substring(0, comma)).trim();
    return first.isEmpty() ? null : first;
  }

  /** The host of {@code host[:port]}, brackets of an IPv6 literal kept, as URI.getHost() does. */
  private static String host(String hostAndPort) {
    int colon = portColon(hostAndPort);
    return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
  }

  /** The port of {@code host[:port]}: -1 without one, -2 when it is not a port. */
  private static int port(String hostAndPort) {
    int colon = portColon(hostAndPort);
    return colon < 0 ? -1 : parsePort(hostAndPort, colon + 1, hostAndPort.length());
  }

  private static int portColon(String hostAndPort) {
    int close = hostAndPort.startsWith("[") ? hostAndPort.indexOf(']') : -1;
    return hostAndPort.indexOf(':', close + 1);
  }

  /** A port from 1 to 65535 in {@code s[from, to)}, else -2 (matches nothing). */
  private static int parsePort(String s, int from, int to) {
    if (to <= from || to - from > 5) {
      return -2;
    }
    int port = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -2;
      }
      port = port * 10 + (c - '0');
    }
    return port >= 1 && port <= 65535 ? port : -2;
  }
}
