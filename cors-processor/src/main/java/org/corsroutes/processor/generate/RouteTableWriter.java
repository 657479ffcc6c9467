package org.corsroutes.processor.generate;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.model.Route;
import org.corsroutes.processor.model.RouteBinding;
import org.corsroutes.processor.parse.PolicyReader;

/**
 * Writes {@code <Resource>CorsRoutes}: one constant per policy, with the preflight and actual
 * answers it gives in its Javadoc, one per route, whose Javadoc names each method's policy and
 * {@code Access-Control-Allow-Methods}, and the resource tree that says how JAX-RS reaches each
 * route. Each answer is written once, on its policy, not again per route: javac parses and keeps
 * the Javadoc of every generated source. Uses JavaPoet's {@link ClassName} for names only; the
 * source text is written directly.
 */
public final class RouteTableWriter {
  static final String RUNTIME = "org.corsroutes.runtime";
  static final ClassName TABLE = ClassName.get(RUNTIME, "CorsRouteTable");
  static final ClassName ROUTE = ClassName.get(RUNTIME, "CorsRoute");
  static final ClassName POLICY = ClassName.get(RUNTIME, "CorsPolicy");
  static final ClassName RESOURCE = ClassName.get(RUNTIME, "CorsResource");
  static final String SUFFIX = "CorsRoutes";
  /** The Allow-Methods value in a policy's Javadoc: each route's own is in the route's. */
  private static final String ROUTE_METHODS = "<the route's methods, as each route below says>";

  private final Filer filer;
  private final Elements elements;
  private final String generator;
  private final boolean allowInsecureOrigins;

  /**
   * @param allowInsecureOrigins {@code -Acors.allowInsecureOrigins=true}: credentialed policies
   *     say so in the table, so startup applies the rule to {@code ${NAME}} values as the build did
   */
  public RouteTableWriter(Filer filer, Elements elements, String generator,
      boolean allowInsecureOrigins) {
    this.filer = filer;
    this.elements = elements;
    this.generator = generator;
    this.allowInsecureOrigins = allowInsecureOrigins;
  }

  /** The generated class name for a resource: nested classes joined with '_'. */
  public static ClassName tableName(TypeElement resource) {
    ClassName r = ClassName.get(resource);
    return ClassName.get(r.packageName(), String.join("_", r.simpleNames()) + SUFFIX);
  }

  public ClassName write(ResourceRoutes resource) throws IOException {
    ClassName name = tableName(resource.resource());
    // Every type and package the table was read from, so an IDE or a build tool that tracks
    // originating elements regenerates it when a sub-resource or an interface changes.
    List<Element> originating = new ArrayList<>();
    originating.add(resource.resource());
    for (Element e : resource.inputs()) {
      if (e != resource.resource()) {
        originating.add(e);
      }
    }
    String source = source(resource);
    JavaFileObject file = filer.createSourceFile(name.canonicalName(),
        originating.toArray(new Element[0]));
    try (Writer out = file.openWriter()) {
      out.write(source);
    } catch (IOException | RuntimeException e) {
      try {
        file.delete();
      } catch (Exception ignored) {
        // the write failure is what is reported
      }
      throw e;
    }
    return name;
  }

