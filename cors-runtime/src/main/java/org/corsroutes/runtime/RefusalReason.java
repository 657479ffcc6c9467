package org.corsroutes.runtime;

/**
 * Why CORS Routes refused a preflight or a cross-origin request, in the words its log line and
 * the development 403 body use. The constants are the refusal decisions themselves, so deciding
 * allocates nothing.
 */
enum RefusalReason {
  /** The origin is well-formed but neither listed nor matched by a pattern. */
  ORIGIN_NOT_ALLOWED("origin not allowed"),
  /** The {@code Origin} header is not a serialized origin (nor {@code null}). */
  MALFORMED_ORIGIN("malformed Origin"),
  /** The route serves the method, but the policy's {@code methods} leave it out. */
  METHOD_NOT_ALLOWED("method not allowed"),
  /** A preflight announces a method the route does not serve. */
  METHOD_NOT_SERVED("method not served"),
  /** A requested header is not among the policy's {@code allowedHeaders}. */
  HEADER_NOT_ALLOWED("header not allowed"),
  /** {@code Access-Control-Request-Headers} is not a comma-separated list of header names. */
  MALFORMED_REQUEST_HEADERS("malformed Access-Control-Request-Headers"),
  /** {@code Access-Control-Request-Headers} is longer than any browser sends. */
  REQUEST_HEADERS_TOO_LONG("Access-Control-Request-Headers too long");

  final String words;

  RefusalReason(String words) {
    this.words = words;
  }
}
