package org.corsroutes.processor.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/cors-routes.state} in the class output: for each route table, its root
 * resource, the types and packages it was generated from, and its report entries. A later
 * compilation into the same class output that sees only some sources (an IDE, javac on the
 * changed files) reads it to keep the tables it does not regenerate, to regenerate those whose
 * inputs changed, and to drop those whose resource is gone. Not read at run time.
 */
public final class TableState {
  public static final String PATH = "META-INF/cors-routes.state";
  private static final String HEADER = "# CORS Routes processor: what each route table was"
      + " generated from, for incremental builds; not read at run time\n";

  private TableState() {}

  /**
   * One table.
   *
   * @param name the table's qualified name
   * @param root the root resource's qualified name
   * @param inputs the top-level types ({@code a.B}) and packages ({@code package a}) it was
   *     generated from
   * @param routes its report entries
   * @param lines where each of its policies is written ({@code declaredOn} to
   *     {@code org/example/UsersResource.java:12}), for a later compilation that reads the
   *     policy from a class file, where the compiler knows no line
   */
  public record Table(String name, String root, Set<String> inputs,
      List<RouteReportWriter.Entry> routes, Map<String, String> lines) {
    public Table {
      inputs = Set.copyOf(new TreeSet<>(inputs));
      routes = List.copyOf(routes);
      lines = Map.copyOf(lines);
    }
  }

  /** The tables an earlier compilation wrote, or none when it wrote no state (or one unreadable). */
  static Map<String, Table> read(Filer filer) {
    String text;
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      StringBuilder out = new StringBuilder();
      try (Reader in = file.openReader(true)) {
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.append(buffer, 0, n);
        }
      }
      text = out.toString();
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return Map.of(); // no earlier compilation here
    }
    try {
      return parse(text);
    } catch (RuntimeException e) {
      return Map.of(); // not ours to trust: everything is regenerated from what is compiled now
    }
  }

  static Map<String, Table> parse(String text) {
    Map<String, Table> out = new LinkedHashMap<>();
    String name = null;
    String root = null;
    Set<String> inputs = new TreeSet<>();
    List<RouteReportWriter.Entry> routes = new ArrayList<>();
    Map<String, String> lines = new TreeMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      String kind = line.substring(0, space);
      String rest = line.substring(space + 1);
      switch (kind) {
        case "table" -> {
          if (name != null) {
            out.put(name, new Table(name, root, inputs, routes, lines));
          }
          String[] parts = rest.split(" ");
          name = parts[0];
          root = parts[1];
          inputs = new TreeSet<>();
          routes = new ArrayList<>();
          lines = new TreeMap<>();
        }
        case "input" -> inputs.add(rest);
        case "line" -> {
          int at = rest.indexOf(' ');
          lines.put(rest.substring(at + 1), rest.substring(0, at));
        }
        case "route" -> routes.add(RouteReportWriter.Entry.parse(rest));
        default -> throw new IllegalArgumentException("unknown line " + line);
      }
    }
    if (name != null) {
      out.put(name, new Table(name, root, inputs, routes, lines));
    }
    return out;
  }

  static void write(Filer filer, Collection<Table> tables) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer out = file.openWriter()) {
      out.write(text(tables));
    }
  }

  static String text(Collection<Table> tables) {
    Map<String, Table> sorted = new TreeMap<>();
    tables.forEach(t -> sorted.put(t.name(), t));
    StringBuilder out = new StringBuilder(HEADER);
    for (Table t : sorted.values()) {
      out.append("table ").append(t.name()).append(' ').append(t.root()).append('\n');
      for (String input : new TreeSet<>(t.inputs())) {
        out.append("input ").append(input).append('\n');
      }
      List<String> routes = new ArrayList<>(t.routes().stream()
          .map(RouteReportWriter.Entry::json).toList());
      routes.sort(null);
      for (String route : routes) {
        out.append("route ").append(route).append('\n');
      }
      new TreeMap<>(t.lines()).forEach((declaredOn, line) ->
          out.append("line ").append(line).append(' ').append(declaredOn).append('\n'));
    }
    return out.toString();
  }
}
