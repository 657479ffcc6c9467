package org.corsroutes.runtime;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corsroutes.runtime.PreparedRoutes.Locator;
import org.corsroutes.runtime.PreparedRoutes.Methods;
import org.corsroutes.runtime.PreparedRoutes.Node;

/**
 * Finds the resource method the browser's actual request will reach, for a preflight, which
 * JAX-RS does not match to the method it announces. It runs JAX-RS's algorithm as Jersey does:
 * root resources with the same template regex are one route, routes are tried in the
 * specification's precedence order, the class template is chosen first, then a resource method
 * or a locator inside it; matrix parameters are ignored; the encoded path is matched against the
 * encoded templates. Built per application from the root resources it has.
 */
final class PreflightRouter {
  private final RouteLevel root;

  /**
   * @throws CorsStartupException when two root resources of the application give one path and
   *     method two different policies
   */
  PreflightRouter(Collection<Node> roots) {
    this.root = new RouteLevel(rootRoutes(List.copyOf(roots)));
  }

  /**
   * Where {@code method rawPath} goes. {@code rawPath[from, to)} is the encoded request path
   * relative to the application, starting with '/' (as JAX-RS matches it), matrix parameters
   * included: they are dropped here, as JAX-RS drops them.
   */
  RouteMatch route(String method, String rawPath, int from, int to) {
    // Matched as it is first: a match reads every character it accepts and says when one is a
    // ';' (JaxRsTemplate.MATRIX_PARAMETERS), so only a path that matched nothing, or not to its
    // end, must be searched for matrix parameters before it is matched without them.
    RouteMatch match = root.match(method, rawPath, from, to);
    if (match == RouteLevel.MATRIX_PARAMETERS
        || ((match == RouteMatch.NOT_FOUND || match == RouteMatch.UNKNOWN)
            && JaxRsTemplate.hasSemicolon(rawPath, from, to))) {
      String stripped = stripMatrixParameters(rawPath, from, to);
      return root.match(method, stripped, 0, stripped.length());
    }
    return match;
  }

  /**
   * Where {@code method} to the request's path goes: {@code "/"} and the raw path after the
   * application's base path, computed as Jersey does, without copying the path.
   */
  RouteMatch route(String method, UriInfo uri) {
    String raw = uri.getRequestUri().getRawPath();
    String base = uri.getBaseUri().getRawPath();
    if (raw == null || base == null) {
      return route(method, "/");
    }
    int from = base.endsWith("/") ? base.length() - 1 : base.length();
    if (from >= raw.length() || !raw.regionMatches(0, base, 0, from)) {
      return route(method, "/");
    }
    return route(method, raw, from, raw.length());
  }

  RouteMatch route(String method, String path) {
    return route(method, path, 0, path.length());
  }

