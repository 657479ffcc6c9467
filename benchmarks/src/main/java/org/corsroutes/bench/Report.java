package org.corsroutes.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the raw results of one run.sh run (JMH JSON, the load run's TSV, the build-cost TSV)
 * into markdown tables in {@code results/}: {@code decision.md}, {@code e2e.md}, {@code build.md},
 * each with its targets checked against baselines measured in the same run.
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    if (Files.exists(results.resolve("decision.json"))) {
      Files.writeString(results.resolve("decision.md"), decision(results.resolve("decision.json")));
    }
    if (Files.exists(results.resolve("routing.json"))) {
      Files.writeString(results.resolve("routing.md"), routing(results.resolve("routing.json")));
    }
    if (Files.exists(results.resolve("e2e.tsv"))) {
      Files.writeString(results.resolve("e2e.md"), e2e(results.resolve("e2e.tsv")));
    }
    if (Files.exists(results.resolve("build.tsv"))) {
      Files.writeString(results.resolve("build.md"), build(results.resolve("build.tsv")));
    }
  }

  // ---------------------------------------------------------------- decision (JMH)

  static String decision(Path json) throws IOException {
    // policy -> kind -> impl -> {ns, err, bytes}
    Map<String, Map<String, Map<String, double[]>>> table = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String method = run.get("benchmark").asText().replaceAll(".*\\.", "");
      String impl = method.endsWith("OtherHeaders") ? "corsRoutesDecisionOtherHeaders"
          : method.startsWith("corsRoutesDecision") ? "corsRoutesDecision"
          : method.startsWith("corsRoutes") ? "corsRoutes"
          : method.startsWith("springProcess") ? "springProcess"
          : method.startsWith("spring") ? "spring" : "handWritten";
      String kind = method.contains("Preflight") ? "preflight" : "actual";
      String policy = run.get("params").get("policy").asText();
      JsonNode norm = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
      if (norm == null) {
        norm = run.get("secondaryMetrics").get("\u00b7gc.alloc.rate.norm");
      }
      double[] value = {
        run.get("primaryMetric").get("score").asDouble(),
        run.get("primaryMetric").get("scoreError").asDouble(),
        norm == null ? Double.NaN : norm.get("score").asDouble()
      };
      table.computeIfAbsent(policy, p -> new LinkedHashMap<>())
          .computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(impl, value);
    }
    StringBuilder md = new StringBuilder();
    md.append("### Decision per request (JMH, ns/op and B/op; lower is better)\n\n")
        .append("| policy | request | CORS Routes decision only ns/op | B/op | CORS Routes full filter"
            + " ns/op | B/op | Spring checks ns/op | B/op | Spring DefaultCorsProcessor + path"
            + " lookup ns/op | B/op | hand-written ns/op | B/op | decision vs Spring checks"
            + " | filter vs Spring processor | filter vs hand-written |\n")
        .append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    List<String> met = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (String policy : List.of("EXACT", "ANY", "PATTERN")) {
      for (String kind : List.of("preflight", "actual")) {
        Map<String, double[]> row = table.getOrDefault(policy, Map.of()).get(kind);
        if (row == null || row.size() < 5) {
          continue;
        }
        double[] decision = row.get("corsRoutesDecision");
        double[] ours = row.get("corsRoutes");
        double[] spring = row.get("spring");
        double[] process = row.get("springProcess");
        double[] hand = row.get("handWritten");
        double decisionVsSpring = spring[0] / decision[0];
        md.append(String.format(Locale.ROOT,
            "| %s | %s | %.1f ± %.1f | %.0f | %.1f ± %.1f | %.0f | %.1f ± %.1f | %.0f"
                + " | %.1f ± %.1f | %.0f | %.1f ± %.1f | %.0f | %.2fx | %.2fx | %.1fx |%n",
            label(policy), kind, decision[0], decision[1], decision[2], ours[0], ours[1], ours[2],
            spring[0], spring[1], spring[2], process[0], process[1], process[2],
            hand[0], hand[1], hand[2], decisionVsSpring, process[0] / ours[0],
            hand[0] / ours[0]));
        String verdict = String.format(Locale.ROOT, "%s %s: decision %.2fx Spring's checks",
            label(policy), kind, decisionVsSpring);
        (decisionVsSpring >= 3 ? met : misses).add(verdict);
        if (decision[2] >= 0.5) {
          misses.add(String.format(Locale.ROOT, "%s %s: decision %.0f B/op (target 0)",
              label(policy), kind, decision[2]));
        }
        for (double[] measured : List.of(ours)) {
          if (!policy.equals("PATTERN") && measured[2] >= 0.5) {
            misses.add(String.format(Locale.ROOT, "%s %s: %.0f B/op (target 0)",
                label(policy), kind, measured[2]));
          }
        }
      }
    }
    md.append("\n| policy | preflight decision, header list not the one allowed last ns/op | B/op"
        + " | vs Spring checks |\n|---|--:|--:|--:|\n");
    for (String policy : List.of("EXACT", "ANY", "PATTERN")) {
      Map<String, double[]> row = table.getOrDefault(policy, Map.of()).get("preflight");
      if (row != null && row.containsKey("corsRoutesDecisionOtherHeaders")
          && row.containsKey("spring")) {
        double[] other = row.get("corsRoutesDecisionOtherHeaders");
        md.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.0f | %.2fx |%n",
            label(policy), other[0], other[1], other[2], row.get("spring")[0] / other[0]));
      }
    }
    md.append("\nTargets: decision >= 3x faster than Spring's CorsConfiguration checks at 0 B/op"
        + " (decision-only column: for a preflight the same scope plus the route lookup; for an"
        + " actual request the policy bound to the matched method, no lookup). Spring's whole"
        + " servlet path (its path lookup, `DefaultCorsProcessor`, header writing) is the like"
        + " for like peer of the full filter.\n");
    md.append(met.isEmpty() ? "" : "**Met:** " + String.join("; ", met) + ".\n");
    md.append(misses.isEmpty() ? "" : "**Missed:** " + String.join("; ", misses) + ".\n");
    return md.toString();
  }

  /** The preflight decision at 10 and at 10,000 routes, and their ratio (target <= 1.5). */
  static String routing(Path json) throws IOException {
    Map<Integer, double[]> byRoutes = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      JsonNode norm = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
      byRoutes.put(run.get("params").get("routes").asInt(), new double[] {
        run.get("primaryMetric").get("score").asDouble(),
        run.get("primaryMetric").get("scoreError").asDouble(),
        norm == null ? Double.NaN : norm.get("score").asDouble()});
    }
    StringBuilder md = new StringBuilder("### Preflight decision as routes grow (JMH, same run)\n\n"
        + "| routes | ns/op | B/op |\n|--:|--:|--:|\n");
    byRoutes.forEach((routes, v) -> md.append(String.format(Locale.ROOT,
        "| %,d | %.1f ± %.1f | %.0f |%n", routes, v[0], v[1], v[2])));
    double[] small = byRoutes.get(10);
    double[] large = byRoutes.get(10_000);
    if (small != null && large != null) {
      double ratio = large[0] / small[0];
      md.append(String.format(Locale.ROOT, "%nRatio 10,000 / 10 routes: %.2fx (target <= 1.5x):"
          + " %s.%n", ratio, ratio <= 1.5 ? "**met**" : "**missed**"));
    }
    return md.toString();
  }

  private static String label(String policy) {
    switch (policy) {
      case "EXACT":
        return "exact origins + credentials";
      case "ANY":
        return "`*` public";
      default:
        return "`https://*.example.com`";
    }
  }

  // ---------------------------------------------------------------- end to end (wrk)

  /** Columns: id, description, status, requests, duration_us, p50_us, p90_us, p99_us, mean_us, non2xx_or_3xx, socket_errors. */
  static String e2e(Path tsv) throws IOException {
    // Each scenario ran in several interleaved rounds: its median round by throughput stands.
    Map<String, List<String[]>> rounds = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        rounds.computeIfAbsent(f[0], id -> new ArrayList<>()).add(f);
      }
    }
    Map<String, String[]> rows = new LinkedHashMap<>();
    rounds.forEach((id, list) -> {
      list.sort(Comparator.comparingDouble(Report::rps));
      rows.put(id, list.get(list.size() / 2));
    });
    double base = rps(rows.get("a"));
    StringBuilder md = new StringBuilder();
    md.append("### End to end: sample API on Jersey 4.0.2 + JDK HTTP server, wrk over loopback"
            + " HTTP/1.1 keep-alive (median of " + rounds.values().iterator().next().size()
            + " interleaved rounds)\n\n")
        .append("| scenario | status | req/s | vs (a) | p50 ms | p90 ms | p99 ms | errors |\n")
        .append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for (String[] f : rows.values()) {
      double rps = rps(f);
      md.append(String.format(Locale.ROOT, "| (%s) %s | %s | %.0f | %.1f%% | %.2f | %.2f | %.2f | %s |%n",
          f[0], f[1], f[2], rps, 100 * rps / base, us(f[5]), us(f[6]), us(f[7]),
          Long.parseLong(f[9]) + Long.parseLong(f[10])));
    }
    List<String> verdicts = new ArrayList<>();
    if (rows.containsKey("b")) {
      double ratio = rps(rows.get("b")) / base;
      verdicts.add(String.format(Locale.ROOT, "CORS-enabled GET keeps %.1f%% of the plain GET's"
          + " throughput (target >= 97%%): %s", 100 * ratio, ratio >= 0.97 ? "met" : "**missed**"));
    }
    if (rows.containsKey("c")) {
      double ratio = rps(rows.get("c")) / base;
      boolean p50 = us(rows.get("c")[5]) <= us(rows.get("a")[5]);
      verdicts.add(String.format(Locale.ROOT, "preflight answered by the Feature: %.2fx the plain"
          + " GET's throughput, p50 %s (target: costs no more than a plain GET): %s", ratio,
          p50 ? "not higher" : "higher", ratio >= 1 && p50 ? "met" : "**missed**"));
    }
    if (rows.containsKey("b") && rows.containsKey("f")) {
      verdicts.add(String.format(Locale.ROOT, "CORS-enabled GET vs the same four headers sent as"
          + " constants with no decision (f): %.1f%% of its throughput; the rest of the gap to (a)"
          + " is what sending the headers costs on this server", 100 * rps(rows.get("b"))
          / rps(rows.get("f"))));
    }
    if (rows.containsKey("c") && rows.containsKey("d")) {
      verdicts.add(String.format(Locale.ROOT, "Feature preflight vs hand-written filter preflight:"
          + " %.2fx the throughput", rps(rows.get("c")) / rps(rows.get("d"))));
    }
    md.append('\n');
    for (String v : verdicts) {
      md.append("- ").append(v).append('\n');
    }
    return md.toString();
  }

  private static double rps(String[] f) {
    return Double.parseDouble(f[3]) / (Double.parseDouble(f[4]) / 1e6);
  }

  private static double us(String micros) {
    return Double.parseDouble(micros) / 1000;
  }

  // ---------------------------------------------------------------- build cost (javac)

  /**
   * Columns: classes, mode (none|floor|processor|flooronly|proconly|analysisonly), repetition,
   * wall seconds, max RSS KB, CPU seconds (user + sys).
   */
  static String build(Path tsv) throws IOException {
    Map<Integer, Map<String, List<double[]>>> runs = new TreeMap<>();
    for (String line : Files.readAllLines(tsv)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      runs.computeIfAbsent(Integer.parseInt(f[0]), n -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], m -> new ArrayList<>())
          .add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]) / 1024,
              Double.parseDouble(f[5])});
    }
    StringBuilder md = new StringBuilder();
    md.append("### Build cost: javac over generated resource corpora (5 methods each), medians\n\n")
        .append("Wall seconds, with CPU seconds (user + sys, all of javac's threads) in brackets.\n\n")
        .append("| resources | -proc:none s | floor processor s | CORS Routes processor s"
            + " | floor -proc:only s | CORS Routes -proc:only s | analysis only -proc:only s"
            + " | processor/floor (CPU) | -proc:only: processor/floor (CPU)"
            + " | -proc:only: analysis only/floor (CPU) | processor/none"
            + " | max RSS none MB | floor MB | processor MB |\n")
        .append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    Map<Integer, double[]> medians = new TreeMap<>();
    for (Map.Entry<Integer, Map<String, List<double[]>>> e : runs.entrySet()) {
      Map<String, List<double[]>> byMode = e.getValue();
      double[] none = medians(byMode.get("none"));
      double[] floor = medians(byMode.get("floor"));
      double[] proc = medians(byMode.get("processor"));
      double[] floorOnly = medians(byMode.get("flooronly"));
      double[] procOnly = medians(byMode.get("proconly"));
      // Older results have no lower-bound runs: NaN, shown as "n/a".
      double[] analysisOnly = byMode.containsKey("analysisonly")
          ? medians(byMode.get("analysisonly")) : new double[] {Double.NaN, Double.NaN, Double.NaN};
      medians.put(e.getKey(), new double[] {none[0], proc[0], floor[0], proc[2] / floor[2],
          procOnly[2] / floorOnly[2], analysisOnly[2] / floorOnly[2]});
      md.append(String.format(Locale.ROOT,
          "| %d | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %s"
              + " | %.2f (%.2f) | %.2f (%.2f) | %s | %.2f | %.0f | %.0f | %.0f |%n",
          e.getKey(), none[0], none[2], floor[0], floor[2], proc[0], proc[2], floorOnly[0],
          floorOnly[2], procOnly[0], procOnly[2], both(analysisOnly[0], analysisOnly[2]),
          proc[0] / floor[0], proc[2] / floor[2], procOnly[0] / floorOnly[0],
          procOnly[2] / floorOnly[2],
          both(analysisOnly[0] / floorOnly[0], analysisOnly[2] / floorOnly[2]),
          proc[0] / none[0], none[1], floor[1], proc[1]));
    }
    Integer[] sizes = medians.keySet().toArray(new Integer[0]);
    md.append('\n');
    if (sizes.length >= 3) {
      int small = sizes[0];
      int mid = sizes[1];
      int large = sizes[sizes.length - 1];
      double[] s = medians.get(small);
      double[] m = medians.get(mid);
      double[] l = medians.get(large);
      md.append(String.format(Locale.ROOT, "- at %d resources, CORS Routes over the floor, in CPU"
              + " time: javac %.2fx (target <= 1.2x: %s), -proc:only %.2fx (target <= 1.2x: %s);"
              + " in wall time %.2fx; the floor processor alone adds +%.1f%% to -proc:none%n",
          large, l[3], l[3] <= 1.20 ? "met" : "**missed**", l[4],
          l[4] <= 1.20 ? "met" : "**missed**", l[1] / l[2], 100 * (l[2] / l[0] - 1)));
      if (!Double.isNaN(l[5])) {
        md.append(String.format(Locale.ROOT, "- at %d resources, the processor's analysis alone"
                + " (analysis-only.patch: the floor's empty class instead of each table) costs"
                + " %.2fx the floor's -proc:only CPU time: the lower bound for any table writer%n",
            large, l[5]));
      }
      String[] names = {"javac -proc:none", "javac with the CORS Routes processor",
        "javac with the floor processor"};
      for (int i = 0; i < 3; i++) {
        double slope1 = (m[i] - s[i]) / (mid - small) * 1000;
        double slope2 = (l[i] - m[i]) / (large - mid) * 1000;
        boolean linear = slope2 <= 1.5 * slope1 && slope2 >= slope1 / 1.5;
        md.append(String.format(Locale.ROOT, "- %s: %.2f ms per extra resource from %d to %d,"
                + " %.2f ms from %d to %d (linear if within 1.5x of each other): %s%n",
            names[i], slope1, small, mid, slope2, mid, large, linear ? "linear" : "**not linear**"));
      }
    }
    return md.toString();
  }

  /** "wall (cpu)", or "n/a" for a mode this run did not measure. */
  private static String both(double wall, double cpu) {
    return Double.isNaN(wall) ? "n/a" : String.format(Locale.ROOT, "%.2f (%.2f)", wall, cpu);
  }

  /** The median of each column: wall seconds, max RSS MB, CPU seconds. */
  private static double[] medians(List<double[]> values) {
    return new double[] {median(values, 0), median(values, 1), median(values, 2)};
  }

  private static double median(List<double[]> values, int column) {
    double[] v = values.stream().mapToDouble(x -> x[column]).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
