package org.corsroutes.runtime;

/**
 * The syntax rules for origins, origin patterns and header/method tokens, in one place for the
 * processor and the runtime. Pure functions on strings: no regex, no allocation on the
 * matching paths ({@link #checkOrigin} runs on every CORS request, so it only walks indexes).
 *
 * <p>A serialized origin is what browsers put in the {@code Origin} header:
 * {@code scheme "://" host [":" port]} with scheme {@code http} or {@code https}, a lowercase
 * host (DNS name with IDNs as punycode, IPv4 dotted quad, or bracketed IPv6) and a port only
 * when it is not the scheme's default.
 *
 * <p>Internal, not API: public only for the processor (see the package documentation).
 */
public final class OriginRules {
  private OriginRules() {}

  static final String ANY_PORT = "*";

  /** Null when {@code origin} is a serialized origin as browsers send it, else why not. */
  public static OriginProblem checkOrigin(String origin) {
    if (origin == null || origin.isEmpty()) {
      return OriginProblem.EMPTY;
    }
    if (origin.equals("null")) {
      return OriginProblem.NULL_ORIGIN;
    }
    if (origin.equals("*")) {
      return OriginProblem.WILDCARD;
    }
    return isPlainOrigin(origin) ? null : checkOriginInFull(origin);
  }

  /** {@link #checkOrigin} without its one-pass shortcut; the tests hold the two equal. */
  static OriginProblem checkOriginInFull(String origin) {
    return checkOriginOrPattern(origin, false);
  }

  /**
   * The common case in one pass: {@code http(s)://} and a lowercase DNS name whose last label is
   * not numeric, then an optional port that is not the scheme's default. True only for origins
   * {@link #checkOriginOrPattern} accepts; anything else (IP literals, uppercase, a path, bad
   * input of every kind) is left to it, which also says what is wrong.
   */
  static boolean isPlainOrigin(String s) {
    return plainOriginHostEnd(s) >= 0;
  }