  /**
   * The source, for the writer and for tests. Written directly, in the layout JavaPoet gave it:
   * the shape is fixed and small, and one table per resource is written in every build, so
   * building and emitting a code model for each was a large part of the processor's own cost.
   */
  public String source(ResourceRoutes resource) {
    ClassName name = tableName(resource.resource());
    ClassName resourceName = ClassName.get(resource.resource());
    Names names = new Names();
    Optional<String> generated = GeneratedAnnotation.of(elements);
    Imports imports = new Imports(name, resourceName, generated.orElse(null));

    StringBuilder body = new StringBuilder(4096);
    Map<PolicyKey, String> policyNames = new LinkedHashMap<>();
    for (Policy policy : resource.policies()) {
      if (!policyNames.containsKey(PolicyKey.of(policy))) {
        String constant = names.constant(constantSource(policy));
        policyNames.put(PolicyKey.of(policy), constant);
        policyField(body, imports, constant, policy);
      }
    }
    Map<Route, String> routeNames = new LinkedHashMap<>();
    for (Route route : resource.routes()) {
      String constant = names.constant(route.template());
      routeNames.put(route, constant);
      routeField(body, imports, constant, route, policyNames);
    }
    String tree = names.constant("resource");
    javadoc(body, "How JAX-RS reaches the routes above: the class template first, then a"
        + " resource method or a\nlocator inside it. {@code CorsFeature} routes preflights"
        + " through it as JAX-RS will route the\nactual request.\n");
    body.append("  static final ").append(imports.use(RESOURCE)).append(' ').append(tree)
        .append(" = ").append(imports.use(RESOURCE)).append(".root(");
    literal(body, resource.template()).append(", ");
    literal(body, binaryName(resource.root().type())).append(')');
    members(body, imports, resource.root(), routeNames, 3);
    body.append(";\n\n");
    javadoc(body, "Instantiated by {@link java.util.ServiceLoader}.\n");
    body.append("  public ").append(name.simpleName()).append("() {\n  }\n\n")
        .append("  @Override\n  public ").append(imports.use(RESOURCE)).append(" resource() {\n")
        .append("    return ").append(tree).append(";\n  }\n}\n");

    StringBuilder out = new StringBuilder(body.length() + 1024);
    if (!name.packageName().isEmpty()) {
      out.append("package ").append(name.packageName()).append(";\n\n");
    }
    String table = imports.use(TABLE); // before the imports are listed
    String generatedName = generated.map(imports::use).orElse(null);
    String documented = imports.javadocName(resourceName);
    imports.appendTo(out);
    out.append("/**\n * CORS routes of {@link ").append(documented).append("}, generated from its"
        + " {@code @CrossOrigin} policies.\n *\n * <p>Found by {@code CorsFeature} through\n"
        + " * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}.\n */\n");
    if (generatedName != null) {
      out.append('@').append(generatedName).append('(');
      literal(out, generator).append(")\n");
    }
    out.append("public final class ").append(name.simpleName()).append(" implements ")
        .append(table).append(" {\n");
    return out.append(body).toString();
  }

  /**
   * The types a table names: imported by simple name unless that name is taken by the table,
   * the resource, or another of them, as JavaPoet would; {@code java.lang} is never imported.
   */
  private static final class Imports {
    private final Set<String> taken = new HashSet<>();
    private final Map<String, ClassName> bySimpleName = new HashMap<>();
    private final Set<String> imported = new TreeSet<>();
    private final String packageName;
    private final String generated;

    Imports(ClassName table, ClassName resource, String generated) {
      this.packageName = table.packageName();
      this.generated = generated;
      taken.add(table.simpleName());
      taken.add(resource.topLevelClassName().simpleName());
    }

    String use(ClassName type) {
      return use(type.canonicalName(), type.packageName(), type.simpleName());
    }

    String use(String qualified) {
      int dot = qualified.lastIndexOf('.');
      return use(qualified, dot < 0 ? "" : qualified.substring(0, dot),
          qualified.substring(dot + 1));
    }

    private String use(String qualified, String pkg, String simple) {
      ClassName owner = bySimpleName.get(simple);
      if (owner != null && owner.canonicalName().equals(qualified)) {
        return simple;
      }
      if (owner != null || taken.contains(simple)) {
        return qualified;
      }
      bySimpleName.put(simple, ClassName.get(pkg, simple));
      if (!pkg.equals(packageName) && !pkg.equals("java.lang")) {
        imported.add(qualified);
      }
      return simple;
    }

    /** The resource in {@code {@link ...}}: in the table's package, nested names joined by '.'. */
    String javadocName(ClassName resource) {
      String top = resource.topLevelClassName().simpleName();
      ClassName owner = bySimpleName.get(top);
      boolean clash = owner != null && !owner.canonicalName().equals(
          resource.topLevelClassName().canonicalName());
      return clash ? resource.canonicalName() : String.join(".", resource.simpleNames());
    }

