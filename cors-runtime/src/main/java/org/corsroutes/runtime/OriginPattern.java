package org.corsroutes.runtime;

/**
 * A valid origin pattern split once, at startup, into the parts {@link #matches} compares:
 * the scheme prefix, the host (a {@code ".example.com"} suffix for {@code *.} patterns, else the
 * exact host) and the port (any, the scheme's default, or one port).
 */
final class OriginPattern {
  private final String schemePrefix;   // "https://"
  private final String host;           // "example.com" or "localhost"
  private final boolean subdomains;    // "*." pattern: one or more labels before host
  private final boolean anyPort;
  private final String port;           // null for the default port

  private OriginPattern(
      String schemePrefix, String host, boolean subdomains, boolean anyPort, String port) {
    this.schemePrefix = schemePrefix;
    this.host = host;
    this.subdomains = subdomains;
    this.anyPort = anyPort;
    this.port = port;
  }

  /** Parses a pattern already accepted by {@link OriginRules#checkPattern}. */
  static OriginPattern parse(String pattern) {
    if (OriginRules.checkPattern(pattern) != null) {
      throw new IllegalArgumentException("not a valid origin pattern: " + pattern);
    }
    int hostStart = OriginRules.hostStart(pattern);
    int hostEnd = OriginRules.hostEnd(pattern, hostStart);
    boolean subdomains = pattern.startsWith("*.", hostStart);
    String host = pattern.substring(subdomains ? hostStart + 2 : hostStart, hostEnd);
    String port = hostEnd < pattern.length() ? pattern.substring(hostEnd + 1) : null;
    boolean anyPort = OriginRules.ANY_PORT.equals(port);
    return new OriginPattern(
        pattern.substring(0, hostStart), host, subdomains, anyPort, anyPort ? null : port);
  }

  /**
   * Whether the origin, already known to be a serialized origin whose host spans
   * {@code [hostStart, hostEnd)}, matches. Region compares only: no allocation.
   */
  boolean matches(String origin, int hostStart, int hostEnd) {
    if (hostStart != schemePrefix.length() || !origin.startsWith(schemePrefix)) {
      return false;
    }
    int hostLength = hostEnd - hostStart;
    if (subdomains) {
      // At least one whole label before ".host": the character before the suffix must be the
      // dot, and a valid origin has no empty labels, so "example.com" and "evilexample.com" fail.
      int dot = hostEnd - host.length() - 1;
      if (hostLength < host.length() + 2
          || origin.charAt(dot) != '.'
          || !origin.startsWith(host, dot + 1)) {
        return false;
      }
    } else if (hostLength != host.length() || !origin.startsWith(host, hostStart)) {
      return false;
    }
    if (anyPort) {
      return true;
    }
    int originLength = origin.length();
    if (port == null) {
      return hostEnd == originLength;
    }
    return originLength - hostEnd - 1 == port.length() && origin.startsWith(port, hostEnd + 1);
  }
}
