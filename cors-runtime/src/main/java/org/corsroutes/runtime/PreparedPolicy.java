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
  /** The origins and patterns it allows, as a refusal message lists them. */
  final String allowedOriginsText;

  PreparedPolicy(CorsPolicy source, List<String> resolvedOrigins) {
    this.source = source;
    List<String> allowed = new ArrayList<>(resolvedOrigins);
    allowed.addAll(source.originPatterns());
    this.allowedOriginsText = allowed.isEmpty() ? "no origin" : String.join(", ", allowed);
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
    return requestHeadersRefusal(requested) == null;
  }

  /**
   * Null when {@code requested} is allowed (see {@link #allowsRequestHeaders}); else why not:
   * {@link RefusalReason#MALFORMED_REQUEST_HEADERS} or {@link RefusalReason#HEADER_NOT_ALLOWED}
   * (the list is well-formed up to a name the policy does not list). Index arithmetic only.
   */
  RefusalReason requestHeadersRefusal(String requested) {
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
      if (start == i) {
        return RefusalReason.MALFORMED_REQUEST_HEADERS;
      }
      if (!anyHeader && !isAllowed(requested, start, i)) {
        return RefusalReason.HEADER_NOT_ALLOWED;
      }
      while (i < length && isOws(requested.charAt(i))) {
        i++;
      }
      if (i == length) {
        return null;
      }
      if (requested.charAt(i) != ',') {
        return RefusalReason.MALFORMED_REQUEST_HEADERS;
      }
      i++;
    }
  }

  /** The first name in a well-formed {@code requested} list the policy does not allow, or null. */
  String firstHeaderNotAllowed(String requested) {
    for (String name : requested.split(",")) {
      String trimmed = name.strip();
      if (!isAllowed(trimmed, 0, trimmed.length())) {
        return trimmed;
      }
    }
    return null;
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
