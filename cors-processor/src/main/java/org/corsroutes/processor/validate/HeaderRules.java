package org.corsroutes.processor.validate;

import java.util.Locale;
import java.util.Set;

/** The Fetch standard's lists about header names; every comparison is case-insensitive. */
final class HeaderRules {
  private HeaderRules() {}

  /** Fetch "forbidden request-header": set by the browser, never by a script. */
  private static final Set<String> FORBIDDEN_REQUEST = Set.of(
      "accept-charset", "accept-encoding", "access-control-request-headers",
      "access-control-request-method", "connection", "content-length", "cookie", "cookie2",
      "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
      "trailer", "transfer-encoding", "upgrade", "via");

  /** Fetch "forbidden response-header name": never exposed to a script. */
  private static final Set<String> FORBIDDEN_RESPONSE = Set.of("set-cookie", "set-cookie2");

  /** Fetch "CORS-safelisted response-header name": always readable by a script. */
  private static final Set<String> SAFELISTED_RESPONSE = Set.of("cache-control",
      "content-language", "content-length", "content-type", "expires", "last-modified",
      "pragma");

  static boolean isForbiddenRequestHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return FORBIDDEN_REQUEST.contains(lower) || lower.startsWith("proxy-")
        || lower.startsWith("sec-");
  }

  static boolean isForbiddenResponseHeader(String name) {
    return FORBIDDEN_RESPONSE.contains(name.toLowerCase(Locale.ROOT));
  }

  static boolean isSafelistedResponseHeader(String name) {
    return SAFELISTED_RESPONSE.contains(name.toLowerCase(Locale.ROOT));
  }
}