  /**
   * Where the host of a plain origin (see {@link #isPlainOrigin}) ends, or -1 when {@code s} is
   * not one. Its host starts after {@code "http://"} or {@code "https://"}.
   */
  static int plainOriginHostEnd(String s) {
    int schemeEnd;
    if (s.startsWith("https://")) {
      schemeEnd = 5;
    } else if (s.startsWith("http://")) {
      schemeEnd = 4;
    } else {
      return -1;
    }
    int length = s.length();
    int hostStart = schemeEnd + 3;
    int labelStart = hostStart;
    boolean labelNumeric = true;
    int i = hostStart;
    for (; i < length; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || c == '-') {
        labelNumeric = false;
      } else if (c == '.') {
        if (!isPlainLabel(s, labelStart, i)) {
          return -1;
        }
        labelStart = i + 1;
        labelNumeric = true;
      } else if (c == ':') {
        break;
      } else if (c < '0' || c > '9') {
        return -1;
      }
    }
    if (i - hostStart > 253 || labelNumeric || !isPlainLabel(s, labelStart, i)) {
      return -1; // a numeric last label makes it an IPv4 host: the full check decides
    }
    if (i == length) {
      return i;
    }
    int port = 0;
    int digits = length - i - 1;
    if (digits < 1 || digits > 5 || s.charAt(i + 1) == '0') {
      return -1;
    }
    for (int j = i + 1; j < length; j++) {
      char c = s.charAt(j);
      if (c < '0' || c > '9') {
        return -1;
      }
      port = port * 10 + (c - '0');
    }
    return port <= 65535 && port != defaultPort(schemeEnd) ? i : -1;
  }

  /** A DNS label of lowercase letters, digits and inner hyphens, already known to hold only those. */
  private static boolean isPlainLabel(String s, int from, int to) {
    return from < to && to - from <= 63 && s.charAt(from) != '-' && s.charAt(to - 1) != '-';
  }

  /**
   * Null when {@code pattern} is a valid origin pattern ({@code "https://*.example.com"},
   * {@code "http://localhost:*"}, {@code "https://*.example.com:*"}), else why not. Whether the
   * fixed part is a public suffix is checked by the processor alone. A pattern without any
   * {@code *} is valid when it is a serialized origin (it then matches that origin only).
   */
  public static OriginProblem checkPattern(String pattern) {
    if (pattern == null || pattern.isEmpty()) {
      return OriginProblem.EMPTY;
    }
    if (pattern.equals("null")) {
      return OriginProblem.NULL_ORIGIN;
    }
    if (pattern.equals("*")) {
      return OriginProblem.WILDCARD;
    }
    return checkOriginOrPattern(pattern, true);
  }

  /**
   * The fixed domain of a valid pattern with a {@code *.} host ({@code "example.com"} for
   * {@code "https://*.example.com"}), or null when its host has no wildcard.
   */
  public static String patternDomain(String pattern) {
    int hostStart = hostStart(pattern);
    if (hostStart < 0 || !pattern.startsWith("*.", hostStart)) {
      return null;
    }
    return pattern.substring(hostStart + 2, hostEnd(pattern, hostStart));
  }

  /** Whether the valid origin or pattern has a loopback host: localhost, 127.0.0.0/8, [::1]. */
  public static boolean isLoopback(String originOrPattern) {
    int hostStart = hostStart(originOrPattern);
    if (hostStart < 0) {
      return false;
    }
    int hostEnd = hostEnd(originOrPattern, hostStart);
    String s = originOrPattern;
    if (s.startsWith("*.", hostStart)) {
      hostStart += 2; // "*.localhost" only names loopback hosts
    }
    int length = hostEnd - hostStart;
    if (length == 9 && s.startsWith("localhost", hostStart)) {
      return true;
    }
    if (length > 10 && s.startsWith(".localhost", hostEnd - 10)) {
      return true; // RFC 6761: browsers resolve every *.localhost name to loopback
    }
    if (length == 5 && s.startsWith("[::1]", hostStart)) {
      return true;
    }
    return length >= 7 && s.startsWith("127.", hostStart) && isIpv4(s, hostStart, hostEnd);
  }

  /**
   * Whether the valid origin or pattern is plain http outside loopback: with credentials, anyone
   * on the network path can inject script into such a page and send credentialed requests as it.
   */
  public static boolean isInsecure(String originOrPattern) {
    return originOrPattern.startsWith("http://") && !isLoopback(originOrPattern);
  }

  /**
   * Whether {@code method} is a Fetch "forbidden method" (CONNECT, TRACE, TRACK, in any case):
   * browsers never send it, so no CORS answer may offer it.
   */
  public static boolean isForbiddenMethod(String method) {
    return method.equalsIgnoreCase("TRACE") || method.equalsIgnoreCase("TRACK")
        || method.equalsIgnoreCase("CONNECT");
  }

  /** Whether {@code s} is a non-empty RFC 9110 token (method and header names). */
  public static boolean isToken(String s) {
    return s != null && !s.isEmpty() && isToken(s, 0, s.length());
  }

  /** Whether {@code s[from, to)} is a non-empty RFC 9110 token. */
  static boolean isToken(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isTchar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isTchar(char c) {
    return c < 64 ? (TCHAR_LOW >>> c & 1) != 0 : c < 128 && (TCHAR_HIGH >>> (c - 64) & 1) != 0;
  }

  /** RFC 9110 tchar as bit sets over ASCII, for a test per character on every requested header. */
  private static final long TCHAR_LOW = tcharBits(0);
  private static final long TCHAR_HIGH = tcharBits(64);

  private static long tcharBits(int from) {
    long bits = 0;
    for (int c = from; c < from + 64; c++) {
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alphanumeric || "!#$%&'*+-.^_`|~".indexOf(c) >= 0) {
        bits |= 1L << (c - from);
      }
    }
    return bits;
  }

  // ---- parsing shared by origins and patterns; index arithmetic only ----

  private static OriginProblem checkOriginOrPattern(String s, boolean pattern) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return OriginProblem.WHITESPACE;
      }
    }
    int schemeEnd = s.indexOf("://");
    if (schemeEnd <= 0) {
      return hasSchemeWithoutSlashes(s) ? OriginProblem.SCHEME : OriginProblem.NO_SCHEME;
    }
    OriginProblem scheme = checkScheme(s, schemeEnd);
    if (scheme != null) {
      return scheme;
    }
    int authorityStart = schemeEnd + 3;
    int authorityEnd = authorityStart;
    while (authorityEnd < length) {
      char c = s.charAt(authorityEnd);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      authorityEnd++;
    }
    for (int i = authorityStart; i < authorityEnd; i++) {
      if (s.charAt(i) == '@') {
        return OriginProblem.USERINFO;
      }
    }
    if (authorityEnd < length) {
      char c = s.charAt(authorityEnd);
      if (c == '/') {
        return authorityEnd == length - 1 ? OriginProblem.TRAILING_SLASH : OriginProblem.PATH;
      }
      return c == '?' ? OriginProblem.QUERY : OriginProblem.FRAGMENT;
    }
    if (authorityStart == authorityEnd) {
      return OriginProblem.NO_HOST;
    }
    int hostEnd = hostEnd(s, authorityStart);
    if (hostEnd < 0) {
      return OriginProblem.INVALID_HOST; // '[' without ']'
    }
    if (hostEnd < authorityEnd) {
      if (s.charAt(hostEnd) != ':') {
        return OriginProblem.INVALID_HOST; // "[::1]x"
      }
      OriginProblem port = checkPort(s, hostEnd + 1, authorityEnd, schemeEnd, pattern);
      if (port != null) {
        return port;
      }
    }
    return pattern
        ? checkPatternHost(s, authorityStart, hostEnd)
        : checkHost(s, authorityStart, hostEnd);
  }

  /**
   * Whether {@code s}, which has no "://", starts with a scheme and ':' all the same
   * ("https:example.com", "mailto:x"), rather than lacking a scheme ("app.example.com",
   * "*.example.com", "localhost:8080", "://x"). A '.' before the ':' or only digits (or '*')
   * after it make it a host and port: schemes people write have no dots.
   */
  private static boolean hasSchemeWithoutSlashes(String s) {
    int colon = s.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-'))) {
        return false;
      }
    }
    for (int i = colon + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '*') {
        return true;
      }
    }
    return colon + 1 == s.length(); // "https:" has a scheme; "localhost:8080" a port
  }

  private static OriginProblem checkScheme(String s, int schemeEnd) {
    if (schemeEnd == 4 && s.startsWith("http")) {
      return null;
    }
    if (schemeEnd == 5 && s.startsWith("https")) {
      return null;
    }
    if ((schemeEnd == 4 && s.regionMatches(true, 0, "http", 0, 4))
        || (schemeEnd == 5 && s.regionMatches(true, 0, "https", 0, 5))) {
      return OriginProblem.UPPERCASE;
    }
    return OriginProblem.SCHEME;
  }

  private static OriginProblem checkPort(
      String s, int from, int to, int schemeEnd, boolean pattern) {
    if (pattern && to - from == 1 && s.charAt(from) == '*') {
      return null;
    }
    if (from == to || to - from > 5 || s.charAt(from) == '0') {
      return OriginProblem.INVALID_PORT;
    }
    int port = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return OriginProblem.INVALID_PORT;
      }
      port = port * 10 + (c - '0');
    }
    if (port > 65535) {
      return OriginProblem.INVALID_PORT;
    }
    return port == defaultPort(schemeEnd) ? OriginProblem.DEFAULT_PORT : null;
  }

  /** 80 for "http" (scheme length 4), 443 for "https". */
  static int defaultPort(int schemeLength) {
    return schemeLength == 4 ? 80 : 443;
  }

  private static OriginProblem checkPatternHost(String s, int from, int to) {
    int star = s.indexOf('*', from);
    if (star < 0 || star >= to) {
      return checkHost(s, from, to);
    }
    if (star != from) {
      return OriginProblem.PATTERN_PARTIAL_LABEL; // "app.*.com", "app*.example.com"
    }
    if (to - from == 1) {
      return OriginProblem.PATTERN_NO_DOMAIN; // "https://*"
    }
    if (s.charAt(from + 1) != '.') {
      return OriginProblem.PATTERN_PARTIAL_LABEL; // "https://*example.com"
    }
    if (to - from == 2) {
      return OriginProblem.PATTERN_NO_DOMAIN; // "https://*."
    }
    int next = s.indexOf('*', from + 1);
    if (next >= 0 && next < to) {
      return OriginProblem.PATTERN_PARTIAL_LABEL; // "*.*.example.com"
    }
    if (s.charAt(from + 2) == '[') {
      return OriginProblem.INVALID_HOST;
    }
    OriginProblem domain = checkHost(s, from + 2, to);
    if (domain == null && isIpv4Like(s, from + 2, to)) {
      return OriginProblem.INVALID_HOST; // "*.0.0.1" names no subdomains
    }
    return domain;
  }

  private static OriginProblem checkHost(String s, int from, int to) {
    if (from == to) {
      return OriginProblem.NO_HOST;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c > 0x7e) {
        return OriginProblem.NON_ASCII_HOST;
      }
    }
    if (s.charAt(from) == '[') {
      return checkIpv6(s, from + 1, to - 1);
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return OriginProblem.UPPERCASE;
      }
    }
    if (s.charAt(to - 1) == '.') {
      return OriginProblem.TRAILING_DOT;
    }
    if (to - from > 253) {
      return OriginProblem.INVALID_HOST;
    }
    int labelStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || s.charAt(i) == '.') {
        if (!isDnsLabel(s, labelStart, i)) {
          return OriginProblem.INVALID_HOST;
        }
        labelStart = i + 1;
      }
    }
    // WHATWG URL: a host whose last label is numeric is parsed (and serialized) as IPv4.
    if (isIpv4Like(s, from, to) && !isIpv4(s, from, to)) {
      return OriginProblem.INVALID_HOST;
    }
    return null;
  }

  private static boolean isDnsLabel(String s, int from, int to) {
    if (from >= to || to - from > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last label of the host is all digits, which makes it an IPv4 host. */
  private static boolean isIpv4Like(String s, int from, int to) {
    int lastDot = s.lastIndexOf('.', to - 1);
    int start = lastDot < from ? from : lastDot + 1;
    for (int i = start; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return start < to;
  }

  /** Dotted quad, each part 0-255 in decimal without leading zeros (the serialized form). */
  private static boolean isIpv4(String s, int from, int to) {
    int parts = 0;
    int partStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || s.charAt(i) == '.') {
        int len = i - partStart;
        if (len == 0 || len > 3 || (len > 1 && s.charAt(partStart) == '0')) {
          return false;
        }
        int value = 0;
        for (int j = partStart; j < i; j++) {
          char c = s.charAt(j);
          if (c < '0' || c > '9') {
            return false;
          }
          value = value * 10 + (c - '0');
        }
        if (value > 255) {
          return false;
        }
        parts++;
        partStart = i + 1;
      }
    }
    return parts == 4;
  }

  /**
   * The form browsers serialize (WHATWG URL): lowercase hex pieces without leading zeros, and
   * the first longest run of two or more zero pieces, and only that, written as "::". Any other
   * spelling names the same address but can never equal an Origin header.
   */
  private static OriginProblem checkIpv6(String s, int from, int to) {
    if (from >= to) {
      return OriginProblem.INVALID_HOST;
    }
    int[] pieces = new int[8];
    int count = 0;
    int compressAt = -1; // index in pieces where "::" stands
    int i = from;
    if (s.startsWith("::", i)) {
      compressAt = 0;
      i += 2;
    }
    while (i < to) {
      int groupStart = i;
      int value = 0;
      while (i < to && s.charAt(i) != ':') {
        char c = s.charAt(i);
        if (c >= 'A' && c <= 'F') {
          return OriginProblem.UPPERCASE;
        }
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0) {
          return OriginProblem.INVALID_HOST;
        }
        value = value * 16 + digit;
        i++;
      }
      int len = i - groupStart;
      if (len == 0 || len > 4 || count == 8) {
        return OriginProblem.INVALID_HOST;
      }
      if (len > 1 && s.charAt(groupStart) == '0') {
        return OriginProblem.IPV6_NOT_CANONICAL;
      }
      pieces[count++] = value;
      if (i < to) { // at ':'
        i++;
        if (i < to && s.charAt(i) == ':') {
          if (compressAt >= 0) {
            return OriginProblem.INVALID_HOST;
          }
          compressAt = count;
          i++;
        } else if (i == to) {
          return OriginProblem.INVALID_HOST; // trailing single ':'
        }
      }
    }
    if (compressAt < 0 ? count != 8 : count > 7) {
      return OriginProblem.INVALID_HOST;
    }
    int compressedLength = 8 - count;
    if (compressAt >= 0) { // spread the pieces after "::" to their places
      System.arraycopy(pieces, compressAt, pieces, compressAt + compressedLength,
          count - compressAt);
      java.util.Arrays.fill(pieces, compressAt, compressAt + compressedLength, 0);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int start = 0; start < 8; ) {
      int end = start;
      while (end < 8 && pieces[end] == 0) {
        end++;
      }
      if (end - start > bestLength) {
        bestStart = start;
        bestLength = end - start;
      }
      start = end == start ? start + 1 : end;
    }
    boolean canonical = compressAt < 0
        ? bestStart < 0
        : compressAt == bestStart && compressedLength == bestLength;
    return canonical ? null : OriginProblem.IPV6_NOT_CANONICAL;
  }

  /** Index after "://", or -1. */
  static int hostStart(String s) {
    int schemeEnd = s == null ? -1 : s.indexOf("://");
    return schemeEnd < 0 ? -1 : schemeEnd + 3;
  }

  /**
   * End of the host that starts at {@code hostStart}: the ']' + 1 of an IPv6 literal, else the
   * first ':' or '/' or the end; -1 for an unclosed '['.
   */
  static int hostEnd(String s, int hostStart) {
    int length = s.length();
    if (hostStart < length && s.charAt(hostStart) == '[') {
      int close = s.indexOf(']', hostStart);
      return close < 0 ? -1 : close + 1;
    }
    int i = hostStart;
    while (i < length) {
      char c = s.charAt(i);
      if (c == ':' || c == '/' || c == '?' || c == '#') {
        break;
      }
      i++;
    }
    return i;
  }
}