    void appendTo(StringBuilder out) {
      for (String type : imported) {
        out.append("import ").append(type).append(";\n");
      }
      if (!imported.isEmpty()) {
        out.append('\n');
      }
    }
  }

  /**
   * One constant per policy and declaration: equal policies written in two places stay two
   * constants, so the runtime can say which annotation refused a request.
   */
  private record PolicyKey(Policy.Values values, String declaredOn, String source) {
    static PolicyKey of(Policy policy) {
      return new PolicyKey(policy.values(), policy.declaredOn(), policy.source());
    }
  }

  /** {@code .routes(...)}, the locators and {@code .build()} of one node, indented. */
  private void members(StringBuilder out, Imports imports, ResourceRoutes.Node node,
      Map<Route, String> routeNames, int level) {
    if (!node.routes().isEmpty()) {
      newLine(out, level).append(".routes(");
      for (int i = 0; i < node.routes().size(); i++) {
        out.append(i == 0 ? "" : ", ").append(routeNames.get(node.routes().get(i)));
      }
      out.append(')');
    }
    for (ResourceRoutes.LocatorEntry locator : node.locators()) {
      newLine(out, level).append(".locator(");
      literal(out, locator.path()).append(", ");
      literal(out, locator.javaMethod());
      if (locator.target() == null) {
        out.append(')');
      } else {
        out.append(", ").append(imports.use(RESOURCE)).append(".of(");
        literal(out, binaryName(locator.target().type())).append(')');
        members(out, imports, locator.target(), routeNames, level + 2);
        out.append(')');
      }
    }
    newLine(out, level).append(".build()");
  }

  private static StringBuilder newLine(StringBuilder out, int level) {
    out.append('\n');
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
    return out;
  }

  private String binaryName(javax.lang.model.element.TypeElement type) {
    return elements.getBinaryName(type).toString();
  }

  private static String constantSource(Policy policy) {
    if (policy.site().isComposed()) {
      return policy.site().composedBy().getSimpleName().toString();
    }
    String declaredOn = policy.declaredOn();
    String simple = declaredOn.substring(declaredOn.lastIndexOf('.') + 1);
    return declaredOn.startsWith("package ") ? "package_" + simple : simple.replace('#', '_');
  }

  private void policyField(StringBuilder out, Imports imports, String constant, Policy policy) {
    Headers headers = Headers.of(policy);
    // The answers once per policy; each route names its policy and its own Allow-Methods.
    String where = policy.site().isComposed()
        ? "{@code @CrossOrigin} on {@code " + codeSafe(PolicyReader.describe(policy.site().element()))
            + "}, through {@code @" + policy.site().composedBy().getSimpleName() + "}.\n"
        : "{@code @CrossOrigin} on {@code "
            + codeSafe(PolicyReader.describe(policy.site().element())) + "}.\n";
    javadoc(out, where + "\n<p>A preflight from an allowed origin is answered:\n<pre>\n"
        + htmlSafe(headers.preflight(ROUTE_METHODS)) + "</pre>\n"
        + "and the actual request's response, whatever its status, carries:\n<pre>\n"
        + htmlSafe(headers.actual()) + "</pre>\n");
    String type = imports.use(POLICY);
    out.append("  static final ").append(type).append(' ').append(constant).append(" = ")
        .append(type).append(".declaredOn(");
    literal(out, policy.declaredOn()).append(')');
    if (policy.source() != null) {
      literal(newLine(out, 3).append(".declaredAt("), policy.source()).append(')');
    }
    if (!policy.effectiveOrigins().isEmpty()) {
      strings(newLine(out, 3).append(".origins("), policy.effectiveOrigins()).append(')');
    }
    if (!policy.originPatterns().isEmpty()) {
      strings(newLine(out, 3).append(".originPatterns("), policy.originPatterns().values())
          .append(')');
    }
    if (policy.allowCredentials()) {
      newLine(out, 3).append(".allowCredentials()");
      if (allowInsecureOrigins) {
        newLine(out, 3).append(".allowInsecureOrigins()");
      }
    }
    if (headers.allowHeaders() != null) {
      literal(newLine(out, 3).append(".allowHeaders("), headers.allowHeaders()).append(')');
    }
    if (headers.exposeHeaders() != null) {
      literal(newLine(out, 3).append(".exposeHeaders("), headers.exposeHeaders()).append(')');
    }
    if (headers.maxAge() != null) {
      literal(newLine(out, 3).append(".maxAge("), headers.maxAge()).append(')');
    }
    if (policy.allowPrivateNetwork()) {
      newLine(out, 3).append(".allowPrivateNetwork()");
    }
    newLine(out, 3).append(".build();\n\n");
  }

