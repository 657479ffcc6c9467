package org.corsroutes.processor.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.model.Route;
import org.corsroutes.processor.model.RouteBinding;

/**
 * Writes {@code META-INF/cors-routes.json} into the class output: one entry per path and method,
 * sorted, for audits and tooling. JSON is written by hand: flat strings, numbers and booleans
 * need no library.
 */
public final class RouteReportWriter {
  public static final String PATH = "META-INF/cors-routes.json";

  private final List<Entry> entries = new ArrayList<>();

  private record Entry(String path, String method, String resource, RouteBinding binding) {}

  public void add(ResourceRoutes resource) {
    for (Route route : resource.routes()) {
      for (RouteBinding binding : route.bindings()) {
        for (ResourceMethod m : binding.methods()) {
          entries.add(new Entry(route.template(), m.httpMethod(), m.javaName(), binding));
        }
      }
    }
  }

  public void write(Filer filer) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer out = file.openWriter()) {
      out.write(json());
    }
  }

  String json() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::path)
        .thenComparing(Entry::method, org.corsroutes.processor.model.HttpMethods.ORDER)
        .thenComparing(Entry::resource));
    StringBuilder out = new StringBuilder("{\n  \"routes\": [");
    for (int i = 0; i < sorted.size(); i++) {
      Entry e = sorted.get(i);
      Policy p = e.binding().policy();
      Headers h = Headers.of(p);
      out.append(i == 0 ? "\n" : ",\n").append("    {");
      field(out, "path", str(e.path()), true);
      field(out, "method", str(e.method()), false);
      field(out, "resource", str(e.resource()), false);
      field(out, "policy", str(p.declaredOn()), false);
      field(out, "origins", array(p.effectiveOrigins()), false);
      field(out, "originPatterns", array(p.originPatterns().values()), false);
      field(out, "allowCredentials", Boolean.toString(p.allowCredentials()), false);
      field(out, "allowMethods", str(e.binding().allowMethods()), false);
      field(out, "allowHeaders", h.allowHeaders() == null ? "null" : str(h.allowHeaders()), false);
      field(out, "exposeHeaders", h.exposeHeaders() == null ? "null" : str(h.exposeHeaders()),
          false);
      field(out, "maxAge", Long.toString(p.maxAge()), false);
      field(out, "allowPrivateNetwork", Boolean.toString(p.allowPrivateNetwork()), false);
      out.append("}");
    }
    return out.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static void field(StringBuilder out, String name, String json, boolean first) {
    out.append(first ? "" : ", ").append('"').append(name).append("\": ").append(json);
  }

  private static String array(List<String> values) {
    return "[" + String.join(", ", values.stream().map(RouteReportWriter::str).toList()) + "]";
  }

  static String str(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
