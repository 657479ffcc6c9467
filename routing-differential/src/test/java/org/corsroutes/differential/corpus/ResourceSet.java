package org.corsroutes.differential.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated application: its root resource classes and the sub-resource classes their
 * locators return, all in one Java package of its own, so many sets compile in one javac task
 * and the same templates can collide freely between sets.
 *
 * @param id a name unique in the corpus, also the package's last segment ("s0042")
 */
public record ResourceSet(String id, List<ResourceClass> classes) {
  public static final String PACKAGE_PREFIX = "gen.";

  public ResourceSet {
    classes = List.copyOf(classes);
  }

  public String packageName() {
    return PACKAGE_PREFIX + id;
  }

  public String qualified(String simpleName) {
    return packageName() + "." + simpleName;
  }

  public List<ResourceClass> roots() {
    return classes.stream().filter(ResourceClass::isRoot).toList();
  }

  public List<String> rootClassNames() {
    return roots().stream().map(c -> qualified(c.name())).toList();
  }

  public ResourceClass find(String simpleName) {
    for (ResourceClass c : classes) {
      if (c.name().equals(simpleName)) {
        return c;
      }
    }
    throw new IllegalArgumentException(simpleName + " not in " + id);
  }

  /** A route the actual request can take: the path pieces from the root down, and its method. */
  public record Route(String httpMethod, List<String> paths, String javaMethod,
      List<String> locators) {
    public String template() {
      return Template.join(paths);
    }
  }

  /** Every route of the set, following locators (the classes form no cycle). */
  public List<Route> routes() {
    List<Route> out = new ArrayList<>();
    for (ResourceClass root : roots()) {
      collect(root, List.of(root.path()), List.of(), out);
    }
    return out;
  }

  private void collect(ResourceClass type, List<String> prefix, List<String> locators,
      List<Route> out) {
    for (Member m : type.members()) {
      List<String> paths = new ArrayList<>(prefix);
      paths.add(m.path() == null ? "" : m.path());
      if (m.isLocator()) {
        List<String> via = new ArrayList<>(locators);
        via.add(type.name() + "#" + m.name());
        collect(find(m.target()), paths, via, out);
      } else {
        out.add(new Route(m.httpMethod(), paths, type.name() + "#" + m.name(), locators));
      }
    }
  }

  /** The same classes in another package, for a reduced copy compiled next to the original. */
  public ResourceSet renamed(String newId) {
    return new ResourceSet(newId, classes);
  }

  /**
   * Without one member; sub-resource classes no locator reaches any more are dropped too.
   * Null where that leaves a class without members (javac and the processor need one).
   */
  public ResourceSet withoutMember(String className, String memberName) {
    List<ResourceClass> kept = new ArrayList<>();
    for (ResourceClass c : classes) {
      if (!c.name().equals(className)) {
        kept.add(c);
        continue;
      }
      List<Member> members = new ArrayList<>(c.members());
      members.removeIf(m -> m.name().equals(memberName));
      if (members.isEmpty()) {
        return null;
      }
      kept.add(c.withMembers(members));
    }
    return new ResourceSet(id, kept).reachableOnly();
  }

  /** Without one root class; null if it is the last one. */
  public ResourceSet withoutRoot(String rootName) {
    List<ResourceClass> kept = new ArrayList<>(classes);
    kept.removeIf(c -> c.name().equals(rootName));
    ResourceSet out = new ResourceSet(id, kept).reachableOnly();
    return out.roots().isEmpty() ? null : out;
  }

  private ResourceSet reachableOnly() {
    Set<String> reached = new LinkedHashSet<>();
    List<ResourceClass> queue = new ArrayList<>(roots());
    while (!queue.isEmpty()) {
      ResourceClass c = queue.remove(0);
      if (reached.add(c.name())) {
        for (Member m : c.members()) {
          if (m.isLocator()) {
            queue.add(find(m.target()));
          }
        }
      }
    }
    return new ResourceSet(id, classes.stream().filter(c -> reached.contains(c.name())).toList());
  }

  /** The Java source of every class, by qualified name. */
  public Map<String, String> sources() {
    Map<String, String> out = new LinkedHashMap<>();
    for (ResourceClass c : classes) {
      out.put(qualified(c.name()), source(c));
    }
    return out;
  }

  private String source(ResourceClass c) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(packageName()).append(";\n\n")
        .append("import jakarta.ws.rs.*;\n")
        .append("import org.corsroutes.differential.Invoked;\n\n");
    if (c.isRoot()) {
      s.append("@Path(").append(literal(c.path())).append(")\n")
          .append("@org.corsroutes.annotation.CrossOrigin\n");
    }
    s.append("public class ").append(c.name()).append(" {\n");
    for (Member m : c.members()) {
      String id = literal(qualified(c.name()) + "#" + m.name());
      s.append("  ");
      if (!m.isLocator()) {
        s.append('@').append(m.httpMethod()).append(' ');
      }
      if (m.path() != null) {
        s.append("@Path(").append(literal(m.path())).append(") ");
      }
      if (m.isLocator()) {
        s.append("public ").append(m.target()).append(' ').append(m.name())
            .append("() { Invoked.record(").append(id).append("); return new ")
            .append(m.target()).append("(); }\n");
      } else {
        s.append("public String ").append(m.name()).append("() { Invoked.record(").append(id)
            .append("); return ").append(id).append("; }\n");
      }
    }
    return s.append("}\n").toString();
  }

  private static String literal(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Compact Java of the whole set, for reports: annotations, class and method names. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (ResourceClass c : classes) {
      out.append(c.isRoot() ? "@Path(\"" + c.path() + "\") " : "").append("class ")
          .append(c.name()).append(" {");
      for (Member m : c.members()) {
        out.append(" ").append(m.describe()).append(";");
      }
      out.append(" }\n");
    }
    return out.toString();
  }

  public int memberCount() {
    return classes.stream().mapToInt(c -> c.members().size()).sum();
  }
}
