package org.corsroutes.processor.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The table names of one compilation. {@code <Resource>CorsRoutes} joins nested names with
 * {@code _}, so {@code a.Outer.Inner} and {@code a.Outer_Inner} would both get
 * {@code a.Outer_InnerCorsRoutes}, and a class of the user's may already carry the name: such a
 * name is reported instead of written twice or over the user's class.
 */
public final class TableNames {
  private final Elements elements;
  private final Map<String, String> claimed = new HashMap<>();
  /**
   * The simple names of each package's top-level types, as this round sees them. Asking javac
   * for a type that does not exist costs it a search of the class path, about a millisecond per
   * table; listing each package once costs a fraction of that. New types appear only in the
   * next round, so the listings hold for one round.
   */
  private final Map<String, Set<String>> packageMembers = new HashMap<>();

  public TableNames(Elements elements) {
    this.elements = elements;
  }

  /**
   * Claims the table name of {@code resource}; what holds it already (another resource's table,
   * or another class) when it cannot.
   */
  /** Forgets the package listings: a new round may see types generated in the last one. */
  public void newRound() {
    packageMembers.clear();
  }

  public Optional<String> claim(TypeElement resource) {
    var tableName = RouteTableWriter.tableName(resource);
    String table = tableName.canonicalName();
    String name = resource.getQualifiedName().toString();
    String owner = claimed.putIfAbsent(table, name);
    if (owner != null && !owner.equals(name)) {
      return Optional.of("the name of the table of " + owner);
    }
    TypeElement existing = members(tableName.packageName()).contains(tableName.simpleName())
        ? elements.getTypeElement(table) : null;
    if (owner == null && existing != null && !isTable(existing)) {
      claimed.remove(table);
      return Optional.of("the name of the class " + existing.getQualifiedName()
          + ", which is no route table");
    }
    return Optional.empty();
  }

  private Set<String> members(String packageName) {
    return packageMembers.computeIfAbsent(packageName, name -> {
      Set<String> names = new HashSet<>();
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        for (Element member : pkg.getEnclosedElements()) {
          names.add(member.getSimpleName().toString());
        }
      }
      return names;
    });
  }

  /** A table generated for this resource by an earlier compilation may be regenerated. */
  private static boolean isTable(TypeElement type) {
    for (TypeMirror i : type.getInterfaces()) {
      if (i instanceof DeclaredType d && ((TypeElement) d.asElement()).getQualifiedName()
          .contentEquals(RouteTableWriter.TABLE.canonicalName())) {
        return true;
      }
    }
    return false;
  }
}
