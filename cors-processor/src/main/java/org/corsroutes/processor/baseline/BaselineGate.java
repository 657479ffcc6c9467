package org.corsroutes.processor.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.parse.PolicyReader;
import org.corsroutes.processor.validate.Diagnostic;

/**
 * Checks the routes of the whole class output (the merged report, not one compilation's part)
 * against the committed baseline ({@code -Acors.baseline}): each way a route allows more than
 * the baseline records is an error of its own id, on the policy the route takes (the annotation
 * on its method or class) where it still exists; each way it allows less is a note. With
 * {@code -Acors.baseline.update=true} it writes the baseline from the routes instead, so
 * accepting a widening is a diff of that file.
 */
public final class BaselineGate {
  static final String ACCEPT = "If intended, accept it: rebuild with"
      + " -Acors.baseline.update=true (Maven: -Dcors.baseline.update=true where the pom passes it"
      + " on) and commit the baseline's diff; otherwise revert the change";

  private final Messager messager;
  private final Elements elements;
  private final PolicyReader policies;
  private final Path file;
  private final String shown;

  /**
   * @param option the {@code -Acors.baseline} value; relative paths are resolved against the
   *     compiler's working directory
   */
  public BaselineGate(Messager messager, Elements elements, PolicyReader policies,
      String option) {
    this.messager = messager;
    this.elements = elements;
    this.policies = policies;
    this.file = Path.of(option).toAbsolutePath().normalize();
    this.shown = shown(file);
  }

