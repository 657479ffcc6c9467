package org.corsroutes.runtime;

/**
 * The syntax rules for origins, origin patterns and header/method tokens, in one place for the
 * processor and the runtime. Pure functions on strings: no regex, no allocation on the
 * matching paths.
 */
public final class OriginRules {
  private OriginRules() {}

  /** Null when {@code origin} is a serialized origin as browsers send it, else why not. */
  public static OriginProblem checkOrigin(String origin) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Null when {@code pattern} is a valid origin pattern ({@code "https://*.example.com"},
   * {@code "http://localhost:*"}, {@code "https://*.example.com:*"}), else why not. Whether the
   * fixed part is a public suffix is checked by the processor alone.
   */
  public static OriginProblem checkPattern(String pattern) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * The fixed domain of a valid pattern with a {@code *.} host ({@code "example.com"} for
   * {@code "https://*.example.com"}), or null when its host has no wildcard.
   */
  public static String patternDomain(String pattern) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Whether the valid origin or pattern has a loopback host: localhost, 127.0.0.0/8, [::1]. */
  public static boolean isLoopback(String originOrPattern) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Whether {@code s} is a non-empty RFC 9110 token (method and header names). */
  public static boolean isToken(String s) {
    throw new UnsupportedOperationException("TODO");
  }
}
