package org.corsroutes.processor.model;

import java.util.Comparator;
import java.util.List;
import org.corsroutes.runtime.OriginRules;

/** The order methods are listed in generated code and headers: standard ones first. */
public final class HttpMethods {
  private static final List<String> STANDARD =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, then extension methods alphabetically. */
  public static final Comparator<String> ORDER = Comparator
      .comparingInt((String m) -> STANDARD.contains(m) ? STANDARD.indexOf(m) : STANDARD.size())
      .thenComparing(Comparator.naturalOrder());

  private HttpMethods() {}

  /**
   * TRACE, TRACK, CONNECT in any case: never allowed cross-origin (the Fetch standard forbids
   * them). The runtime's rule, which also refuses hand-written tables that offer them.
   */
  public static boolean isForbidden(String method) {
    return OriginRules.isForbiddenMethod(method);
  }

  /**
   * The methods a resource method answers: JAX-RS answers HEAD with the GET method when there
   * is no {@code @HEAD} one, and CorsFeature applies GET's policy to HEAD.
   */
  public static List<String> served(String httpMethod) {
    return httpMethod.equals("GET") ? List.of("GET", "HEAD") : List.of(httpMethod);
  }
}
