package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated tables made ready once, at startup: every header value checked (a hand-written
 * table must not be able to inject CR/LF into a response), {@code ${NAME}} origins resolved,
 * each policy prepared once however many methods share it, and every resource method's
 * {@link MethodCors} computed along its chain of locators. Which root resources an application
 * has is decided later, per application ({@link ApplicationRoutes}, {@link PreflightRouter}).
 */
final class PreparedRoutes {
  /** The root resources by class name. */
  final Map<String, Node> roots = new LinkedHashMap<>();
  /** Every resource method by the class its table lists it under, then by "name(types)". */
  private final Map<String, Map<String, List<MethodCors>>> byJavaMethod = new HashMap<>();
  private final Map<CorsPolicy, PreparedPolicy> prepared = new IdentityHashMap<>();
  private final OriginVariables variables;

  /** A resource prepared: its template (roots only), routes and locators. */
  record Node(String className, JaxRsTemplate template, String route, List<Methods> routes,
      List<Locator> locators) {
    int emptyPathLocators() {
      return (int) locators.stream().filter(Locator::emptyPath).count();
    }
  }

  /** The methods of one method-level {@code @Path} (null for none). */
  record Methods(String path, JaxRsTemplate template, String route, List<MethodCors> methods) {}

  /** A locator and the resource it returns (null: unknown). */
  record Locator(String path, JaxRsTemplate template, Node target) {
    /** JAX-RS treats a locator on "" or "/" as the resource's own: it matches any rest. */
    boolean emptyPath() {
      return path.isEmpty() || path.equals("/");
    }
  }

  PreparedRoutes(List<CorsRouteTable> tables, OriginVariables variables) {
    this.variables = variables;
    for (CorsRouteTable table : tables) {
      CorsResource root = table.resource();
      if (root.template() == null) {
        throw new CorsStartupException("CORS Routes: table " + table.getClass().getName()
            + " describes " + root.className() + " without a class @Path; tables list root"
            + " resources");
      }
      String route = join("", root.template());
      Node node = prepare(root, root.className(), parse(root.template(), root.className()),
          route, 0);
      if (roots.putIfAbsent(root.className(), node) != null) {
        throw new CorsStartupException("CORS Routes: two tables describe " + root.className());
      }
    }
  }

  /** Locator chains deeper than this are a table error (generated tables stop at cycles). */
  private static final int MAX_DEPTH = 64;

  private Node prepare(CorsResource resource, String rootClass, JaxRsTemplate template,
      String route, int depth) {
    if (depth > MAX_DEPTH) {
      throw new CorsStartupException("CORS Routes: locators below " + rootClass
          + " nest deeper than " + MAX_DEPTH);
    }
    List<Methods> routes = new ArrayList<>();
    for (CorsRoute r : resource.routes()) {
      String full = join(route, r.path() == null ? "" : r.path());
      List<MethodCors> methods = new ArrayList<>();
      for (CorsRoute.Binding binding : r.bindings()) {
        checkBinding(full, binding);
        BoundPolicy bound = new BoundPolicy(binding.allowMethods(), prepare(full, binding.policy()));
        for (String method : binding.methods()) {
          methods.add(method(resource, rootClass, full, method, bound, null));
        }
      }
      for (CorsRoute.Binding binding : r.refused()) {
        checkBinding(full, binding);
        PreparedPolicy policy = prepare(full, binding.policy());
        for (String method : binding.methods()) {
          methods.add(method(resource, rootClass, full, method, null, policy));
        }
      }
      for (String method : r.served()) {
        methods.add(method(resource, rootClass, full, method, null, null));
      }
      String allowed = allowedMethods(methods);
      for (MethodCors m : methods) {
        m.routeAllows = allowed;
      }
      routes.add(new Methods(r.path(), parse(r.path() == null ? "" : r.path(), full), full,
          List.copyOf(methods)));
    }
    List<Locator> locators = new ArrayList<>();
    for (CorsResource.Locator locator : resource.locators()) {
      String full = join(route, locator.path());
      Node target = locator.target() == null ? null
          : prepare(locator.target(), rootClass, null, full, depth + 1);
      locators.add(new Locator(locator.path(), parse(locator.path(), full), target));
    }
    return new Node(resource.className(), template, route, List.copyOf(routes),
        List.copyOf(locators));
  }

  private static final List<String> STANDARD = List.of("GET", "HEAD", "POST", "PUT", "PATCH",
      "DELETE", "OPTIONS");
  /** Standard methods in the usual order, then the others by name. */
  private static final java.util.Comparator<String> STANDARD_ORDER =
      java.util.Comparator.<String>comparingInt(m -> STANDARD.contains(m) ? STANDARD.indexOf(m)
          : STANDARD.size()).thenComparing(java.util.Comparator.naturalOrder());

  /** {@code "GET, PUT"}: the methods a policy allows on one route, for refusal messages. */
  static String allowedMethods(java.util.Collection<MethodCors> methods) {
    java.util.Set<String> allowed = new java.util.TreeSet<>(STANDARD_ORDER);
    for (MethodCors m : methods) {
      if (m.bound != null) {
        allowed.add(m.httpMethod);
      }
    }
    return String.join(", ", allowed);
  }

