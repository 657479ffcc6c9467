package org.corsroutes.runtime;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The CORS header names and the small header operations both filters share. */
final class CorsHeaders {
  private CorsHeaders() {}

  /** Longest {@code Access-Control-Request-Headers} considered; longer ones are refused. */
  static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

  static final String ORIGIN = "Origin";
  static final String VARY = "Vary";
  static final String REQUEST_METHOD = "Access-Control-Request-Method";
  static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
  static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";
  static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";
  static final String VARY_PREFLIGHT =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  /** Does not echo anything from the request. */
  private static final String REFUSED_BODY = "CORS request refused\n";

  static Response refusal(String vary) {
    return refusal(vary, null);
  }

  /**
   * The 403 of a refusal; {@code explanation}, when given (development only), replaces the
   * fixed body and must hold nothing the request sent.
   */
  static Response refusal(String vary, String explanation) {
    return Response.status(Response.Status.FORBIDDEN)
        .header(VARY, vary)
        .type(MediaType.TEXT_PLAIN_TYPE)
        .entity(explanation != null ? explanation : REFUSED_BODY)
        .build();
  }

  /** Adds Origin to Vary once, keeping what the application put there. */
  static void addVaryOrigin(MultivaluedMap<String, Object> headers) {
    List<Object> vary = headers.get(VARY);
    if (vary == null || vary.isEmpty()) {
      headers.putSingle(VARY, ORIGIN);
      return;
    }
    StringBuilder merged = new StringBuilder();
    for (int i = 0; i < vary.size(); i++) {
      String value = String.valueOf(vary.get(i));
      if (containsToken(value, ORIGIN) || containsToken(value, "*")) {
        return;
      }
      if (!isBlank(value)) {
        merged.append(value).append(", ");
      }
    }
    headers.putSingle(VARY, merged.append(ORIGIN).toString());
  }

  /**
   * Removes every {@code Access-Control-*} header the application set: on a route with a
   * policy, CORS Routes alone says who may read the response. One pass over the header names.
   */
  static void removeAccessControlHeaders(MultivaluedMap<String, Object> headers) {
    if (headers.isEmpty()) {
      return;
    }
    Iterator<Map.Entry<String, List<Object>>> entries = headers.entrySet().iterator();
    while (entries.hasNext()) {
      String name = entries.next().getKey();
      if (name != null && name.regionMatches(true, 0, "Access-Control-", 0, 15)) {
        entries.remove();
      }
    }
  }

  /** Whether the comma-separated list holds the token, case-insensitively. */
  static boolean containsToken(String list, String token) {
    int length = list.length();
    int i = 0;
    while (i < length) {
      while (i < length && (list.charAt(i) == ' ' || list.charAt(i) == '\t')) {
        i++;
      }
      int start = i;
      while (i < length && list.charAt(i) != ',') {
        i++;
      }
      int end = i;
      while (end > start && (list.charAt(end - 1) == ' ' || list.charAt(end - 1) == '\t')) {
        end--;
      }
      if (end - start == token.length() && list.regionMatches(true, start, token, 0, end - start)) {
        return true;
      }
      i++;
    }
    return false;
  }

  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }
}
