package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    if (rawPath.indexOf(';', from) >= 0) {
      String stripped = stripMatrixParameters(rawPath, from, to);
      return root.match(method, stripped, 0, stripped.length());
    }
    return root.match(method, rawPath, from, to);
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

  // ---- building, in Jersey's order (RuntimeModelBuilder, RuntimeResource.COMPARATOR) ----

  /** Templates with the same regex are one route; its resources' members are merged. */
  private record Group(JaxRsTemplate template, List<Methods> methods, List<Locator> locators,
      List<Node> resources) {
    /** Jersey counts a group's locators to put sub-resource methods first on ties. */
    int locatorCount() {
      return locators.size() + resources.stream().mapToInt(Node::emptyPathLocators).sum();
    }
  }

  private static final Comparator<Group> ORDER = (a, b) -> {
    int c = JaxRsTemplate.compareByPrecedence(a.template, b.template);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.locatorCount(), b.locatorCount()); // methods before locators
    return c != 0 ? c : b.template.regex.compareTo(a.template.regex);
  };

  private static List<RouteLevel.Route> rootRoutes(List<Node> roots) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Node node : roots) {
      groups.computeIfAbsent(node.template().regex,
          r -> new Group(node.template(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
          .resources.add(node);
    }
    List<Group> sorted = new ArrayList<>(groups.values());
    sorted.sort(ORDER);
    List<RouteLevel.Route> routes = new ArrayList<>();
    for (Group group : sorted) {
      String route = group.resources.get(0).route();
      List<MethodCors> own = new ArrayList<>();
      List<Methods> children = new ArrayList<>();
      List<Locator> locators = new ArrayList<>();
      Locator ownLocator = null;
      for (Node node : group.resources) {
        for (Methods m : node.routes()) {
          if (m.path().isEmpty()) {
            own.addAll(m.methods());
          } else {
            children.add(m);
          }
        }
        for (Locator l : node.locators()) {
          if (!l.emptyPath()) {
            locators.add(l);
          } else if (ownLocator == null) {
            ownLocator = l;
          }
        }
      }
      if (!own.isEmpty()) {
        routes.add(new RouteLevel.Closed(group.template, route, byMethod(route, own)));
      }
      if (!children.isEmpty() || !locators.isEmpty() || ownLocator != null) {
        routes.add(new RouteLevel.Open(group.template,
            new RouteLevel(childRoutes(children, locators, ownLocator))));
      }
    }
    return routes;
  }

  /** Below a matched resource: its sub-resource methods and locators, then its own locator. */
  private static List<RouteLevel.Route> childRoutes(List<Methods> methods, List<Locator> locators,
      Locator ownLocator) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Methods m : methods) {
      group(groups, m.template()).methods.add(m);
    }
    for (Locator l : locators) {
      group(groups, l.template()).locators.add(l);
    }
    List<Group> sorted = new ArrayList<>(groups.values());
    sorted.sort(ORDER);
    List<RouteLevel.Route> routes = new ArrayList<>();
    for (Group group : sorted) {
      if (!group.methods.isEmpty()) {
        List<MethodCors> all = new ArrayList<>();
        group.methods.forEach(m -> all.addAll(m.methods()));
        String route = group.methods.get(0).route();
        routes.add(new RouteLevel.Closed(group.template, route, byMethod(route, all)));
      }
      if (!group.locators.isEmpty()) {
        routes.add(new RouteLevel.Open(group.template, subResource(group.locators.get(0))));
      }
    }
    if (ownLocator != null) {
      routes.add(new RouteLevel.Open(JaxRsTemplate.EMPTY, subResource(ownLocator)));
    }
    return routes;
  }

  /** The level of the resource a locator returns: its methods at the end of the path, then the rest. */
  private static RouteLevel subResource(Locator locator) {
    Node target = locator.target();
    if (target == null) {
      return null;
    }
    List<MethodCors> own = new ArrayList<>();
    List<Methods> children = new ArrayList<>();
    for (Methods m : target.routes()) {
      if (m.path().isEmpty()) {
        own.addAll(m.methods());
      } else {
        children.add(m);
      }
    }
    List<Locator> locators = new ArrayList<>();
    Locator ownLocator = null;
    for (Locator l : target.locators()) {
      if (!l.emptyPath()) {
        locators.add(l);
      } else if (ownLocator == null) {
        ownLocator = l;
      }
    }
    List<RouteLevel.Route> routes = new ArrayList<>();
    if (!own.isEmpty()) {
      routes.add(new RouteLevel.Closed(JaxRsTemplate.EMPTY, target.route(),
          byMethod(target.route(), own)));
    }
    if (!children.isEmpty() || !locators.isEmpty() || ownLocator != null) {
      routes.add(new RouteLevel.Open(JaxRsTemplate.EMPTY,
          new RouteLevel(childRoutes(children, locators, ownLocator))));
    }
    return new RouteLevel(routes);
  }

  private static Group group(Map<String, Group> groups, JaxRsTemplate template) {
    return groups.computeIfAbsent(template.regex,
        r -> new Group(template, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
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
