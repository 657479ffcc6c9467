package org.corsroutes.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The origins one policy allows, prepared once at startup. {@link #matches} is what runs per
 * request: a hash lookup for exact origins, else a syntax check by index arithmetic and region
 * compares for patterns. No regex, no allocation, and any string that is not a serialized origin (a
 * second Origin header joined with a comma, CR/LF, uppercase, a path) is refused outright; so is
 * {@code "null"}, except by {@code "*"}.
 */
final class OriginMatcher {
  private final boolean anyOrigin;
  private final Set<String> exact;
  private final OriginPattern[] patterns;

  /**
   * @param origins resolved origins: serialized origins, or "*" for any origin
   * @param patterns valid origin patterns
   */
  OriginMatcher(List<String> origins, List<String> patterns) {
    this.anyOrigin = origins.contains("*");
    this.exact = new HashSet<>(origins);
    this.exact.remove("*");
    this.patterns = new OriginPattern[patterns.size()];
    for (int i = 0; i < this.patterns.length; i++) {
      this.patterns[i] = OriginPattern.parse(patterns.get(i));
    }
  }

  boolean allowsAnyOrigin() {
    return anyOrigin;
  }

  boolean matches(String origin) {
    if (!exact.isEmpty() && exact.contains(origin)) {
      return true; // equal to an origin checked at startup, so well-formed: no syntax check
    }
    if (anyOrigin) {
      // "*" is one answer for every page, and Fetch lets an opaque origin ("null": sandboxed
      // iframes, file: pages) read it: its preflight is answered as its simple requests are.
      return origin.equals("null") || OriginRules.checkOrigin(origin) == null;
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
