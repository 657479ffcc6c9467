package org.corsroutes.processor.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corsroutes.processor.generate.Json;
import org.corsroutes.processor.validate.Diagnostic;

/**
 * Compares a route with its baseline, field by field, in the direction that matters: who may
 * call it and read its responses. Lists compare as sets (header names case-insensitively);
 * {@code "*"} covers every origin, method or header name (but {@code Authorization}, which the
 * Fetch standard keeps out of the header wildcard); a missing max-age is the browsers' default
 * of 5 seconds.
 */
final class RouteComparison {
  /** Fetch: a preflight without Access-Control-Max-Age is cached for 5 seconds. */
  private static final long DEFAULT_MAX_AGE = 5;

  private RouteComparison() {}

  /**
   * How {@code after} is wider than {@code before}, one change per kind. A route whose policy
   * is now declared elsewhere and allows more is one {@link Diagnostic#BASELINE_WIDER_POLICY}
   * listing every widening.
   */
  static List<Change> widenings(RouteCors before, RouteCors after) {
    Map<Diagnostic, List<String>> out = new LinkedHashMap<>();
    compare(before, after, out, true);
    if (!out.isEmpty() && !before.policy().equals(after.policy())) {
      String all = out.values().stream().flatMap(List::stream).collect(Collectors.joining("; "));
      return List.of(new Change(Diagnostic.BASELINE_WIDER_POLICY,
          "policy " + before.policy() + " -> " + after.policy() + ", " + all));
    }
    List<Change> changes = new ArrayList<>();
    out.forEach((kind, details) -> changes.add(new Change(kind, String.join("; ", details))));
    return changes;
  }

  /** How {@code after} is narrower than {@code before}, each change described. */
  static List<String> narrowings(RouteCors before, RouteCors after) {
    Map<Diagnostic, List<String>> out = new LinkedHashMap<>();
    compare(after, before, out, false);
    return out.values().stream().flatMap(List::stream).toList();
  }

  /** A route's whole CORS, for a route new to (or gone from) the baseline. */
  static String summary(RouteCors r) {
    return "policy " + r.policy() + ", origins " + list(r.origins())
        + (r.originPatterns().isEmpty() ? "" : ", originPatterns " + list(r.originPatterns()))
        + ", allowCredentials " + r.allowCredentials()
        + ", allowMethods " + Json.str(r.allowMethods())
        + ", allowedHeaders " + allowHeaders(r.allowHeaders())
        + ", exposedHeaders " + exposeHeaders(r.exposeHeaders())
        + ", maxAge " + r.maxAge()
        + ", allowPrivateNetwork " + r.allowPrivateNetwork();
  }

