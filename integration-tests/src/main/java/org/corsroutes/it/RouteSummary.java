package org.corsroutes.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The route report ({@code META-INF/cors-routes.json}) as a short table for people: one line per
 * path and policy, with the methods, who may call it and whether with credentials. The demo
 * prints it at startup; the JSON stays the machine-readable form.
 */
final class RouteSummary {
  private RouteSummary() {}

  /**
   * The table for {@code reportJson}; {@code placeholders} turns an origin such as
   * {@code "${PARTNER_ORIGINS}"} into what it stands for at this startup.
   */
  static List<String> lines(String reportJson, UnaryOperator<String> placeholders) {
    JsonNode routes;
    try {
      routes = new ObjectMapper().readTree(reportJson).path("routes");
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable route report", e);
    }
    // path + policy -> methods, in report order (sorted by path, then method order)
    Map<String, List<String>> methods = new LinkedHashMap<>();
    Map<String, JsonNode> firstOf = new LinkedHashMap<>();
    for (JsonNode route : routes) {
      String key = route.path("path").asText() + "\n" + route.path("policy").asText();
      methods.computeIfAbsent(key, k -> new ArrayList<>()).add(route.path("method").asText());
      firstOf.putIfAbsent(key, route);
    }
    int pathWidth = firstOf.values().stream()
        .mapToInt(r -> r.path("path").asText().length()).max().orElse(0);
    int methodsWidth = methods.values().stream()
        .mapToInt(m -> String.join(", ", m).length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : firstOf.entrySet()) {
      JsonNode route = entry.getValue();
      lines.add(String.format("%-" + methodsWidth + "s  %-" + pathWidth + "s  %s",
          String.join(", ", methods.get(entry.getKey())), route.path("path").asText(),
          who(route, placeholders)));
    }
    return lines;
  }

  private static String who(JsonNode route, UnaryOperator<String> placeholders) {
    List<String> allowed = new ArrayList<>();
    for (JsonNode origin : route.path("origins")) {
      allowed.add(placeholders.apply(origin.asText()));
    }
    for (JsonNode pattern : route.path("originPatterns")) {
      allowed.add(pattern.asText());
    }
    String who = allowed.equals(List.of("*")) ? "any origin (*)" : String.join(", ", allowed);
    return route.path("allowCredentials").asBoolean() ? who + ", with credentials" : who;
  }
}
