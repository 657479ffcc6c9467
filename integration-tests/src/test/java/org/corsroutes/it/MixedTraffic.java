package org.corsroutes.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request mix of the concurrency test and the soak, against the sample API plus
 * {@code /api/legacy}: request {@code n} of client {@code c} is one of {@link #KINDS}, with an
 * origin of its own where the policy allows one ({@code https://c<c>-<n>.example.net} on the
 * pattern route), and knows exactly which status and {@code Access-Control-*} headers are its
 * own.
 */
final class MixedTraffic {
  static final List<String> KINDS = List.of("pattern origin", "pattern preflight",
      "users origin", "users preflight", "refused", "refused preflight", "public", "partner",
      "legacy", "no origin");

  /** One request, and what must come back: the status and exactly these CORS headers. */
  record Case(String kind, RunningServer.Call call, int status, Map<String, String> cors) {
    /** Null when the response is this request's own, else what is wrong. */
    String mismatch(HttpResponse<String> response) {
      Map<String, String> got = new TreeMap<>();
      response.headers().map().forEach((name, values) -> {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("access-control-")) {
          got.put(lower, String.join(" | ", values));
        }
      });
      return response.statusCode() == status && got.equals(cors) ? null
          : response.statusCode() + " " + got + ", expected " + status + " " + cors;
    }
  }

  private final String base;

  /** Traffic to the server at {@code base}, e.g. {@code http://127.0.0.1:8080}. */
  MixedTraffic(String base) {
    this.base = base;
  }

  Case next(int client, int n) {
    String unique = "https://c" + client + "-" + n + ".example.net";
    String refused = "https://c" + client + "-" + n + ".evil.example";
    String usersOrigin = (client + n) % 2 == 0 ? Origins.APP : Origins.ADMIN;
    String kind = KINDS.get((client * 7 + n) % KINDS.size());
    return switch (kind) {
      case "pattern origin" -> new Case(kind,
          get("/api/widgets/" + (n % 3)).origin(unique), 200,
          cors("Access-Control-Allow-Origin", unique));
      case "pattern preflight" -> new Case(kind,
          preflight("/api/widgets", unique, "GET", "x-c" + client), 204,
          cors("Access-Control-Allow-Origin", unique, "Access-Control-Allow-Methods", "GET",
              "Access-Control-Allow-Headers", "x-c" + client, "Access-Control-Max-Age", "1800"));
      case "users origin" -> new Case(kind,
          get("/api/users/" + (1 + n % 2)).origin(usersOrigin).authorized(), 200,
          cors("Access-Control-Allow-Origin", usersOrigin,
              "Access-Control-Allow-Credentials", "true",
              "Access-Control-Expose-Headers", "X-Request-Id"));
      case "users preflight" -> new Case(kind,
          preflight("/api/users/7", usersOrigin, "PUT", "content-type"), 204,
          cors("Access-Control-Allow-Origin", usersOrigin,
              "Access-Control-Allow-Credentials", "true",
              "Access-Control-Allow-Methods", "GET, PUT, DELETE",
              "Access-Control-Allow-Headers", "Authorization, Content-Type",
              "Access-Control-Max-Age", "1800"));
      case "refused" -> new Case(kind,
          get(n % 2 == 0 ? "/api/users/1" : "/api/widgets").origin(refused).authorized(), 403,
          cors());
      case "refused preflight" -> new Case(kind,
          preflight("/api/widgets", refused, "GET", null), 403, cors());
      case "public" -> new Case(kind, get("/api/health").origin(unique), 200,
          cors("Access-Control-Allow-Origin", "*"));
      case "partner" -> new Case(kind, get("/api/partners").origin(Origins.PARTNER), 200,
          cors("Access-Control-Allow-Origin", Origins.PARTNER));
      case "legacy" -> new Case(kind, get("/api/legacy").origin(Origins.APP), 200,
          cors("Access-Control-Allow-Origin", Origins.APP));
      default -> new Case(kind, get("/api/widgets"), 200, cors());
    };
  }

  private RunningServer.Call get(String path) {
    return RunningServer.request("GET", URI.create(base + path));
  }

  private RunningServer.Call preflight(String path, String origin, String method,
      String requestHeaders) {
    RunningServer.Call call = RunningServer.request("OPTIONS", URI.create(base + path))
        .origin(origin).header("Access-Control-Request-Method", method);
    return requestHeaders == null ? call
        : call.header("Access-Control-Request-Headers", requestHeaders);
  }

  private static Map<String, String> cors(String... namesAndValues) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put(namesAndValues[i].toLowerCase(Locale.ROOT), namesAndValues[i + 1]);
    }
    return out;
  }
}
