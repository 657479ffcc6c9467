package org.corsroutes.processor.validate;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.parse.PolicyReader;
import org.corsroutes.processor.parse.ResourceScanner;

/**
 * Checks where policies are written: on a class with resource methods or locators, or on a
 * resource method or locator. Anywhere else a policy applies to nothing, silently. Runs on every
 * type of the round, whether or not it is a root resource. A composed policy
 * ({@code @CrossOrigin} on an annotation type) is checked where it is declared, used or not, and
 * the names of the annotation types checked so go into {@code checkedComposed}, so their uses
 * do not report the same findings again.
 */
public final class PlacementValidator {
  private final PolicyReader reader;
  private final ResourceScanner scanner;
  private final PolicyValidator policies;
  private final Set<String> checkedComposed;

  public PlacementValidator(PolicyReader reader, ResourceScanner scanner,
      boolean allowInsecureOrigins, Set<String> checkedComposed) {
    this.reader = reader;
    this.scanner = scanner;
    this.policies = new PolicyValidator(allowInsecureOrigins);
    this.checkedComposed = checkedComposed;
  }

  public Report validate(TypeElement type) {
    Report.Builder report = Report.builder();
    check(type, report);
    return report.build();
  }

  private void check(TypeElement type, Report.Builder report) {
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      for (Policy policy : reader.policiesOn(type)) {
        report.addAll(policies.validate(policy)); // a composed policy's definition
        checkedComposed.add(type.getQualifiedName().toString());
      }
      return;
    }
    // Policies first: they are rare, and finding resource members is the expensive part.
    if (!reader.policiesOn(type).isEmpty() && !scanner.hasResourceMembers(type)) {
      misplaced(type, "has no resource methods or sub-resource locators", report);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!reader.policiesOn(method).isEmpty() && !scanner.isResourceMember(method, type)) {
        misplaced(method, "is not a resource method or sub-resource locator", report);
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      check(nested, report);
    }
  }

  private void misplaced(Element element, String why, Report.Builder report) {
    List<Policy> policies = reader.policiesOn(element);
    if (!policies.isEmpty()) {
      var written = policies.get(0).site().written();
      report.add(Diagnostic.NOT_ON_RESOURCE, element, written, null,
          written.getAnnotationType().asElement().getSimpleName(),
          PolicyReader.describe(element), why);
    }
  }
}
