package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link CorsPolicy} with its {@code ${NAME}} origins resolved and everything a request needs
 * decided at startup: the origin matcher, the allowed header names in lowercase, and the header
 * values to send, as the strings the generated table carries.
 */
final class PreparedPolicy {
  final CorsPolicy source;
  final OriginMatcher origins;
  /** Any origin, no credentials: answer with a static "*" and no Vary. */
  final boolean anyOrigin;
  final boolean allowCredentials;
  /** Null: allow (echo) whatever well-formed header list a preflight asks for. */
  final String allowHeaders;
  final boolean anyHeader;
  private final String[] allowedHeaderNames;
  final String exposeHeaders;
  final String maxAge;
  final boolean allowPrivateNetwork;

  PreparedPolicy(CorsPolicy source, List<String> resolvedOrigins) {
    this.source = source;
    this.origins = new OriginMatcher(resolvedOrigins, source.originPatterns());
    this.anyOrigin = origins.allowsAnyOrigin();
    this.allowCredentials = source.allowCredentials();
    this.allowHeaders = source.allowHeaders();
    List<String> names = new ArrayList<>();
    boolean star = false;
    if (allowHeaders != null) {
      for (String name : allowHeaders.split(",")) {
        String trimmed = name.trim();
        star |= trimmed.equals("*");
        names.add(trimmed.toLowerCase(Locale.ROOT));
      }
    }
    this.anyHeader = allowHeaders == null || star;
    this.allowedHeaderNames = names.toArray(new String[0]);
    this.exposeHeaders = source.exposeHeaders();
    this.maxAge = source.maxAge();
    this.allowPrivateNetwork = source.allowPrivateNetwork();
  }

  /**
   * Whether {@code requested}, an {@code Access-Control-Request-Headers} value, is a well-formed
   * comma-separated token list whose every name this policy allows (case-insensitively).
   * Index arithmetic only.
   */
  boolean allowsRequestHeaders(String requested) {
    int length = requested.length();
    int i = 0;
    while (true) {
      while (i < length && isOws(requested.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && OriginRules.isTchar(requested.charAt(i))) {
        i++;
      }
      if (start == i || (!anyHeader && !isAllowed(requested, start, i))) {
        return false;
      }
      while (i < length && isOws(requested.charAt(i))) {
        i++;
      }
      if (i == length) {
        return true;
      }
      if (requested.charAt(i) != ',') {
        return false;
      }
      i++;
    }
  }

  private boolean isAllowed(String s, int from, int to) {
    int length = to - from;
    for (String name : allowedHeaderNames) {
      if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }
}
