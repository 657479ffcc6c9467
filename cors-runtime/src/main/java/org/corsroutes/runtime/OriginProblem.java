package org.corsroutes.runtime;

/**
 * Why a string is not a serialized origin or not a valid origin pattern. Shared by the
 * processor (compile-time diagnostics) and the runtime (startup checks of {@code ${NAME}}
 * values), so a variable cannot bring in what the compiler would refuse.
 *
 * <p>Internal, not API: public only for the processor (see the package documentation).
 */
public enum OriginProblem {
  EMPTY("is empty", "write the origin, e.g. \"https://app.example.com\""),
  WHITESPACE("contains whitespace", "remove the spaces; one origin per array element"),
  NULL_ORIGIN("is the opaque origin \"null\", which sandboxed iframes, file: pages and redirects all share",
      "never allow \"null\"; serve the page from a real origin"),
  WILDCARD("is \"*\"", "use \"*\" alone in origins, or list the origins"),
  NO_SCHEME("has no scheme; browsers send scheme://host[:port]",
      "start it with https:// (or http://), e.g. \"https://app.example.com\" or, as a pattern,"
          + " \"https://*.example.com\""),
  SCHEME("has a scheme other than http or https", "use an http:// or https:// origin"),
  NO_HOST("has no host", "write scheme://host[:port]"),
  UPPERCASE("has uppercase letters; browsers send the scheme and host in lowercase",
      "write it in lowercase"),
  USERINFO("has userinfo (user@); browsers never send it", "remove the user@ part"),
  PATH("has a path; an Origin header is only scheme://host[:port]", "remove the path"),
  TRAILING_SLASH("ends with '/'; browsers send origins without it", "remove the trailing slash"),
  QUERY("has a query", "remove the ?query"),
  FRAGMENT("has a fragment", "remove the #fragment"),
  TRAILING_DOT("has a host ending in '.'", "remove the trailing dot"),
  NON_ASCII_HOST("has a non-ASCII host; browsers send IDNs as punycode",
      "write the host as punycode (xn--...)"),
  INVALID_HOST("has an invalid host", "use a DNS name, an IPv4 address or a bracketed IPv6 address"),
  IPV6_NOT_CANONICAL("has an IPv6 address not in the form browsers send",
      "compress the first longest run of zero groups to \"::\" and drop leading zeros,"
          + " e.g. \"http://[2001:db8::1:0:0:1]\""),
  INVALID_PORT("has an invalid port", "use a port from 1 to 65535 without leading zeros"),
  DEFAULT_PORT("has the scheme's default port, which browsers leave out",
      "remove :80 from http or :443 from https origins"),
  PATTERN_PARTIAL_LABEL("has a '*' that is not a whole leftmost label",
      "write \"*.\" before whole labels, e.g. \"https://*.example.com\""),
  PATTERN_NO_DOMAIN("has a '*' host with no fixed domain",
      "name the domain, e.g. \"https://*.example.com\"");

  private final String reason;
  private final String fix;

  OriginProblem(String reason, String fix) {
    this.reason = reason;
    this.fix = fix;
  }

  /** What is wrong, completing "origin \"x\" ...". */
  public String reason() {
    return reason;
  }

  /** How to fix it, as an imperative. */
  public String fix() {
    return fix;
  }

  /**
   * How to fix {@code value}, which has this problem, as an imperative: {@link #fix()}, or for a
   * value without a scheme the value with {@code https://} in front when that is valid
   * ({@code "*.example.com"} gets {@code "https://*.example.com"}). {@code pattern}: whether
   * {@code value} is an origin pattern rather than an origin.
   */
  public String fix(String value, boolean pattern) {
    if (this != NO_SCHEME || value == null) {
      return fix;
    }
    String https = "https://" + value;
    OriginProblem problem = pattern ? OriginRules.checkPattern(https) : OriginRules.checkOrigin(https);
    if (problem != null) {
      return fix;
    }
    return "write \"" + https + "\" (or \"http://" + value + "\" for a plain-http site)";
  }
}
