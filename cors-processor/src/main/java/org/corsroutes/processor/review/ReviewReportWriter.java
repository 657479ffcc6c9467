package org.corsroutes.processor.review;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.corsroutes.processor.baseline.BaselineFile;
import org.corsroutes.processor.baseline.RouteCors;
import org.corsroutes.processor.model.HttpMethods;

/**
 * Writes {@code META-INF/cors-routes.md} next to the JSON route report, from the same merged
 * entries: for reviewers, one table per root resource, one row per route and policy (the
 * methods sharing it together). Sorted, no timestamps, so two builds of the same sources write
 * the same bytes and the file can be committed or attached to a review.
 */
public final class ReviewReportWriter {
  public static final String PATH = "META-INF/cors-routes.md";

  private ReviewReportWriter() {}

  /**
   * One root resource and its report entries.
   *
   * @param root the root resource's qualified name
   * @param routes its entries, as {@link RouteCors}
   */
  public record Resource(String root, List<RouteCors> routes) {}

  public static void write(Filer filer, Collection<Resource> resources) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer out = file.openWriter()) {
      out.write(markdown(resources));
    }
  }

  public static String markdown(Collection<Resource> resources) {
    Map<String, List<RouteCors>> byRoot = new TreeMap<>();
    for (Resource r : resources) {
      byRoot.computeIfAbsent(r.root(), k -> new ArrayList<>()).addAll(r.routes());
    }
    StringBuilder out = new StringBuilder("# CORS routes\n\n")
        .append("Who may call each route from another origin, as the CORS Routes processor")
        .append(" compiled it (the same routes as `cors-routes.json`). Routes without a policy")
        .append(" are not listed: browsers get no CORS headers there.\n");
    int withRoutes = 0;
    for (Map.Entry<String, List<RouteCors>> e : byRoot.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      withRoutes++;
      out.append("\n## `").append(e.getKey()).append("`\n\n")
          .append("| route | methods | origins | credentials | allowed headers | exposed headers")
          .append(" | max-age | private network | declared on |\n")
          .append("|---|---|---|---|---|---|---|---|---|\n");
      for (Row row : rows(e.getValue())) {
        out.append(row.markdown()).append('\n');
      }
    }
    if (withRoutes == 0) {
      out.append("\nNo route has a CORS policy.\n");
    }
    return out.toString();
  }

  /** The routes of one resource, methods with the same path and the same CORS in one row. */
  private static List<Row> rows(List<RouteCors> routes) {
    List<RouteCors> sorted = new ArrayList<>(routes);
    sorted.sort(BaselineFile.order());
    Map<RouteCors, List<String>> methods = new LinkedHashMap<>();
    for (RouteCors r : sorted) {
      // The key leaves out what differs between methods sharing a row.
      RouteCors key = new RouteCors(r.path(), "", "", r.policy(), r.origins(),
          r.originPatterns(), r.allowCredentials(), r.allowMethods(), r.allowHeaders(),
          r.exposeHeaders(), r.maxAge(), r.allowPrivateNetwork());
      methods.computeIfAbsent(key, k -> new ArrayList<>()).add(r.method());
    }
    List<Row> out = new ArrayList<>();
    methods.forEach((key, list) -> {
      list.sort(HttpMethods.ORDER);
      out.add(new Row(key, list));
    });
    return out;
  }

  private record Row(RouteCors cors, List<String> methods) {
    String markdown() {
      List<String> origins = new ArrayList<>(cors.origins().stream()
          .map(o -> o.equals("*") ? "any (`*`)" : code(o)).toList());
      cors.originPatterns().forEach(p -> origins.add(code(p)));
      return "| " + String.join(" | ",
          code(cors.path()),
          String.join(", ", methods),
          String.join(", ", origins),
          cors.allowCredentials() ? "**yes**" : "no",
          cors.allowHeaders() == null ? "any requested" : cell(cors.allowHeaders()),
          cors.exposeHeaders() == null ? "none" : cell(cors.exposeHeaders()),
          cors.maxAge() < 0 ? "not sent" : cors.maxAge() + " s",
          cors.allowPrivateNetwork() ? "**yes**" : "no",
          code(cors.policy())) + " |";
    }

    private static String code(String s) {
      return "`" + cell(s).replace("`", "'") + "`";
    }

    /** Table cells cannot hold '|' or line breaks; header names may contain '|'. */
    private static String cell(String s) {
      if (s.chars().noneMatch(c -> c == '|' || c < 0x20)) {
        return s;
      }
      return s.chars().mapToObj(c -> c == '|' ? "\\|" : c < 0x20 ? " " : String.valueOf((char) c))
          .collect(Collectors.joining());
    }
  }
}
