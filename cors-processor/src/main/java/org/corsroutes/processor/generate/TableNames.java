package org.corsroutes.processor.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

  public TableNames(Elements elements) {
    this.elements = elements;
  }

  /**
   * Claims the table name of {@code resource}; what holds it already (another resource's table,
   * or another class) when it cannot.
   */
  public Optional<String> claim(TypeElement resource) {
    String table = RouteTableWriter.tableName(resource).canonicalName();
    String name = resource.getQualifiedName().toString();
    String owner = claimed.putIfAbsent(table, name);
    if (owner != null && !owner.equals(name)) {
      return Optional.of("the name of the table of " + owner);
    }
    TypeElement existing = elements.getTypeElement(table);
    if (owner == null && existing != null && !isTable(existing)) {
      claimed.remove(table);
      return Optional.of("the name of the class " + existing.getQualifiedName()
          + ", which is no route table");
    }
    return Optional.empty();
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
