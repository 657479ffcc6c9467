package org.corsroutes.runtime;

/**
 * One refusal, put into words: built only when it is logged or explained, never on the path
 * that decides. Every value that came with the request is shown through {@link #quoted}, so a
 * log line cannot be split or flooded by what a client sends; the {@link #explanation()} for the
 * 403 body holds none of them at all.
 *
 * @param preflight a preflight ({@code method} is the announced one), or an actual request
 * @param method the HTTP method the request is (or announces)
 * @param route the route's whole path template
 * @param resourceMethod {@code org.example.UsersResource#update}, or null when the route does
 *     not serve the method
 * @param policy the policy that refused
 * @param reason why
 * @param allowedMethods the methods the route allows cross-origin, for method refusals
 * @param origin the request's {@code Origin}
 * @param requestHeaders the preflight's {@code Access-Control-Request-Headers}, or null
 * @param forbidden answered 403, else passed to the application without CORS headers
 */
record Refusal(boolean preflight, String method, String route, String resourceMethod,
    PreparedPolicy policy, RefusalReason reason, String allowedMethods, String origin,
    String requestHeaders, boolean forbidden) {

  /** Longest request value shown in a log line; the rest is counted, not shown. */
  static final int MAX_SHOWN = 120;

  /**
   * What Chromium prints for a refused preflight: it checks the missing
   * {@code Access-Control-Allow-Origin} before the 403 status (the browser tests read it back).
   */
  static final String CONSOLE_PREFLIGHT = "Response to preflight request doesn't pass access"
      + " control check: " + "No 'Access-Control-Allow-Origin' header is present on the requested"
      + " resource.";
  /** What Chromium prints for a response without {@code Access-Control-Allow-Origin}. */
  static final String CONSOLE_NO_ALLOW_ORIGIN = "No 'Access-Control-Allow-Origin' header is"
      + " present on the requested resource.";

  /** The log line: everything a developer needs to find the cause, on one line. */
  String logLine() {
    StringBuilder out = new StringBuilder("CORS Routes refused ")
        .append(preflight ? "the preflight for " : "the request ")
        .append(quotedToken(method)).append(' ').append(route)
        .append(" from origin ").append(quoted(origin)).append(": ")
        .append(reason.words).append(": ").append(detail(true))
        .append(". Policy: @CrossOrigin on ").append(policy.source.site());
    if (resourceMethod != null) {
      out.append(", for ").append(resourceMethod);
    }
    out.append(forbidden ? ". Answered 403 without CORS headers"
        : ". Passed to the application without CORS headers (corsroutes.refusedRequests=pass)");
    return out.append(". The browser console shows: \"... has been blocked by CORS policy: ")
        .append(preflight ? CONSOLE_PREFLIGHT : CONSOLE_NO_ALLOW_ORIGIN).append('"').toString();
  }

  /** The development 403 body: the reason and the policy, nothing the request sent. */
  String explanation() {
    return "CORS request refused: " + reason.words + ": " + detail(false)
        + ". Policy: @CrossOrigin on " + policy.source.site()
        + ". (Explained because corsroutes.refusalBody=explained: never in production.)\n";
  }

  private String detail(boolean withRequestValues) {
    return switch (reason) {
      case ORIGIN_NOT_ALLOWED -> ("null".equals(origin) && withRequestValues
              ? "the opaque origin \"null\" (sandboxed iframe, file: page, redirect) is allowed only"
                  + " by a public \"*\" policy; "
              : "")
          + "the policy allows " + policy.allowedOriginsText;
      case MALFORMED_ORIGIN -> "not a serialized origin (scheme://host[:port], lowercase, no"
          + " path); the policy allows " + policy.allowedOriginsText;
      case METHOD_NOT_ALLOWED -> (OriginRules.isForbiddenMethod(method)
              ? "the Fetch standard forbids " + (withRequestValues ? quotedToken(method) : "it")
                  + " cross-origin"
              : "the policy's methods leave " + (withRequestValues ? quotedToken(method) : "it")
                  + " out")
          + "; allowed here: " + orNone(allowedMethods);
      case METHOD_NOT_SERVED -> "the route does not serve "
          + (withRequestValues ? quotedToken(method) : "it") + "; allowed here: "
          + orNone(allowedMethods);
      case HEADER_NOT_ALLOWED -> (withRequestValues
              ? "requested header " + quoted(policy.firstHeaderNotAllowed(requestHeaders))
                  + " is not allowed; "
              : "")
          + "the policy allows " + policy.allowHeaders;
      case MALFORMED_REQUEST_HEADERS -> (withRequestValues ? quoted(requestHeaders) + " is" : "it is")
          + " not a comma-separated list of header names";
      case REQUEST_HEADERS_TOO_LONG -> "it is " + requestHeaders.length()
          + " characters long, over the limit of " + CorsHeaders.MAX_REQUEST_HEADERS_LENGTH;
    };
  }

  private static String orNone(String methods) {
    return methods == null || methods.isEmpty() ? "none" : methods;
  }

  /** A method name as sent: a token is shown as is, anything else quoted and escaped. */
  private static String quotedToken(String value) {
    return value != null && value.length() <= 20 && OriginRules.isToken(value) ? value
        : quoted(value);
  }

  /**
   * A request value for a log line: in double quotes, printable ASCII as is, quote and backslash
   * escaped, CR, LF and every other character as {@code \xNN} or {@code \\uNNNN}, and cut at
   * {@value #MAX_SHOWN} characters with the length of the rest.
   */
  static String quoted(String value) {
    if (value == null) {
      return "(none)";
    }
    int shown = Math.min(value.length(), MAX_SHOWN);
    StringBuilder out = new StringBuilder(shown + 2).append('"');
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    out.append('"');
    if (value.length() > shown) {
      out.append(" (").append(value.length() - shown).append(" more characters)");
    }
    return out.toString();
  }
}
