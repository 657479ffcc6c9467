package org.corsroutes.processor.validate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import org.corsroutes.processor.model.Attribute;
import org.corsroutes.processor.model.HttpMethods;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.parse.Annotations;
import org.corsroutes.processor.parse.PolicyReader;
import org.corsroutes.runtime.OriginRules;

/**
 * Rules that need the routes a policy governs: every allowed method is served, and no user
 * {@code @OPTIONS} method sits on a route whose preflights CorsFeature answers. One per round,
 * so a policy reached from two root resources is reported once.
 */
final class RouteRuleValidator {
  private final Set<Policy> checkedPolicies = new HashSet<>();
  private final Set<Element> checkedOptionsMethods = new HashSet<>();

  void validate(List<ResourceMethod> scanned, Map<ResourceMethod, Policy> resolved,
      Report.Builder report) {
    checkServedMethods(resolved, report);
    checkOptionsMethods(scanned, resolved, report);
  }

  /**
   * A package-level policy governs routes of several classes, which may be compiled in other
   * rounds or not at all; it is not checked here (documented in docs/diagnostics.md).
   */
  private void checkServedMethods(Map<ResourceMethod, Policy> resolved, Report.Builder report) {
    Map<Policy, Set<String>> served = new LinkedHashMap<>();
    resolved.forEach((method, policy) -> served
        .computeIfAbsent(policy, p -> new TreeSet<>(HttpMethods.ORDER))
        .addAll(HttpMethods.served(method.httpMethod())));
    served.forEach((policy, methods) -> {
      Element on = policy.site().element();
      if (on.getKind() == ElementKind.PACKAGE || !checkedPolicies.add(policy)) {
        return;
      }
      String governed = PolicyReader.describe(on);
      Attribute allowed = policy.methods();
      for (int i = 0; i < allowed.values().size(); i++) {
        String method = allowed.values().get(i);
        if (isPlainMethodName(method) && !methods.contains(method)
            && allowed.values().indexOf(method) == i) {
          report.add(Diagnostic.METHOD_NOT_SERVED, policy.site(), allowed.positions().get(i),
              method, governed, String.join(", ", methods));
        }
      }
    });
  }

  /** A name the policy rules did not already refuse or treat as a wildcard. */
  private static boolean isPlainMethodName(String method) {
    return OriginRules.isToken(method) && !method.equals("*")
        && MethodRules.standardSpelling(method) == null && !HttpMethods.isForbidden(method);
  }

  private void checkOptionsMethods(List<ResourceMethod> scanned,
      Map<ResourceMethod, Policy> resolved, Report.Builder report) {
    Set<String> withPolicy = new HashSet<>();
    resolved.keySet().forEach(m -> withPolicy.add(RouteRegistry.shape(m.template())));
    for (ResourceMethod method : scanned) {
      if (method.httpMethod().equals("OPTIONS")
          && withPolicy.contains(RouteRegistry.shape(method.template()))
          && checkedOptionsMethods.add(method.method())) {
        report.add(Diagnostic.USER_OPTIONS_METHOD, method.method(),
            Annotations.httpMethodAnnotationOf(method.method()).orElse(null), null,
            PolicyReader.describe(method.method()), method.template());
      }
    }
  }
}