  /**
   * Records in {@code out} how {@code wide} allows more than {@code narrow}. With
   * {@code forward} the changes read narrow -> wide (a widening), else wide -> narrow.
   */
  private static void compare(RouteCors narrow, RouteCors wide,
      Map<Diagnostic, List<String>> out, boolean forward) {
    // origins
    boolean narrowAny = narrow.origins().contains("*");
    boolean wideAny = wide.origins().contains("*");
    if (wideAny && !narrowAny) {
      add(out, Diagnostic.BASELINE_ANY_ORIGIN, arrow("origins", list(narrow.origins())
          + patterns(narrow), list(wide.origins()), forward));
    } else if (!narrowAny && (!Sets.minus(wide.origins(), narrow.origins()).isEmpty()
        || !Sets.minus(wide.originPatterns(), narrow.originPatterns()).isEmpty())) {
      if (!Sets.minus(wide.origins(), narrow.origins()).isEmpty()) {
        add(out, Diagnostic.BASELINE_NEW_ORIGIN,
            arrow("origins", list(narrow.origins()), list(wide.origins()), forward));
      }
      if (!Sets.minus(wide.originPatterns(), narrow.originPatterns()).isEmpty()) {
        add(out, Diagnostic.BASELINE_NEW_ORIGIN, arrow("originPatterns",
            list(narrow.originPatterns()), list(wide.originPatterns()), forward));
      }
    }
    // credentials
    if (wide.allowCredentials() && !narrow.allowCredentials()) {
      add(out, Diagnostic.BASELINE_CREDENTIALS, arrow("allowCredentials", "false", "true",
          forward));
    }
    // methods
    if (!Sets.covered(Sets.split(wide.allowMethods(), false),
        Sets.split(narrow.allowMethods(), false), null)) {
      add(out, Diagnostic.BASELINE_NEW_METHOD, arrow("allowMethods",
          Json.str(narrow.allowMethods()), Json.str(wide.allowMethods()), forward));
    }
    // request headers: null is "whatever the preflight asks for"
    if (wide.allowHeaders() == null && narrow.allowHeaders() != null) {
      add(out, Diagnostic.BASELINE_ANY_REQUEST_HEADER, arrow("allowedHeaders",
          allowHeaders(narrow.allowHeaders()), allowHeaders(null), forward));
    } else if (wide.allowHeaders() != null && narrow.allowHeaders() != null
        && !Sets.covered(Sets.split(wide.allowHeaders(), true),
            Sets.split(narrow.allowHeaders(), true), "authorization")) {
      add(out, Diagnostic.BASELINE_NEW_HEADER, arrow("allowedHeaders",
          allowHeaders(narrow.allowHeaders()), allowHeaders(wide.allowHeaders()), forward));
    }
    // exposed headers: null is none
    if (wide.exposeHeaders() != null && !Sets.covered(Sets.split(wide.exposeHeaders(), true),
        narrow.exposeHeaders() == null ? Set.of() : Sets.split(narrow.exposeHeaders(), true),
        null)) {
      add(out, Diagnostic.BASELINE_NEW_HEADER, arrow("exposedHeaders",
          exposeHeaders(narrow.exposeHeaders()), exposeHeaders(wide.exposeHeaders()), forward));
    }
    if (seconds(wide.maxAge()) > seconds(narrow.maxAge())) {
      add(out, Diagnostic.BASELINE_LONGER_MAX_AGE, arrow("maxAge", maxAge(narrow.maxAge()),
          maxAge(wide.maxAge()), forward));
    }
    if (wide.allowPrivateNetwork() && !narrow.allowPrivateNetwork()) {
      add(out, Diagnostic.BASELINE_PRIVATE_NETWORK, arrow("allowPrivateNetwork", "false",
          "true", forward));
    }
  }

  private static void add(Map<Diagnostic, List<String>> out, Diagnostic kind, String detail) {
    out.computeIfAbsent(kind, k -> new ArrayList<>()).add(detail);
  }

  private static String arrow(String field, String narrow, String wide, boolean forward) {
    return forward ? field + " " + narrow + " -> " + wide : field + " " + wide + " -> " + narrow;
  }

  private static long seconds(long maxAge) {
    return maxAge < 0 ? DEFAULT_MAX_AGE : maxAge;
  }

  private static String maxAge(long maxAge) {
    return maxAge < 0 ? "-1 (not sent: " + DEFAULT_MAX_AGE + " s)" : Long.toString(maxAge);
  }

  private static String patterns(RouteCors r) {
    return r.originPatterns().isEmpty() ? "" : " and originPatterns " + list(r.originPatterns());
  }

  private static String allowHeaders(String value) {
    return value == null ? "(whatever the preflight asks for)" : Json.str(value);
  }

  private static String exposeHeaders(String value) {
    return value == null ? "(none)" : Json.str(value);
  }

  static String list(List<String> values) {
    return values.stream().map(Json::str).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Set arithmetic on origin lists and comma-separated header values. */
  static final class Sets {
    private Sets() {}

    static Set<String> minus(List<String> a, List<String> b) {
      Set<String> out = new LinkedHashSet<>(a);
      b.forEach(out::remove);
      return out;
    }

    static Set<String> split(String value, boolean ignoreCase) {
      Set<String> out = new LinkedHashSet<>();
      for (String name : value.split(",")) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
          out.add(ignoreCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed);
        }
      }
      return out;
    }

    /**
     * Whether every name in {@code wide} is allowed by {@code narrow}: listed there, or covered
     * by its {@code "*"} ({@code exceptFromStar} excepted).
     */
    static boolean covered(Set<String> wide, Set<String> narrow, String exceptFromStar) {
      for (String name : wide) {
        boolean byStar = narrow.contains("*") && !name.equals(exceptFromStar);
        if (!narrow.contains(name) && !byStar) {
          return false;
        }
      }
      return true;
    }
  }
}
