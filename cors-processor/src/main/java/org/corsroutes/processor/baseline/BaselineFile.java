package org.corsroutes.processor.baseline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.corsroutes.processor.model.HttpMethods;

/**
 * The committed baseline: valid JSON laid out one route per line, sorted like the route report
 * (path, method, Java method), so accepting a change is a reviewable diff of exactly the routes
 * that changed:
 *
 * <pre>
 * {
 *   "about": "CORS Routes baseline: ...",
 *   "routes": [
 *     {"path": "/api/orders", "method": "GET", ...},
 *     {"path": "/api/orders", "method": "POST", ...}
 *   ]
 * }
 * </pre>
 *
 * Each route line holds the fields of {@link RouteCors}. Read line by line, so an error names
 * the line.
 */
public final class BaselineFile {
  static final String ABOUT = "CORS Routes baseline: the CORS of every route as last accepted."
      + " The build fails when a route allows more than this; rewrite it with"
      + " -Acors.baseline.update=true and review the diff";

  static final Comparator<RouteCors> ORDER = Comparator.comparing(RouteCors::path)
      .thenComparing(RouteCors::method, HttpMethods.ORDER)
      .thenComparing(RouteCors::resource);

  private BaselineFile() {}

  /** Path, method, Java method: the route report's order. */
  public static Comparator<RouteCors> order() {
    return ORDER;
  }

  /** A baseline that cannot be read: the line (1-based) and what is wrong with it. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final String problem;

    MalformedException(int line, String problem) {
      super("line " + line + " " + problem);
      this.line = line;
      this.problem = problem;
    }
  }

  /** The file's text for these routes. */
  public static String text(Collection<RouteCors> routes) {
    List<RouteCors> sorted = new ArrayList<>(routes);
    sorted.sort(ORDER);
    StringBuilder out = new StringBuilder("{\n  \"about\": ")
        .append(org.corsroutes.processor.generate.Json.str(ABOUT)).append(",\n  \"routes\": [");
    for (int i = 0; i < sorted.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("    ").append(sorted.get(i).toJson());
    }
    return out.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  /** The routes of a baseline's text. */
  public static List<RouteCors> parse(String text) throws MalformedException {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    int n = lines.length;
    while (n > 0 && lines[n - 1].isBlank()) {
      n--; // trailing newlines
    }
    int i = 0;
    if (n == 0) {
      throw new MalformedException(1, "is empty, where the baseline starts with \"{\"");
    }
    if (!lines[i].strip().equals("{")) {
      throw new MalformedException(i + 1, "is not \"{\"");
    }
    i++;
    if (i < n && lines[i].strip().startsWith("\"about\":")) {
      i++; // free text for readers
    }
    if (i >= n) {
      throw new MalformedException(i, "ends the file before \"routes\"");
    }
    String routesLine = lines[i].strip();
    List<RouteCors> routes = new ArrayList<>();
    if (routesLine.equals("\"routes\": []")) {
      i++;
    } else if (routesLine.equals("\"routes\": [")) {
      i++;
      while (true) {
        if (i >= n) {
          throw new MalformedException(i, "ends the file inside \"routes\"");
        }
        String line = lines[i].strip();
        if (line.equals("]")) {
          i++;
          break;
        }
        if (i + 1 >= n) {
          throw new MalformedException(i + 1, "ends the file inside \"routes\"");
        }
        boolean last = lines[i + 1].strip().equals("]");
        if (!last && !line.endsWith(",")) {
          throw new MalformedException(i + 1, "has no \",\" after the route");
        }
        String json = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
        try {
          routes.add(RouteCors.parse(json));
        } catch (IllegalArgumentException e) {
          throw new MalformedException(i + 1, e.getMessage());
        }
        i++;
      }
    } else {
      throw new MalformedException(i + 1, "is not \"\\\"routes\\\": [\"");
    }
    if (i >= n || !lines[i].strip().equals("}")) {
      throw new MalformedException(Math.min(i + 1, n), "is not the closing \"}\"");
    }
    if (i + 1 < n) {
      throw new MalformedException(i + 2, "follows the closing \"}\"");
    }
    return routes;
  }
}
