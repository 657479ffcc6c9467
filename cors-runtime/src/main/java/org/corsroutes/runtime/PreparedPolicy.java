package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.Arrays;
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
  /** The allowed header names in lowercase, by first character (ASCII); unused for any header. */
  private final String[][] namesByFirstLetter;
  final String exposeHeaders;
  final String maxAge;
  final boolean allowPrivateNetwork;
  /** The origins and patterns it allows, as a refusal message lists them. */
  final String allowedOriginsText;
  /**
   * The last requested-header list this policy allowed. A browser builds the list from the
   * page's request (lowercase names, sorted), so one page's preflights repeat it and most are
   * allowed by one {@code String.equals}. Racy on purpose: a String is immutable, so any value
   * read is a list this policy allowed; a stale or null one only costs the full check.
   */
  private String lastAllowedHeaders;

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
    this.namesByFirstLetter =
        byFirstLetter(anyHeader ? new String[0] : names.toArray(new String[0]));
    this.exposeHeaders = source.exposeHeaders();
    this.maxAge = source.maxAge();
    this.allowPrivateNetwork = source.allowPrivateNetwork();
  }

  /**
   * Whether {@code requested}, an {@code Access-Control-Request-Headers} value, is a well-formed
   * comma-separated token list whose every name this policy allows (case-insensitively).
   * Index arithmetic only, one pass: each name is compared with the allowed names that start
   * with its first letter while it is read.
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
    if (requested.equals(lastAllowedHeaders)) {
      return null;
    }
    RefusalReason refusal = checkRequestHeaders(requested);
    if (refusal == null) {
      lastAllowedHeaders = requested;
    }
    return refusal;
  }

  private RefusalReason checkRequestHeaders(String requested) {
    int length = requested.length();
    int i = 0;
    while (true) {
      while (i < length && isOws(requested.charAt(i))) {
        i++;
      }
      int end = anyHeader ? tokenEnd(requested, i, length) : allowedNameEnd(requested, i, length);
      if (end == i) {
        return tokenEnd(requested, i, length) == i
            ? RefusalReason.MALFORMED_REQUEST_HEADERS : RefusalReason.HEADER_NOT_ALLOWED;
      }
      i = end;
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
      if (anyHeader ? trimmed.isEmpty()
          : allowedNameEnd(trimmed, 0, trimmed.length()) != trimmed.length()) {
        return trimmed;
      }
    }
    return null;
  }

  /** The end of the token at {@code from}: {@code from} itself when there is none. */
  private static int tokenEnd(String s, int from, int length) {
    int i = from;
    while (i < length && OriginRules.isTchar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The end of the token at {@code from} when it is an allowed name, else {@code from}. A name
   * matches when the token holds it, in any case, and ends right after it (the next character
   * is no token character), which is the token being equal to the name.
   */
  private int allowedNameEnd(String s, int from, int length) {
    if (from >= length) {
      return from;
    }
    char first = s.charAt(from);
    String[] candidates = first < namesByFirstLetter.length
        ? namesByFirstLetter[toLowerAscii(first)] : null;
    if (candidates == null) {
      return from;
    }
    for (String name : candidates) {
      int end = from + name.length();
      if (end <= length && equalsLowercase(s, from, name)
          && (end == length || !OriginRules.isTchar(s.charAt(end)))) {
        return end;
      }
    }
    return from;
  }

  /** The allowed names (lowercase) by their first character; null where none starts so. */
  private static String[][] byFirstLetter(String[] names) {
    String[][] table = new String[128][];
    for (String name : names) {
      char first = name.charAt(0);
      String[] row = table[first] == null ? new String[0] : table[first];
      row = Arrays.copyOf(row, row.length + 1);
      row[row.length - 1] = name;
      table[first] = row;
    }
    return table;
  }

  /**
   * Whether {@code s} at {@code from} holds {@code lower} in any case. Header names are tokens,
   * ASCII only, so folding A-Z is all case-insensitivity takes.
   */
  private static boolean equalsLowercase(String s, int from, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (toLowerAscii(s.charAt(from + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char toLowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }
}
