package org.corsroutes.processor.baseline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corsroutes.processor.generate.Json;

/**
 * What one route and method of the merged route report lets other origins do, read from its
 * report entry: the facts the baseline records and the reviewer's report shows. The report's
 * other fields (present or future) are left out, so the baseline changes only when CORS does.
 *
 * @param path the full path template
 * @param method the HTTP method
 * @param resource the Java method, {@code org.example.UsersResource#list}
 * @param policy where the policy is declared, {@code org.example.UsersResource#delete (@AdminCors)}
 * @param origins exact origins, {@code "*"} or {@code "${NAME}"}
 * @param originPatterns origin patterns
 * @param allowCredentials whether credentialed responses are readable
 * @param allowMethods the {@code Access-Control-Allow-Methods} value
 * @param allowHeaders the {@code Access-Control-Allow-Headers} value; null: whatever is requested
 * @param exposeHeaders the {@code Access-Control-Expose-Headers} value; null: none
 * @param maxAge seconds; -1: no header
 * @param allowPrivateNetwork whether Private Network Access preflights are answered
 */
public record RouteCors(String path, String method, String resource, String policy,
    List<String> origins, List<String> originPatterns, boolean allowCredentials,
    String allowMethods, String allowHeaders, String exposeHeaders, long maxAge,
    boolean allowPrivateNetwork) {

  public RouteCors {
    origins = List.copyOf(origins);
    originPatterns = List.copyOf(originPatterns);
  }

  /** Reads an entry of {@code cors-routes.json} or a line of the baseline. */
  public static RouteCors parse(String json) {
    Map<String, Object> f = FlatJson.object(json);
    return new RouteCors(text(f, "path"), text(f, "method"), text(f, "resource"),
        text(f, "policy"), list(f, "origins"), list(f, "originPatterns"),
        bool(f, "allowCredentials"), text(f, "allowMethods"), nullableText(f, "allowHeaders"),
        nullableText(f, "exposeHeaders"), number(f, "maxAge"), bool(f, "allowPrivateNetwork"));
  }

  /** The baseline's line for this route: one JSON object, fields in a fixed order. */
  public String toJson() {
    return "{\"path\": " + Json.str(path)
        + ", \"method\": " + Json.str(method)
        + ", \"resource\": " + Json.str(resource)
        + ", \"policy\": " + Json.str(policy)
        + ", \"origins\": " + array(origins)
        + ", \"originPatterns\": " + array(originPatterns)
        + ", \"allowCredentials\": " + allowCredentials
        + ", \"allowMethods\": " + Json.str(allowMethods)
        + ", \"allowHeaders\": " + (allowHeaders == null ? "null" : Json.str(allowHeaders))
        + ", \"exposeHeaders\": " + (exposeHeaders == null ? "null" : Json.str(exposeHeaders))
        + ", \"maxAge\": " + maxAge
        + ", \"allowPrivateNetwork\": " + allowPrivateNetwork + "}";
  }

  /** {@code GET /api/orders (com.example.OrdersResource#list)}, for messages. */
  public String describe() {
    return method + " " + path + " (" + resource + ")";
  }

  /** The type the policy is declared on and, for a method, the method's simple name. */
  String policyElement() {
    int composed = policy.indexOf(" (@");
    return composed < 0 ? policy : policy.substring(0, composed);
  }

  private static String array(List<String> values) {
    return values.stream().map(Json::str).collect(Collectors.joining(", ", "[", "]"));
  }

  private static Object field(Map<String, Object> f, String name) {
    if (!f.containsKey(name)) {
      throw new IllegalArgumentException("has no \"" + name + "\"");
    }
    return f.get(name);
  }

  private static String text(Map<String, Object> f, String name) {
    if (field(f, name) instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("has \"" + name + "\" that is not a string");
  }

  private static String nullableText(Map<String, Object> f, String name) {
    Object v = field(f, name);
    return v == null ? null : text(f, name);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> f, String name) {
    if (field(f, name) instanceof List<?> l) {
      return (List<String>) l;
    }
    throw new IllegalArgumentException("has \"" + name + "\" that is not an array of strings");
  }

  private static boolean bool(Map<String, Object> f, String name) {
    if (field(f, name) instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("has \"" + name + "\" that is not true or false");
  }

  private static long number(Map<String, Object> f, String name) {
    if (field(f, name) instanceof Long n) {
      return n;
    }
    throw new IllegalArgumentException("has \"" + name + "\" that is not a number");
  }
}