  private void routeField(StringBuilder out, Imports imports, String constant, Route route,
      Map<PolicyKey, String> policies) {
    StringBuilder doc = new StringBuilder("{@code ").append(codeSafe(route.template()))
        .append("}\n");
    StringBuilder init = new StringBuilder();
    for (RouteBinding binding : route.bindings()) {
      String policy = policies.get(PolicyKey.of(binding.policy()));
      literal(newLine(init, 3).append(".bind("), binding.allowMethods())
          .append(", ").append(policy).append(", ");
      entries(init, binding.methods()).append(')');
      doc.append("\n<p>").append(String.join(", ", binding.httpMethods().stream().distinct()
              .toList())).append(", policy {@link #").append(policy)
          .append("}; its preflight answer has\n{@code Access-Control-Allow-Methods: ")
          .append(codeSafe(binding.allowMethods())).append("}.\n");
    }
    for (RouteBinding binding : route.refused()) {
      String policy = policies.get(PolicyKey.of(binding.policy()));
      newLine(init, 3).append(".refuse(").append(policy).append(", ");
      entries(init, binding.methods()).append(')');
      doc.append("\n<p>").append(String.join(", ", binding.httpMethods().stream().distinct()
              .toList())).append(", policy {@link #").append(policy)
          .append("}, whose {@code methods} leave it out: a cross-origin request is refused.\n");
    }
    if (!route.served().isEmpty()) {
      entries(newLine(init, 3).append(".serve("), route.served()).append(')');
      doc.append("\n<p>").append(String.join(", ", route.served().stream()
          .map(ResourceMethod::httpMethod).distinct().toList()))
          .append(", no policy: left to the application.\n");
    }
    javadoc(out, doc.toString());
    String type = imports.use(ROUTE);
    out.append("  static final ").append(type).append(' ').append(constant).append(" = ")
        .append(type);
    if (route.localPath() == null) {
      out.append(".withoutPath()");
    } else {
      literal(out.append(".path("), route.localPath()).append(')');
    }
    out.append(init);
    newLine(out, 3).append(".build();\n\n");
  }

  /** A member's Javadoc at the class's member indent; {@code text} ends with a line break. */
  private static void javadoc(StringBuilder out, String text) {
    out.append("  /**\n");
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      out.append(end == start ? "   *\n" : "   * ").append(text, start, end);
      if (end > start) {
        out.append('\n');
      }
      start = end + 1;
    }
    out.append("   */\n");
  }

  /** {@code "GET get(long)"}: how the runtime recognises each method. */
  private static StringBuilder entries(StringBuilder out, List<ResourceMethod> methods) {
    for (int i = 0; i < methods.size(); i++) {
      ResourceMethod m = methods.get(i);
      literal(out.append(i == 0 ? "" : ", "), m.httpMethod() + " " + m.javaMethod());
    }
    return out;
  }

  private static StringBuilder strings(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      literal(out.append(i == 0 ? "" : ", "), values.get(i));
    }
    return out;
  }

  /** A Java string literal, escaped as JavaPoet's {@code $S} escapes it. */
  static StringBuilder literal(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** Text for {@code {@code ...}}: only a comment end can break it. */
  static String codeSafe(String text) {
    return text.replace("*/", "*\\/");
  }

  /** Text for a {@code <pre>} block: HTML-escaped, and no comment end. */
  static String htmlSafe(String text) {
    return codeSafe(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  static String joined(List<String> values) {
    return values.stream().collect(Collectors.joining(", "));
  }
}
