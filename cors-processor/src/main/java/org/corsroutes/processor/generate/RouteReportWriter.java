package org.corsroutes.processor.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.corsroutes.processor.baseline.FlatJson;
import org.corsroutes.processor.baseline.RouteCors;
import org.corsroutes.processor.model.HttpMethods;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.model.Route;
import org.corsroutes.processor.model.RouteBinding;

/**
 * Writes {@code META-INF/cors-routes.json} into the class output: one entry per path and method,
 * sorted, for audits and tooling. JSON is written by hand: flat strings, numbers and booleans
 * need no library. Each entry is one line, so entries of tables an earlier compilation wrote can
 * be carried over ({@link TableState}).
 */
public final class RouteReportWriter {
  public static final String PATH = "META-INF/cors-routes.json";

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path)
      .thenComparing(Entry::method, HttpMethods.ORDER)
      .thenComparing(Entry::resource);

  private RouteReportWriter() {}

  /**
   * One route and method of the report.
   *
   * @param json the entry as the report holds it, one line
   * @param cors the entry's CORS facts when this compilation made it, else null: read from
   *     {@code json} when asked for
   */
  public record Entry(String path, String method, String resource, String json, RouteCors cors) {

    Entry(String path, String method, String resource, String json) {
      this(path, method, resource, json, null);
    }

    /** The entry's CORS facts, without reading back the JSON of an entry made now. */
    @Override
    public RouteCors cors() {
      return cors != null ? cors : RouteCors.parse(json);
    }

    /** Reads back the keys of an entry this class wrote. */
    static Entry parse(String json) {
      Map<String, Object> fields = FlatJson.object(json);
      return new Entry(text(fields, "path"), text(fields, "method"), text(fields, "resource"),
          json);
    }

    private static String text(Map<String, Object> fields, String name) {
      if (fields.get(name) instanceof String value) {
        return value;
      }
      throw new IllegalArgumentException("has no string \"" + name + "\"");
    }
  }

  /** The entries of one resource: every route and method a policy allows. */
  public static List<Entry> entries(ResourceRoutes resource) {
    List<Entry> out = new ArrayList<>();
    for (Route route : resource.routes()) {
      for (RouteBinding binding : route.bindings()) {
        for (ResourceMethod m : binding.methods()) {
          out.add(entry(route.template(), m.httpMethod(), m.javaName(), binding));
        }
      }
    }
    return out;
  }

  private static Entry entry(String path, String method, String resource, RouteBinding binding) {
    Policy p = binding.policy();
    Headers h = Headers.of(p);
    StringBuilder out = new StringBuilder("{");
    field(out, "path", Json.str(path), true);
    field(out, "method", Json.str(method), false);
    field(out, "resource", Json.str(resource), false);
    field(out, "policy", Json.str(p.declaredOn()), false);
    field(out, "origins", array(p.effectiveOrigins()), false);
    field(out, "originPatterns", array(p.originPatterns().values()), false);
    field(out, "allowCredentials", Boolean.toString(p.allowCredentials()), false);
    field(out, "allowMethods", Json.str(binding.allowMethods()), false);
    field(out, "allowHeaders", h.allowHeaders() == null ? "null" : Json.str(h.allowHeaders()),
        false);
    // Explicit, so a reader need not know that null means "echo what the preflight asks for".
    field(out, "allowHeadersEchoesRequest", Boolean.toString(h.allowHeaders() == null), false);
    field(out, "exposeHeaders", h.exposeHeaders() == null ? "null" : Json.str(h.exposeHeaders()),
        false);
    field(out, "maxAge", Long.toString(p.maxAge()), false);
    field(out, "allowPrivateNetwork", Boolean.toString(p.allowPrivateNetwork()), false);
    field(out, "actualResponse", actualResponse(h), false);
    field(out, "declaredAt", p.source() == null ? "null" : Json.str(p.source()), false);
    return new Entry(path, method, resource, out.append("}").toString(),
        new RouteCors(path, method, resource, p.declaredOn(), p.effectiveOrigins(),
            p.originPatterns().values(), p.allowCredentials(), binding.allowMethods(),
            h.allowHeaders(), h.exposeHeaders(), p.maxAge(), p.allowPrivateNetwork()));
  }

  /** The CORS headers an actual response from an allowed origin carries, on every status. */
  private static String actualResponse(Headers h) {
    StringBuilder out = new StringBuilder("{");
    field(out, "allowOrigin", Json.str(h.isPublic() ? "*" : "the request origin"), true);
    field(out, "allowCredentials", Boolean.toString(h.policy().allowCredentials()), false);
    field(out, "exposeHeaders", h.exposeHeaders() == null ? "null" : Json.str(h.exposeHeaders()),
        false);
    field(out, "vary", h.isPublic() ? "null" : Json.str("Origin"), false);
    return out.append("}").toString();
  }

  public static void write(Filer filer, Collection<Entry> entries) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer out = file.openWriter()) {
      out.write(json(entries));
    }
  }

  static String json(Collection<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    StringBuilder out = new StringBuilder("{\n  \"routes\": [");
    for (int i = 0; i < sorted.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("    ").append(sorted.get(i).json());
    }
    return out.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static void field(StringBuilder out, String name, String json, boolean first) {
    out.append(first ? "" : ", ").append('"').append(name).append("\": ").append(json);
  }

  private static String array(List<String> values) {
    return "[" + String.join(", ", values.stream().map(Json::str).toList()) + "]";
  }
}