  /** Each ";..." up to the next '/' removed: what Jersey matches ("/a;x/b;y" is "/a/b"). */
  static String stripMatrixParameters(String path, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = path.charAt(i);
      if (c == ';') {
        int slash = path.indexOf('/', i);
        i = slash < 0 || slash > to ? to : slash;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  // ---- building, in Jersey's order (ResourceBag, Resource.mergeResources,
  // RuntimeResourceModel, RuntimeModelBuilder, RuntimeResource.COMPARATOR) ----

  /**
   * A route of one level: the children (Jersey's resources) whose templates share one group
   * key, the first one's template standing for all of them when routes are sorted, as in
   * Jersey.
   */
  private record Group(JaxRsTemplate template, List<Child> children) {
    /** Jersey counts a group's locators to put sub-resource methods first on ties. */
    int locatorCount() {
      return (int) children.stream().filter(c -> !c.locators.isEmpty()).count();
    }
  }

  /**
   * What Jersey calls a resource: everything on one {@code @Path} string, merged (root classes
   * with the same path; a class's sub-resource methods and locator on the same path).
   */
  private record Child(JaxRsTemplate template, List<Node> nodes, List<Methods> methods,
      List<Locator> locators) {}

  private static final Comparator<Group> ORDER = (a, b) -> {
    int c = JaxRsTemplate.compareByPrecedence(a.template, b.template);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.locatorCount(), b.locatorCount()); // methods before locators
    return c != 0 ? c : b.template.groupKey.compareTo(a.template.groupKey);
  };

  private static List<RouteLevel.Route> rootRoutes(List<Node> roots) {
    // Jersey keeps one root resource per path string in a HashMap: its iteration order decides
    // which template stands for a group whose templates differ ("a/b" and "a/b/").
    Map<String, List<Node>> byPath = new HashMap<>();
    for (Node node : roots) {
      appended(byPath, node.template().written, ArrayList::new).add(node);
    }
    List<Child> resources = new ArrayList<>();
    byPath.values().forEach(nodes -> {
      List<Locator> own = new ArrayList<>();
      nodes.forEach(n -> n.locators().stream().filter(Locator::emptyPath).forEach(own::add));
      resources.add(new Child(nodes.get(0).template(), nodes, List.of(), own));
    });
    List<RouteLevel.Route> routes = new ArrayList<>();
    for (Group group : sortedGroups(resources)) {
      List<Node> nodes = new ArrayList<>();
      group.children.forEach(c -> nodes.addAll(c.nodes));
      String route = nodes.get(0).route();
      List<MethodCors> own = ownMethods(nodes);
      if (!own.isEmpty()) {
        routes.add(new RouteLevel.Closed(group.template, route, byMethod(route, own)));
      }
      RouteLevel below = below(group.children);
      if (below != null) {
        routes.add(new RouteLevel.Open(group.template, below));
      }
    }
    return routes;
  }

  /** The level of the resource a locator returns: its methods at the end of the path, then the rest. */
  private static RouteLevel subResource(Locator locator) {
    Node target = locator.target();
    if (target == null) {
      return null;
    }
    List<RouteLevel.Route> routes = new ArrayList<>();
    List<MethodCors> own = ownMethods(List.of(target));
    if (!own.isEmpty()) {
      routes.add(new RouteLevel.Closed(JaxRsTemplate.EMPTY, target.route(),
          byMethod(target.route(), own)));
    }
    RouteLevel below = below(List.of(new Child(JaxRsTemplate.EMPTY, List.of(target), List.of(),
        target.locators().stream().filter(Locator::emptyPath).toList())));
    if (below != null) {
      routes.add(new RouteLevel.Open(JaxRsTemplate.EMPTY, below));
    }
    return new RouteLevel(routes);
  }

  private static List<MethodCors> ownMethods(List<Node> nodes) {
    List<MethodCors> own = new ArrayList<>();
    for (Node node : nodes) {
      for (Methods m : node.routes()) {
        if (m.path() == null) {
          own.addAll(m.methods());
        }
      }
    }
    return own;
  }

  /**
   * Below a matched group of resources: their sub-resource methods and locators, each
   * resource's on one path string merged (Jersey keeps them in a HashMap, whose order decides
   * which template stands for a group), then the first locator on the empty path. Null when
   * there is nothing below.
   */
  private static RouteLevel below(List<Child> resources) {
    List<Child> children = new ArrayList<>();
    Locator ownLocator = null;
    for (Child resource : resources) {
      Map<String, Child> byPath = new HashMap<>();
      for (Node node : resource.nodes) {
        for (Methods m : node.routes()) {
          if (m.path() != null) {
            appended(byPath, m.path(), () -> new Child(m.template(), List.of(),
                new ArrayList<>(), new ArrayList<>())).methods.add(m);
          }
        }
        for (Locator l : node.locators()) {
          if (!l.emptyPath()) {
            appended(byPath, l.path(), () -> new Child(l.template(), List.of(),
                new ArrayList<>(), new ArrayList<>())).locators.add(l);
          }
        }
      }
      children.addAll(byPath.values());
      if (ownLocator == null && !resource.locators.isEmpty()) {
        ownLocator = resource.locators.get(0);
      }
    }
    if (children.isEmpty() && ownLocator == null) {
      return null;
    }
    List<RouteLevel.Route> routes = new ArrayList<>();
    for (Group group : sortedGroups(children)) {
      List<MethodCors> all = new ArrayList<>();
      Locator locator = null;
      String route = null;
      for (Child child : group.children) {
        for (Methods m : child.methods) {
          all.addAll(m.methods());
          route = route == null ? m.route() : route;
        }
        if (locator == null && !child.locators.isEmpty()) {
          locator = child.locators.get(0);
        }
      }
      if (!all.isEmpty()) {
        routes.add(new RouteLevel.Closed(group.template, route, byMethod(route, all)));
      }
      if (locator != null) {
        routes.add(new RouteLevel.Open(group.template, subResource(locator)));
      }
    }
    if (ownLocator != null) {
      routes.add(new RouteLevel.Open(JaxRsTemplate.EMPTY, subResource(ownLocator)));
    }
    return new RouteLevel(routes);
  }

  /**
   * The value for {@code key}, put there first if absent, as Jersey's {@code get} then
   * {@code put} do: a new key goes to the end of its hash bucket ({@code computeIfAbsent} would
   * put it first), and the bucket's order is the order Jersey iterates.
   */
  private static <V> V appended(Map<String, V> map, String key, Supplier<V> absent) {
    V value = map.get(key);
    if (value == null) {
      value = absent.get();
      map.put(key, value);
    }
    return value;
  }

  /** Children grouped by template group key, the groups in Jersey's precedence order. */
  private static List<Group> sortedGroups(List<Child> children) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Child child : children) {
      groups.computeIfAbsent(child.template.groupKey,
          k -> new Group(child.template, new ArrayList<>())).children.add(child);
    }
    List<Group> sorted = new ArrayList<>(groups.values());
    sorted.sort(ORDER);
    return sorted;
  }

  /**
   * One method per HTTP method. Two resource methods may share one (told apart by media
   * types); a preflight cannot tell them apart, so they must share one policy.
   */
  private static Map<String, MethodCors> byMethod(String route, List<MethodCors> methods) {
    Map<String, MethodCors> out = new LinkedHashMap<>();
    for (MethodCors m : methods) {
      MethodCors first = out.putIfAbsent(m.httpMethod, m);
      if (first != null && first.policy() != m.policy()
          && (first.policy() == null || m.policy() == null
              || !first.policy().source.equals(m.policy().source)
              || (first.bound == null) != (m.bound == null))) {
        throw new CorsStartupException("CORS Routes: route \"" + route + "\" " + m.httpMethod
            + " has two different CORS policies in this application: "
            + describe(first) + " and " + describe(m) + "; a preflight cannot tell them apart."
            + " Give both methods one @CrossOrigin policy, or register the classes in"
            + " different applications");
      }
    }
    return out;
  }

  private static String describe(MethodCors m) {
    PreparedPolicy policy = m.policy();
    return m.javaName() + (policy == null ? " (no policy)"
        : " (policy on " + policy.source.declaredOn() + ")");
  }
}