  /** The file as messages name it: relative to the working directory when it is below it. */
  private static String shown(Path file) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return file.startsWith(cwd) && !file.equals(cwd) ? cwd.relativize(file).toString()
        .replace('\\', '/') : file.toString();
  }

  /** Checks {@code routes} against the baseline, or with {@code update} writes it. */
  public void run(List<RouteCors> routes, boolean update) {
    List<RouteCors> baseline;
    try {
      baseline = BaselineFile.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      baseline = null;
      if (!update) {
        messager.printMessage(Kind.ERROR, Diagnostic.BASELINE_MISSING.format(shown));
        return;
      }
    } catch (IOException e) {
      baseline = null;
      if (!update) {
        messager.printMessage(Kind.ERROR, Diagnostic.BASELINE_MALFORMED.format(shown, 1,
            "is unreadable (" + e + ")"));
        return;
      }
    } catch (BaselineFile.MalformedException e) {
      baseline = null;
      if (!update) {
        messager.printMessage(Kind.ERROR,
            Diagnostic.BASELINE_MALFORMED.format(shown, e.line, e.problem));
        return;
      }
    }
    if (update) {
      write(routes, baseline);
    } else {
      check(routes, baseline);
    }
  }

  private void check(List<RouteCors> routes, List<RouteCors> baseline) {
    Pairing pairing = Pairing.of(baseline, routes);
    for (RouteCors route : sorted(routes)) {
      RouteCors before = pairing.baselineOf.get(route);
      if (before == null) {
        report(Kind.ERROR, Diagnostic.BASELINE_NEW_ROUTE.format(route.describe(), shown,
            RouteComparison.summary(route), ACCEPT), route);
        continue;
      }
      for (Change change : RouteComparison.widenings(before, route)) {
        report(Kind.ERROR, change.kind().format(route.describe(), shown, change.detail(),
            ACCEPT), route);
      }
      List<String> narrowed = RouteComparison.narrowings(before, route);
      if (!narrowed.isEmpty()) {
        report(Kind.NOTE, Diagnostic.BASELINE_NARROWED.format(route.describe(), shown,
            String.join("; ", narrowed)), route);
      }
    }
    for (RouteCors gone : sorted(pairing.gone)) {
      messager.printMessage(Kind.NOTE, Diagnostic.BASELINE_NARROWED.format(gone.describe(),
          shown, "the route no longer has a CORS policy (was " + RouteComparison.summary(gone)
              + ")"));
    }
  }

  private void write(List<RouteCors> routes, List<RouteCors> previous) {
    String text = BaselineFile.text(routes);
    String what = routes.size() + (routes.size() == 1 ? " route" : " routes");
    if (previous == null) {
      what += ", no readable baseline before";
    } else {
      Pairing pairing = Pairing.of(previous, routes);
      int widened = 0;
      int narrowed = pairing.gone.size();
      for (RouteCors route : routes) {
        RouteCors before = pairing.baselineOf.get(route);
        if (before == null || !RouteComparison.widenings(before, route).isEmpty()) {
          widened++;
        }
        if (before != null && !RouteComparison.narrowings(before, route).isEmpty()) {
          narrowed++;
        }
      }
      what += ", " + widened + " widened and " + narrowed + " narrowed since the previous one";
    }
    try {
      boolean same = Files.exists(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(text);
      if (!same) {
        Path parent = file.getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
      what += same ? "; it already held exactly this, so there is no diff"
          : ". Review and commit its diff";
    } catch (IOException e) {
      messager.printMessage(Kind.ERROR, Diagnostic.WRITE_FAILED.format(shown, e));
      return;
    }
    messager.printMessage(Kind.NOTE, Diagnostic.BASELINE_UPDATED.format(shown, what));
  }

  private static List<RouteCors> sorted(List<RouteCors> routes) {
    List<RouteCors> out = new ArrayList<>(routes);
    out.sort(BaselineFile.ORDER);
    return out;
  }

  /**
   * Prints on the policy the route takes: the annotation on the method or class named by
   * {@link RouteCors#policy()} (a composed policy: where it is used), else on the route's
   * method; without position when neither exists any more.
   */
  private void report(Kind kind, String message, RouteCors route) {
    Element element = declaringElement(route.policyElement());
    AnnotationMirror mirror = element == null ? null : policyAnnotation(element);
    if (element == null || mirror == null) {
      element = method(route.resource());
      mirror = null;
    }
    if (element == null) {
      messager.printMessage(kind, message);
    } else if (mirror == null) {
      messager.printMessage(kind, message, element);
    } else {
      messager.printMessage(kind, message, element, mirror);
    }
  }

  /** {@code a.B} is the type, {@code a.B#m} its method {@code m}; a package: none. */
  private Element declaringElement(String name) {
    if (name.startsWith("package ")) {
      return null;
    }
    return name.contains("#") ? method(name) : elements.getTypeElement(name);
  }

  private Element method(String javaName) {
    int hash = javaName.indexOf('#');
    if (hash < 0) {
      return null;
    }
    TypeElement type = elements.getTypeElement(javaName.substring(0, hash));
    if (type == null) {
      return null;
    }
    String name = javaName.substring(hash + 1);
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals(name)) {
        return member;
      }
    }
    return null;
  }

  private AnnotationMirror policyAnnotation(Element element) {
    List<Policy> on = policies.policiesOn(element);
    return on.isEmpty() ? null : on.get(0).site().written();
  }

  /**
   * Which baseline route each current route is: the same path and method; where several Java
   * methods share them (several applications), also the same Java method.
   */
  private record Pairing(Map<RouteCors, RouteCors> baselineOf, List<RouteCors> gone) {
    static Pairing of(List<RouteCors> baseline, List<RouteCors> routes) {
      Map<String, List<RouteCors>> before = group(baseline);
      Map<String, List<RouteCors>> now = group(routes);
      Map<RouteCors, RouteCors> pairs = new java.util.IdentityHashMap<>();
      Set<RouteCors> matched = java.util.Collections.newSetFromMap(
          new java.util.IdentityHashMap<>());
      now.forEach((key, current) -> {
        List<RouteCors> old = before.getOrDefault(key, List.of());
        if (current.size() == 1 && old.size() == 1) {
          pairs.put(current.get(0), old.get(0));
          matched.add(old.get(0));
          return;
        }
        Set<RouteCors> taken = new HashSet<>();
        for (RouteCors c : current) {
          for (RouteCors o : old) {
            if (!taken.contains(o) && o.resource().equals(c.resource())) {
              pairs.put(c, o);
              taken.add(o);
              matched.add(o);
              break;
            }
          }
        }
      });
      List<RouteCors> gone = new ArrayList<>();
      for (RouteCors o : baseline) {
        if (!matched.contains(o)) {
          gone.add(o);
        }
      }
      return new Pairing(pairs, gone);
    }

    private static Map<String, List<RouteCors>> group(List<RouteCors> routes) {
      Map<String, List<RouteCors>> out = new LinkedHashMap<>();
      for (RouteCors r : routes) {
        out.computeIfAbsent(r.method() + " " + r.path(), k -> new ArrayList<>()).add(r);
      }
      return out;
    }
  }
}
