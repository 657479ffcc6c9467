package org.corsroutes.processor.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.corsroutes.processor.baseline.RouteCors;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.review.ReviewReportWriter;

/**
 * What the whole compilation writes once processing is over, the service file, the route report
 * (JSON, and Markdown for reviewers) and the {@link TableState}, merged with what earlier compilations wrote to the same class
 * output, as AutoService merges service files: a compilation that sees only some sources keeps
 * the other tables. A table is dropped when its root resource or the table itself no longer
 * exists, or when its root is compiled now (it is replaced, or it is no longer a resource); a
 * table one of whose inputs (a sub-resource, an interface, a composed policy, a package) is
 * compiled now is regenerated from its root's class file ({@link #toRegenerate}).
 */
public final class Outputs {
  private final Map<String, TableState.Table> previous;
  private final Map<String, TableState.Table> generated = new TreeMap<>();
  private final Set<String> handledRoots = new HashSet<>();
  private boolean firstRound = true;

  private Outputs(Map<String, TableState.Table> previous) {
    this.previous = previous;
  }

  /** Reads what an earlier compilation into the same class output left. */
  public static Outputs read(Filer filer) {
    return new Outputs(TableState.read(filer));
  }

  /** {@code a.B} for a type (its top-level type), {@code package a} for a package. */
  public static String inputName(Element element) {
    if (element instanceof PackageElement pkg) {
      return "package " + pkg.getQualifiedName();
    }
    Element e = element;
    while (!(e instanceof TypeElement) || !(e.getEnclosingElement() instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((TypeElement) e).getQualifiedName().toString();
  }

  /**
   * The roots of earlier tables to generate again in this round: an input of theirs is among
   * {@code compiledNow} (this round's sources), or, in the first round, no longer exists.
   */
  public List<String> toRegenerate(Set<String> compiledNow, Elements elements) {
    boolean first = firstRound;
    firstRound = false;
    List<String> out = new ArrayList<>();
    for (TableState.Table t : previous.values()) {
      if (handledRoots.contains(t.root()) || elements.getTypeElement(t.root()) == null) {
        continue;
      }
      for (String input : t.inputs()) {
        if (compiledNow.contains(input) || (first && !exists(input, elements))) {
          out.add(t.root());
          break;
        }
      }
    }
    return out;
  }

  private static boolean exists(String input, Elements elements) {
    return input.startsWith("package ")
        ? elements.getPackageElement(input.substring("package ".length())) != null
        : elements.getTypeElement(input) != null;
  }

  /** {@code root} was processed in this compilation: its earlier table, if any, is replaced. */
  public void handled(TypeElement root) {
    handledRoots.add(root.getQualifiedName().toString());
  }

  /** A table generated now. */
  public void add(String table, ResourceRoutes routes) {
    Set<String> inputs = new LinkedHashSet<>();
    for (Element e : routes.inputs()) {
      inputs.add(inputName(e));
    }
    Map<String, String> lines = new TreeMap<>();
    for (Policy policy : routes.policies()) {
      if (policy.source() != null) {
        lines.put(policy.declaredOn(), policy.source());
      }
    }
    generated.put(table, new TableState.Table(table,
        routes.resource().getQualifiedName().toString(), inputs,
        RouteReportWriter.entries(routes), lines));
  }

  /**
   * Where an earlier compilation saw the policy declared on {@code declaredOn} written, or null:
   * a policy read from a class file has no line, and its source has not changed since.
   */
  public String earlierLine(String declaredOn) {
    for (TableState.Table t : previous.values()) {
      String line = t.lines().get(declaredOn);
      if (line != null) {
        return line;
      }
    }
    return null;
  }

  /** Whether there is anything to write: tables now, or files an earlier compilation wrote. */
  public boolean isEmpty() {
    return generated.isEmpty() && previous.isEmpty();
  }

  /** The tables that stand once this compilation is over. */
  Collection<TableState.Table> merged(Elements elements) {
    Map<String, TableState.Table> out = new TreeMap<>(generated);
    for (TableState.Table t : previous.values()) {
      if (!handledRoots.contains(t.root()) && !out.containsKey(t.name())
          && elements.getTypeElement(t.root()) != null
          && elements.getTypeElement(t.name()) != null) {
        out.put(t.name(), t);
      }
    }
    return out.values();
  }

  /** The routes of the tables that stand once this compilation is over, as the report has them. */
  public List<RouteCors> mergedRoutes(Elements elements) {
    return merged(elements).stream().flatMap(t -> t.routes().stream())
        .map(RouteReportWriter.Entry::cors).toList();
  }

  /** Writes the four files; reports each that fails and goes on with the others. */
  public void write(Filer filer, Elements elements, WriteFailure failure) {
    Collection<TableState.Table> tables = merged(elements);
    try {
      ServiceFileWriter.write(filer, tables.stream().map(TableState.Table::name).toList());
    } catch (IOException e) {
      failure.failed(ServiceFileWriter.PATH, e);
    }
    try {
      RouteReportWriter.write(filer,
          tables.stream().flatMap(t -> t.routes().stream()).toList());
    } catch (IOException e) {
      failure.failed(RouteReportWriter.PATH, e);
    }
    try {
      ReviewReportWriter.write(filer, tables.stream()
          .map(t -> new ReviewReportWriter.Resource(t.root(),
              t.routes().stream().map(RouteReportWriter.Entry::cors).toList()))
          .toList());
    } catch (IOException e) {
      failure.failed(ReviewReportWriter.PATH, e);
    }
    try {
      TableState.write(filer, tables);
    } catch (IOException e) {
      failure.failed(TableState.PATH, e);
    }
  }

  /** Told when a file cannot be written. */
  public interface WriteFailure {
    void failed(String path, IOException e);
  }
}