  private MethodCors method(CorsResource resource, String rootClass, String route, String entry,
      BoundPolicy bound, PreparedPolicy refusedBy) {
    int space = entry.indexOf(' ');
    String httpMethod = space < 0 ? "" : entry.substring(0, space);
    String javaMethod = entry.substring(space + 1);
    if (!OriginRules.isToken(httpMethod) || javaMethod.indexOf('(') <= 0
        || !javaMethod.endsWith(")")) {
      throw new CorsStartupException("CORS Routes: route \"" + route + "\" of "
          + resource.className() + ": \"" + OriginVariables.shown(entry)
          + "\" is not \"HTTP-METHOD javaName(parameter types)\"");
    }
    if (bound != null && OriginRules.isForbiddenMethod(httpMethod)) {
      throw new CorsStartupException("CORS Routes: route \"" + route + "\" of "
          + resource.className() + " allows " + httpMethod + ", a method the Fetch standard"
          + " forbids cross-origin; list it with refuse(...)");
    }
    MethodCors method = new MethodCors(httpMethod, resource.className(), javaMethod, route,
        rootClass, bound, refusedBy);
    byJavaMethod.computeIfAbsent(resource.className(), c -> new HashMap<>())
        .computeIfAbsent(javaMethod, m -> new ArrayList<>())
        .add(method);
    return method;
  }

  private PreparedPolicy prepare(String route, CorsPolicy policy) {
    PreparedPolicy p = prepared.get(policy);
    if (p == null) {
      p = new PreparedPolicy(policy, variables.resolve(route, policy));
      prepared.put(policy, p);
    }
    return p;
  }

  /**
   * What {@code nodes} hold, for the startup line: routes (one per method-level path of a
   * resource, along each locator chain), resource methods, and distinct policies.
   */
  record Counts(int routes, int methods, int policies) {
    static Counts of(java.util.Collection<Node> nodes) {
      int[] routesAndMethods = new int[2];
      java.util.Set<PreparedPolicy> policies =
          java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Node node : nodes) {
        count(node, routesAndMethods, policies);
      }
      return new Counts(routesAndMethods[0], routesAndMethods[1], policies.size());
    }

    private static void count(Node node, int[] routesAndMethods,
        java.util.Set<PreparedPolicy> policies) {
      for (Methods route : node.routes()) {
        routesAndMethods[0]++;
        for (MethodCors m : route.methods()) {
          routesAndMethods[1]++;
          if (m.policy() != null) {
            policies.add(m.policy());
          }
        }
      }
      for (Locator locator : node.locators()) {
        if (locator.target() != null) {
          count(locator.target(), routesAndMethods, policies);
        }
      }
    }
  }

  /** The entries for a Java method listed under {@code className}, or an empty list. */
  List<MethodCors> methods(String className, String javaMethod) {
    Map<String, List<MethodCors>> ofClass = byJavaMethod.get(className);
    return ofClass == null ? List.of() : ofClass.getOrDefault(javaMethod, List.of());
  }

  private static JaxRsTemplate parse(String template, String where) {
    try {
      return JaxRsTemplate.parse(template);
    } catch (IllegalArgumentException e) {
      throw new CorsStartupException("CORS Routes: @Path \"" + OriginVariables.shown(template)
          + "\" of " + where + ": " + e.getMessage(), e);
    }
  }

  /** JAX-RS path joining, for messages: one '/' between parts, none at the end. */
  static String join(String prefix, String path) {
    String p = path.strip();
    int from = 0;
    int to = p.length();
    while (from < to && p.charAt(from) == '/') {
      from++;
    }
    while (to > from && p.charAt(to - 1) == '/') {
      to--;
    }
    String part = p.substring(from, to);
    if (part.isEmpty()) {
      return prefix.isEmpty() ? "/" : prefix;
    }
    return (prefix.equals("/") ? "" : prefix) + "/" + part;
  }

  private static void checkBinding(String template, CorsRoute.Binding binding) {
    CorsPolicy policy = binding.policy();
    String where = "CORS Routes: route \"" + template + "\", policy on " + policy.declaredOn();
    if (!binding.allowMethods().isEmpty()) {
      checkTokenList(where, "Access-Control-Allow-Methods", binding.allowMethods());
    }
    if (policy.allowHeaders() != null) {
      checkTokenList(where, "Access-Control-Allow-Headers", policy.allowHeaders());
    }
    if (policy.exposeHeaders() != null) {
      checkTokenList(where, "Access-Control-Expose-Headers", policy.exposeHeaders());
    }
    String maxAge = policy.maxAge();
    if (maxAge != null && (maxAge.isEmpty() || maxAge.length() > 10 || !isDigits(maxAge))) {
      throw new CorsStartupException(where + ": Access-Control-Max-Age \""
          + OriginVariables.shown(maxAge) + "\" is not a number of seconds");
    }
  }

  private static void checkTokenList(String where, String header, String value) {
    for (String element : value.split(",", -1)) {
      if (!OriginRules.isToken(element.trim())) {
        throw new CorsStartupException(where + ": " + header + " value \""
            + OriginVariables.shown(value) + "\" is not a comma-separated list of tokens");
      }
      if (header.equals("Access-Control-Allow-Methods")
          && OriginRules.isForbiddenMethod(element.trim())) {
        throw new CorsStartupException(where + ": " + header + " value \"" + value
            + "\" offers " + element.trim() + ", a method the Fetch standard forbids");
      }
    }
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
