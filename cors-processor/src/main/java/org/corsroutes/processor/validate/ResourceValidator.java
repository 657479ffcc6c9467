package org.corsroutes.processor.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.parse.PolicyReader;
import org.corsroutes.processor.parse.ResourceScanner;

/**
 * Resolves the policy of every resource method of one root resource (nearest wins) and checks
 * the result: one policy per element, valid policies ({@link PolicyValidator}), one policy per
 * path and method of the resource ({@link RouteRegistry}), and the rules that depend on the
 * routes ({@link RouteRuleValidator}).
 */
public final class ResourceValidator {
  private final PolicyReader reader;
  private final PolicyValidator policyValidator;
  private final RouteRuleValidator routeRules = new RouteRuleValidator();
  private final Map<Policy, Report> policyReports = new HashMap<>();
  private final Set<Element> reportedMultiple = new HashSet<>();
  private final Set<Element> reportedUnfollowed = new HashSet<>();

  private final Set<String> checkedComposed;

  /**
   * @param checkedComposed composed policies already checked where they are declared: their
   *     findings keep a resource from being generated but are not printed again at each use
   */
  public ResourceValidator(PolicyReader reader, boolean allowInsecureOrigins,
      Set<String> checkedComposed) {
    this.reader = reader;
    this.policyValidator = new PolicyValidator(allowInsecureOrigins);
    this.checkedComposed = checkedComposed;
  }

  /** The validation report and the policy of each resource method that has one. */
  public record Result(Report report, Map<ResourceMethod, Policy> policies) {}

  public Result validate(ResourceScanner.Scan scan) {
    Report.Builder report = Report.builder();
    Map<ResourceMethod, Policy> resolved = new LinkedHashMap<>();
    Set<Policy> reportedHere = new HashSet<>();
    for (ResourceMethod method : scan.methods()) {
      Policy policy = resolve(method, report);
      if (policy != null) {
        resolved.put(method, policy);
        if (!policyReports.containsKey(policy) && !isCheckedComposed(policy)) {
          report.addAll(policyReports.computeIfAbsent(policy, policyValidator::validate));
        } else if (!reportedHere.contains(policy)) {
          policyReports.computeIfAbsent(policy, policyValidator::validate);
          report.addAllAsRepeats(policyReports.get(policy));
        }
        reportedHere.add(policy);
      }
    }
    new RouteRegistry().claim(resolved, report);
    routeRules.validate(scan.methods(), resolved, report);
    for (ExecutableElement locator : scan.unfollowedLocators()) {
      if (!reportedUnfollowed.add(locator)) {
        continue; // reached from another root resource too
      }
      report.add(Diagnostic.UNFOLLOWED_LOCATOR, locator, null, null,
          PolicyReader.describe(locator), locator.getReturnType());
    }
    return new Result(report.build(), resolved);
  }

  private boolean isCheckedComposed(Policy policy) {
    return policy.site().isComposed()
        && checkedComposed.contains(policy.site().composedBy().getQualifiedName().toString());
  }

  /** The nearest policy, or null; two policies on one element are reported, not guessed. */
  private Policy resolve(ResourceMethod method, Report.Builder report) {
    for (Element scope : method.policyScopes()) {
      List<Policy> policies = reader.policiesOn(scope);
      if (policies.size() > 1 && reportedMultiple.add(scope)) {
        report.add(Diagnostic.MULTIPLE_POLICIES, scope, policies.get(1).site().written(), null,
            PolicyReader.describe(scope), policies.stream()
                .map(p -> "@" + p.site().written().getAnnotationType().asElement().getSimpleName())
                .collect(Collectors.joining(", ")));
      }
      if (!policies.isEmpty()) {
        return policies.get(0);
      }
    }
    return null;
  }
}
