package org.corsroutes.processor.model;

import java.util.Comparator;
import java.util.List;

/** The order methods are listed in generated code and headers: standard ones first. */
public final class HttpMethods {
  private static final List<String> STANDARD =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, then extension methods alphabetically. */
  public static final Comparator<String> ORDER = Comparator
      .comparingInt((String m) -> STANDARD.contains(m) ? STANDARD.indexOf(m) : STANDARD.size())
      .thenComparing(Comparator.naturalOrder());

  private HttpMethods() {}

  /** TRACE, TRACK, CONNECT: never allowed cross-origin (the Fetch standard forbids them). */
  public static boolean isForbidden(String method) {
    return method.equals("TRACE") || method.equals("TRACK") || method.equals("CONNECT");
  }

  /**
   * The methods a resource method answers: JAX-RS answers HEAD with the GET method when there
   * is no {@code @HEAD} one, and CorsFeature applies GET's policy to HEAD.
   */
  public static List<String> served(String httpMethod) {
    return httpMethod.equals("GET") ? List.of("GET", "HEAD") : List.of(httpMethod);
  }
}
