package org.corsroutes.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The origins one policy allows, prepared once at startup. {@link #matches} is what runs per
 * request: equality with the exact origins (a hash lookup when there are many), else a syntax
 * check by index arithmetic and region compares for patterns. No regex, no allocation, and any
 * string that is not a serialized origin (a second Origin header joined with a comma, CR/LF,
 * uppercase, a path) is refused outright; so is {@code "null"}. {@code "*"} allows every
 * Origin value, as its answer names none.
 */
final class OriginMatcher {
  /** Up to this many exact origins, comparing each costs less than hashing the request's. */
  private static final int FEW = 8;
  private final boolean anyOrigin;
  /** A few exact origins, compared in turn: no hash to compute for each request's Origin. */
  private final String[] few;
  /** More exact origins, looked up by hash; null when {@link #few} holds them. */
  private final Set<String> exact;
  private final OriginPattern[] patterns;

  /**
   * @param origins resolved origins: serialized origins, or "*" for any origin
   * @param patterns valid origin patterns
   */
  OriginMatcher(List<String> origins, List<String> patterns) {
    this.anyOrigin = origins.contains("*");
    Set<String> exact = new LinkedHashSet<>(origins);
    exact.remove("*");
    this.few = exact.size() <= FEW ? exact.toArray(new String[0]) : new String[0];
    this.exact = exact.size() <= FEW ? null : exact;
    this.patterns = new OriginPattern[patterns.size()];
    for (int i = 0; i < this.patterns.length; i++) {
      this.patterns[i] = OriginPattern.parse(patterns.get(i));
    }
  }

  boolean allowsAnyOrigin() {
    return anyOrigin;
  }

  boolean matches(String origin) {
    if (anyOrigin) {
      // "*" is one answer for every page, as on actual requests: Fetch lets any origin read it,
      // an opaque one ("null": sandboxed iframes, file: pages) included, and it reflects nothing,
      // so the Origin's form cannot matter.
      return true;
    }
    // Equal to an origin checked at startup, so well-formed: no syntax check.
    for (String allowed : few) {
      if (allowed.equals(origin)) {
        return true;
      }
    }
    if (exact != null && exact.contains(origin)) {
      return true;
    }
    if (patterns.length == 0) {
      return false;
    }
    int hostStart;
    int hostEnd = OriginRules.plainOriginHostEnd(origin);
    if (hostEnd >= 0) {
      hostStart = origin.charAt(4) == ':' ? "http://".length() : "https://".length();
    } else if (OriginRules.checkOrigin(origin) == null) {
      hostStart = OriginRules.hostStart(origin);
      hostEnd = OriginRules.hostEnd(origin, hostStart);
    } else {
      return false;
    }
    for (OriginPattern pattern : patterns) {
      if (pattern.matches(origin, hostStart, hostEnd)) {
        return true;
      }
    }
    return false;
  }
}
